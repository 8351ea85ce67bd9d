"""A table view set up the same way everywhere: sortable, whole-row selection, stretch last."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from contest_app.gui.models.rows_table_model import RowsTableModel

_collators: dict[str, QCollator] = {}


def collator() -> QCollator:
    """The UI language's collation, numbers in text compared as numbers ("No. 9" < "No. 10"),
    case ignored. LanguageSwitcher sets the default QLocale, so this follows the UI language."""
    locale = QLocale()
    found = _collators.get(locale.name())
    if found is None:
        found = QCollator(locale)
        found.setNumericMode(True)
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collators[locale.name()] = found
    return found


def sort_less(a: object, b: object) -> bool | None:
    """Numbers as numbers, text by collator(); None when neither applies (the caller decides)."""
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a < b
    if isinstance(a, str) and isinstance(b, str):
        return collator().compare(a, b) < 0
    return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by the raw value (numbers as numbers, text by the locale's collation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setSortLocaleAware(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left, right) -> bool:  # type: ignore[no-untyped-def]
        a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
        less = sort_less(a, b)
        return super().lessThan(left, right) if less is None else less


def make_table(model: RowsTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    proxy = SortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def source_row(view: QTableView, proxy_row: int) -> int:
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    return proxy.mapToSource(proxy.index(proxy_row, 0)).row()
