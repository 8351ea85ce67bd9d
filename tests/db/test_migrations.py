"""Schema migrations: every past schema opens without loss; newer and foreign ones are refused.

Runs on SQLite and, with CONTEST_APP_TEST_DB, on PostgreSQL (the fixture files are SQLite only).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, inspect, select, text
from sqlalchemy.engine import make_url

import contest_app.db.models  # noqa: F401  (every table on the metadata)
from contest_app.cli import main as cli_main
from contest_app.core.database import open_database
from contest_app.db import migrate
from contest_app.db.backup import backup_database
from contest_app.db.base import Base
from contest_app.db.models import Contest, Country, Entry, Region, Student
from contest_app.db.session import make_engine

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
FUTURE = "9999_future"


# --- helpers -------------------------------------------------------------------------------


def _upgrade_to(engine: Engine, revision: str) -> None:
    """Build the schema of one revision exactly as an older app would have left it."""
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _seed_0001(conn: Any) -> None:
    conn.execute(
        text("INSERT INTO country (code, language, names) VALUES ('KR', 'ko', :names)"),
        {"names": '{"en": "Korea (old name)", "ko": "\ub300\ud55c\ubbfc\uad6d"}'},
    )
    conn.execute(
        text("INSERT INTO region (code, is_iso, country_code, membership, names, active, notes)"
             " VALUES ('KR-MIGTEST', :iso, 'KR', 'special', :names, :active, 'kept')"),
        {"iso": False, "active": True, "names": '{"en": "Migration Town"}'},
    )
    conn.execute(
        text("INSERT INTO contest (edition, year, title, theme, deadline, min_age, max_age,"
             " status, results_locked, settings, created_at)"
             " VALUES (7, 2019, :title, :theme, '2019-09-13', 12, 19, 'closed', :locked, '{}',"
             " '2019-03-01 09:00:00.000000')"),
        {"title": '{"en": "The 7th"}', "theme": '{"en": "Rivers"}', "locked": True},
    )


# What "a country, a region, a contest" looks like in each schema. A revision that is not
# listed uses the closest older one: add an entry when a migration changes these tables.
SEEDS: dict[str, Callable[[Any], None]] = {"0001": _seed_0001}


def _seed_for(revision: str) -> Callable[[Any], None]:
    revisions = migrate.all_revisions()
    for rev in reversed(revisions[: revisions.index(revision) + 1]):
        if rev in SEEDS:
            return SEEDS[rev]
    raise AssertionError(f"no seed data for revision {revision}")


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _stored_revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _future_database(url: str) -> None:
    """A database at head whose alembic_version then claims a revision this app never had."""
    open_database(url).dispose()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    finally:
        engine.dispose()


# --- (a) every revision upgrades to head without losing data --------------------------------


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_upgrade_from_each_revision(revision: str, db_url: str, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "media"))
    engine = make_engine(db_url)
    try:
        _upgrade_to(engine, revision)
        assert migrate.current_revision(engine) == revision
        with engine.begin() as conn:
            _seed_for(revision)(conn)
    finally:
        engine.dispose()

    db = open_database(db_url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.session() as session:
            contest = session.scalars(select(Contest).where(Contest.edition == 7)).one()
            assert (contest.year, contest.deadline.isoformat()) == (2019, "2019-09-13")
            assert contest.theme == {"en": "Rivers"} and contest.results_locked is True
            region = session.scalars(select(Region).where(Region.code == "KR-MIGTEST")).one()
            assert region.names == {"en": "Migration Town"}
            assert (region.is_iso, region.membership, region.notes) == (False, "special", "kept")
            # the staff's name for the country wins over the shipped reference data
            korea = session.get(Country, "KR")
            assert korea is not None and korea.names["en"] == "Korea (old name)"
            # and the reference regions were added around the old data
            assert session.scalars(select(Region).where(Region.code == "KR-47")).one()
    finally:
        db.dispose()

    db_file = _sqlite_file(db_url)
    if db_file is not None:
        backups = sorted((db_file.parent / "backups").glob("*.sqlite"))
        if revision == migrate.head_revision():
            assert not backups, "nothing to migrate, so nothing to back up"
        else:
            assert backups, "a migration must be preceded by a backup"
            copy = sqlite3.connect(str(backups[-1]))
            try:
                (stored,) = copy.execute("SELECT version_num FROM alembic_version").fetchone()
                assert stored == revision
                assert copy.execute("SELECT edition FROM contest").fetchall() == [(7,)]
            finally:
                copy.close()


def test_new_database_is_created_at_head_without_backup(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        result = migrate.upgrade(engine)
        assert (result.before, result.after, result.backup) == (None, migrate.head_revision(),
                                                                None)
        again = migrate.upgrade(engine)
        assert (again.before, again.after, again.backup) == (result.after, result.after, None)
    finally:
        engine.dispose()


def test_backup_holds_the_data(db: Any, tmp_path: Path) -> None:
    with db.session() as session, session.begin():
        session.add(Contest(edition=3, year=2015))
    target = backup_database(db.engine, tmp_path / "copies", "manual")
    assert target is not None and target.exists()
    if db.is_sqlite:
        copy = sqlite3.connect(str(target))
        try:
            assert copy.execute("SELECT edition, year FROM contest").fetchall() == [(3, 2015)]
        finally:
            copy.close()
    else:
        import json

        dump = json.loads(target.read_text(encoding="utf-8"))
        assert [(r["edition"], r["year"]) for r in dump["contest"]] == [(3, 2015)]
        assert len(dump["region"]) > 50


def _fixture_files() -> list[Path]:
    return sorted(SCHEMAS.glob("schema_*.sqlite"))


def test_a_fixture_exists_for_the_first_revision() -> None:
    names = {p.name for p in _fixture_files()}
    assert f"schema_{migrate.all_revisions()[0]}.sqlite" in names


def _snapshot(path: Path) -> dict[str, tuple[list[str], set[tuple[Any, ...]]]]:
    """Every table's columns and rows, read with plain sqlite3 (no app code involved)."""
    conn = sqlite3.connect(str(path))
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'")]
        snapshot = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            snapshot[table] = (columns, set(conn.execute(f'SELECT * FROM "{table}"')))
        return snapshot
    finally:
        conn.close()


