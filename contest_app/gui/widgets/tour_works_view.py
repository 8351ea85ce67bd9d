"""A tour's works in its (hanging) order, with thumbnails; reorder by drag or with up/down.

The model owns the order; moving rows emits order_changed with the entry ids in the new order,
and the page saves it (core.tours.reorder_works). Dropping is handled by the model itself and
reported back to the view as "not accepted", so the view never deletes the dragged rows
afterwards (QTableView would, for a move).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from contest_app.core.languages import pick
from contest_app.core.tours.content import TourEntry
from contest_app.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-contest-app-tour-rows"
THUMB_HEIGHT = 56
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_LABELS: dict[str, str] = {
    "selected": QT_TRANSLATE_NOOP("TourWorksView", "Selected"),
    "packed": QT_TRANSLATE_NOOP("TourWorksView", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("TourWorksView", "Shipped"),
    "on_show": QT_TRANSLATE_NOOP("TourWorksView", "On show"),
    "returned": QT_TRANSLATE_NOOP("TourWorksView", "Returned"),
}
COL_NO, COL_WORK, COL_EDITION, COL_TIER, COL_REGION, COL_STATUS, COL_NOTES, COL_VENUES = range(8)


@dataclass(frozen=True)
class WorkRow:
    entry_id: int
    label: str
    title: str
    title_en: str
    year: int
    tier: str
    region: str
    status: str
    notes: str
    venues: int
    consent: bool
    thumb_path: str


def status_label(status: str) -> str:
    text = STATUS_LABELS.get(status)
    return translate("TourWorksView", text) if text else status


def rows_from(entries: list[TourEntry], language: str) -> list[WorkRow]:
    rows = []
    for e in sorted(entries, key=lambda e: e.position):
        w = e.work
        rows.append(WorkRow(
            w.entry_id, e.label, w.title, w.title_en, w.year,
            pick(w.tier_names, language) or w.tier_key,
            f"{pick(w.region_names, language) or w.region_code}, "
            f"{pick(w.country_names, language) or w.country_code}",
            e.status, e.condition_notes, len(e.venue_ids), w.consent_complete,
            w.image.thumb_path if w.image else ""))
    return rows


class TourWorksModel(QAbstractTableModel):
    order_changed = Signal(list)  # entry ids, in the new order

    def __init__(self, media_root: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.media_root = media_root
        self.rows: list[WorkRow] = []
        self._thumbs: dict[str, QPixmap] = {}

    def set_rows(self, rows: list[WorkRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [translate("TourWorksView", "No."), translate("TourWorksView", "Work"),
                translate("TourWorksView", "Year"), translate("TourWorksView", "Award"),
                translate("TourWorksView", "Region"), translate("TourWorksView", "Status"),
                translate("TourWorksView", "Condition"), translate("TourWorksView", "Venues")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def _thumb(self, path: str) -> QPixmap:
        if path not in self._thumbs:
            pixmap = QPixmap()
            if path:
                reader = QImageReader(str(self.media_root / path))
                reader.setAutoTransform(True)
                size = reader.size()
                if size.isValid() and size.height() > 0:
                    reader.setScaledSize(size.scaled(QSize(THUMB_HEIGHT * 2, THUMB_HEIGHT),
                                                     Qt.AspectRatioMode.KeepAspectRatio))
                pixmap = QPixmap.fromImage(reader.read())
            self._thumbs[path] = pixmap
        return self._thumbs[path]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WORK:
                second = f"\n{row.title_en}" if row.title_en and row.title_en != row.title else ""
                return f"{row.title}{second}"
            return {COL_NO: row.label, COL_EDITION: row.year, COL_TIER: row.tier,
                    COL_REGION: row.region, COL_STATUS: status_label(row.status),
                    COL_NOTES: row.notes, COL_VENUES: row.venues}.get(col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_WORK:
            return self._thumb(row.thumb_path)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WORK and not row.consent:
            return translate("TourWorksView", "No publication consent for every author: the "
                             "catalogue leaves the names off, or the work out.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)

    # --- moving -----------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled  # between rows only, never onto one

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        self.move_rows(rows, target)
        return False  # done here: "accepted" would make the view remove the source rows

    def move_rows(self, rows: list[int], target: int) -> None:
        """Move rows (indices) so they start at target (an index in the current order)."""
        rows = sorted(r for r in set(rows) if 0 <= r < len(self.rows))
        if not rows:
            return
        moving = [self.rows[r] for r in rows]
        rest = [r for i, r in enumerate(self.rows) if i not in set(rows)]
        insert_at = target - sum(1 for r in rows if r < target)
        new = rest[:insert_at] + moving + rest[insert_at:]
        if [r.entry_id for r in new] == [r.entry_id for r in self.rows]:
            return
        self.set_rows(new)
        self.order_changed.emit([r.entry_id for r in new])

    def move_by(self, rows: list[int], step: int) -> list[int]:
        """Up (-1) or down (+1) by one place; returns the rows' new indices."""
        rows = sorted(set(rows))
        if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] >= len(self.rows) - 1):
            return rows
        target = rows[0] - 1 if step < 0 else rows[-1] + 2
        self.move_rows(rows, target)
        start = rows[0] + step
        return list(range(start, start + len(rows)))


class TourWorksView(QTableView):
    def __init__(self, model: TourWorksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(THUMB_HEIGHT * 2, THUMB_HEIGHT))
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(THUMB_HEIGHT + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WORK, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(COL_NO, 52)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def selected_entry_ids(self) -> list[int]:
        model = self.model()
        assert isinstance(model, TourWorksModel)
        return [model.rows[r].entry_id for r in self.selected_rows()]

    def select_rows(self, rows: list[int]) -> None:
        self.clearSelection()
        mode = self.selectionMode()
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.selectRow(row)
        self.setSelectionMode(mode)
