"""Certificates: the register of every certificate issued, and everything that makes them.

Generate… (pre-flight first, then in the background with progress), Preview, the template
editor, printing, reprinting one certificate (same serial, marked as reissue), and the exports:
the register (.xlsx) and the offline verification page (.html).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.certificates.plan import plan_certificates
from contest_app.core.certificates.register import RegisterRow, register_rows
from contest_app.core.certificates.templates import load_templates
from contest_app.core.defaults import TIER_NAMES
from contest_app.core.languages import pick
from contest_app.db.session import Database
from contest_app.gui.dialogs.certificate_generate_dialog import CertificateGenerateDialog
from contest_app.gui.dialogs.certificate_preflight_dialog import PdfPreviewDialog, PreflightDialog
from contest_app.gui.dialogs.certificate_print_dialog import CertificatePrintDialog
from contest_app.gui.dialogs.certificate_template_dialog import CertificateTemplateDialog
from contest_app.gui.errors import show_error
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.i18n import current_language, translate
from contest_app.messages import message
from contest_app.reports.certificate_layout import CertificateRenderer
from contest_app.reports.certificates import (
    GenerateResult,
    generate_certificates,
    render_certificate,
    render_items,
    reprint_certificate,
)
from contest_app.reports.preflight import PreflightProblem, has_errors, preflight
from contest_app.reports.register import export_register, export_verification_html

MAX_LISTED_FILES = 12


class CertificatesPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.rows: list[RegisterRow] = []
        self.last_files: list[Path] = []
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.generate_button = QPushButton(self)
        self.preview_button = QPushButton(self)
        self.template_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.reprint_button = QPushButton(self)
        self.register_button = QPushButton(self)
        self.verification_button = QPushButton(self)
        self.preflight_button = QPushButton(self)
        self.buttons = [self.generate_button, self.preview_button, self.template_button,
                        self.print_button, self.reprint_button, self.register_button,
                        self.verification_button, self.preflight_button]
        bar = QHBoxLayout()
        for button in self.buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        self.generate_button.clicked.connect(self.generate)
        self.preview_button.clicked.connect(self.preview)
        self.template_button.clicked.connect(self.edit_templates)
        self.print_button.clicked.connect(self.print_files)
        self.reprint_button.clicked.connect(self.reprint)
        self.register_button.clicked.connect(self.export_register)
        self.verification_button.clicked.connect(self.export_verification)
        self.preflight_button.clicked.connect(self.run_preflight)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def title(self) -> str:
        return translate("CertificatesPage", "Certificates")

    def _headers(self) -> list[str]:
        return [translate("CertificatesPage", "Serial"), translate("CertificatesPage", "Kind"),
                translate("CertificatesPage", "Student"),
                translate("CertificatesPage", "Region"),
                translate("CertificatesPage", "Language"),
                translate("CertificatesPage", "Issued"),
                translate("CertificatesPage", "Reissue"), translate("CertificatesPage", "File")]

    def retranslate_ui(self) -> None:
        texts = ((self.generate_button, translate("CertificatesPage", "Generate…")),
                 (self.preview_button, translate("CertificatesPage", "Preview")),
                 (self.template_button, translate("CertificatesPage", "Template editor…")),
                 (self.print_button, translate("CertificatesPage", "Print…")),
                 (self.reprint_button, translate("CertificatesPage", "Reprint one…")),
                 (self.register_button, translate("CertificatesPage", "Export register…")),
                 (self.verification_button, translate("CertificatesPage", "Verification list…")),
                 (self.preflight_button, translate("CertificatesPage", "Pre-flight")))
        for button, text in texts:
            button.setText(text)
        self.preview_button.setToolTip(translate(
            "CertificatesPage", "Shows the selected certificate, or one student of each "
            "language as the certificates would print now."))
        self.reprint_button.setToolTip(translate(
            "CertificatesPage", "Prints the selected certificate again with the same serial; "
            "the register marks it as a reissue."))
        self.note.setText(translate(
            "CertificatesPage", "No certificates issued yet. Award certificates follow the final "
            "results; every other eligible student receives a participation certificate."))
        self.model.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        self.rows = []
        if self.contest_id is not None:
            with self.db.session() as session:
                self.rows = register_rows(session, self.contest_id)
        yes = translate("CertificatesPage", "yes")
        lang = current_language()
        self.model.set_rows([
            (r.serial, self._kind_text(r, lang), r.name if not r.name_latin
             else f"{r.name} ({r.name_latin})", r.region_code, r.language,
             r.issued_at.strftime("%Y-%m-%d %H:%M"), yes if r.reissue else "", r.file_name)
            for r in self.rows], ids=list(range(len(self.rows))))
        self.table.resizeColumnsToContents()
        self.note.setVisible(not self.rows)
        self._update_buttons()

    @staticmethod
    def _kind_text(row: RegisterRow, lang: str) -> str:
        if row.kind == "award" and row.tier_key:
            return f"{label(row.kind)}: {pick(TIER_NAMES.get(row.tier_key, {}), lang) or row.tier_key}"
        return label(row.kind)

    def selected_row(self) -> RegisterRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        index = self.model.row_id(source_row(self.table, indexes[0].row()))
        return self.rows[index] if index is not None else None

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_contest = self.contest_id is not None
        for button in self.buttons:
            button.setEnabled(has_contest)
        self.reprint_button.setEnabled(has_contest and self.selected_row() is not None)
        self.register_button.setEnabled(has_contest and bool(self.rows))
        self.verification_button.setEnabled(has_contest and bool(self.rows))

    # --- actions ----------------------------------------------------------------------------
    def _preflight(self, **options: object) -> list[PreflightProblem]:
        assert self.contest_id is not None
        with self.db.session() as session:
            return preflight(session, self.contest_id, self.db.media_root,
                             **options)  # type: ignore[arg-type]

    def run_preflight(self) -> None:
        if self.contest_id is None:
            return
        try:
            problems = self._preflight()
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        PreflightDialog(problems, parent=self).exec()

    def generate(self) -> None:
        if self.contest_id is None:
            return
        dialog = CertificateGenerateDialog(self.db, self.contest_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options, out_dir, contest_id = dialog.options(), dialog.out_dir(), self.contest_id
        try:
            problems = self._preflight(kind=options.kind, region_code=options.region_code,
                                       language=options.language,
                                       allow_provisional=options.allow_provisional,
                                       thumbnails=options.thumbnails)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        if has_errors(problems) and PreflightDialog(problems, ask=True, parent=self).exec() \
                != QDialog.DialogCode.Accepted:
            return
        run_with_progress(
            self, translate("CertificatesPage", "Generating certificates…"),
            lambda control: generate_certificates(self.db, contest_id, out_dir, options,
                                                  progress=control.report),
            self.generated)

    def generated(self, result: GenerateResult) -> None:
        self.last_files = [f.path for f in result.files]
        self.refresh()
        lines = []
        for f in result.files[:MAX_LISTED_FILES]:
            counts = ", ".join(f"{n} × {label(kind)}" for kind, n in sorted(f.counts.items()))
            lines.append(f"{f.path.name}: {counts}")
        if len(result.files) > MAX_LISTED_FILES:
            lines.append("…")
        lines += [message(w.code, w.values, translate) for w in result.warnings]
        summary = translate("CertificatesPage", "{total} certificates in {files} files "
                            "({new} new serials).").format(total=result.total,
                                                           files=len(result.files),
                                                           new=result.new)
        self.status.setText(summary)
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("CertificatesPage", "Certificates ready"), summary,
                          QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(lines))
        open_folder = box.addButton(translate("CertificatesPage", "Open folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder and result.files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[0].path.parent)))

    def preview_pdf(self) -> bytes:
        """The selected certificate as issued, or one student per language as it would print."""
        assert self.contest_id is not None
        row = self.selected_row()
        if row is not None:
            return render_certificate(self.db, self.contest_id, row.serial)
        with self.db.session() as session:
            plan = plan_certificates(session, self.contest_id, allow_provisional=True)
            templates = load_templates(session, self.contest_id)
        chosen: dict[tuple[str, str], object] = {}
        for item in plan.items:
            chosen.setdefault((item.country_language, item.kind), item)
        items = list(chosen.values())[:12]
        if not items:
            raise LookupError(translate("CertificatesPage", "No student would receive a "
                                        "certificate yet: no work is eligible."))
        renderer = CertificateRenderer(plan.contest, templates, self.db.media_root)
        return render_items(renderer, items)  # type: ignore[arg-type]

    def preview(self) -> None:
        if self.contest_id is None:
            return
        try:
            data = self.preview_pdf()
        except LookupError as exc:
            QMessageBox.information(self, translate("CertificatesPage", "Preview"), str(exc))
            return
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        PdfPreviewDialog(data, translate("CertificatesPage", "Certificate preview"), self).exec()

    def edit_templates(self) -> None:
        if self.contest_id is not None:
            CertificateTemplateDialog(self.db, self.contest_id, self).exec()

    def print_files(self, path: Path | None = None) -> None:
        target = path or (self.last_files[0] if len(self.last_files) == 1 else None)
        CertificatePrintDialog(self.db, target, self).exec()

    def reprint(self) -> None:
        row = self.selected_row()
        if row is None or self.contest_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, translate("CertificatesPage", "Reprint"),
            translate("CertificatesPage", "Why is {serial} printed again? (kept in the audit "
                      "log)").format(serial=row.serial))
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("CertificatesPage", "Save the reprint"),
            str(Path.home() / f"{row.serial}-reissue.pdf"),
            translate("CertificatesPage", "PDF files (*.pdf)"))
        if not name:
            return
        try:
            result = reprint_certificate(self.db, self.contest_id, row.serial, Path(name),
                                         reason=reason)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        self.refresh()
        answer = QMessageBox.question(
            self, translate("CertificatesPage", "Reprint"),
            translate("CertificatesPage", "Saved {file}. Print it now?").format(
                file=result.path.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.print_files(result.path)

    def _save_name(self, title: str, default: str, filter_text: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / default),
                                              filter_text)
        return Path(name) if name else None

    def export_register(self) -> None:
        if self.contest_id is None:
            return
        path = self._save_name(translate("CertificatesPage", "Export the register"),
                               "certificate-register.xlsx",
                               translate("CertificatesPage", "Excel workbooks (*.xlsx)"))
        if path is None:
            return
        try:
            with self.db.session() as session:
                count = export_register(session, self.contest_id, path)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        self.status.setText(translate("CertificatesPage", "{count} certificates written to "
                                      "{file}.").format(count=count, file=path.name))

    def export_verification(self) -> None:
        if self.contest_id is None:
            return
        path = self._save_name(translate("CertificatesPage", "Save the verification page"),
                               "certificate-verification.html",
                               translate("CertificatesPage", "Web pages (*.html)"))
        if path is None:
            return
        try:
            with self.db.session() as session:
                count = export_verification_html(session, self.contest_id, path)
        except Exception as exc:  # the GUI tells every failure in words
            show_error(self, exc)
            return
        self.status.setText(translate(
            "CertificatesPage", "{file} can check {count} codes offline; it shows initials, "
            "never full names.").format(count=count, file=path.name))
