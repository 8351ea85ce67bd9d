"""Engines and sessions: SQLite settings, foreign keys, optimistic locking (both backends)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.reference import region_by_code
from contest_app.db.models import Entry, Region
from contest_app.db.session import make_engine, media_root_for


def test_sqlite_uses_wal_and_foreign_keys(db_url: str, on_postgres: bool) -> None:
    if on_postgres:
        pytest.skip("SQLite pragmas")
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    finally:
        engine.dispose()
    # WAL is a property of the file: a second engine sees it too
    again = make_engine(db_url)
    try:
        with again.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        again.dispose()


def test_postgres_url_without_driver_keeps_its_password() -> None:
    engine = make_engine("postgresql://contest:s3cret@db.example/contest")
    try:
        assert engine.url.drivername == "postgresql+psycopg"
        assert engine.url.password == "s3cret"
    finally:
        engine.dispose()


def test_media_root_lives_beside_a_sqlite_file(tmp_path: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTEST_APP_MEDIA", raising=False)
    assert media_root_for(f"sqlite:///{tmp_path / 'c.sqlite'}") == tmp_path / "c_media"
    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "elsewhere"))
    assert media_root_for(f"sqlite:///{tmp_path / 'c.sqlite'}") == tmp_path / "elsewhere"


def test_foreign_key_violation_is_rejected(db: Any) -> None:
    with db.session() as session:
        session.add(Region(code="XX-1", country_code="XX", names={"en": "Nowhere"}))
        with pytest.raises(IntegrityError):
            session.flush()
        session.rollback()


def _an_entry(db: Any) -> int:
    with db.session() as session, session.begin():
        contest = create_contest(session, ContestSpec(edition=12, year=2024))
        entry = Entry(contest_id=contest.id, region_id=region_by_code(session, "KR-47").id,
                      entry_no="1", anon_code="ABC123", title="Sea")
        session.add(entry)
        session.flush()
        return entry.id


def test_second_stale_save_fails(db: Any) -> None:
    entry_id = _an_entry(db)
    first, second = db.session(), db.session()
    try:
        mine = first.get(Entry, entry_id)
        theirs = second.get(Entry, entry_id)
        assert mine is not None and theirs is not None
        assert mine.version == theirs.version == 1

        mine.title = "Blue sea"
        first.commit()
        assert mine.version == 2

        theirs.title = "Green sea"
        with pytest.raises(StaleDataError):
            second.commit()
        second.rollback()
    finally:
        first.close()
        second.close()

    with db.session() as session:
        entry = session.get(Entry, entry_id)
        assert entry is not None
        assert (entry.title, entry.version) == ("Blue sea", 2)


def test_save_after_reload_succeeds(db: Any) -> None:
    entry_id = _an_entry(db)
    with db.session() as session:
        entry = session.get(Entry, entry_id)
        assert entry is not None
        entry.title = "One"
        session.commit()
        entry.title = "Two"
        session.commit()
        assert entry.version == 3
