"""The works of a contest as a table (and, through column 0, as a thumbnail grid)."""

from __future__ import annotations

from functools import cmp_to_key
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QImageReader, QPixmap

from contest_app.core.entry_list import EntryRow
from contest_app.core.languages import pick
from contest_app.gui.labels import label
from contest_app.gui.widgets.table import sort_less
from contest_app.i18n import current_language, translate

Index = QModelIndex | QPersistentModelIndex
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB_SIZE = QSize(160, 120)

COL_CODE, COL_NO, COL_COUNTRY, COL_REGION, COL_TITLE, COL_STUDENTS, COL_STATUS, COL_PROBLEMS = (
    range(8))


class EntriesModel(QAbstractTableModel):
    def __init__(self, media_root: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.media_root = media_root
        self.rows: list[EntryRow] = []
        self._thumbs: dict[int, QPixmap] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self._thumbs.clear()
        self.endResetModel()

    # The rows are sorted here, in one Python sort, and the proxy (EntriesFilter) only filters:
    # a proxy sorting 10,000 works calls back into Python for each of ~200,000 comparisons,
    # which made loading the page take 6 s and clearing a filter 2 s.
    def _sorted(self, rows: list[EntryRow]) -> list[EntryRow]:
        if self._sort is None or not rows:
            return list(rows)
        column, order = self._sort
        values = [self.display(row, column) for row in rows]

        def by_value(i: int, j: int) -> int:
            return _compare(values[i], values[j])

        places = sorted(range(len(rows)), key=cmp_to_key(by_value),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        return [rows[i] for i in places]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Names by the UI language's collation, numbers in them as numbers; stable."""
        self._sort = (column, order) if 0 <= column < self.columnCount() else None
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id if i.isValid() else None for i in before]
        self.rows = self._sorted(self.rows)
        place = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(before, [
            self.index(place[entry_id], i.column()) if entry_id is not None else QModelIndex()
            for i, entry_id in zip(before, ids, strict=True)])
        self.layoutChanged.emit()

    def headers(self) -> list[str]:
        return [
            translate("EntriesPage", "Code"), translate("EntriesPage", "No."),
            translate("EntriesPage", "Country"), translate("EntriesPage", "Region"),
            translate("EntriesPage", "Title"), translate("EntriesPage", "Students"),
            translate("EntriesPage", "Status"), translate("EntriesPage", "Problems"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def _thumb(self, row: EntryRow) -> QPixmap:
        """Loaded when first shown, scaled on decode: a grid of 700 stays quick."""
        pixmap = self._thumbs.get(row.id)
        if pixmap is None:
            pixmap = QPixmap()
            if row.thumb_path:
                reader = QImageReader(str(self.media_root / row.thumb_path))
                size = reader.size()
                if size.isValid():
                    reader.setScaledSize(size.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
                if not image.isNull():
                    pixmap = QPixmap.fromImage(image)
            self._thumbs[row.id] = pixmap
        return pixmap

    def display(self, row: EntryRow, column: int) -> Any:
        lang = current_language()
        return (row.anon_code, row.entry_no, row.country_code, pick(row.region_names, lang),
                row.title, ", ".join(s.name for s in row.students), label(row.status),
                row.problems)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.display(row, column))
        if role == Qt.ItemDataRole.UserRole:
            return self.display(row, column)
        if role == ENTRY_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == COL_CODE:
            return self._thumb(row)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_CODE, COL_PROBLEMS):
            return "\n".join(sorted(set(row.problem_codes))) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "disqualified":
            return QColor("#a33")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PROBLEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))
        if self._sort is not None:
            self.sort(*self._sort)  # region names and the collation follow the language


class EntriesFilter(QSortFilterProxyModel):
    """Country, region, status, problem and free text, applied without reloading anything."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.country: str | None = None
        self.region: str | None = None
        self.status: str | None = None
        self.problem: str | None = None  # a code, "*" for any problem, "-" for none
        self.needle = ""
        self._haystacks: dict[int, str] = {}  # entry id -> the text a search looks in

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._haystacks.clear)

    def set_filter(self, **values: Any) -> None:
        for key, value in values.items():
            setattr(self, key, value)
        self.invalidate()  # cheap: this proxy only filters, the model keeps the order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # sorted by the model (see EntriesModel.sort); this proxy keeps the model's order
        self._model().sort(column, order)

    def _model(self) -> EntriesModel:
        model = self.sourceModel()
        assert isinstance(model, EntriesModel)
        return model

    def _haystack(self, row: EntryRow) -> str:
        text = self._haystacks.get(row.id)
        if text is None:
            parts = [row.anon_code, row.entry_no, row.title, row.title_en, row.region_code]
            for s in row.students:
                parts += [s.name, s.name_latin, s.school]
            text = self._haystacks[row.id] = " ".join(parts).casefold()
        return text

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:  # noqa: N802
        r = self._model().rows[source_row]
        if self.country and r.country_code != self.country:
            return False
        if self.region and r.region_code != self.region:
            return False
        if self.status and r.status != self.status:
            return False
        if self.problem == "*" and not r.problem_codes:
            return False
        if self.problem == "-" and r.problem_codes:
            return False
        if self.problem not in (None, "*", "-") and self.problem not in r.problem_codes:
            return False
        return not self.needle or self.needle in self._haystack(r)


def _compare(a: object, b: object) -> int:
    less = sort_less(a, b)
    if less is None:  # mixed kinds: as text
        a, b = str(a), str(b)
        less = sort_less(a, b)
    return -1 if less else (1 if sort_less(b, a) else 0)
