"""Import one region's batch: choose it, preview what would happen, then commit (or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
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

from contest_app.core.intake.pipeline import discard_plan, plan_import
from contest_app.core.intake.plan import ImportPlan, ImportResult
from contest_app.core.intake.writer import commit_import
from contest_app.core.languages import pick
from contest_app.core.safety import auto_backup
from contest_app.db.models import Region
from contest_app.db.session import Database
from contest_app.gui.dialogs.import_preview import ImportPreview
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.workers import JobControl
from contest_app.i18n import current_language, translate

ENCODINGS = ("utf-8", "utf-16", "cp949", "gb18030", "cp932", "cp1251")


class ImportDialog(QDialog):
    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None,
                 region_code: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.setup_ui()
        self.retranslate_ui()
        if region_code:
            self.region.setCurrentIndex(max(self.region.findData(region_code), 0))

    def setup_ui(self) -> None:
        self.path = QLineEdit(self)
        self.folder_button = QPushButton(self)
        self.zip_button = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.folder_button)
        path_row.addWidget(self.zip_button)
        self.region = QComboBox(self)
        self.region.setEditable(True)  # type to find one of ~90 regions
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.encoding = QComboBox(self)
        self.preview_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], path_row)
        form.addRow(self.labels[1], self.region)
        form.addRow(self.labels[2], self.encoding)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.preview = ImportPreview(self)
        self.preview.mapping_changed.connect(self.make_preview)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.save_report)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.folder_button.clicked.connect(self.choose_folder)
        self.zip_button.clicked.connect(self.choose_zip)
        self.preview_button.clicked.connect(self.make_preview)
        self.path.textChanged.connect(self._forget_plan)
        self.region.currentIndexChanged.connect(self._forget_plan)
        self.encoding.currentIndexChanged.connect(self._forget_plan)
        self.resize(1100, 720)
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ImportDialog", "Import a region's batch"))
        for lab, text in zip(self.labels, (
                translate("ImportDialog", "Batch (folder or .zip):"),
                translate("ImportDialog", "Region:"),
                translate("ImportDialog", "Sheet encoding:")), strict=True):
            lab.setText(text)
        self.folder_button.setText(translate("ImportDialog", "Folder…"))
        self.zip_button.setText(translate("ImportDialog", "Zip file…"))
        self.preview_button.setText(translate("ImportDialog", "Read and check the batch"))
        self.import_button.setText(translate("ImportDialog", "Import"))
        self.report_button.setText(translate("ImportDialog", "Save problem report…"))
        self._fill_regions()
        keep = self.encoding.currentData()
        self.encoding.clear()
        self.encoding.addItem(translate("ImportDialog", "Detect automatically"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding.setCurrentIndex(max(self.encoding.findData(keep), 0))
        self.preview.retranslate_ui()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_regions(self) -> None:
        lang = current_language()
        keep = self.region.currentData()
        with self.db.session() as session:
            regions = list(session.scalars(select(Region).where(Region.active.is_(True))))
        items = sorted(((f"{pick(r.names, lang)} ({r.code})", r.code) for r in regions),
                       key=lambda item: item[0])
        self.region.blockSignals(True)
        self.region.clear()
        for text, code in items:
            self.region.addItem(text, code)
        self.region.setCurrentIndex(self.region.findData(keep) if keep else -1)
        self.region.blockSignals(False)

    # --- choosing ---------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ImportDialog", "Choose the batch folder"))
        if folder:
            self.path.setText(folder)

    def choose_zip(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Choose the batch .zip"), "",
            translate("ImportDialog", "Zip files (*.zip)"))
        if name:
            self.path.setText(name)

    def _forget_plan(self) -> None:
        if self.plan is not None:
            discard_plan(self.plan)
        self.plan = None
        self.preview.clear()
        self._show_summary()
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = self.plan is not None and not self.plan.blocked and bool(self.plan.works_ok)
        self.import_button.setEnabled(usable)
        self.report_button.setEnabled(self.plan is not None and bool(self.plan.problems))

    # --- preview ----------------------------------------------------------------------------
    def make_preview(self) -> None:
        path = Path(self.path.text().strip())
        region_code = self.region.currentData()
        if not self.path.text().strip() or not path.exists():
            self.summary.setText(translate("ImportDialog", "Choose a batch folder or .zip that "
                                           "exists."))
            return
        if region_code is None:
            self.summary.setText(translate("ImportDialog", "Choose the region that sent it."))
            return
        overrides = self.preview.header_overrides()
        encoding = self.encoding.currentData()
        self._forget_plan()

        def work(control: JobControl) -> ImportPlan:
            return plan_import(self.db, self.contest_id, region_code, path,
                               header_overrides=overrides or None, encoding=encoding,
                               control=control)

        def done(plan: Any) -> None:
            self.plan = plan
            self.preview.show_plan(plan)
            self._show_summary()
            self._update_buttons()

        run_with_progress(self, translate("ImportDialog", "Reading the batch and its images…"),
                          work, done)

    def _show_summary(self) -> None:
        plan = self.plan
        if plan is None:
            self.summary.setText(translate(
                "ImportDialog", "Nothing is written until you press Import; Cancel leaves the "
                "database as it was."))
            return
        text = translate(
            "ImportDialog", "{works} works ({new} new, {updated} updated, {unchanged} unchanged, "
            "{refused} refused), {students} students; {errors} errors, {warnings} warnings. "
            "Sheet encoding: {encoding}.").format(
            works=len(plan.works), new=plan.count("new"), updated=plan.count("update"),
            unchanged=plan.count("unchanged"), refused=plan.count("refused"),
            students=plan.students_count, errors=len(plan.errors), warnings=len(plan.warnings),
            encoding=plan.encoding or "—")
        if plan.blocked:
            text += " " + translate("ImportDialog", "The batch cannot be imported as it is: see "
                                    "the problems without a row.")
        self.summary.setText(text)

    # --- commit -----------------------------------------------------------------------------
    def commit(self) -> None:
        plan = self.plan
        if plan is None:
            return

        def work(control: JobControl) -> ImportResult:
            control.report(0, 1)
            auto_backup(self.db, "import")
            return commit_import(self.db, plan)

        def done(result: Any) -> None:
            self.import_result = result
            self.plan = None  # its files now live in the media folder
            self.accept()

        run_with_progress(self, translate("ImportDialog", "Writing the batch…"), work, done)

    def save_report(self) -> None:
        if self.plan is None:
            return
        from contest_app.core.intake.reports import write_problem_report

        name, _ = QFileDialog.getSaveFileName(
            self, translate("ImportDialog", "Save the problem report"),
            f"problems-{self.plan.region_code}.xlsx", translate("ImportDialog", "Excel (*.xlsx)"))
        if name:
            write_problem_report(self.plan, Path(name), self._region_language())

    def _region_language(self) -> str:
        from contest_app.db.models import Country

        with self.db.session() as session:
            region = session.scalar(select(Region).where(Region.code == self.region.currentData()))
            country = session.get(Country, region.country_code) if region else None
            return country.language if country else "en"

    def reject(self) -> None:
        if self.plan is not None:
            discard_plan(self.plan)
            self.plan = None
        super().reject()
