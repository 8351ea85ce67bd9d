"""The catalogue of the chosen tour: options, its texts and cover, the checks before printing,
a preview rendered in the app, and the export (in the background, with progress and Cancel).

The preview is a draft: the same pages with the stored screen images, so it appears in seconds;
the export prepares print images at 300 dpi (cached, so a second export is quick).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.languages import LANGUAGES, NATIVE_NAMES
from contest_app.core.tours.captions import ConsentMode
from contest_app.core.tours.content import TourDocument
from contest_app.core.tours.settings import load_settings, save_settings
from contest_app.db.session import Database
from contest_app.gui.dialogs.catalogue_texts_dialog import CatalogueTextsDialog
from contest_app.gui.errors import show_error
from contest_app.gui.widgets.catalogue_preview import CataloguePreview
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.workers import JobControl
from contest_app.i18n import translate
from contest_app.reports.catalogue import (
    CatalogueCheck,
    CatalogueOptions,
    CatalogueResult,
    export_catalogue,
    preflight_catalogue,
)
from contest_app.reports.catalogue_plan import COVER_KEY


class CataloguePanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tour_id: int | None = None
        self.doc: TourDocument | None = None
        self._temp = tempfile.TemporaryDirectory(prefix="catalogue-preview-")
        self.setup_ui()
        self.retranslate_ui()

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.language, self.page_size = QComboBox(self), QComboBox(self)
        self.language.addItem("", "en")
        for lang in LANGUAGES[1:]:
            self.language.addItem("", lang)
        for size in ("A4", "B5"):
            self.page_size.addItem(size, size)
        self.print_shop = QCheckBox(self)
        self.consent = QComboBox(self)
        self.consent.addItem("", ConsentMode.ANONYMISE)
        self.consent.addItem("", ConsentMode.OMIT)
        self.cover = QComboBox(self)
        self.cover.activated.connect(self._cover_chosen)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.language, self.page_size, self.print_shop,
                                              self.consent, self.cover), strict=True):
            form.addRow(label, field)
        self.texts_button, self.check_button = QPushButton(self), QPushButton(self)
        self.preview_button, self.export_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.texts_button, self.check_button, self.preview_button,
                       self.export_button):
            buttons.addWidget(button)
        self.texts_button.clicked.connect(self.edit_texts)
        self.check_button.clicked.connect(self.check)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.warnings_label = QLabel(self)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.warnings_label)
        left_layout.addWidget(self.warnings, 1)
        self.preview_widget = CataloguePreview(self)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        self.language.setItemText(0, translate("CataloguePanel", "English only"))
        for i, lang in enumerate(LANGUAGES[1:], start=1):
            self.language.setItemText(i, translate("CataloguePanel", "English and {language}")
                                      .format(language=NATIVE_NAMES[lang]))
        self.print_shop.setText(translate("CataloguePanel", "3 mm bleed and crop marks"))
        self.consent.setItemText(0, translate("CataloguePanel", "Show them without the names"))
        self.consent.setItemText(1, translate("CataloguePanel", "Leave them out"))
        for label, text in zip(self.labels, (
                translate("CataloguePanel", "Languages:"),
                translate("CataloguePanel", "Page size:"),
                translate("CataloguePanel", "For the print shop:"),
                translate("CataloguePanel", "Works without publication consent:"),
                translate("CataloguePanel", "Cover picture:")), strict=True):
            label.setText(text)
        self.texts_button.setText(translate("CataloguePanel", "Texts…"))
        self.check_button.setText(translate("CataloguePanel", "Check"))
        self.preview_button.setText(translate("CataloguePanel", "Preview"))
        self.export_button.setText(translate("CataloguePanel", "Export catalogue…"))
        self.warnings_label.setText(translate("CataloguePanel", "Before printing:"))
        self._fill_cover()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------
    def set_tour(self, tour_id: int | None, doc: TourDocument | None) -> None:
        changed = tour_id != self.tour_id
        self.tour_id, self.doc = tour_id, doc
        self._fill_cover()
        if changed:
            self.warnings.clear()
        for widget in (self.texts_button, self.check_button, self.preview_button,
                       self.export_button, self.cover):
            widget.setEnabled(bool(doc and doc.entries))
        self.texts_button.setEnabled(doc is not None)

    def _fill_cover(self) -> None:
        self.cover.clear()
        self.cover.addItem(translate("CataloguePanel", "Highest award of the newest edition"),
                           None)
        if self.doc is None:
            return
        for entry in self.doc.entries:
            self.cover.addItem(f"{entry.label}  {entry.work.year} · {entry.work.title}",
                               entry.work.entry_id)
        chosen = self.doc.settings.cover_entry_id
        self.cover.setCurrentIndex(max(0, self.cover.findData(chosen)) if chosen else 0)

    def options(self, *, draft: bool = False) -> CatalogueOptions:
        return CatalogueOptions(language=str(self.language.currentData()),
                                page_size=str(self.page_size.currentData()),
                                print_shop=self.print_shop.isChecked(),
                                consent=ConsentMode(self.consent.currentData()), draft=draft)

    def _cover_chosen(self, _index: int) -> None:
        if self.tour_id is None:
            return
        try:
            with self.db.session() as session, session.begin():
                settings = load_settings(session, self.tour_id)
                settings.cover_entry_id = self.cover.currentData()
                save_settings(session, self.tour_id, settings)
        except Exception as exc:  # noqa: BLE001  # any failure is shown, never raised in Qt
            show_error(self, exc)

    def edit_texts(self) -> None:
        if self.tour_id is None:
            return
        with self.db.session() as session:
            settings = load_settings(session, self.tour_id)
        dialog = CatalogueTextsDialog(settings, self)
        if not dialog.exec():
            return
        try:
            with self.db.session() as session, session.begin():
                save_settings(session, self.tour_id, dialog.result_settings())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    # --- jobs -------------------------------------------------------------------------------
    def check(self) -> None:
        if self.tour_id is None:
            return
        tour_id, options = self.tour_id, self.options()
        run_with_progress(self, translate("CataloguePanel", "Checking the catalogue…"),
                          lambda control: preflight_catalogue(self.db, tour_id, options),
                          self.show_check)

    def show_check(self, check: CatalogueCheck) -> None:
        self.warnings.clear()
        self.warnings.addItem(translate("CataloguePanel", "{pages} pages, {works} works")
                              .format(pages=check.pages, works=check.works))
        works = [low for low in check.low_resolution if low.key != COVER_KEY]
        if works:
            self.warnings.addItem(translate(
                "CataloguePanel", "{count} pictures are smaller than 300 dpi needs at their "
                "printed size; ask the regions for better photographs or scans:").format(
                count=len(works)))
        for low in check.low_resolution:
            if low.key == COVER_KEY:
                self.warnings.addItem(translate(
                    "CataloguePanel", "Cover: the picture prints at {dpi} dpi").format(
                    dpi=round(low.dpi)))
                continue
            self.warnings.addItem(translate(
                "CataloguePanel", "No. {number}: the original prints at {dpi} dpi; {wanted} "
                "pixels wide would give 300 dpi").format(
                number=low.key, dpi=round(low.dpi), wanted=low.needed[0]))
        for label in check.missing_images:
            self.warnings.addItem(translate("CataloguePanel", "No. {number}: no original image")
                                  .format(number=label))
        if check.omitted:
            self.warnings.addItem(translate("CataloguePanel", "Left out, no consent: {numbers}")
                                  .format(numbers=", ".join(check.omitted)))
        if check.withheld:
            self.warnings.addItem(translate("CataloguePanel", "Names left off, no consent: "
                                            "{numbers}").format(numbers=", ".join(check.withheld)))

    def preview(self) -> None:
        if self.tour_id is None:
            return
        tour_id, options = self.tour_id, self.options(draft=True)
        out = Path(self._temp.name) / f"preview-{tour_id}.pdf"

        def job(control: JobControl) -> CatalogueResult:
            return export_catalogue(self.db, tour_id, out, options, control=control)

        run_with_progress(self, translate("CataloguePanel", "Making the preview…"), job,
                          self._show_result)

    def _show_result(self, result: CatalogueResult) -> None:
        current = self.preview_widget.page.value()
        self.preview_widget.load(result.path, current)
        self.show_check(result.check)

    def export(self) -> None:
        if self.tour_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("CataloguePanel", "Export catalogue"), "catalogue.pdf",
            translate("CataloguePanel", "PDF files (*.pdf)"))
        if not path:
            return
        tour_id, options = self.tour_id, self.options()
        run_with_progress(self, translate("CataloguePanel", "Checking the catalogue…"),
                          lambda control: preflight_catalogue(self.db, tour_id, options),
                          lambda check: self._confirm_export(check, tour_id, Path(path), options))

    def _confirm_export(self, check: CatalogueCheck, tour_id: int, path: Path,
                        options: CatalogueOptions) -> None:
        """Pictures too small for print are listed first; staff decide whether to go on."""
        self.show_check(check)
        problems = len(check.low_resolution) + len(check.missing_images)
        if problems and QMessageBox.question(
                self, translate("CataloguePanel", "Export catalogue"),
                translate("CataloguePanel", "{count} pictures are too small for 300 dpi or "
                          "missing (see the list). Export anyway?").format(count=problems),
        ) != QMessageBox.StandardButton.Yes:
            return

        def job(control: JobControl) -> CatalogueResult:
            return export_catalogue(self.db, tour_id, path, options, control=control)

        run_with_progress(self, translate("CataloguePanel", "Exporting the catalogue…"), job,
                          self._exported)

    def _exported(self, result: Any) -> None:
        self._show_result(result)
        size = result.path.stat().st_size / 1e6
        QMessageBox.information(self, translate("CataloguePanel", "Catalogue exported"),
                                translate("CataloguePanel", "{pages} pages, {size} MB: {path}")
                                .format(pages=result.pages, size=f"{size:.1f}",
                                        path=str(result.path)))

    def cleanup(self) -> None:
        self._temp.cleanup()
