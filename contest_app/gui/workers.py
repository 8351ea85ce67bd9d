"""Run slow work off the GUI thread, with progress, cancel, and results delivered on the GUI thread.

Workers never touch widgets: they call a plain function with a `report(done, total)` callback and
a `cancelled()` check, and the signals carry the outcome back.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# one exception for "the user pressed Cancel", raised from report() inside core jobs too
from contest_app.core.intake.cancel import Cancelled

__all__ = ["Cancelled", "Job", "JobControl"]


class JobControl:
    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._report(done, total)
        if self._cancel.is_set():
            raise Cancelled

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class JobSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; the GUI decides how to tell it
    was_cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """job = Job(fn); job.signals.succeeded.connect(...); job.start(). fn(control) -> result."""

    def __init__(self, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.control = JobControl(self.signals.progressed.emit)
        self.setAutoDelete(False)  # the owner keeps it until finished

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except Cancelled:
            self.signals.was_cancelled.emit()
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        self.control.cancel()
