"""Entries: every work of the contest as a table or a thumbnail grid, filtered, with details,
counts per country and region, and the import of regions' batches."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.entry_list import EntryRow, list_entries
from contest_app.core.languages import pick
from contest_app.core.summary import CountryCount, counts
from contest_app.db.models import EntryStatus
from contest_app.db.session import Database
from contest_app.gui.labels import label
from contest_app.gui.models.entries_model import (
    COL_NO,
    ENTRY_ID_ROLE,
    EntriesFilter,
    EntriesModel,
)
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.combo import refill
from contest_app.gui.widgets.counts_panel import CountsPanel
from contest_app.gui.widgets.entry_detail import EntryDetailPanel
from contest_app.i18n import current_language, translate

STATUSES = tuple(s.value for s in EntryStatus)  # the model decides which statuses exist


class NoIconDelegate(QStyledItemDelegate):
    """Thumbnails belong to the grid; in the table they would squash into a thin strip."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]


class EntriesPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._rows: list[EntryRow] = []
        self._sized = False
        self.setup_ui()
        self.retranslate_ui()

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.country_filter = QComboBox(self)
        self.region_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.problem_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.view_choice = QComboBox(self)
        self.import_button = QPushButton(self)
        self.tools_button = QPushButton(self)
        bar = QHBoxLayout()
        for widget in (self.country_filter, self.region_filter, self.status_filter,
                       self.problem_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.view_choice)
        bar.addWidget(self.import_button)
        bar.addWidget(self.tools_button)

        self.model = EntriesModel(self.db.media_root, self)
        self.proxy = EntriesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(0, NoIconDelegate(self.table))
        self.grid = QListView(self)
        self.grid.setModel(self.proxy)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(160, 120))
        self.grid.setGridSize(QSize(184, 160))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)  # lays out 10,000 without a stall
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.grid)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grid.setSelectionModel(self.table.selectionModel())

        self.shown_label = QLabel(self)
        self.note = empty_note(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.views, 1)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.shown_label)

        self.detail = EntryDetailPanel(self.db, self)
        self.detail.saved.connect(lambda _id: self.refresh())
        self.counts_panel = CountsPanel(self)
        self.side = QTabWidget(self)
        self.side.addTab(self.detail, "")
        self.side.addTab(self.counts_panel, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.country_filter.currentIndexChanged.connect(self._country_changed)
        self.region_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.problem_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.view_choice.currentIndexChanged.connect(self.views.setCurrentIndex)
        self.import_button.clicked.connect(self.import_batch)
        self.tools_button.clicked.connect(self.show_tools)

    def title(self) -> str:
        return translate("EntriesPage", "Entries")

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(translate("EntriesPage", "Search names, titles, codes…"))
        keep = self.view_choice.currentIndex()
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        self.view_choice.addItems([translate("EntriesPage", "Table"),
                                   translate("EntriesPage", "Thumbnails")])
        self.view_choice.setCurrentIndex(max(keep, 0))
        self.view_choice.blockSignals(False)
        self.import_button.setText(translate("EntriesPage", "Import batch…"))
        self.tools_button.setText(translate("EntriesPage", "Reports…"))
        self.side.setTabText(0, translate("EntriesPage", "Details"))
        self.side.setTabText(1, translate("EntriesPage", "Counts"))
        self.note.setText(translate(
            "EntriesPage", "No works in this contest yet. Import each region's batch with "
            "“Import batch…”; to try the app, run “contest-app demo”."))
        self.model.retranslate()
        self.counts_panel.retranslate_ui()

    # --- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        tree: list[CountryCount] = []
        if self.contest_id is None:
            self._rows = []
        else:
            with self.db.session() as session:
                self._rows = list_entries(session, self.contest_id)
                tree = counts(session, self.contest_id)
        selected = self.selected_entry_id()
        self.model.set_rows(self._rows)
        self._fill_filters()
        self.counts_panel.set_counts(tree)
        self._apply_filter()
        if self._rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.select_entry(selected)

    def _fill_filters(self) -> None:
        countries = sorted({r.country_code for r in self._rows})
        refill(self.country_filter, [(translate("EntriesPage", "All countries"), None)]
               + [(code, code) for code in countries])
        refill(self.status_filter, [(translate("EntriesPage", "Any status"), None)]
               + [(label(s), s) for s in STATUSES])
        codes = sorted({c for r in self._rows for c in r.problem_codes})
        refill(self.problem_filter, [(translate("EntriesPage", "Any problems or none"), None),
                                     (translate("EntriesPage", "With problems"), "*"),
                                     (translate("EntriesPage", "Without problems"), "-")]
               + [(code, code) for code in codes])
        self._fill_regions()

    def _fill_regions(self) -> None:
        lang = current_language()
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
        self._fill_regions()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            country=self.country_filter.currentData(), region=self.region_filter.currentData(),
            status=self.status_filter.currentData(), problem=self.problem_filter.currentData(),
            needle=self.search.text().strip().casefold())
        self.counts_panel.show_country(self.country_filter.currentData())
        self.shown_label.setText(translate("EntriesPage", "{shown} of {total} works shown")
                                 .format(shown=self.proxy.rowCount(), total=len(self._rows)))
        self.note.setVisible(not self._rows)

    # --- selection --------------------------------------------------------------------------
    def selected_entry_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ID_ROLE) if rows else None

    def select_entry(self, entry_id: int | None) -> None:
        if entry_id is None:
            self.detail.show_entry(None)
            return
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ENTRY_ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return
        self.detail.show_entry(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_entry(self.selected_entry_id())

    # --- actions ----------------------------------------------------------------------------
    def import_batch(self) -> None:
        if self.contest_id is None:
            return
        from contest_app.gui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self.contest_id, self)
        if dialog.exec():
            self.refresh()

    def show_tools(self) -> None:
        from contest_app.gui.dialogs.batch_reports_dialog import BatchReportsDialog

        if self.contest_id is not None:
            BatchReportsDialog(self.db, self.contest_id, self).exec()
