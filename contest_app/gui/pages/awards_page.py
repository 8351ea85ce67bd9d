"""Awards: the tiers with their quotas and how many works each holds so far."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from contest_app.core import overview
from contest_app.core.languages import pick
from contest_app.db.session import Database
from contest_app.gui.labels import award_status_label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import current_language, translate


class AwardsPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.tiers_box = QGroupBox(self)
        self.tiers_model = RowsTableModel(self._tier_headers, self)
        self.tiers_table = make_table(self.tiers_model, self.tiers_box)
        tiers_layout = QVBoxLayout(self.tiers_box)
        tiers_layout.addWidget(self.tiers_table)

        self.awards_box = QGroupBox(self)
        self.awards_model = RowsTableModel(self._award_headers, self)
        self.awards_table = make_table(self.awards_model, self.awards_box)
        self.awards_note = empty_note(self.awards_box)
        awards_layout = QVBoxLayout(self.awards_box)
        awards_layout.addWidget(self.awards_table)
        awards_layout.addWidget(self.awards_note)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tiers_box)
        layout.addWidget(self.awards_box, 2)

    def title(self) -> str:
        return translate("AwardsPage", "Awards")

    def _tier_headers(self) -> list[str]:
        return [translate("AwardsPage", "Tier"), translate("AwardsPage", "Quota"),
                translate("AwardsPage", "Awarded")]

    def _award_headers(self) -> list[str]:
        return [translate("AwardsPage", "Rank"), translate("AwardsPage", "Code"),
                translate("AwardsPage", "No."), translate("AwardsPage", "Title"),
                translate("AwardsPage", "Tier"), translate("AwardsPage", "Score"),
                translate("AwardsPage", "Status")]

    def retranslate_ui(self) -> None:
        self.tiers_box.setTitle(translate("AwardsPage", "Award tiers"))
        self.awards_box.setTitle(translate("AwardsPage", "Awarded works"))
        self.awards_note.setText(translate(
            "AwardsPage", "No awards yet. They are proposed from the jury's scores once a round "
            "is complete."))
        self.tiers_model.retranslate()
        self.awards_model.retranslate()

    def refresh(self) -> None:
        lang = current_language()
        tier_rows: list[overview.TierRow] = []
        award_rows: list[overview.AwardRow] = []
        if self.contest_id is not None:
            with self.db.session() as session:
                tier_rows = overview.tiers(session, self.contest_id)
                award_rows = overview.awards(session, self.contest_id)
        self.tiers_model.set_rows([(pick(t.names, lang), t.quota, t.awarded) for t in tier_rows])
        self.awards_model.set_rows([
            (a.rank, a.anon_code, a.entry_no, a.title, pick(a.tier_names, lang),
             None if a.score is None else round(a.score, 3), award_status_label(a.status))
            for a in award_rows])
        self.awards_note.setVisible(not award_rows)
