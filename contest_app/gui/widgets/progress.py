"""Run a job in the background behind a progress dialog with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from contest_app.gui.errors import show_error
from contest_app.gui.workers import Job, JobControl
from contest_app.i18n import translate


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[[JobControl], Any],
    on_success: Callable[[Any], None],
    on_cancel: Callable[[], None] | None = None,
) -> Job:
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("Progress", "Working"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(fn)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finished() -> None:
        dialog.close()
        dialog.deleteLater()

    job.signals.progressed.connect(progressed)
    job.signals.succeeded.connect(on_success)
    job.signals.failed.connect(lambda exc: show_error(parent, exc))
    if on_cancel:
        job.signals.was_cancelled.connect(on_cancel)
    job.signals.finished.connect(finished)
    dialog.canceled.connect(job.cancel)
    parent._running_job = job  # type: ignore[attr-defined]  # keep it alive while it runs
    job.start()
    return job
