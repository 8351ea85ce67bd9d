"""Exhibitions: touring exhibitions of past winners, across editions.

Tours on the left; for the chosen tour, its works (order by drag or up/down, status, condition),
its venues (dates, language, which works each shows, wall labels, files) and its catalogue.
Tours draw on every edition, so this page does not depend on the contest chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.tours import tours as T
from contest_app.core.tours.content import TourDocument, load_document
from contest_app.db.session import Database
from contest_app.gui.dialogs.add_works_dialog import AddWorksDialog
from contest_app.gui.dialogs.tour_dialogs import TourDialog
from contest_app.gui.errors import show_error
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.catalogue_panel import CataloguePanel
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.gui.widgets.tour_works_view import (
    STATUS_LABELS,
    TourWorksModel,
    TourWorksView,
    rows_from,
    status_label,
)
from contest_app.gui.widgets.venues_panel import VenuesPanel, export_files
from contest_app.i18n import current_language, translate


class ExhibitionsPage(BasePage):
    """Tours draw on every edition, so this page does not depend on the contest chosen."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.doc: TourDocument | None = None
        self.setup_ui()
        self.retranslate_ui()

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._tour_chosen())
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = empty_note(self)
        self.new_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.delete_button = QPushButton(self)
        tour_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            tour_buttons.addWidget(button)
        tour_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tour_buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.note)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 2px;")
        self.tabs = QTabWidget(self)
        self.works_tab = QWidget(self.tabs)
        self.works_model = TourWorksModel(self.db.media_root, self)
        self.works_model.order_changed.connect(self._save_order)
        self.works_view = TourWorksView(self.works_model, self.works_tab)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton("▲", self), QPushButton("▼", self)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("▲") + 24)
        self.status_choice = QComboBox(self)
        for key in STATUS_LABELS:
            self.status_choice.addItem("", key)
        self.status_button, self.notes_button = QPushButton(self), QPushButton(self)
        self.files_button = QPushButton(self)
        bar = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button,
                       self.status_choice, self.status_button, self.notes_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.files_button)
        self.works_note = empty_note(self.works_tab)
        works_layout = QVBoxLayout(self.works_tab)
        works_layout.addLayout(bar)
        works_layout.addWidget(self.works_view, 1)
        works_layout.addWidget(self.works_note)
        self.venues = VenuesPanel(self.db, self.tabs)
        self.venues.changed.connect(self.refresh)
        self.catalogue = CataloguePanel(self.db, self.tabs)
        self.tabs.addTab(self.works_tab, "")
        self.tabs.addTab(self.venues, "")
        self.tabs.addTab(self.catalogue, "")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(self.new_tour)
        self.edit_button.clicked.connect(self.edit_tour)
        self.delete_button.clicked.connect(self.delete_tour)
        self.add_button.clicked.connect(self.add_works)
        self.remove_button.clicked.connect(self.remove_works)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.status_button.clicked.connect(self.set_status)
        self.notes_button.clicked.connect(self.edit_notes)
        self.files_button.clicked.connect(self.export_files)

    def title(self) -> str:
        return translate("ExhibitionsPage", "Exhibitions")

    def _headers(self) -> list[str]:
        return [translate("ExhibitionsPage", "Tour"), translate("ExhibitionsPage", "From"),
                translate("ExhibitionsPage", "Until"), translate("ExhibitionsPage", "Venues"),
                translate("ExhibitionsPage", "Works")]

    def retranslate_ui(self) -> None:
        self.note.setText(translate(
            "ExhibitionsPage", "No touring exhibitions yet. A tour shows winning works of past "
            "editions at one or more venues."))
        self.works_note.setText(translate(
            "ExhibitionsPage", "No works in this tour yet. Add awarded works of any edition; "
            "drag them into the order they hang in."))
        self.new_button.setText(translate("ExhibitionsPage", "New tour…"))
        self.edit_button.setText(translate("ExhibitionsPage", "Edit…"))
        self.delete_button.setText(translate("ExhibitionsPage", "Delete"))
        self.add_button.setText(translate("ExhibitionsPage", "Add works…"))
        self.remove_button.setText(translate("ExhibitionsPage", "Remove"))
        self.up_button.setToolTip(translate("ExhibitionsPage", "Move up"))
        self.down_button.setToolTip(translate("ExhibitionsPage", "Move down"))
        for i, key in enumerate(STATUS_LABELS):
            self.status_choice.setItemText(i, status_label(key))
        self.status_button.setText(translate("ExhibitionsPage", "Set status"))
        self.notes_button.setText(translate("ExhibitionsPage", "Condition notes…"))
        self.files_button.setText(translate("ExhibitionsPage", "Work list and originals…"))
        self.tabs.setTabText(0, translate("ExhibitionsPage", "Works"))
        self.tabs.setTabText(1, translate("ExhibitionsPage", "Venues"))
        self.tabs.setTabText(2, translate("ExhibitionsPage", "Catalogue"))
        self.model.retranslate()
        self.works_model.retranslate()
        self._show_heading()

    # --- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.tour_id()
        with self.db.session() as session:
            rows = T.list_tours(session)
        self.model.set_rows(
            [(t.name, t.starts_on or "", t.ends_on or "", t.venues, t.works) for t in rows],
            [t.id for t in rows])
        self.note.setVisible(not rows)
        self.select_tour(current if current in {t.id for t in rows} else
                         (rows[0].id if rows else None))
        self._tour_chosen()

    def tour_id(self) -> int | None:
        selected = self.table.selectionModel().selectedRows() if self.table.model() else []
        if not selected:
            return None
        return self.model.row_id(source_row(self.table, selected[0].row()))

    def select_tour(self, tour_id: int | None) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if self.model.row_id(source_row(self.table, row)) == tour_id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return

    def _tour_chosen(self) -> None:
        tour_id = self.tour_id()
        self.doc = None
        if tour_id is not None:
            with self.db.session() as session:
                self.doc = load_document(session, tour_id)
        entries = self.doc.hanging_order() if self.doc else []
        self.works_model.set_rows(rows_from(entries, current_language()))
        self.works_note.setVisible(self.doc is not None and not entries)
        self.venues.set_tour(tour_id, self.doc)
        self.catalogue.set_tour(tour_id, self.doc)
        for widget in (self.edit_button, self.delete_button, self.tabs):
            widget.setEnabled(tour_id is not None)
        self._show_heading()

    def _show_heading(self) -> None:
        if self.doc is None:
            self.heading.setText(translate("ExhibitionsPage", "Choose or create a tour."))
            return
        period = " – ".join(d.isoformat() for d in (self.doc.starts_on, self.doc.ends_on) if d)
        self.heading.setText(translate("ExhibitionsPage", "{name}: {works} works, {venues} "
                                       "venues  {period}").format(
            name=self.doc.name, works=len(self.doc.entries), venues=len(self.doc.venues),
            period=period))

    def _run(self, action: Any) -> bool:
        """A change in one transaction; errors become words; the page shows the result."""
        try:
            with self.db.session() as session, session.begin():
                action(session)
        except Exception as exc:  # noqa: BLE001  # shown to staff, never raised into Qt
            show_error(self, exc)
            return False
        self.refresh()
        return True

    # --- tours ------------------------------------------------------------------------------
    def new_tour(self) -> None:
        dialog = TourDialog(parent=self)
        if dialog.exec():
            created: list[int] = []
            if self._run(lambda s: created.append(T.create_tour(s, dialog.spec()).id)):
                self.select_tour(created[0])
                self._tour_chosen()

    def edit_tour(self) -> None:
        tour_id = self.tour_id()
        if tour_id is None or self.doc is None:
            return
        spec = T.TourSpec(self.doc.name, self.doc.starts_on, self.doc.ends_on)
        with self.db.session() as session:
            spec.notes = T.get_tour(session, tour_id).notes
        dialog = TourDialog(spec, self)
        if dialog.exec():
            self._run(lambda s: T.update_tour(s, tour_id, dialog.spec()))

    def delete_tour(self) -> None:
        tour_id = self.tour_id()
        if tour_id is None or self.doc is None:
            return
        answer = QMessageBox.question(self, translate("ExhibitionsPage", "Delete tour"), translate(
            "ExhibitionsPage", "Delete the tour \"{name}\" with its venues and work list? The "
            "works themselves stay.").format(name=self.doc.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda s: T.delete_tour(s, tour_id))

    # --- works ------------------------------------------------------------------------------
    def add_works(self) -> None:
        tour_id = self.tour_id()
        if tour_id is None or self.doc is None:
            return
        already = {e.work.entry_id for e in self.doc.entries}
        dialog = AddWorksDialog(self.db, already, self.doc.settings.editions, self)
        if dialog.exec() and dialog.chosen():
            self._run(lambda s: T.add_works(s, tour_id, dialog.chosen()))

    def remove_works(self) -> None:
        tour_id, chosen = self.tour_id(), self.works_view.selected_entry_ids()
        if tour_id is not None and chosen:
            self._run(lambda s: T.remove_works(s, tour_id, chosen))

    def _move(self, step: int) -> None:
        rows = self.works_model.move_by(self.works_view.selected_rows(), step)
        self.works_view.select_rows(rows)

    def _save_order(self, entry_ids: list[int]) -> None:
        tour_id = self.tour_id()
        if tour_id is None:
            return
        try:
            with self.db.session() as session, session.begin():
                T.reorder_works(session, tour_id, entry_ids)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            self.refresh()

    def set_status(self) -> None:
        tour_id, chosen = self.tour_id(), self.works_view.selected_entry_ids()
        status = str(self.status_choice.currentData())
        if tour_id is not None and chosen:
            rows = self.works_view.selected_rows()
            self._run(lambda s: [T.set_work_state(s, tour_id, e, status=status) for e in chosen])
            self.works_view.select_rows(rows)

    def edit_notes(self) -> None:
        tour_id, chosen = self.tour_id(), self.works_view.selected_entry_ids()
        if tour_id is None or len(chosen) != 1:
            return
        row = self.works_model.rows[self.works_view.selected_rows()[0]]
        text, ok = QInputDialog.getMultiLineText(
            self, translate("ExhibitionsPage", "Condition notes"),
            translate("ExhibitionsPage", "Condition of No. {number}:").format(number=row.label),
            row.notes)
        if ok:
            self._run(lambda s: T.set_work_state(s, tour_id, chosen[0], condition_notes=text))

    def export_files(self) -> None:
        tour_id = self.tour_id()
        if tour_id is not None:
            export_files(self, self.db, tour_id, None)

