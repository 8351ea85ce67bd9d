"""Typed errors: the core reports codes with values; the GUI and command line put them in words."""

from __future__ import annotations

from typing import Any


class ContestAppError(Exception):
    """An expected failure with a stable code and the values a message needs."""

    code = "error"

    def __init__(self, code: str | None = None, /, **values: Any) -> None:
        # positional-only: a message value may itself be called "code" (a region code)
        self.code = code or self.code
        self.values = values
        super().__init__(f"{self.code}: {values}" if values else self.code)


class NotFound(ContestAppError):
    code = "not_found"


class InvalidValue(ContestAppError):
    code = "invalid_value"


class Conflict(ContestAppError):
    code = "conflict"
