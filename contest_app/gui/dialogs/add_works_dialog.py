"""Choose awarded works of any edition for a tour: filter by edition, tier, country, region and
text; tick works (or all that are shown) and add them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.defaults import TIER_NAMES
from contest_app.core.languages import pick
from contest_app.core.tours.selection import (
    AwardedWork,
    FilterChoices,
    WorkFilter,
    awarded_works,
    filter_choices,
)
from contest_app.db.session import Database
from contest_app.i18n import current_language, translate

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class AddWorksDialog(QDialog):
    def __init__(self, db: Database, already: set[int], editions: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.already = already
        with db.session() as session:
            self.choices: FilterChoices = filter_choices(session)
        self.setup_ui()
        self.retranslate_ui()
        if editions and len(editions) == 1:  # a tour made for one edition opens on it
            self.edition.setCurrentIndex(max(0, self.edition.findData(editions[0])))
        self.reload()
        self.resize(900, 620)

    def setup_ui(self) -> None:
        self.edition, self.tier = QComboBox(self), QComboBox(self)
        self.country, self.region = QComboBox(self), QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        for widget in (self.edition, self.tier, self.country, self.region):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.search, 1)
        self.search.textChanged.connect(self.reload)
        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(lambda _item: self._count())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setIconSize(QSize(96, 48))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(self)
        self.all_button, self.none_button = QPushButton(self), QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addWidget(self.count, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def _fill_filters(self) -> None:
        lang = current_language()
        for combo, label, items in (
            (self.edition, translate("AddWorksDialog", "Every edition"),
             [(f"{year} ({edition})", edition) for edition, year in self.choices.editions]),
            (self.tier, translate("AddWorksDialog", "Every award"), [
                (self._tier_name(key, lang), key) for key in self.choices.tiers]),
            (self.country, translate("AddWorksDialog", "Every country"),
             [(pick(names, lang) or code, code) for code, names in self.choices.countries]),
            (self.region, translate("AddWorksDialog", "Every region"),
             [(pick(names, lang) or code, code) for code, _c, names in self.choices.regions]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    @staticmethod
    def _tier_name(key: str, lang: str) -> str:
        return pick(TIER_NAMES.get(key, {"en": key}), lang)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("AddWorksDialog", "Add awarded works"))
        self.search.setPlaceholderText(translate("AddWorksDialog", "Title, name or region"))
        self.all_button.setText(translate("AddWorksDialog", "Tick all shown"))
        self.none_button.setText(translate("AddWorksDialog", "Untick all"))
        self._fill_filters()
        self.model.setHorizontalHeaderLabels([
            translate("AddWorksDialog", "Work"), translate("AddWorksDialog", "Year"),
            translate("AddWorksDialog", "Award"), translate("AddWorksDialog", "Region"),
            translate("AddWorksDialog", "Students")])
        self._count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def work_filter(self) -> WorkFilter:
        def one(combo: QComboBox) -> set:  # type: ignore[type-arg]
            data = combo.currentData()
            return {data} if data is not None else set()

        return WorkFilter(editions=one(self.edition), tiers=one(self.tier),
                          countries=one(self.country), regions=one(self.region),
                          search=self.search.text())

    def reload(self) -> None:
        with self.db.session() as session:
            works = [w for w in awarded_works(session, self.work_filter())
                     if w.entry_id not in self.already]
        checked = self.chosen()
        self.model.removeRows(0, self.model.rowCount())
        lang = current_language()
        for work in works:
            self.model.appendRow(self._items(work, lang, work.entry_id in checked))
        self.table.resizeColumnToContents(0)
        self._count()

    def _items(self, work: AwardedWork, lang: str, checked: bool) -> list[QStandardItem]:
        title = QStandardItem(work.title + (f"\n{work.title_en}" if work.title_en else ""))
        title.setCheckable(True)
        title.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        title.setData(work.entry_id, ENTRY_ROLE)
        if work.image and work.image.thumb_path:
            reader = QImageReader(str(self.db.media_root / work.image.thumb_path))
            reader.setScaledSize(QSize(64, 48))
            title.setIcon(QPixmap.fromImage(reader.read()))
        names = ", ".join(s.name_latin or s.name for s in work.students)
        region = f"{pick(work.region_names, lang) or work.region_code}, " \
                 f"{pick(work.country_names, lang) or work.country_code}"
        return [title, QStandardItem(str(work.year)),
                QStandardItem(pick(work.tier_names, lang) or work.tier_key),
                QStandardItem(region), QStandardItem(names)]

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.model.rowCount()):
            self.model.item(row, 0).setCheckState(state)
        self._count()

    def _count(self) -> None:
        self.count.setText(translate("AddWorksDialog", "{shown} works shown, {ticked} ticked")
                           .format(shown=self.model.rowCount(), ticked=len(self.chosen())))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    def chosen(self) -> list[int]:
        model = getattr(self, "model", None)
        if model is None:
            return []
        return [int(model.item(r, 0).data(ENTRY_ROLE)) for r in range(model.rowCount())
                if model.item(r, 0).checkState() == Qt.CheckState.Checked]
