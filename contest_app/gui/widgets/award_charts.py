"""Charts of the Awards page: jurors' leniency as bars either side of zero, and a gauge of the
panel's agreement on the bands people know (poor, moderate, good, excellent)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QTableView, QWidget

from contest_app.gui.widgets.bar_chart import BarChart

LENIENT, HARSH = "#e15759", "#4e79a7"


class LeniencyChart(BarChart):
    """One bar per juror from a centre line: right (red) more generous than the panel on the
    same works, left (blue) stricter. Values are points on the contest's scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []

    def set_values(self, values: list[tuple[str, float]]) -> None:
        self.values = [v for _, v in values]
        # the base class sizes the widget by its bars; the int value is not drawn here
        self.set_bars([(text, 0, 0) for text, _ in values])

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 16,
                          self.width() // 3)
        value_width = metrics.horizontalAdvance("+0.00") + 8
        span = max((self.width() - label_width - 2 * value_width) / 2, 10)
        centre = label_width + value_width + span
        top = max((abs(v) for v in self.values), default=0) or 1.0
        height = self.row_height()
        pen = self.palette().color(self.foregroundRole())
        for i, ((text, _v, _c), value) in enumerate(zip(self.bars, self.values, strict=True)):
            y = 4 + i * height
            painter.setPen(pen)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, elided)
            width = span * abs(value) / top
            left = centre if value >= 0 else centre - width
            painter.fillRect(QRectF(left, y + 3, width, height - 6),
                             QColor(LENIENT if value >= 0 else HARSH))
            text_rect = (QRectF(centre + width + 4, y, value_width, height) if value >= 0
                         else QRectF(centre - width - value_width - 4, y, value_width, height))
            align = Qt.AlignmentFlag.AlignLeft if value >= 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignVCenter, f"{value:+.2f}")
        painter.setPen(pen)
        painter.drawLine(QPointF(centre, 2), QPointF(centre, 4 + len(self.bars) * height))
        painter.end()


class AgreementGauge(QWidget):
    """A 0..1 scale cut into coloured bands with a marker at the value (negative shows as 0)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: float | None = None
        self.bands: list[tuple[float, str, str]] = []  # (upper bound, colour, label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bands(self, bands: list[tuple[float, str, str]]) -> None:
        self.bands = bands
        self.update()

    def set_value(self, value: float | None) -> None:
        self.value = value
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, self.fontMetrics().height() * 3 + 12)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        left, right = 6.0, self.width() - 6.0
        bar_top, bar_height = 12.0, float(metrics.height() + 4)
        lower = 0.0
        pen = self.palette().color(self.foregroundRole())
        for upper, colour, text in self.bands:
            x0, x1 = left + (right - left) * lower, left + (right - left) * upper
            rect = QRectF(x0, bar_top, x1 - x0, bar_height)
            painter.fillRect(rect, QColor(colour))
            painter.setPen(QColor("#202020"))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(x1 - x0) - 4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
            lower = upper
        painter.setPen(pen)
        for tick in (0.0, 0.5, 0.75, 0.9, 1.0):
            x = left + (right - left) * tick
            painter.drawText(QRectF(x - 20, bar_top + bar_height + 2, 40, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, f"{tick:g}")
        if self.value is not None:
            x = left + (right - left) * min(max(self.value, 0.0), 1.0)
            # a pointer above the bar and a notch under it: a line across would cut the band's word
            painter.setBrush(pen)
            painter.drawPolygon(QPolygonF([QPointF(x, bar_top - 1), QPointF(x - 6, 1),
                                           QPointF(x + 6, 1)]))
            painter.drawPolygon(QPolygonF([QPointF(x, bar_top + bar_height - 5),
                                           QPointF(x - 4, bar_top + bar_height),
                                           QPointF(x + 4, bar_top + bar_height)]))
        painter.end()


def fit_columns(view: QTableView, widest: int = 280) -> None:
    """Columns as wide as their contents (headers included), but never wider than widest:
    a long title must not push the numbers out of sight."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
