"""Printing certificate PDFs through the system's print dialog, with stock calibration.

Pages are rendered by QPdfDocument at the printer's resolution (at most 300 dpi) and drawn at
their true size from the paper's corner (full-page mode, never "fit to page"), so a millimetre in
the PDF is a millimetre on paper; for pre-printed stock the printer's calibration (offsets in mm,
scale) shifts the drawing, the same transform generation applies with --stock --printer.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.widgets.pdf_preview import PdfPreview, page_size_px, render_page
from contest_app.i18n import translate
from contest_app.reports.calibration import (
    Calibration,
    calibration_page,
    load_calibrations,
    save_calibration,
)

MAX_DPI = 300  # an A4 page at 300 dpi is 35 MB of pixels: enough for text, bounded memory


def match_page(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper size and orientation from the document's first page."""
    if document.pageCount() == 0:
        return
    points = document.pagePointSize(0)
    width, height = points.width(), points.height()
    portrait = QSizeF(min(width, height), max(width, height))
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(QPageSize(portrait, QPageSize.Unit.Point), orientation,
                                      QMarginsF(0, 0, 0, 0)))


def print_document(document: QPdfDocument, printer: QPrinter,
                   calibration: Calibration | None = None) -> int:
    """Print the printer's page range of document (all pages by default); returns pages sent."""
    count = document.pageCount()
    if count == 0:
        return 0
    printer.setFullPage(True)  # coordinates from the paper's corner, as the calibration is
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        first, last = 1, count
    last = min(last or count, count)
    resolution = printer.resolution()
    dpi = min(resolution, MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("CertificatePrintDialog", "The printer could not be started."))
    printed = 0
    try:
        for page in range(first - 1, last):
            if printed:
                printer.newPage()
            image = render_page(document, page, page_size_px(document, page, dpi))
            points = document.pagePointSize(page)
            target = QRectF(0, 0, points.width() / 72 * resolution,
                            points.height() / 72 * resolution)
            painter.save()
            if calibration is not None and not calibration.is_identity():
                per_mm = resolution / 25.4
                painter.translate(calibration.dx_mm * per_mm, calibration.dy_mm * per_mm)
                painter.scale(calibration.scale, calibration.scale)
            painter.drawImage(target, image)
            painter.restore()
            printed += 1
    finally:
        painter.end()
    return printed


