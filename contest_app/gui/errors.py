"""Turn any failure into words for a dialog: never a traceback on screen; the log keeps it."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from contest_app.core.errors import ContestAppError
from contest_app.i18n import translate
from contest_app.messages import message

log = logging.getLogger(__name__)


def describe(exc: BaseException) -> str:
    if isinstance(exc, ContestAppError):
        return message(exc.code, exc.values, translate)
    if isinstance(exc, StaleDataError):
        return translate("Errors", "Someone else saved this record while you were editing it. "
                         "Reload it and make your change again; nothing was overwritten.")
    if isinstance(exc, OperationalError):
        return translate("Errors", "The database could not be reached or refused the change. "
                         "Check the connection and try again; nothing was saved.")
    if isinstance(exc, OSError):
        return translate("Errors", "A file could not be read or written: {detail}").format(
            detail=exc.strerror or type(exc).__name__)
    log.error("unexpected failure", exc_info=exc)
    return translate("Errors", "Something unexpected went wrong ({kind}). Nothing was saved. "
                     "The details are in the log file.").format(kind=type(exc).__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("Errors", "Cannot do that"), describe(exc))
