"""What every command shares: opening the database, printing JSON, turning errors into words."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from contest_app.core.database import open_database
from contest_app.core.errors import ContestAppError
from contest_app.db import migrate
from contest_app.db.session import Database
from contest_app.messages import message

Command = Callable[[argparse.Namespace, Database], int]

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3


class DatabaseOpenError(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def open_db(url: str | None) -> Database:
    """The database, or a DatabaseOpenError with words a person can act on."""
    try:
        return open_database(url)
    except migrate.NewerDatabaseError as exc:
        raise DatabaseOpenError(message("schema_newer", {"revision": exc.revision})) from exc
    except migrate.ForeignDatabaseError as exc:
        raise DatabaseOpenError(message("schema_foreign", {"tables": str(exc)})) from exc
    except (OperationalError, ArgumentError) as exc:
        orig = getattr(exc, "orig", None)
        detail = str(orig) if orig is not None else str(exc)
        raise DatabaseOpenError(
            message("database_unreachable", {"url": safe_url(url), "detail": detail.strip()})
        ) from exc


def safe_url(url: str | None) -> str:
    """The URL as it may be shown: the password masked."""
    if not url:
        return ""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def run_command(command: Command, args: argparse.Namespace) -> int:
    try:
        db = open_db(args.db)
    except DatabaseOpenError as exc:
        print(f"error: {exc.text}", file=sys.stderr)
        return EXIT_DATABASE
    try:
        return command(args, db)
    except ContestAppError as exc:
        print(f"error: {message(exc.code, exc.values)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.dispose()


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(message("date_invalid", {"value": text})) from exc
