"""A PDF shown in the app: QPdfView over a QPdfDocument loaded from bytes, and page rendering
for printing and thumbnails (composited on white: QPdfDocument.render gives transparent ARGB)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from contest_app.i18n import translate


def render_page(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """The page at size, on white paper (the renderer leaves the background transparent)."""
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    image = document.render(page, size, options)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def page_size_px(document: QPdfDocument, page: int, dpi: float) -> QSize:
    points = document.pagePointSize(page)
    return QSize(max(1, round(points.width() / 72 * dpi)),
                 max(1, round(points.height() / 72 * dpi)))


class PdfPreview(QWidget):
    """set_pdf(bytes) shows a document; the zoom box fits the page, the width or 100 %."""

    loaded = Signal(int)  # page count, once the document is ready

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.document.statusChanged.connect(self._status_changed)

    def setup_ui(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.zoom = QComboBox(self)
        self.pages = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.pages, 1)
        bar.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)

    def retranslate_ui(self) -> None:
        current = max(self.zoom.currentIndex(), 0)
        self.zoom.blockSignals(True)
        self.zoom.clear()
        self.zoom.addItem(translate("PdfPreview", "Whole page"), "page")
        self.zoom.addItem(translate("PdfPreview", "Page width"), "width")
        self.zoom.addItem(translate("PdfPreview", "100 %"), "actual")
        self.zoom.setCurrentIndex(current)
        self.zoom.blockSignals(False)
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _zoom_chosen(self) -> None:
        mode = self.zoom.currentData()
        if mode == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif mode == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.0)

    def set_pdf(self, data: bytes) -> None:
        """Show data (a whole PDF); the previous document is closed."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer  # the document reads from it while it lives
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self._show_count()

    def set_file(self, path: str) -> None:
        self.document.close()
        self._buffer = None
        self.document.load(path)
        self._show_count()

    def clear(self) -> None:
        self.document.close()
        self._show_count()

    def pdf_bytes(self) -> bytes | None:
        """The bytes of a document shown with set_pdf (None for one opened from a file)."""
        return bytes(self._buffer.data().data()) if self._buffer is not None else None

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self.is_ready() else 0

    def page_image(self, page: int, dpi: float = 96) -> QImage:
        return render_page(self.document, page, page_size_px(self.document, page, dpi))

    def _status_changed(self, status: QPdfDocument.Status) -> None:
        self._show_count()
        if status == QPdfDocument.Status.Ready:
            self.loaded.emit(self.document.pageCount())

    def _show_count(self) -> None:
        count = self.page_count()
        self.pages.setText(translate("PdfPreview", "Pages: %n", None, count) if count else "")
        self.pages.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