def _rows(path: Path, table: str, columns: list[str]) -> set[tuple[Any, ...]]:
    conn = sqlite3.connect(str(path))
    try:
        cols = ", ".join(f'"{c}"' for c in columns)
        return set(conn.execute(f'SELECT {cols} FROM "{table}"'))
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", _fixture_files(), ids=lambda p: p.stem)
def test_fixture_database_opens_intact(fixture: Path, tmp_path: Path, on_postgres: bool,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    if on_postgres:
        pytest.skip("fixture files are SQLite databases")
    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "media"))
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    fixture_revision = fixture.stem.removeprefix("schema_")
    url = f"sqlite:///{path}"
    assert _stored_revision(url) == fixture_revision
    before = _snapshot(path)
    assert before["entry"][1], "a fixture should hold some works"

    open_database(url).dispose()

    assert _stored_revision(url) == migrate.head_revision()
    for table, (columns, rows) in before.items():
        after = _rows(path, table, columns)
        if table in ("country", "region"):  # the reference data is added to, never replaced
            assert rows <= after, table
        else:
            assert rows == after, table
    if fixture_revision != migrate.head_revision():
        assert list((tmp_path / "backups").glob("*.sqlite")), "no backup before migrating"


def test_schema_0001_fixture_reads_through_the_models(tmp_path: Path, on_postgres: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if on_postgres:
        pytest.skip("fixture files are SQLite databases")
    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "media"))
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "schema_0001.sqlite", path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as session:
            contest = session.scalars(select(Contest).where(Contest.edition == 11)).one()
            assert [(t.key, t.quota) for t in contest.tiers] == [
                ("grand", 1), ("excellence", 10), ("encouragement", 20), ("finalist", 124)]
            assert [c.key for c in contest.criteria] == [
                "theme", "creativity", "composition", "technique"]
            entry = session.scalars(select(Entry).where(Entry.entry_no == "GB-002")).one()
            assert entry.title == "우리 동네 항구" and entry.version == 1
            assert [s.name_latin for s in entry.students] == ["Lee Bada", "Park Byeol"]
            assert entry.region.code == "KR-47"
            assert entry.region.names["en"] == "Gyeongsangbuk-do (edited)"  # staff edit kept
            kim = session.scalars(select(Student).where(Student.name == "김하늘")).one()
            assert kim.birth_date is not None and kim.birth_date.isoformat() == "2008-04-02"
    finally:
        db.dispose()


