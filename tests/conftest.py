"""Shared fixtures: a fresh database per test, on SQLite or (CONTEST_APP_TEST_DB) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# before anything imports Qt: tests never need a screen
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

PG_ENV = "CONTEST_APP_TEST_DB"


@pytest.fixture(scope="session", autouse=True)
def _none_survives_the_binding() -> None:
    """The suite makes many more Qt calls than a day's session: guard None as the app does."""
    from contest_app.gui.none_guard import protect_none

    protect_none()


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real per-user folder or QSettings."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CONTEST_APP_DATA", str(folder))
    monkeypatch.delenv("CONTEST_APP_DB", raising=False)
    monkeypatch.delenv("CONTEST_APP_MEDIA", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


def _fresh_postgres(server_url: str) -> Iterator[str]:
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
            ), {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new database on the PostgreSQL server."""
    server = os.environ.get(PG_ENV)
    if server:
        yield from _fresh_postgres(server)
    else:
        yield f"sqlite:///{tmp_path / 'contest.sqlite'}"


@pytest.fixture
def db(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from contest_app.core.database import open_database

    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "media"))
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def on_postgres() -> bool:
    return bool(os.environ.get(PG_ENV))
