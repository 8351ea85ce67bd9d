"""Awards: the ranked works in their tier bands, the jury's statistics, tier lines, method
sensitivity, the committee's decisions and the documents.

The page only shows and asks: every number comes from contest_app.core.awards (build_board,
jury_stats), every decision goes through core.awards.decisions, which logs it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.awards import decisions
from contest_app.core.awards.aggregate import METHODS
from contest_app.core.awards.allocate import Constraints, parse_max_per_country
from contest_app.core.awards.board import Board, BoardRow, audit_trail, build_board
from contest_app.core.awards.boundary import open_boundary_round
from contest_app.core.awards.ranking import load_scored
from contest_app.core.safety import auto_backup
from contest_app.db.models import Award, Round
from contest_app.db.session import Database
from contest_app.gui.dialogs.award_decision_dialog import ChangeTierDialog, ReasonDialog
from contest_app.gui.errors import show_error
from contest_app.gui.models.ranking_table_model import RankingTableModel, tier_colour
from contest_app.gui.pages.awards_documents import AwardsDocumentsMixin
from contest_app.gui.pages.awards_panels import (
    METHOD_WORDS,
    STATE_WORDS,
    BoundariesPanel,
    DecisionsPanel,
    SensitivityPanel,
    ranking_rows,
    tier_name,
    word,
)
from contest_app.gui.pages.awards_stats_panel import AwardsStatsPanel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.award_charts import fit_columns
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.i18n import translate
from contest_app.messages import message


class AwardsPage(AwardsDocumentsMixin, BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.board: Board | None = None
        self.last_saved: Path | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.method_label = QLabel(self)
        self.method = QComboBox(self)
        for key in METHODS:
            self.method.addItem("", key)
        self.method.currentIndexChanged.connect(self.refresh_when_visible)
        self.caps_label = QLabel(self)
        self.caps = QLineEdit(self)
        self.per_region = QCheckBox(self)
        self.propose_button = QPushButton(self)
        self.propose_button.clicked.connect(self.propose)
        proposal = QHBoxLayout()
        for widget in (self.method_label, self.method, self.caps_label):
            proposal.addWidget(widget)
        proposal.addWidget(self.caps, 1)
        proposal.addWidget(self.per_region)
        proposal.addWidget(self.propose_button)

        self.change_button = QPushButton(self)
        self.disqualify_button = QPushButton(self)
        self.provisional_button = QPushButton(self)
        self.finalize_button = QPushButton(self)
        self.unlock_button = QPushButton(self)
        self.export_xlsx_button = QPushButton(self)
        self.export_pdf_button = QPushButton(self)
        self.export_regions_button = QPushButton(self)
        actions: list[tuple[QPushButton, Callable[[], Any]]] = [
            (self.change_button, self.change_tier), (self.disqualify_button, self.disqualify),
            (self.provisional_button, self.approve_provisional),
            (self.finalize_button, self.finalize), (self.unlock_button, self.unlock),
            (self.export_xlsx_button, self.export_results),
            (self.export_pdf_button, self.export_report),
            (self.export_regions_button, self.export_regions)]
        decide = QHBoxLayout()
        for i, (button, slot) in enumerate(actions):
            button.clicked.connect(lambda _=False, slot=slot: slot())
            decide.addWidget(button)
            if i == 4:
                decide.addStretch(1)

        self.state_label = QLabel(self)
        self.legend = QLabel(self)
        status = QHBoxLayout()
        status.addWidget(self.state_label, 1)
        status.addWidget(self.legend)

        self.tabs = QTabWidget(self)
        self.ranking_tab = QWidget(self.tabs)
        self.basis_label = QLabel(self.ranking_tab)
        self.basis_label.setWordWrap(True)
        self.ranking_model = RankingTableModel(self._ranking_headers, self)
        self.ranking_table = make_table(self.ranking_model, self.ranking_tab)
        self.ranking_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ranking_table.doubleClicked.connect(lambda _index: self.change_tier())
        self.notes = empty_note(self.ranking_tab)
        ranking_layout = QVBoxLayout(self.ranking_tab)
        ranking_layout.addWidget(self.basis_label)
        ranking_layout.addWidget(self.ranking_table, 1)
        ranking_layout.addWidget(self.notes)
        self.stats_panel = AwardsStatsPanel(self.db, self.tabs)
        self.boundaries_panel = BoundariesPanel(self.tabs)
        self.boundaries_panel.boundary_round_requested.connect(self.open_boundary_round)
        self.sensitivity_panel = SensitivityPanel(self.tabs)
        self.decisions_panel = DecisionsPanel(self.tabs)
        for tab in (self.ranking_tab, self.stats_panel, self.boundaries_panel,
                    self.sensitivity_panel, self.decisions_panel):
            self.tabs.addTab(tab, "")

        layout = QVBoxLayout(self)
        layout.addLayout(proposal)
        layout.addLayout(decide)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        return translate("AwardsPage", "Awards")

    def _ranking_headers(self) -> list[str]:
        return [translate("AwardsPage", "Rank"), translate("AwardsPage", "Tier"),
                translate("AwardsPage", "Code"), translate("AwardsPage", "No."),
                translate("AwardsPage", "Title"), translate("AwardsPage", "Region"),
                translate("AwardsPage", "Country"), translate("AwardsPage", "Jurors"),
                translate("AwardsPage", "Abstained"), *(word(METHOD_WORDS, m) for m in METHODS),
                translate("AwardsPage", "Tier line"), translate("AwardsPage", "Moved by"),
                translate("AwardsPage", "Status")]

    def retranslate_ui(self) -> None:
        self.method_label.setText(translate("AwardsPage", "Combine scores by:"))
        for i, key in enumerate(METHODS):
            self.method.setItemText(i, word(METHOD_WORDS, key))
        self.caps_label.setText(translate("AwardsPage", "At most per country:"))
        self.caps.setPlaceholderText(translate("AwardsPage", "e.g. grand=1, excellence=3"))
        self.per_region.setText(translate("AwardsPage", "At least one finalist per region"))
        self.propose_button.setText(translate("AwardsPage", "Propose awards"))
        self.change_button.setText(translate("AwardsPage", "Change tier…"))
        self.disqualify_button.setText(translate("AwardsPage", "Disqualify…"))
        self.provisional_button.setText(translate("AwardsPage", "Approve as provisional"))
        self.finalize_button.setText(translate("AwardsPage", "Finalise and lock…"))
        self.unlock_button.setText(translate("AwardsPage", "Unlock…"))
        self.export_xlsx_button.setText(translate("AwardsPage", "Results (.xlsx)…"))
        self.export_pdf_button.setText(translate("AwardsPage", "Report (PDF)…"))
        self.export_regions_button.setText(translate("AwardsPage", "Lists per region (.xlsx)…"))
        for i, text in enumerate((translate("AwardsPage", "Ranking"),
                                  translate("AwardsPage", "Jury statistics"),
                                  translate("AwardsPage", "Tier lines and constraints"),
                                  translate("AwardsPage", "Method sensitivity"),
                                  translate("AwardsPage", "Decisions"))):
            self.tabs.setTabText(i, text)
        self.ranking_model.retranslate()
        if self.board is not None:
            self._show(self.board)

    # ---- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.board = None
        rounds: list[tuple[int, str, int]] = []
        trail = []
        if self.contest_id is not None:
            with self.db.session() as session:
                saved = session.scalar(select(Award.id).where(
                    Award.contest_id == self.contest_id).limit(1)) is not None
                # a saved proposal is shown by its own method; the combo is for the next one
                self.board = build_board(session, self.contest_id,
                                         None if saved else self._preview_method())
                trail = audit_trail(session, self.contest_id)
                scored = load_scored(session, self.contest_id)
                for round_id, scores in scored.round_scores.items():
                    round_ = session.get(Round, round_id)
                    if round_ is not None and round_.kind != "boundary" and scores.values:
                        rounds.append((round_id, round_.name or str(round_.position),
                                       len(scores.values)))
        if self.board is not None and self.board.saved:
            self.method.blockSignals(True)
            self.method.setCurrentIndex(max(self.method.findData(self.board.method), 0))
            self.method.blockSignals(False)
        self.stats_panel.set_rounds(rounds)
        self.decisions_panel.show_trail(trail)
        if self.board is not None:
            self._show(self.board)
        else:
            self.ranking_model.set_ranked([], [], [], [], [])
            self.notes.setText(translate("AwardsPage", "Open a contest to see its results."))
        self._update_buttons()

    def _preview_method(self) -> str:
        return str(self.method.currentData() or "mean")

    def _show(self, board: Board) -> None:
        rows, tiers, tips, marked = ranking_rows(board)
        self.ranking_model.set_ranked(rows, [r.entry_id for r in board.rows], tiers, tips, marked)
        fit_columns(self.ranking_table, widest=220)
        self.state_label.setText(f"<b>{word(STATE_WORDS, board.state())}</b>")
        counts = board.counts()
        self.legend.setText("&nbsp;&nbsp;".join(
            f"<span style='background:{tier_colour(i).name()}; color:#1a1a1a'>&nbsp;"
            f"{tier_name(board, q.key)} {counts[q.key]}/{q.quota}&nbsp;</span>"
            for i, q in enumerate(board.quotas)))
        if board.saved:
            basis = translate("AwardsPage", "Ranked by {method}, the method of the saved "
                              "proposal.")
        else:
            basis = translate("AwardsPage", "Preview ranked by {method}: nothing is saved "
                              "until you propose the awards.")
        self.basis_label.setText(basis.format(method=word(METHOD_WORDS, board.method)))
        notes = [message(n.code, n.values, translate) for n in board.notices]
        if not board.rows:
            notes.insert(0, translate("AwardsPage", "No scores yet: the ranking appears "
                                      "once jurors have scored works."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.boundaries_panel.show_board(board)
        self.sensitivity_panel.show_board(board)

    def _update_buttons(self) -> None:
        board = self.board
        locked = bool(board and board.locked)
        selected = self.selected_row() is not None
        self.propose_button.setEnabled(board is not None and not locked and bool(board.rows))
        self.change_button.setEnabled(selected and not locked)
        self.disqualify_button.setEnabled(selected and not locked)
        self.provisional_button.setEnabled(bool(board and board.state() == "proposed"))
        self.finalize_button.setEnabled(bool(board and board.saved) and not locked)
        self.unlock_button.setEnabled(locked)
        for button in (self.export_xlsx_button, self.export_pdf_button,
                       self.export_regions_button):
            button.setEnabled(bool(board and board.rows))

    def selected_row(self) -> BoardRow | None:
        if self.board is None:
            return None
        rows = self.ranking_table.selectionModel().selectedRows()
        if not rows:
            return None
        entry_id = self.ranking_model.row_id(source_row(self.ranking_table, rows[0].row()))
        return self.board.row(entry_id) if entry_id is not None else None

    def select_entry(self, entry_id: int) -> None:
        proxy = self.ranking_table.model()
        for row in range(proxy.rowCount()):
            if self.ranking_model.row_id(source_row(self.ranking_table, row)) == entry_id:
                self.ranking_table.selectRow(row)
                return

    # ---- deciding ------------------------------------------------------------------------

    def _decide(self, action: Callable[[Any], Any]) -> bool:
        """Run one decision in its own transaction; words for any refusal; show the result."""
        try:
            with self.db.session() as session, session.begin():
                action(session)
        except Exception as exc:  # the core's refusals and database failures alike
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def change_tier(self) -> None:
        row = self.selected_row()
        if row is None or self.board is None or self.contest_id is None:
            return
        tiers = [(q.key, tier_name(self.board, q.key)) for q in self.board.quotas]
        dialog = ChangeTierDialog(row.code, tiers, row.tier, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        key, reason, contest_id = dialog.tier_key(), dialog.reason_text(), self.contest_id
        self._decide(lambda s: decisions.set_tier(s, contest_id, row.entry_id, key, reason))

    def disqualify(self) -> None:
        row = self.selected_row()
        if row is None or self.contest_id is None:
            return
        dialog = ReasonDialog(ReasonDialog.DISQUALIFY, row.code, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, contest_id = dialog.reason_text(), self.contest_id
        self._decide(lambda s: decisions.disqualify(s, contest_id, row.entry_id, reason))

    def approve_provisional(self) -> None:
        if self.contest_id is not None:
            contest_id = self.contest_id
            self._decide(lambda s: decisions.approve_provisional(s, contest_id))

    def finalize(self) -> None:
        if self.board is None or self.contest_id is None:
            return
        counts = self.board.counts()
        off = any(counts[q.key] != q.quota for q in self.board.quotas)
        dialog = ReasonDialog(ReasonDialog.FINALIZE, require_reason=off, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, contest_id = dialog.reason_text(), self.contest_id
        self._decide(lambda s: (auto_backup(self.db, "finalize"),  # a way back, taken first
                                decisions.finalize(s, contest_id, reason)))

    def unlock(self) -> None:
        if self.contest_id is None:
            return
        dialog = ReasonDialog(ReasonDialog.UNLOCK, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, contest_id = dialog.reason_text(), self.contest_id
        self._decide(lambda s: decisions.unlock(s, contest_id, reason))

    def open_boundary_round(self, tier: str, entry_ids: list[int]) -> None:
        if self.contest_id is None or self.board is None:
            return
        question = translate(
            "AwardsPage", "Open a boundary round over {count} works at the {tier} line? Assign "
            "its jurors on the Jury page; once it is closed its scores order these works.")
        answer = QMessageBox.question(
            self, translate("AwardsPage", "Boundary round"),
            question.format(count=len(entry_ids), tier=tier_name(self.board, tier)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        contest_id, name = self.contest_id, f"{tier} line"
        reason = translate("AwardsPage", "Works too close to call at the {tier} line").format(
            tier=tier_name(self.board, tier))
        self._decide(lambda s: open_boundary_round(s, contest_id, entry_ids, name=name,
                                                   reason=reason))

    def constraints(self) -> Constraints:
        keys = [q.key for q in self.board.quotas] if self.board else []
        items = [p for p in self.caps.text().replace(";", ",").replace(" ", ",").split(",") if p]
        return Constraints(parse_max_per_country(items, keys), self.per_region.isChecked())

    def propose(self) -> None:
        if self.contest_id is None or self.board is None:
            return
        try:
            constraints = self.constraints()
        except Exception as exc:
            show_error(self, exc)
            return
        decided = sum(1 for r in self.board.rows if r.status not in ("", "proposed"))
        question = translate(
            "AwardsPage", "The committee has decided on {count} awards. A new proposal replaces "
            "those decisions (the audit log keeps them). Continue?").format(count=decided)
        if decided and QMessageBox.question(
                self, translate("AwardsPage", "Replace decisions?"),
                question) != QMessageBox.StandardButton.Yes:
            return
        contest_id, method = self.contest_id, self._preview_method()

        def job(_control: Any) -> int:
            with self.db.session() as session, session.begin():
                proposal = decisions.propose(session, contest_id, method, constraints,
                                             replace=bool(decided))
                return len(proposal.allocation.tiers)

        run_with_progress(self, translate("AwardsPage", "Proposing the awards…"), job,
                          lambda _n: self.refresh())
