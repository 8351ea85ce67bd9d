"""File → Back up… and File → Restore…: whole backups (database and images) from the GUI.

Both run in the background (a backup of a large edition copies gigabytes of images). A restore
keeps an automatic copy of what it replaces, so it can be undone by restoring that copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.core import safety
from contest_app.db.base import utcnow
from contest_app.db.session import Database
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.workers import JobControl
from contest_app.i18n import translate


def back_up(parent: QWidget, db: Database, target: Path | None = None) -> None:
    """Ask where (unless target is given), then write the backup in the background."""
    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, translate("BackupDialog", "Back up the database and images"),
            str(Path.home() / f"contest-backup-{utcnow():%Y%m%d-%H%M}.zip"),
            translate("BackupDialog", "Backup (*.zip)"))
        if not name:
            return
        target = Path(name if name.lower().endswith(".zip") else name + ".zip")

    def work(control: JobControl) -> Path:
        control.report(0, 1)
        return safety.back_up(db, target)

    def done(path: Any) -> None:
        QMessageBox.information(parent, translate("BackupDialog", "Backup written"), translate(
            "BackupDialog", "The database and its images are saved in {path}. Keep a copy "
            "away from this computer.").format(path=path))

    run_with_progress(parent, translate("BackupDialog", "Writing the backup…"), work, done)


class RestoreDialog(QDialog):
    """Choose an automatic backup or a backup file, confirm, restore."""

    restored = Signal(object)  # safety.RestoreOutcome

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.chosen: Path | None = None
        self.outcome: safety.RestoreOutcome | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.fill()

    def setup_ui(self) -> None:
        self.setObjectName("RestoreDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setMinimumWidth(520)
        self.file_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addLayout(row)
        layout.addWidget(self.path_label)
        layout.addWidget(self.buttons)
        self.backups.currentItemChanged.connect(self._picked)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("BackupDialog", "Restore a backup"))
        self.intro.setText(translate(
            "BackupDialog", "Restoring replaces the whole database and every image with the "
            "backup's. What is there now is backed up automatically first. Automatic backups "
            "are taken before each import, round close, award finalisation and migration:"))
        self.file_button.setText(translate("BackupDialog", "Backup file…"))
        self.folder_button.setText(translate("BackupDialog", "Backup folder…"))
        self.restore_button.setText(translate("BackupDialog", "Restore…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill(self) -> None:
        self.backups.clear()
        for info in safety.automatic_backups(self.db):
            item = QListWidgetItem(f"{info.created_at[:19].replace('T', ' ')} UTC — {info.reason}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self._update()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("BackupDialog", "Choose a backup"), str(Path.home()),
            translate("BackupDialog", "Backup (*.zip)"))
        if name:
            self.choose(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("BackupDialog", "Choose a backup folder"), str(Path.home()))
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        self.backups.clearSelection()
        self.chosen = path
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.chosen is not None)
        self.path_label.setText(str(self.chosen) if self.chosen else "")

    def restore(self, *, confirm: bool = True) -> None:
        source = self.chosen
        if source is None:
            return
        if confirm and QMessageBox.question(
                self, translate("BackupDialog", "Restore a backup"), translate(
                    "BackupDialog", "Replace all current data and images with the backup "
                    "{name}? A copy of the current data is kept.").format(name=source.name)
        ) != QMessageBox.StandardButton.Yes:
            return

        def work(control: JobControl) -> safety.RestoreOutcome:
            control.report(0, 1)
            return safety.restore_into(self.db, source)

        def done(outcome: Any) -> None:
            self.outcome = outcome
            self.restored.emit(outcome)
            kept = str(outcome.before) if outcome.before else "—"
            QMessageBox.information(self, translate("BackupDialog", "Backup restored"), translate(
                "BackupDialog", "The backup is restored ({rows} records, {images} image files). "
                "The data it replaced is kept in {kept}.").format(
                    rows=outcome.restored.rows, images=outcome.restored.media_files, kept=kept))
            self.accept()

        run_with_progress(self, translate("BackupDialog", "Restoring the backup…"), work, done)
