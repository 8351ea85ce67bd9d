"""Jury: the jurors of the contest and its rounds, with how far scoring has come."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from contest_app.core import overview
from contest_app.db.session import Database
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import translate


class JuryPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.jurors_box = QGroupBox(self)
        self.jurors_model = RowsTableModel(self._juror_headers, self)
        self.jurors_table = make_table(self.jurors_model, self.jurors_box)
        self.jurors_note = empty_note(self.jurors_box)
        box_layout = QVBoxLayout(self.jurors_box)
        box_layout.addWidget(self.jurors_table)
        box_layout.addWidget(self.jurors_note)

        self.rounds_box = QGroupBox(self)
        self.rounds_model = RowsTableModel(self._round_headers, self)
        self.rounds_table = make_table(self.rounds_model, self.rounds_box)
        self.rounds_note = empty_note(self.rounds_box)
        rounds_layout = QVBoxLayout(self.rounds_box)
        rounds_layout.addWidget(self.rounds_table)
        rounds_layout.addWidget(self.rounds_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.jurors_box, 1)
        layout.addWidget(self.rounds_box, 1)

    def title(self) -> str:
        return translate("JuryPage", "Jury")

    def _juror_headers(self) -> list[str]:
        return [translate("JuryPage", "Name"), translate("JuryPage", "Affiliation"),
                translate("JuryPage", "Country"), translate("JuryPage", "Language"),
                translate("JuryPage", "Conflicts"), translate("JuryPage", "Scores given")]

    def _round_headers(self) -> list[str]:
        return [translate("JuryPage", "Round"), translate("JuryPage", "Kind"),
                translate("JuryPage", "Status"), translate("JuryPage", "Works"),
                translate("JuryPage", "Assignments"), translate("JuryPage", "Scores")]

    def retranslate_ui(self) -> None:
        self.jurors_box.setTitle(translate("JuryPage", "Jurors"))
        self.rounds_box.setTitle(translate("JuryPage", "Rounds"))
        self.jurors_note.setText(translate(
            "JuryPage", "No jurors yet. Jurors are added once the works have been checked."))
        self.rounds_note.setText(translate(
            "JuryPage", "No rounds yet. A preliminary round over all eligible works comes first."))
        self.jurors_model.retranslate()
        self.rounds_model.retranslate()

    def refresh(self) -> None:
        juror_rows: list[overview.JurorRow] = []
        round_rows: list[overview.RoundRow] = []
        if self.contest_id is not None:
            with self.db.session() as session:
                juror_rows = overview.jurors(session, self.contest_id)
                round_rows = overview.rounds(session, self.contest_id)
        self.jurors_model.set_rows(
            [(j.name, j.affiliation, j.country_code, j.language, j.conflicts, j.scores)
             for j in juror_rows], [j.id for j in juror_rows])
        self.rounds_model.set_rows(
            [(r.name, label(r.kind), label(r.status), r.works, r.assignments, r.scores)
             for r in round_rows], [r.id for r in round_rows])
        self.jurors_note.setVisible(not juror_rows)
        self.rounds_note.setVisible(not round_rows)
