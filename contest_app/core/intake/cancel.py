"""How a long intake job reports progress and learns that it should stop."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised from Control.report when the user pressed Cancel: the job leaves nothing behind."""


class Control(Protocol):
    def report(self, done: int, total: int) -> None:
        """Called after each unit of work; may raise Cancelled (or any exception) to stop."""
        ...
