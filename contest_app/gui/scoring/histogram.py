"""The juror's own score distribution, with a pass line, so they can see where they stand."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class Histogram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.low, self.high = 1.0, 10.0
        self.threshold: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(280, 110)

    def set_values(self, values: list[float], low: float, high: float,
                   threshold: float | None) -> None:
        self.values, self.low, self.high, self.threshold = values, low, high, threshold
        self.update()

    def bins(self) -> list[int]:
        count = max(round(self.high - self.low), 1)
        counts = [0] * count
        for v in self.values:
            index = min(int((v - self.low) / (self.high - self.low) * count), count - 1)
            counts[max(index, 0)] += 1
        return counts

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self.width() <= 0 or self.height() <= 0:
            return
        painter = QPainter(self)
        counts = self.bins()
        top = max(counts) or 1
        label_h = self.fontMetrics().height() + 2
        width = self.width() / len(counts)
        height = self.height() - label_h
        for i, n in enumerate(counts):
            bar = height * n / top
            start = self.low + i * (self.high - self.low) / len(counts)
            colour = QColor("#59a14f") if (self.threshold is not None
                                           and start >= self.threshold) else QColor("#4e79a7")
            painter.fillRect(QRectF(i * width + 1, height - bar, width - 2, bar), colour)
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(i * width, height, width, label_h),
                             Qt.AlignmentFlag.AlignCenter, f"{start:g}")
        if self.threshold is not None:
            x = (self.threshold - self.low) / (self.high - self.low) * self.width()
            painter.setPen(QColor("#e15759"))
            painter.drawLine(int(x), 0, int(x), int(height))
        painter.end()
