"""The ranked works with their tier bands: each row tinted in its tier's colour, tier lines
marked, and a tooltip saying why a row is marked or moved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from contest_app.gui.models.rows_table_model import Index, RowsTableModel

# one colour per tier position: gold, blue, green, rose, then greys for any further tiers
TIER_COLOURS = ("#f6d776", "#9ec5f0", "#a8d5a2", "#e9b8cf", "#cfcfcf", "#e0e0e0")


def tier_colour(position: int) -> QColor:
    return QColor(TIER_COLOURS[min(position, len(TIER_COLOURS) - 1)])


class RankingTableModel(RowsTableModel):
    """Rows as RowsTableModel; per row a tier position (None: no award), a tooltip, and whether
    it sits at a tier line (shown bold)."""

    TIER_COLUMN = 1

    def __init__(self, headers: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self._tiers: list[int | None] = []
        self._tips: list[str] = []
        self._marked: list[bool] = []

    def set_ranked(self, rows: list[Sequence[Any]], ids: list[Any], tiers: list[int | None],
                   tips: list[str], marked: list[bool]) -> None:
        self._tiers, self._tips, self._marked = tiers, tips, marked
        self.set_rows(rows, ids)

    def tier_position(self, row: int) -> int | None:
        return self._tiers[row] if 0 <= row < len(self._tiers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.BackgroundRole and row < len(self._tiers):
            position = self._tiers[row]
            if position is None:
                return None
            colour = tier_colour(position)
            # the tier column carries the band's full colour, the rest of the row a tint
            return colour if index.column() == self.TIER_COLUMN else colour.lighter(118)
        if role == Qt.ItemDataRole.ForegroundRole and row < len(self._tiers):
            if self._tiers[row] is not None:
                return QColor("#1a1a1a")  # tints are light: keep text dark in dark themes too
            return None
        if role == Qt.ItemDataRole.ToolTipRole and row < len(self._tips):
            return self._tips[row] or None
        if role == Qt.ItemDataRole.FontRole and row < len(self._marked) and self._marked[row]:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
