"""Entries: every work of the contest, filtered by country, region and status, with counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.entry_list import EntryRow, list_entries
from contest_app.core.languages import pick
from contest_app.core.summary import counts
from contest_app.db.session import Database
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import current_language, translate

STATUSES = ("received", "eligible", "disqualified")


class EntriesPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._rows: list[EntryRow] = []
        self._sized = False
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.country_label = QLabel(self)
        self.country_filter = QComboBox(self)
        self.region_label = QLabel(self)
        self.region_filter = QComboBox(self)
        self.status_label = QLabel(self)
        self.status_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        for widget in (self.country_label, self.country_filter, self.region_label,
                       self.region_filter, self.status_label, self.status_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)

        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.shown_label = QLabel(self)
        self.note = empty_note(self)

        self.counts_tree = QTreeWidget(self)
        self.counts_tree.setColumnCount(4)
        self.counts_tree.setRootIsDecorated(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.shown_label)
        splitter.addWidget(left)
        splitter.addWidget(self.counts_tree)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.country_filter.currentIndexChanged.connect(self._country_changed)
        self.region_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

    def title(self) -> str:
        return translate("EntriesPage", "Entries")

    def _headers(self) -> list[str]:
        return [
            translate("EntriesPage", "Code"),
            translate("EntriesPage", "No."),
            translate("EntriesPage", "Country"),
            translate("EntriesPage", "Region"),
            translate("EntriesPage", "Title"),
            translate("EntriesPage", "Students"),
            translate("EntriesPage", "Status"),
            translate("EntriesPage", "Problems"),
        ]

    def retranslate_ui(self) -> None:
        self.country_label.setText(translate("EntriesPage", "Country:"))
        self.region_label.setText(translate("EntriesPage", "Region:"))
        self.status_label.setText(translate("EntriesPage", "Status:"))
        self.search.setPlaceholderText(translate("EntriesPage", "Search names, titles, codes…"))
        self.counts_tree.setHeaderLabels([
            translate("EntriesPage", "Country / region"),
            translate("EntriesPage", "Works"),
            translate("EntriesPage", "Students"),
            translate("EntriesPage", "Eligible"),
        ])
        self.model.retranslate()

    def refresh(self) -> None:
        if self.contest_id is None:
            self._rows = []
            tree: list = []
        else:
            with self.db.session() as session:
                self._rows = list_entries(session, self.contest_id)
                tree = counts(session, self.contest_id)
        self._fill_filters()
        self._fill_counts(tree)
        self._apply_filter()

    def _fill_filters(self) -> None:
        lang = current_language()
        keep_country = self.country_filter.currentData()
        keep_status = self.status_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(translate("EntriesPage", "All countries"), None)
        for code in sorted({r.country_code for r in self._rows}):
            self.country_filter.addItem(code, code)
        index = self.country_filter.findData(keep_country)
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(translate("EntriesPage", "Any status"), None)
        for status in STATUSES:
            self.status_filter.addItem(label(status), status)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(keep_status), 0))
        self.status_filter.blockSignals(False)
        self._fill_regions(lang)

    def _fill_regions(self, lang: str) -> None:
        country = self.country_filter.currentData()
        keep = self.region_filter.currentData()
        regions = {(r.region_code, pick(r.region_names, lang)) for r in self._rows
                   if country is None or r.country_code == country}
        self.region_filter.blockSignals(True)
        self.region_filter.clear()
        self.region_filter.addItem(translate("EntriesPage", "All regions"), None)
        for code, name in sorted(regions, key=lambda item: item[1]):
            self.region_filter.addItem(name, code)
        self.region_filter.setCurrentIndex(max(self.region_filter.findData(keep), 0))
        self.region_filter.blockSignals(False)

    def _country_changed(self) -> None:
        self._fill_regions(current_language())
        self._apply_filter()

    def _fill_counts(self, tree: list) -> None:
        lang = current_language()
        self.counts_tree.clear()
        total_works = total_students = total_eligible = 0
        for country in tree:
            item = QTreeWidgetItem([pick(country.names, lang), str(country.works),
                                    str(country.students), str(country.eligible)])
            for region in country.regions:
                item.addChild(QTreeWidgetItem([pick(region.names, lang), str(region.works),
                                               str(region.students), str(region.eligible)]))
            self.counts_tree.addTopLevelItem(item)
            total_works += country.works
            total_students += country.students
            total_eligible += country.eligible
        if tree:
            total = QTreeWidgetItem([translate("EntriesPage", "Total"), str(total_works),
                                     str(total_students), str(total_eligible)])
            font = total.font(0)
            font.setBold(True)
            for col in range(4):
                total.setFont(col, font)
            self.counts_tree.addTopLevelItem(total)
        for col in range(4):
            self.counts_tree.resizeColumnToContents(col)

    def _apply_filter(self) -> None:
        lang = current_language()
        country = self.country_filter.currentData()
        region = self.region_filter.currentData()
        status = self.status_filter.currentData()
        needle = self.search.text().strip().casefold()
        shown: list[EntryRow] = []
        for r in self._rows:
            if country and r.country_code != country:
                continue
            if region and r.region_code != region:
                continue
            if status and r.status != status:
                continue
            if needle and needle not in self._haystack(r):
                continue
            shown.append(r)
        self.model.set_rows(
            [(r.anon_code, r.entry_no, r.country_code, pick(r.region_names, lang),
              r.title, ", ".join(s.name for s in r.students), label(r.status), r.problems)
             for r in shown],
            [r.id for r in shown],
        )
        if shown and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.shown_label.setText(translate("EntriesPage", "{shown} of {total} works shown")
                                 .format(shown=len(shown), total=len(self._rows)))
        self.note.setVisible(not self._rows)
        self.note.setText(translate(
            "EntriesPage", "No works in this contest yet. Each region's batch is imported here; "
            "to try the app, run “contest-app demo”."))

    @staticmethod
    def _haystack(r: EntryRow) -> str:
        parts = [r.anon_code, r.entry_no, r.title, r.title_en, r.region_code]
        for s in r.students:
            parts += [s.name, s.name_latin, s.school]
        return " ".join(parts).casefold()
