"""Regions: the participating governments, with names in six languages; add and edit them."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.errors import ContestAppError
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.core.reference import save_region
from contest_app.db.models import Country, Membership, Region
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.i18n import current_language, translate


class RegionsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.region_id: int | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.refresh()

    def setup_ui(self) -> None:
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.table.model().setFilterFixedString)  # type: ignore[attr-defined]
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.code = QLineEdit(self.form_box)
        self.country = QComboBox(self.form_box)
        self.membership = QComboBox(self.form_box)
        self.active = QCheckBox(self.form_box)
        self.names = {lang: QLineEdit(self.form_box) for lang in LANGUAGES}
        self.reason = QLineEdit(self.form_box)
        self.code_label = QLabel(self.form_box)
        self.country_label = QLabel(self.form_box)
        self.membership_label = QLabel(self.form_box)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow(self.country_label, self.country)
        self.form.addRow(self.membership_label, self.membership)
        for lang in LANGUAGES:
            self.form.addRow(NATIVE_NAMES[lang], self.names[lang])
        self.form.addRow(self.active)
        self.form.addRow(self.reason)
        self.new_button = QPushButton(self.form_box)
        self.save_button = QPushButton(self.form_box)
        self.new_button.clicked.connect(self.new_region)
        self.save_button.clicked.connect(self.save)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)

        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.form_box)
        right.addLayout(form_buttons)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.close_buttons)
        self.resize(1000, 620)

    def _headers(self) -> list[str]:
        return [translate("RegionsDialog", "Code"), translate("RegionsDialog", "Country"),
                translate("RegionsDialog", "Name"), translate("RegionsDialog", "Membership"),
                translate("RegionsDialog", "Active")]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("RegionsDialog", "Regions"))
        self.filter.setPlaceholderText(translate("RegionsDialog", "Filter…"))
        self.code_label.setText(translate("RegionsDialog", "Code:"))
        self.country_label.setText(translate("RegionsDialog", "Country:"))
        self.membership_label.setText(translate("RegionsDialog", "Membership:"))
        self.code.setPlaceholderText(translate("RegionsDialog", "e.g. KR-47, or KR-POHANG"))
        self.active.setText(translate("RegionsDialog", "Takes part (shown in lists)"))
        self.reason.setPlaceholderText(translate("RegionsDialog", "Reason (kept in the audit log)"))
        self.new_button.setText(translate("RegionsDialog", "New region"))
        self.save_button.setText(translate("RegionsDialog", "Save region"))
        self.model.retranslate()
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        lang = current_language()
        keep_country = self.country.currentData()
        keep_membership = self.membership.currentData()
        with self.db.session() as session:
            countries = list(session.scalars(select(Country).order_by(Country.code)))
        self.country.clear()
        for c in countries:
            self.country.addItem(f"{c.code} — {pick(c.names, lang)}", c.code)
        self.country.setCurrentIndex(max(self.country.findData(keep_country), 0))
        self.membership.clear()
        for m in Membership:
            self.membership.addItem(label(m.value), m.value)
        self.membership.setCurrentIndex(max(self.membership.findData(keep_membership), 0))

    def refresh(self) -> None:
        lang = current_language()
        yes = translate("RegionsDialog", "yes")
        with self.db.session() as session:
            regions = list(session.scalars(select(Region).order_by(Region.country_code,
                                                                    Region.code)))
        self.model.set_rows(
            [(r.code, r.country_code, pick(r.names, lang), label(r.membership),
              yes if r.active else "") for r in regions],
            [r.id for r in regions])
        self.table.resizeColumnsToContents()

    def _selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        region_id = self.model.row_id(source_row(self.table, index.row()))
        with self.db.session() as session:
            region = session.get(Region, region_id)
            if region is None:
                return
            self.region_id = region.id
            self.code.setText(region.code)
            self.country.setCurrentIndex(max(self.country.findData(region.country_code), 0))
            self.membership.setCurrentIndex(max(self.membership.findData(region.membership), 0))
            self.active.setChecked(region.active)
            for lang, edit in self.names.items():
                edit.setText(region.names.get(lang, ""))
        self.reason.clear()

    def new_region(self) -> None:
        self.table.clearSelection()
        self.region_id = None
        self.code.clear()
        self.active.setChecked(True)
        for edit in self.names.values():
            edit.clear()
        self.reason.clear()
        self.code.setFocus()

    def save(self) -> None:
        try:
            with self.db.session() as session, session.begin():
                region = save_region(
                    session, code=self.code.text(), country_code=self.country.currentData(),
                    membership=self.membership.currentData(),
                    names={lang: edit.text() for lang, edit in self.names.items()},
                    region_id=self.region_id, active=self.active.isChecked(),
                    reason=self.reason.text().strip())
                self.region_id = region.id
        except ContestAppError as exc:
            show_error(self, exc)
            return
        self.refresh()
