"""The one module that knows whether the app runs from source or from a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from contest_app import APP_NAME, ORG_NAME

DB_ENV = "CONTEST_APP_DB"
DATA_ENV = "CONTEST_APP_DATA"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """Folder holding resources/ and i18n/: the source tree, or PyInstaller's unpack folder."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def fonts_dir() -> Path:
    return resource("fonts")


def translations_dir() -> Path:
    return bundle_root() / "i18n"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def user_data_dir() -> Path:
    """Per-user data folder; CONTEST_APP_DATA overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return os.environ.get(DB_ENV) or f"sqlite:///{user_data_dir() / 'contest.sqlite'}"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def media_dir() -> Path:
    """Originals and derivatives of images live here, never only inside the database."""
    path = user_data_dir() / "media"
    path.mkdir(parents=True, exist_ok=True)
    return path
