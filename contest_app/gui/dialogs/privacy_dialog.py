"""File → Privacy…: the retention period, the purge of non-winners' data, a student's export.

The purge is previewed first (a dry run: counts only) and needs a confirmation; both it and the
export run in the background. Names are shown only to find the student to export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from contest_app.core import privacy
from contest_app.db.models import Student
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.workers import JobControl
from contest_app.i18n import translate

DEFAULT_DAYS = 730  # two years: a suggestion only, nothing is purged until staff confirm
MATCHES_SHOWN = 50


class PrivacyDialog(QDialog):
    def __init__(self, db: Database, contest_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.preview: privacy.PurgeReport | None = None
        self.last_export: Path | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.load()

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.setObjectName("PrivacyDialog")
        self.retention_box = QGroupBox(self)
        self.days = QSpinBox(self.retention_box)
        self.days.setRange(0, privacy.MAX_RETENTION_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.retention_state = QLabel(self.retention_box)
        self.save_days = QPushButton(self.retention_box)
        self.days_label = QLabel(self.retention_box)
        form = QFormLayout(self.retention_box)
        form.addRow(self.days_label, self.days)
        form.addRow(self.retention_state, self.save_days)

        self.purge_box = QGroupBox(self)
        self.purge_text = QLabel(self.purge_box)
        self.purge_text.setWordWrap(True)
        self.preview_button = QPushButton(self.purge_box)
        self.purge_button = QPushButton(self.purge_box)
        purge_layout = QVBoxLayout(self.purge_box)
        purge_layout.addWidget(self.purge_text)
        purge_layout.addWidget(self.preview_button)
        purge_layout.addWidget(self.purge_button)

        self.export_box = QGroupBox(self)
        self.search = QLineEdit(self.export_box)
        self.matches = QListWidget(self.export_box)
        self.matches.setMinimumHeight(120)
        self.export_button = QPushButton(self.export_box)
        export_layout = QVBoxLayout(self.export_box)
        export_layout.addWidget(self.search)
        export_layout.addWidget(self.matches)
        export_layout.addWidget(self.export_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        for widget in (self.retention_box, self.purge_box, self.export_box, self.buttons):
            layout.addWidget(widget)
        self.save_days.clicked.connect(self.save_retention)
        self.preview_button.clicked.connect(self.run_preview)
        self.purge_button.clicked.connect(self.run_purge)
        self.search.textChanged.connect(self.find_students)
        self.matches.currentItemChanged.connect(lambda *_: self._update())
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.days.valueChanged.connect(self._forget_preview)
        self.resize(560, 620)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("PrivacyDialog", "Privacy"))
        self.retention_box.setTitle(translate("PrivacyDialog", "Retention of personal data"))
        self.days_label.setText(translate("PrivacyDialog", "Keep non-winners' data for (days):"))
        self.save_days.setText(translate("PrivacyDialog", "Save"))
        self.purge_box.setTitle(translate("PrivacyDialog", "Remove non-winners' personal data"))
        self.preview_button.setText(translate("PrivacyDialog", "Preview (changes nothing)"))
        self.purge_button.setText(translate("PrivacyDialog", "Remove…"))
        self.export_box.setTitle(translate("PrivacyDialog", "Everything held about one student"))
        self.search.setPlaceholderText(translate("PrivacyDialog", "Name of the student"))
        self.export_button.setText(translate("PrivacyDialog", "Export…"))
        self._show_retention()
        self._show_preview()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- retention --------------------------------------------------------------------------
    def load(self) -> None:
        with self.db.session() as session:
            self.stored_days = privacy.retention_days(session)
        if self.stored_days is not None:
            self.days.setValue(self.stored_days)
        self._show_retention()
        self._update()

    def _show_retention(self) -> None:
        stored = getattr(self, "stored_days", None)
        self.retention_state.setText(
            translate("PrivacyDialog", "Not set yet") if stored is None else
            translate("PrivacyDialog", "Saved: {days} days").format(days=stored))

    def save_retention(self) -> None:
        try:
            with self.db.session() as session, session.begin():
                privacy.set_retention_days(session, self.days.value())
        except Exception as exc:  # the core's refusals and database failures alike
            show_error(self, exc)
            return
        self.load()

    # --- purge ------------------------------------------------------------------------------
    def _forget_preview(self) -> None:
        self.preview = None
        self._show_preview()
        self._update()

    def _purge(self, dry_run: bool) -> privacy.PurgeReport:
        assert self.contest_id is not None
        with self.db.session() as session, session.begin():
            return privacy.purge_non_winners(
                session, self.contest_id, older_than_days=self.days.value(),
                media_root=self.db.media_root, dry_run=dry_run)

    def run_preview(self) -> None:
        if self.contest_id is None:
            return

        def done(report: Any) -> None:
            self.preview = report
            self._show_preview()
            self._update()

        run_with_progress(self, translate("PrivacyDialog", "Counting…"),
                          lambda _control: self._purge(True), done)

    def run_purge(self, *, confirm: bool = True) -> None:
        if self.contest_id is None or self.preview is None:
            return
        if confirm and QMessageBox.question(
                self, translate("PrivacyDialog", "Remove personal data"), translate(
                    "PrivacyDialog", "Remove the names, birth dates and schools of {students} "
                    "students and the images of {works} works for good? Counts, titles and "
                    "scores stay.").format(students=self.preview.students,
                                           works=self.preview.works)
        ) != QMessageBox.StandardButton.Yes:
            return

        def done(report: Any) -> None:
            self.preview = None
            self.purge_text.setText(translate(
                "PrivacyDialog", "Removed: {students} students' personal data, {files} image "
                "files.").format(students=report.students, files=report.files_deleted))
            self._update()

        run_with_progress(self, translate("PrivacyDialog", "Removing personal data…"),
                          lambda _control: self._purge(False), done)

    def _show_preview(self) -> None:
        if self.contest_id is None:
            self.purge_text.setText(translate("PrivacyDialog", "Choose a contest first."))
        elif self.preview is None:
            self.purge_text.setText(translate(
                "PrivacyDialog", "Students none of whose works won an award lose their names, "
                "birth dates and schools, and their works' images are deleted, once the "
                "contest's deadline is older than the retention period. Preview first."))
        else:
            self.purge_text.setText(translate(
                "PrivacyDialog", "{students} students and the images of {works} works "
                "({files} files) would be removed; {kept} students with an award are kept, "
                "{done} were removed before.").format(
                    students=self.preview.students, works=self.preview.works,
                    files=len(self.preview.files), kept=self.preview.students_kept,
                    done=self.preview.already_purged))

    # --- export -----------------------------------------------------------------------------
    def find_students(self, text: str) -> None:
        self.matches.clear()
        text = text.strip()
        if self.contest_id is None or len(text) < 1:
            self._update()
            return
        pattern = f"%{text}%"
        with self.db.session() as session:
            rows = session.execute(
                select(Student.id, Student.name, Student.name_latin)
                .where(Student.contest_id == self.contest_id, Student.purged_at.is_(None),
                       or_(Student.name.ilike(pattern), Student.name_latin.ilike(pattern)))
                .order_by(Student.name).limit(MATCHES_SHOWN)).all()
        for student_id, name, latin in rows:
            item = QListWidgetItem(f"{name} ({latin})" if latin and latin != name else name)
            item.setData(Qt.ItemDataRole.UserRole, student_id)
            self.matches.addItem(item)
        self._update()

    def export(self, *, out_dir: Path | None = None) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        student_id = int(item.data(Qt.ItemDataRole.UserRole))
        if out_dir is None:
            name = QFileDialog.getExistingDirectory(
                self, translate("PrivacyDialog", "Folder for the export"), str(Path.home()))
            if not name:
                return
            out_dir = Path(name)
        target = out_dir

        def work(_control: JobControl) -> Path:
            with self.db.session() as session, session.begin():
                return privacy.export_student(session, student_id, target, self.db.media_root)

        def done(folder: Any) -> None:
            self.last_export = folder
            QMessageBox.information(self, translate("PrivacyDialog", "Export written"), translate(
                "PrivacyDialog", "Everything held about the student is in {folder}. It holds "
                "personal data: hand it over securely.").format(folder=folder))

        run_with_progress(self, translate("PrivacyDialog", "Exporting…"), work, done)

    def _update(self) -> None:
        has_contest = self.contest_id is not None
        self.preview_button.setEnabled(has_contest)
        self.purge_button.setEnabled(has_contest and self.preview is not None
                                     and bool(self.preview.students or self.preview.files))
        self.export_button.setEnabled(self.matches.currentItem() is not None)
