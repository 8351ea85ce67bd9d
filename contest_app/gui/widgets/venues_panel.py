"""The venues of the chosen tour: where and when, in which language, which works each shows,
and what each needs printed (wall labels) or sent (the work list and originals)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.languages import NATIVE_NAMES
from contest_app.core.tours import tours as T
from contest_app.core.tours.content import TourDocument, VenueInfo
from contest_app.core.tours.export import ExportResult, export_tour_files
from contest_app.db.session import Database
from contest_app.gui.dialogs.tour_dialogs import VenueDialog, VenueWorksDialog
from contest_app.gui.errors import show_error
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import empty_note
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.gui.widgets.tour_works_view import rows_from
from contest_app.i18n import current_language, translate
from contest_app.reports.labels import DEFAULT_SIZE, LABEL_SIZES, LabelsResult, export_labels


def export_files(parent: QWidget, db: Database, tour_id: int, venue_id: int | None) -> None:
    """The work list and the originals with their manifest, into a folder staff choose."""
    folder = QFileDialog.getExistingDirectory(
        parent, translate("ExhibitionsPage", "Folder for the work list and originals"))
    if not folder:
        return
    def done(result: ExportResult) -> None:
        QMessageBox.information(parent, translate("ExhibitionsPage", "Files written"), translate(
            "ExhibitionsPage", "{files} originals and the work list are in {folder}.").format(
            files=result.files, folder=folder))

    run_with_progress(
        parent, translate("ExhibitionsPage", "Copying the originals…"),
        lambda control: export_tour_files(db, tour_id, Path(folder), venue_ref=venue_id,
                                          control=control), done)


class VenuesPanel(QWidget):
    changed = Signal()  # a venue or its works changed: the page reloads the tour

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tour_id: int | None = None
        self.doc: TourDocument | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.delete_button, self.works_button = QPushButton(self), QPushButton(self)
        self.labels_button, self.files_button = QPushButton(self), QPushButton(self)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.works_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.labels_button)
        bar.addWidget(self.files_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self.add_venue)
        self.edit_button.clicked.connect(self.edit_venue)
        self.delete_button.clicked.connect(self.delete_venue)
        self.works_button.clicked.connect(self.choose_works)
        self.labels_button.clicked.connect(self.wall_labels)
        self.files_button.clicked.connect(self.venue_files)

    def _headers(self) -> list[str]:
        return [translate("VenuesPanel", "Venue"), translate("VenuesPanel", "City"),
                translate("VenuesPanel", "Language"), translate("VenuesPanel", "From"),
                translate("VenuesPanel", "Until"), translate("VenuesPanel", "Works"),
                translate("VenuesPanel", "Contact")]

    def retranslate_ui(self) -> None:
        self.add_button.setText(translate("VenuesPanel", "Add venue…"))
        self.edit_button.setText(translate("VenuesPanel", "Edit…"))
        self.delete_button.setText(translate("VenuesPanel", "Delete"))
        self.works_button.setText(translate("VenuesPanel", "Works shown…"))
        self.labels_button.setText(translate("VenuesPanel", "Wall labels…"))
        self.files_button.setText(translate("VenuesPanel", "Files for this venue…"))
        self.note.setText(translate("VenuesPanel", "No venues yet. A venue shows the tour's "
                                    "works for a time; its labels print in its language."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_tour(self, tour_id: int | None, doc: TourDocument | None) -> None:
        current = self.venue()
        self.tour_id, self.doc = tour_id, doc
        venues = doc.venues if doc else []
        counts = {v.id: len(doc.hanging_order(v.id)) for v in venues} if doc else {}
        self.model.set_rows(
            [(v.name, v.city, NATIVE_NAMES.get(v.language, v.language), v.starts_on or "",
              v.ends_on or "", counts[v.id], v.contact) for v in venues], [v.id for v in venues])
        self.note.setVisible(doc is not None and not venues)
        self.table.resizeColumnsToContents()
        self.add_button.setEnabled(doc is not None)
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_id(source_row(self.table, row)) == current.id:
                    self.table.selectRow(row)

    def venue(self) -> VenueInfo | None:
        if self.doc is None:
            return None
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        venue_id = self.model.row_id(source_row(self.table, selected[0].row()))
        return next((v for v in self.doc.venues if v.id == venue_id), None)

    def _run(self, action: Any) -> None:
        try:
            with self.db.session() as session, session.begin():
                action(session)
        except Exception as exc:  # noqa: BLE001  # shown to staff, never raised into Qt
            show_error(self, exc)
            return
        self.changed.emit()

    def add_venue(self) -> None:
        if self.tour_id is None:
            return
        tour_id = self.tour_id
        dialog = VenueDialog(parent=self)
        if dialog.exec():
            self._run(lambda s: T.add_venue(s, tour_id, dialog.spec()))

    def edit_venue(self) -> None:
        venue = self.venue()
        if venue is None:
            return
        dialog = VenueDialog(T.VenueSpec(venue.name, venue.city, venue.address, venue.language,
                                         venue.starts_on, venue.ends_on, venue.contact), self)
        if dialog.exec():
            self._run(lambda s: T.update_venue(s, venue.id, dialog.spec()))

    def delete_venue(self) -> None:
        venue = self.venue()
        if venue is None:
            return
        answer = QMessageBox.question(self, translate("VenuesPanel", "Delete venue"), translate(
            "VenuesPanel", "Delete the venue \"{name}\"? Its works stay in the tour.").format(
            name=venue.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda s: T.delete_venue(s, venue.id))

    def choose_works(self) -> None:
        venue = self.venue()
        if venue is None or self.doc is None:
            return
        shown = {e.work.entry_id for e in self.doc.hanging_order(venue.id)}
        rows = rows_from(self.doc.entries, current_language())
        dialog = VenueWorksDialog(venue.name, rows, shown, self)
        if dialog.exec():
            self._run(lambda s: T.set_venue_works(s, venue.id, dialog.chosen()))

    def venue_files(self) -> None:
        venue = self.venue()
        if venue is not None and self.tour_id is not None:
            export_files(self, self.db, self.tour_id, venue.id)

    def wall_labels(self) -> None:
        venue, tour_id = self.venue(), self.tour_id
        if venue is None or tour_id is None:
            return
        size, ok = QInputDialog.getItem(
            self, translate("VenuesPanel", "Wall labels"),
            translate("VenuesPanel", "Card size in millimetres (width x height):"),
            list(LABEL_SIZES), LABEL_SIZES.index(DEFAULT_SIZE), True)
        if not ok:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("VenuesPanel", "Wall labels"), f"labels-{venue.id}.pdf",
            translate("VenuesPanel", "PDF files (*.pdf)"))
        if not path:
            return

        def done(result: LabelsResult) -> None:
            QMessageBox.information(self, translate("VenuesPanel", "Wall labels"), translate(
                "VenuesPanel", "{labels} labels on {sheets} sheets: {path}").format(
                labels=result.labels, sheets=result.sheets, path=path))

        run_with_progress(
            self, translate("VenuesPanel", "Making the wall labels…"),
            lambda control: export_labels(self.db, tour_id, venue.id, Path(path), size=size,
                                          control=control), done)
