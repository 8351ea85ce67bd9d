"""An editable table of text rows with Add, Remove, Up and Down buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contest_app.i18n import translate


class EditTable(QWidget):
    def __init__(self, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns), self)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))

    def retranslate_ui(self) -> None:
        self.add_button.setText(translate("EditTable", "Add"))
        self.remove_button.setText(translate("EditTable", "Remove"))
        self.up_button.setText(translate("EditTable", "Move up"))
        self.down_button.setText(translate("EditTable", "Move down"))

    def set_headers(self, headers: list[str]) -> None:
        self.table.setHorizontalHeaderLabels(headers)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.resizeColumnsToContents()

    def _append(self, row: list[str]) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for col, value in enumerate(row):
            self.table.setItem(index, col, QTableWidgetItem(value))

    def rows(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            row = []
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                row.append(item.text().strip() if item is not None else "")
            out.append(row)
        return out

    def add_row(self) -> None:
        self._append([""] * self.table.columnCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.table.setCurrentCell(target, 0)
