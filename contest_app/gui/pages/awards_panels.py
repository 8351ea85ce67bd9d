"""Tabs of the Awards page besides the ranking and the jury statistics: tier lines and moves by
constraints, method sensitivity, and the audit trail of award decisions. Also the words for the
codes the core returns (methods, rules, states, decisions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contest_app.core.awards.aggregate import METHODS
from contest_app.core.awards.board import Board, BoardRow, TrailRow
from contest_app.core.languages import pick
from contest_app.gui.labels import award_status_label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import empty_note
from contest_app.gui.widgets.award_charts import fit_columns
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.i18n import QT_TRANSLATE_NOOP, current_language, translate

CONTEXT = "AwardsPage"
METHOD_WORDS = {
    "mean": QT_TRANSLATE_NOOP("AwardsPage", "Mean (raw)"),
    "trimmed": QT_TRANSLATE_NOOP("AwardsPage", "Trimmed mean"),
    "zscore": QT_TRANSLATE_NOOP("AwardsPage", "Z-scores per juror"),
    "rank": QT_TRANSLATE_NOOP("AwardsPage", "Ranks per juror"),
}
RULE_WORDS = {
    "max_per_country": QT_TRANSLATE_NOOP("AwardsPage", "Country limit"),
    "pushed_down": QT_TRANSLATE_NOOP("AwardsPage", "Pushed down"),
    "moved_up": QT_TRANSLATE_NOOP("AwardsPage", "Moved up"),
    "finalist_per_region": QT_TRANSLATE_NOOP("AwardsPage", "Region's place"),
    "displaced": QT_TRANSLATE_NOOP("AwardsPage", "Made room for a region"),
}
STATE_WORDS = {
    "none": QT_TRANSLATE_NOOP("AwardsPage", "Preview: nothing saved yet"),
    "proposed": QT_TRANSLATE_NOOP("AwardsPage", "Proposed, not yet approved"),
    "provisional": QT_TRANSLATE_NOOP("AwardsPage", "Provisional results"),
    "final": QT_TRANSLATE_NOOP("AwardsPage", "Final results (locked)"),
}
ACTION_WORDS = {
    "awards.propose": QT_TRANSLATE_NOOP("AwardsPage", "Proposal saved"),
    "awards.provisional": QT_TRANSLATE_NOOP("AwardsPage", "Approved as provisional"),
    "awards.set_tier": QT_TRANSLATE_NOOP("AwardsPage", "Tier changed"),
    "awards.disqualify": QT_TRANSLATE_NOOP("AwardsPage", "Disqualified"),
    "awards.promote": QT_TRANSLATE_NOOP("AwardsPage", "Moved up after a disqualification"),
    "awards.finalize": QT_TRANSLATE_NOOP("AwardsPage", "Finalised and locked"),
    "awards.unlock": QT_TRANSLATE_NOOP("AwardsPage", "Unlocked"),
    "awards.boundary_round": QT_TRANSLATE_NOOP("AwardsPage", "Boundary round opened"),
}


def word(table: dict[str, str], key: str | None) -> str:
    text = table.get(key or "")
    return translate(CONTEXT, text) if text else (key or "")


def tier_name(board: Board, key: str | None) -> str:
    if not key:
        return translate("AwardsPage", "No award")
    return pick(board.tier_names.get(key, {}), current_language()) or key


def _score(value: float | None) -> float | str:
    return "" if value is None else round(value, 3)


def _marks(board: Board, row: BoardRow) -> str:
    return "; ".join((translate("AwardsPage", "tie at the {tier} line") if kind == "tie"
                      else translate("AwardsPage", "close to the {tier} line")).format(
                          tier=tier_name(board, tier)) for kind, tier in row.marks)


def _status(row: BoardRow) -> str:
    if not row.tier:
        return ""
    return award_status_label(row.status) if row.status else translate("AwardsPage", "preview")


def ranking_rows(board: Board) -> tuple[list[Sequence[Any]], list[int | None], list[str],
                                        list[bool]]:
    """Rows of the ranking table, with each row's tier position (its colour band; None for no
    award), tooltip, and whether it sits at a tier line."""
    lang = current_language()
    order = {q.key: i for i, q in enumerate(board.quotas)}
    rows: list[Sequence[Any]] = []
    tiers: list[int | None] = []
    tips: list[str] = []
    for r in board.rows:
        marks = _marks(board, r)
        rows.append((r.rank, tier_name(board, r.tier) if r.tier else "", r.code, r.entry_no,
                     r.title, pick(r.region_names, lang), pick(r.country_names, lang), r.jurors,
                     r.abstentions, *(_score(r.scores.get(m)) for m in METHODS), marks,
                     word(RULE_WORDS, r.moved) if r.moved else "", _status(r)))
        tiers.append(order.get(r.tier) if r.tier and r.status != "withdrawn" else None)
        tips.append(marks)
    return rows, tiers, tips, [bool(r.marks) for r in board.rows]


class _Panel(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


class BoundariesPanel(_Panel):
    """The line under each tier with its ties and near ties, and the works constraints moved."""

    boundary_round_requested = Signal(str, object)  # tier key, entry ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.lines_box = QGroupBox(self)
        self.lines_model = RowsTableModel(self._line_headers, self)
        self.lines_table = make_table(self.lines_model, self.lines_box)
        # lines stay in tier order (highest first): sorting them by name would scramble them
        self.lines_table.setSortingEnabled(False)
        self.lines_table.model().sort(-1)
        self.open_round = QPushButton(self.lines_box)
        self.open_round.clicked.connect(self._open_round)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_round)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines_table)
        lines_layout.addLayout(buttons)
        self.moves_box = QGroupBox(self)
        self.moves_model = RowsTableModel(self._move_headers, self)
        self.moves_table = make_table(self.moves_model, self.moves_box)
        self.moves_note = empty_note(self.moves_box)
        moves_layout = QVBoxLayout(self.moves_box)
        moves_layout.addWidget(self.moves_table)
        moves_layout.addWidget(self.moves_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines_box, 1)
        layout.addWidget(self.moves_box, 1)
        self.retranslate_ui()

    def _line_headers(self) -> list[str]:
        return [translate("AwardsPage", "Line under"), translate("AwardsPage", "Tie"),
                translate("AwardsPage", "Gap"), translate("AwardsPage", "Works too close to call"),
                translate("AwardsPage", "A boundary round would hold")]

    def _move_headers(self) -> list[str]:
        return [translate("AwardsPage", "Code"), translate("AwardsPage", "Region"),
                translate("AwardsPage", "By the ranking"),
                translate("AwardsPage", "After constraints"),
                translate("AwardsPage", "Why")]

    def retranslate_ui(self) -> None:
        self.lines_box.setTitle(translate("AwardsPage", "Tier lines"))
        self.moves_box.setTitle(translate("AwardsPage", "Works moved by a constraint"))
        self.open_round.setText(translate("AwardsPage", "Open a boundary round over these works…"))
        self.moves_note.setText(translate("AwardsPage", "No constraint moved any work."))
        self.lines_model.retranslate()
        self.moves_model.retranslate()
        if self.board is not None:
            self.show_board(self.board)

    def show_board(self, board: Board) -> None:
        self.board = board
        code = {r.entry_id: r.code for r in board.rows}
        yes = translate("AwardsPage", "yes")
        settled = translate("AwardsPage", "settled by a boundary round")
        self.lines_model.set_rows(
            [(tier_name(board, b.upper), (settled if b.settled else yes) if b.tie else "",
              "–" if b.gap is None else round(b.gap, 3), " ".join(code[e] for e in b.near),
              " ".join(code[e] for e in b.around)) for b in board.boundaries],
            [b.upper for b in board.boundaries])
        fit_columns(self.lines_table)
        regions = {r.entry_id: r.region_code for r in board.rows}
        self.moves_model.set_rows(
            [(m.code, regions.get(m.entry_id, m.region_code), tier_name(board, m.before),
              tier_name(board, m.after), word(RULE_WORDS, m.rule)) for m in board.moves],
            [m.entry_id for m in board.moves])
        fit_columns(self.moves_table)
        self.moves_note.setVisible(not board.moves)
        self.open_round.setEnabled(bool(board.boundaries) and not board.locked)

    def _open_round(self) -> None:
        if self.board is None or not self.board.boundaries:
            return
        rows = self.lines_table.selectionModel().selectedRows()
        index = source_row(self.lines_table, rows[0].row()) if rows else 0
        line = self.board.boundaries[index]
        self.boundary_round_requested.emit(line.upper, list(line.around))


class SensitivityPanel(_Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def _headers(self) -> list[str]:
        return [translate("AwardsPage", "Code"), translate("AwardsPage", "Region"),
                *(word(METHOD_WORDS, m) for m in METHODS)]

    def retranslate_ui(self) -> None:
        self.intro.setText(translate(
            "AwardsPage", "Works whose tier would change if the scores were combined by another "
            "method (same quotas and constraints). The cell shows the tier and the rank."))
        self.note.setText(translate("AwardsPage", "Every method gives every work the same tier."))
        self.model.retranslate()
        if self.board is not None:
            self.show_board(self.board)

    def show_board(self, board: Board) -> None:
        self.board = board
        rows: list[Sequence[Any]] = [
            (r.code, r.region_code, *(f"{tier_name(board, r.tiers[m])} (#{r.ranks[m]})"
                                      for m in METHODS)) for r in board.sensitivity]
        self.model.set_rows(rows, [r.entry_id for r in board.sensitivity])
        fit_columns(self.table)
        self.note.setVisible(not rows)


class DecisionsPanel(_Panel):
    """The audit trail of the award decisions: who, when, what and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TrailRow] = []
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def _headers(self) -> list[str]:
        return [translate("AwardsPage", "When (UTC)"), translate("AwardsPage", "Who"),
                translate("AwardsPage", "Decision"), translate("AwardsPage", "Work"),
                translate("AwardsPage", "Change"), translate("AwardsPage", "Reason")]

    def retranslate_ui(self) -> None:
        self.note.setText(translate("AwardsPage", "No award decision has been made yet."))
        self.model.retranslate()
        self.show_trail(self.rows)

    def show_trail(self, rows: list[TrailRow]) -> None:
        self.rows = rows
        self.model.set_rows([
            (t.at.strftime("%Y-%m-%d %H:%M:%S"), t.actor, word(ACTION_WORDS, t.action), t.code,
             "; ".join(f"{k}: {v[0] if v[0] is not None else '–'} → "
                       f"{v[1] if v[1] is not None else '–'}"
                       for k, v in t.changes.items()
                       if isinstance(v, list) and len(v) == 2 and k != "code"),
             t.reason) for t in rows])
        fit_columns(self.table, widest=420)
        self.note.setVisible(not rows)
