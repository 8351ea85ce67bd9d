"""Options for generating certificates: where, which regions and kinds, language, stock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.db.models import Entry, Region
from contest_app.db.session import Database
from contest_app.gui.widgets.certificate_template_tables import refill_combo
from contest_app.i18n import current_language, translate
from contest_app.reports.certificates import GenerateOptions

LAST_FOLDER_KEY = "certificates/last_folder"


class CertificateGenerateDialog(QDialog):
    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        with db.session() as session:
            regions = session.execute(
                select(Region.code, Region.names).where(Region.id.in_(
                    select(Entry.region_id).where(Entry.contest_id == contest_id)))).all()
        self._regions = sorted((code, dict(names)) for code, names in regions)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.folder = QLineEdit(self)
        self.folder.setText(str(QSettings().value(LAST_FOLDER_KEY, "") or Path.home()))
        self.browse = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.region = QComboBox(self)
        self.kind = QComboBox(self)
        self.language = QComboBox(self)
        self.combined = QCheckBox(self)
        self.thumbnails = QCheckBox(self)
        self.thumbnails.setChecked(True)
        self.covers = QCheckBox(self)
        self.covers.setChecked(True)
        self.provisional = QCheckBox(self)
        self.stock = QCheckBox(self)
        self.printer = QComboBox(self)
        self.printer.addItems(QPrinterInfo.availablePrinterNames())
        self.printer.setEnabled(False)
        self.labels = [QLabel(self) for _ in range(5)]
        self.form = QFormLayout()
        self.form.addRow(self.labels[0], row)
        for label, widget in zip(self.labels[1:4], (self.region, self.kind, self.language),
                                 strict=True):
            self.form.addRow(label, widget)
        for check in (self.combined, self.thumbnails, self.covers, self.provisional,
                      self.stock):
            self.form.addRow(check)
        self.form.addRow(self.labels[4], self.printer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.stock.toggled.connect(self.printer.setEnabled)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CertificateGenerateDialog", "Generate certificates"))
        self.browse.setText(translate("CertificateGenerateDialog", "Choose…"))
        texts = (translate("CertificateGenerateDialog", "Folder:"),
                 translate("CertificateGenerateDialog", "Regions:"),
                 translate("CertificateGenerateDialog", "Certificates:"),
                 translate("CertificateGenerateDialog", "Language:"),
                 translate("CertificateGenerateDialog", "Printer:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        lang = current_language()
        refill_combo(self.region, [(None, translate("CertificateGenerateDialog", "All regions, "
                                                  "one file each"))]
                   + [(code, f"{pick(names, lang)} ({code})") for code, names in self._regions])
        refill_combo(self.kind, [
            ("all", translate("CertificateGenerateDialog", "Award and participation")),
            ("award", translate("CertificateGenerateDialog", "Award certificates only")),
            ("participation", translate("CertificateGenerateDialog",
                                        "Participation certificates only")),
            ("teacher", translate("CertificateGenerateDialog", "Thank-you letters to teachers")),
        ])
        refill_combo(self.language, [(None, translate(
            "CertificateGenerateDialog", "The student's language and English"))]
            + [(code, NATIVE_NAMES[code]) for code in LANGUAGES])
        self.combined.setText(translate("CertificateGenerateDialog", "One combined PDF"))
        self.thumbnails.setText(translate("CertificateGenerateDialog",
                                          "Print a thumbnail of the painting"))
        self.covers.setText(translate("CertificateGenerateDialog",
                                      "A cover sheet for each region"))
        self.provisional.setText(translate(
            "CertificateGenerateDialog", "Include provisional awards (for proofs)"))
        self.stock.setText(translate(
            "CertificateGenerateDialog", "For pre-printed stock: only the names and details, "
            "shifted by the printer's calibration"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("CertificateGenerateDialog", "Folder for the certificates"),
            self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _accept(self) -> None:
        if not self.folder.text().strip():
            self.folder.setFocus()
            return
        QSettings().setValue(LAST_FOLDER_KEY, self.folder.text().strip())
        self.accept()

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip())

    def options(self) -> GenerateOptions:
        return GenerateOptions(
            kind=str(self.kind.currentData()), region_code=self.region.currentData(),
            language=self.language.currentData(), combined=self.combined.isChecked(),
            thumbnails=self.thumbnails.isChecked(), covers=self.covers.isChecked(),
            stock=self.stock.isChecked(),
            printer=self.printer.currentText() or None if self.stock.isChecked() else None,
            allow_provisional=self.provisional.isChecked())
