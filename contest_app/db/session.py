"""Engines and sessions. SQLite gets WAL and foreign keys; PostgreSQL works through the same URL."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from contest_app import paths

MEDIA_ENV = "CONTEST_APP_MEDIA"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def enable_wal(engine: Engine) -> None:
    """WAL persists in the file; set it once, outside any transaction."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def make_engine(url: str, *, wal: bool = True) -> Engine:
    """wal=False leaves the file untouched: for looking at a database before it is known ours."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error's text (which goes to the log) must not carry the values,
        # minors' names and birth dates among them
        engine = create_engine(url, connect_args={"timeout": 10}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        if wal:
            enable_wal(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # keep the URL object: str(URL) masks the password as ***
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


def media_root_for(url: str) -> Path:
    """Images live beside a SQLite file (so the two travel together), else in the user folder."""
    override = os.environ.get(MEDIA_ENV)
    if override:
        return Path(override)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        db_file = Path(str(parsed.database))
        return db_file.with_name(db_file.stem + "_media")
    return paths.media_dir()


@dataclass
class Database:
    url: str
    engine: Engine
    media_root: Path
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self._factory()

    def dispose(self) -> None:
        self.engine.dispose()

    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)