class CertificatePrintDialog(QDialog):
    def __init__(self, db: Database, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path: Path | None = None
        with db.session() as session:
            self.calibrations = load_calibrations(session)
        self.setup_ui()
        self.retranslate_ui()
        if path is not None:
            self.open_file(path)

    def setup_ui(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose)
        self.preview = PdfPreview(self)
        self.preview.setMinimumSize(360, 420)

        self.stock_box = QGroupBox(self)
        self.apply_calibration = QCheckBox(self.stock_box)
        self.printer = QComboBox(self.stock_box)
        self.printer.setEditable(True)  # a printer of another office can be calibrated here too
        names = QPrinterInfo.availablePrinterNames()
        self.printer.addItems(sorted(set(names) | set(self.calibrations)))
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer.setCurrentText(default)
        self.dx, self.dy = QDoubleSpinBox(self.stock_box), QDoubleSpinBox(self.stock_box)
        for box in (self.dx, self.dy):
            box.setRange(-30.0, 30.0)
            box.setDecimals(1)
            box.setSingleStep(0.5)
        self.scale = QDoubleSpinBox(self.stock_box)
        self.scale.setRange(0.8, 1.2)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.005)
        self.save_calibration = QPushButton(self.stock_box)
        self.calibration_page = QPushButton(self.stock_box)
        self.stock_labels = [QLabel(self.stock_box) for _ in range(4)]
        form = QFormLayout(self.stock_box)
        form.addRow(self.apply_calibration)
        for label, widget in zip(self.stock_labels, (self.printer, self.dx, self.dy, self.scale),
                                 strict=True):
            form.addRow(label, widget)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.save_calibration)
        buttons_row.addWidget(self.calibration_page)
        form.addRow(buttons_row)

        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            bottom.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(self.stock_box)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.preview, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)

        self.choose.clicked.connect(self._choose)
        self.printer.currentTextChanged.connect(self._printer_chosen)
        self.save_calibration.clicked.connect(self._save_calibration)
        self.calibration_page.clicked.connect(self._show_calibration_page)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save_as)
        self.close_button.clicked.connect(self.accept)
        self._printer_chosen(self.printer.currentText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CertificatePrintDialog", "Print certificates"))
        self.choose.setText(translate("CertificatePrintDialog", "Open PDF…"))
        self.stock_box.setTitle(translate("CertificatePrintDialog", "Pre-printed stock"))
        self.apply_calibration.setText(translate(
            "CertificatePrintDialog", "Apply the printer's calibration"))
        for label, text in zip(self.stock_labels, (
                translate("CertificatePrintDialog", "Printer:"),
                translate("CertificatePrintDialog", "Offset right (mm):"),
                translate("CertificatePrintDialog", "Offset down (mm):"),
                translate("CertificatePrintDialog", "Scale:")), strict=True):
            label.setText(text)
        self.save_calibration.setText(translate("CertificatePrintDialog", "Save calibration"))
        self.calibration_page.setText(translate("CertificatePrintDialog", "Calibration page"))
        self.calibration_page.setToolTip(translate(
            "CertificatePrintDialog", "Shows a page with a millimetre grid and crosshairs: print "
            "it on plain paper, measure where the crosshairs land, enter the offsets."))
        self.print_button.setText(translate("CertificatePrintDialog", "Print…"))
        self.save_button.setText(translate("CertificatePrintDialog", "Save PDF as…"))
        self.close_button.setText(translate("CertificatePrintDialog", "Close"))
        self._show_file()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- document ---------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        self.path = path
        self.preview.set_file(str(path))
        self._show_file()

    def open_bytes(self, data: bytes, label: str) -> None:
        self.path = None
        self.preview.set_pdf(data)
        self.file_label.setText(label)

    def _show_file(self) -> None:
        if self.path is not None:
            self.file_label.setText(translate("CertificatePrintDialog", "{file}: {pages} pages")
                                    .format(file=self.path.name, pages=self.preview.page_count()))
        elif not self.file_label.text():
            self.file_label.setText(translate("CertificatePrintDialog", "No PDF open."))

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("CertificatePrintDialog", "Open certificates"),
            str(self.path.parent if self.path else Path.home()),
            translate("CertificatePrintDialog", "PDF files (*.pdf)"))
        if name:
            self.open_file(Path(name))

    def _show_calibration_page(self) -> None:
        buffer = io.BytesIO()
        points = self.preview.document.pagePointSize(0) if self.preview.page_count() else None
        if points is not None and points.width() > 0:
            calibration_page(buffer, points.width() / 72 * 25.4, points.height() / 72 * 25.4)
        else:
            calibration_page(buffer)
        self.apply_calibration.setChecked(False)  # measured uncorrected, on plain paper
        self.open_bytes(buffer.getvalue(), translate("CertificatePrintDialog",
                                                     "Calibration page"))

    # --- calibration ------------------------------------------------------------------------
    def _printer_chosen(self, name: str) -> None:
        values = self.calibrations.get(name, Calibration())
        self.dx.setValue(values.dx_mm)
        self.dy.setValue(values.dy_mm)
        self.scale.setValue(values.scale)

    def current_calibration(self) -> Calibration:
        return Calibration(self.dx.value(), self.dy.value(), self.scale.value())

    def _save_calibration(self) -> None:
        name = self.printer.currentText().strip()
        if not name:
            return
        try:
            with self.db.session() as session, session.begin():
                save_calibration(session, name, self.current_calibration())
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        self.calibrations[name] = self.current_calibration()

    # --- output -----------------------------------------------------------------------------
    def calibration_for(self, printer_name: str) -> Calibration | None:
        if not self.apply_calibration.isChecked():
            return None
        if printer_name == self.printer.currentText():
            return self.current_calibration()
        return self.calibrations.get(printer_name)

    def print_to(self, printer: QPrinter) -> int:
        return print_document(self.preview.document, printer,
                              self.calibration_for(printer.printerName()))

    def _print(self) -> None:
        count = self.preview.page_count()
        if count == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.printer.currentText().strip()
        if name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        match_page(printer, self.preview.document)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)

    def _save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("CertificatePrintDialog", "Save PDF"),
            str(Path.home() / (self.path.name if self.path else "certificates.pdf")),
            translate("CertificatePrintDialog", "PDF files (*.pdf)"))
        if not name:
            return
        try:
            if self.path is not None:
                shutil.copyfile(self.path, name)
            elif (data := self.preview.pdf_bytes()) is not None:
                Path(name).write_bytes(data)
        except OSError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, translate("CertificatePrintDialog", "Saved"),
                                translate("CertificatePrintDialog", "Saved {file}.")
                                .format(file=name))