# --- (b) a database from a newer app is refused and left alone ------------------------------


def test_newer_database_is_refused_unchanged(db_url: str) -> None:
    _future_database(db_url)
    db_file = _sqlite_file(db_url)
    digest = _sha256(db_file) if db_file is not None else None

    with pytest.raises(migrate.NewerDatabaseError) as caught:
        open_database(db_url)
    assert caught.value.revision == FUTURE

    assert _stored_revision(db_url) == FUTURE
    if db_file is not None:
        assert _sha256(db_file) == digest
        assert not (db_file.parent / "backups").exists()


def test_newer_database_through_the_cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _future_database(db_url)
    capsys.readouterr()
    assert cli_main(["--db", db_url, "contest", "list"]) == 3
    captured = capsys.readouterr()
    assert "newer version" in captured.err
    assert FUTURE in captured.err
    assert _stored_revision(db_url) == FUTURE


def test_upgrade_refuses_a_newer_database(db_url: str) -> None:
    _future_database(db_url)
    engine = make_engine(db_url)
    try:
        with pytest.raises(migrate.NewerDatabaseError):
            migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _stored_revision(db_url) == FUTURE


# --- (c) a database that is not ours --------------------------------------------------------


def test_foreign_database_is_refused(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db_file = _sqlite_file(db_url)
    if db_file is not None:  # another program's file, in SQLite's default rollback-journal mode
        conn = sqlite3.connect(str(db_file))
        with conn:
            conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar VARCHAR(10))")
            conn.execute("INSERT INTO foo (id, bar) VALUES (1, 'x')")
        conn.close()
    else:
        engine = make_engine(db_url)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar VARCHAR(10))"))
                conn.execute(text("INSERT INTO foo (id, bar) VALUES (1, 'x')"))
        finally:
            engine.dispose()
    digest = _sha256(db_file) if db_file is not None else None

    with pytest.raises(migrate.ForeignDatabaseError, match="foo"):
        open_database(db_url)
    assert cli_main(["--db", db_url, "region", "list"]) == 3
    assert "not made by this app" in capsys.readouterr().err
    assert cli_main(["--db", db_url, "db", "info"]) == 0  # looking is allowed

    if db_file is not None:
        assert _sha256(db_file) == digest, "the foreign file was modified"
        conn = sqlite3.connect(str(db_file))
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
            assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("foo",)]
        finally:
            conn.close()
    else:
        engine = make_engine(db_url)
        try:
            assert set(inspect(engine).get_table_names()) == {"foo"}
        finally:
            engine.dispose()


# --- (d) the models and the migrations describe the same schema ----------------------------


def _flatten(diffs: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for item in diffs:
        if isinstance(item, list):  # column-level changes come grouped per column
            flat.extend(item)
        else:
            flat.append(item)
    return flat


def _is_type_noise(diff: Any) -> bool:
    """A type reported changed only because the backend stores it under another name."""
    if diff[0] != "modify_type":
        return False
    existing, wanted = diff[5], diff[6]
    return (existing._type_affinity is wanted._type_affinity
            and getattr(existing, "length", None) == getattr(wanted, "length", None))


def test_models_match_migrations(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = _flatten(compare_metadata(context, Base.metadata))
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    real = [d for d in diffs if not _is_type_noise(d)]
    assert real == [], "models and migrations differ; write a migration:\n" + "\n".join(
        map(repr, real))
    assert set(Base.metadata.tables) <= tables


def test_constraint_names_are_unique() -> None:
    """Constraint names are unique across the schema (PostgreSQL requires it for indexes)."""
    names: list[str] = []
    meta: MetaData = Base.metadata
    for table in meta.tables.values():
        names.extend(str(c.name) for c in table.constraints)
        names.extend(str(i.name) for i in table.indexes)
    duplicates = sorted({n for n in names if names.count(n) > 1})
    assert duplicates == []
