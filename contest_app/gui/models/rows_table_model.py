"""A read-only table of plain rows whose headers are translated when the language changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """rows are tuples of display values; sort_keys (optional) give what sorting compares."""

    def __init__(self, headers: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Sequence[Any]] = []
        self._ids: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Any]], ids: list[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = ids if ids is not None else [None] * len(rows)
        self.endResetModel()

    def row_id(self, row: int) -> Any:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # for sorting numbers as numbers
            return value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value  # long messages are cut by the column; the whole text on hover
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if section < len(headers) else None
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
