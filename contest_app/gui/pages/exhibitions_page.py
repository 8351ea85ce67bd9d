"""Exhibitions: touring exhibitions of past winners, across editions."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from contest_app.core import overview
from contest_app.db.session import Database
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import translate


class ExhibitionsPage(BasePage):
    """Tours draw on every edition, so this page does not depend on the contest chosen."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.retranslate_ui()

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
        self.model.retranslate()

    def refresh(self) -> None:
        with self.db.session() as session:
            rows = overview.tours(session)
        self.model.set_rows(
            [(t.name, t.starts_on or "", t.ends_on or "", t.venues, t.works) for t in rows],
            [t.id for t in rows])
        self.note.setVisible(not rows)
