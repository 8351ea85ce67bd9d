"""A horizontal bar chart painted by hand (QtCharts would add a large module for one chart)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1")


class BarChart(QWidget):
    """bars: (label, value, colour index); one row per bar, the value written after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, int, int]]) -> None:
        self.bars = bars
        self.setMinimumHeight(self.sizeHint().height())  # every bar visible, whatever the layout
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, max(1, len(self.bars)) * self.row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 14,
                          self.width() // 2)
        value_width = metrics.horizontalAdvance("00000") + 6
        top_value = max(b[1] for b in self.bars) or 1
        span = max(self.width() - label_width - value_width - 8, 10)
        height = self.row_height()
        for i, (text, value, colour) in enumerate(self.bars):
            y = 4 + i * height
            painter.setPen(self.palette().color(self.foregroundRole()))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(QRectF(0, y, label_width - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            width = span * value / top_value
            painter.fillRect(QRectF(label_width, y + 3, width, height - 6),
                             QColor(BAR_COLOURS[colour % len(BAR_COLOURS)]))
            painter.drawText(QRectF(label_width + width + 4, y, value_width, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.end()
