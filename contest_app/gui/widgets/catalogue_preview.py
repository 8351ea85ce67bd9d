"""One page of the catalogue at a time, rendered by QtPdf and shown on white, with page buttons.

QPdfDocument.render() returns a transparent ARGB image (white paper is not drawn), so each page
is composited on white before it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contest_app.i18n import translate


def render_on_white(document: QPdfDocument, page: int, height: int) -> QImage:
    """Page (0-based) at height pixels, on white paper."""
    points = document.pagePointSize(page)
    if points.height() <= 0:
        return QImage()
    size = QSize(max(1, round(points.width() * height / points.height())), height)
    raw = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, raw)
    painter.end()
    return image


class CataloguePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.setup_ui()
        self.retranslate_ui()
        self._update_controls()

    def setup_ui(self) -> None:
        self.page_label = QLabel(self)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.valueChanged.connect(lambda _v: self.show_page())
        self.previous, self.next = QPushButton("◀", self), QPushButton("▶", self)
        self.previous.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.of_label = QLabel(self)
        bar = QHBoxLayout()
        for widget in (self.page_label, self.previous, self.page, self.next, self.of_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setStyleSheet("QScrollArea { background: palette(dark); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

    def retranslate_ui(self) -> None:
        self.page_label.setText(translate("CataloguePreview", "Page"))
        self.of_label.setText(translate("CataloguePreview", "of {count}").format(
            count=self.document.pageCount()))
        if self.document.pageCount() == 0:
            self.image.setText(translate("CataloguePreview",
                                         "Press Preview to see the pages here."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, path: Path, page: int = 1) -> bool:
        self.document.close()
        ok = self.document.load(str(path)) == QPdfDocument.Error.None_
        self._update_controls()
        self.retranslate_ui()
        if ok:
            self.page.setValue(min(max(1, page), self.document.pageCount()))
            self.show_page()
        return ok

    def _update_controls(self) -> None:
        count = self.document.pageCount()
        self.page.setMaximum(max(1, count))
        for widget in (self.page, self.previous, self.next):
            widget.setEnabled(count > 0)

    def show_page(self) -> None:
        if self.document.pageCount() == 0:
            return
        height = max(300, self.scroll_area.viewport().height() - 12)
        image = render_on_white(self.document, self.page.value() - 1, height)
        self.image.setPixmap(QPixmap.fromImage(image))

    def pages(self) -> int:
        return self.document.pageCount()
