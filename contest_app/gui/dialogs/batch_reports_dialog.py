"""Files for the regional offices: the problem report of an imported batch, a blank template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.errors import ContestAppError
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.db.models import Batch, Country, Region
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.i18n import current_language, translate


class BatchReportsDialog(QDialog):
    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.setWindowTitle(translate("BatchReportsDialog", "Files for the regions"))
        lang = current_language()
        with db.session() as session:
            batches = session.execute(
                select(Batch, Region).join(Region, Region.id == Batch.region_id)
                .where(Batch.contest_id == contest_id).order_by(Batch.imported_at.desc())).all()
            self.batch_items = [
                (f"{pick(r.names, lang)} — {b.source_name} ({b.imported_at:%Y-%m-%d %H:%M})",
                 b.id, r.country_code) for b, r in batches]
            regions = list(session.scalars(select(Region).where(Region.active.is_(True))))
            self.region_items = sorted(
                ((f"{pick(r.names, lang)} ({r.code})", r.code, r.country_code) for r in regions),
                key=lambda item: item[0])
            self.country_language = {c.code: c.language for c in session.scalars(select(Country))}

        report_box = QGroupBox(translate("BatchReportsDialog", "Problem report of a batch"), self)
        self.batch = QComboBox(report_box)
        for text, batch_id, _country in self.batch_items:
            self.batch.addItem(text, batch_id)
        self.report_language = self._language_combo(report_box)
        self.report_button = QPushButton(translate("BatchReportsDialog", "Save report…"),
                                         report_box)
        self.report_button.setEnabled(bool(self.batch_items))
        form = QFormLayout(report_box)
        form.addRow(translate("BatchReportsDialog", "Batch:"), self.batch)
        form.addRow(translate("BatchReportsDialog", "Language:"), self.report_language)
        form.addRow(self.report_button)
        self.batch.currentIndexChanged.connect(self._batch_chosen)
        self._batch_chosen()

        template_box = QGroupBox(translate("BatchReportsDialog", "Blank entry template"), self)
        self.region = QComboBox(template_box)
        for text, code, _country in self.region_items:
            self.region.addItem(text, code)
        self.template_language = self._language_combo(template_box)
        self.template_button = QPushButton(translate("BatchReportsDialog", "Save template…"),
                                           template_box)
        form2 = QFormLayout(template_box)
        form2.addRow(translate("BatchReportsDialog", "Region:"), self.region)
        form2.addRow(translate("BatchReportsDialog", "Language:"), self.template_language)
        form2.addRow(self.template_button)
        self.region.currentIndexChanged.connect(self._region_chosen)
        self._region_chosen()

        note = QLabel(translate(
            "BatchReportsDialog", "Reports and templates are written in the region's language "
            "unless you choose another."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(report_box)
        layout.addWidget(template_box)
        layout.addWidget(buttons)
        self.report_button.clicked.connect(self.save_report)
        self.template_button.clicked.connect(self.save_template)
        self.resize(640, 380)

    def _language_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        for lang in LANGUAGES:
            combo.addItem(NATIVE_NAMES[lang], lang)
        return combo

    def _batch_chosen(self) -> None:
        index = self.batch.currentIndex()
        if 0 <= index < len(self.batch_items):
            lang = self.country_language.get(self.batch_items[index][2], "en")
            self.report_language.setCurrentIndex(max(self.report_language.findData(lang), 0))

    def _region_chosen(self) -> None:
        index = self.region.currentIndex()
        if 0 <= index < len(self.region_items):
            lang = self.country_language.get(self.region_items[index][2], "en")
            self.template_language.setCurrentIndex(max(self.template_language.findData(lang), 0))

    def save_report(self) -> None:
        from contest_app.core.intake.reports import write_problem_report

        batch_id = self.batch.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, translate("BatchReportsDialog", "Save the problem report"),
            f"problems-batch-{batch_id}.xlsx", translate("BatchReportsDialog", "Excel (*.xlsx)"))
        if not name:
            return
        try:
            with self.db.session() as session:
                batch = session.get(Batch, batch_id)
                if batch is None:
                    return
                write_problem_report(batch, Path(name), self.report_language.currentData())
        except (ContestAppError, OSError) as exc:
            show_error(self, exc)

    def save_template(self) -> None:
        from contest_app.core.intake.reports import write_template

        code = self.region.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, translate("BatchReportsDialog", "Save the entry template"),
            f"entries-{code}.xlsx", translate("BatchReportsDialog", "Excel (*.xlsx)"))
        if not name:
            return
        region_name = self.region.currentText()
        try:
            write_template(Path(name), self.template_language.currentData(), region_name)
        except (ContestAppError, OSError) as exc:
            show_error(self, exc)
