"""The Certificates page, the template editor with its PDF preview, printing and generating."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from contest_app.core.certificates.templates import stored_templates
from contest_app.db.models import Award, AwardTier, Certificate, Entry, EntryStatus
from contest_app.gui.dialogs import certificate_generate_dialog, certificate_preflight_dialog
from contest_app.gui.dialogs.certificate_print_dialog import CertificatePrintDialog
from contest_app.gui.dialogs.certificate_template_dialog import CertificateTemplateDialog
from contest_app.gui.pages.certificates_page import CertificatesPage
from contest_app.i18n import LanguageSwitcher
from contest_app.reports.calibration import Calibration, load_calibrations
from contest_app.reports.certificates import GenerateOptions, generate_certificates


def _award_some(db, contest_id: int) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        tiers = {t.key: t.id for t in s.scalars(select(AwardTier))}
        entries = list(s.scalars(select(Entry).where(Entry.contest_id == contest_id)
                                 .order_by(Entry.id)))
        for entry in entries:
            entry.status = EntryStatus.ELIGIBLE
        for entry, key in zip(entries[::5], ("grand", "excellence", "encouragement",
                                             "finalist", "finalist"), strict=False):
            s.add(Award(contest_id=contest_id, entry_id=entry.id, tier_id=tiers[key],
                        status="final"))


def make_page(db, qtbot) -> CertificatesPage:  # type: ignore[no-untyped-def]
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    page.set_contest(db.demo_contest_id)
    return page


def test_register_rows_and_buttons(demo_db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _award_some(demo_db, demo_db.demo_contest_id)
    page = make_page(demo_db, qtbot)
    assert page.model.rowCount() == 0 and page.note.isVisible()
    assert not page.reprint_button.isEnabled() and not page.register_button.isEnabled()
    generate_certificates(demo_db, demo_db.demo_contest_id, tmp_path)
    page.refresh()
    with demo_db.session() as s:
        total = len(list(s.scalars(select(Certificate))))
    assert page.model.rowCount() == total > 39 - 1 and not page.note.isVisible()
    assert page.register_button.isEnabled()
    page.table.selectionModel().select(
        page.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert page.reprint_button.isEnabled()
    selected = page.selected_row()
    assert selected is not None and page.preview_pdf().startswith(b"%PDF")


def test_preview_without_selection_shows_one_per_language(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _award_some(demo_db, demo_db.demo_contest_id)
    page = make_page(demo_db, qtbot)
    data = page.preview_pdf()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") >= 5


def test_generate_runs_preflight_then_in_background(demo_db, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    _award_some(demo_db, demo_db.demo_contest_id)
    page = make_page(demo_db, qtbot)
    monkeypatch.setattr(certificate_generate_dialog.CertificateGenerateDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(certificate_generate_dialog.CertificateGenerateDialog, "out_dir",
                        lambda self: tmp_path)
    monkeypatch.setattr(certificate_generate_dialog.CertificateGenerateDialog, "options",
                        lambda self: GenerateOptions(combined=True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    page.generate()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "certificates in 1 files" in shown[0]
    assert (tmp_path / "certificates-12-all.pdf").exists()
    assert page.model.rowCount() > 0 and "certificates-12-all.pdf" in page.last_files[0].name


def test_preflight_dialog_lists_uncovered_characters(demo_db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s, s.begin():
        entry = s.scalars(select(Entry)).first()
        entry.status = EntryStatus.ELIGIBLE
        entry.students[0].name = "Abebe ሀይሌ"
    page = make_page(demo_db, qtbot)
    seen: list[certificate_preflight_dialog.PreflightDialog] = []
    monkeypatch.setattr(certificate_preflight_dialog.PreflightDialog, "exec",
                        lambda self: seen.append(self) or 0)
    page.run_preflight()
    dialog = seen[0]
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount())]
    assert any("Abebe ሀይሌ" in cell for cell in cells)
    assert any("U+1200" in cell for cell in cells)


def test_template_editor_edits_previews_and_saves(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    _award_some(demo_db, demo_db.demo_contest_id)
    dialog = CertificateTemplateDialog(demo_db, demo_db.demo_contest_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.page_count() == 1  # the built-in design, previewed at once
    assert {s.country_language for s in dialog.samples} >= {"ko", "zh", "ja", "mn", "ru"}
    dialog.text_language.setCurrentIndex(dialog.text_language.findData("ko"))
    row = [dialog.texts.item(r, 0).data(256) for r in range(dialog.texts.rowCount())].index(
        "title")
    dialog.texts.item(row, 1).setText("최우수 상장")
    name_row = dialog.positions.keys.index("name")
    dialog.positions.item(name_row, 5).setText("36")
    dialog.render_preview()
    assert dialog.current.texts["ko"]["title"] == "최우수 상장"
    assert dialog.current.fields["name"].size == 36
    assert dialog.preview.page_count() == 1
    image = dialog.preview.page_image(0, 30)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # composited on white paper
    dialog.save()
    with demo_db.session() as s:
        stored = stored_templates(s, demo_db.demo_contest_id)
    assert stored["award"].texts["ko"]["title"] == "최우수 상장"
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    assert dialog.current.width_mm == 297.0
    dialog.positions.item(name_row, 3).setText("abc")  # not a number: kept, marked
    assert dialog.positions.apply(dialog.current) == ["name"]


def test_print_dialog_prints_to_a_pdf_printer(demo_db, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _award_some(demo_db, demo_db.demo_contest_id)
    result = generate_certificates(demo_db, demo_db.demo_contest_id, tmp_path / "out",
                                   GenerateOptions(region_code="KR-11"))
    dialog = CertificatePrintDialog(demo_db, result.files[0].path)
    qtbot.addWidget(dialog)
    assert dialog.preview.page_count() == 2  # cover sheet + one certificate
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.apply_calibration.setChecked(True)
    dialog.dx.setValue(2.0)
    assert dialog.print_to(printer) == 2
    assert (tmp_path / "printed.pdf").read_bytes().count(b"/Type /Page\n") >= 1
    dialog.printer.setCurrentText("Office printer")
    dialog.dx.setValue(1.5)
    dialog.save_calibration.click()
    with demo_db.session() as s:
        assert load_calibrations(s)["Office printer"] == Calibration(1.5, 0.0, 1.0)
    dialog.calibration_page.click()
    assert dialog.preview.page_count() == 1 and not dialog.apply_calibration.isChecked()


def test_page_follows_language_change(demo_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = make_page(demo_db, qtbot)
    english = page.generate_button.text()
    switcher = LanguageSwitcher()
    try:
        if switcher.switch("ko"):
            qtbot.wait(10)
            page.retranslate_ui()  # whatever the .ts holds yet, nothing may break
    finally:
        switcher.switch("en")
    assert page.generate_button.text() == english
