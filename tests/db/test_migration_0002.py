"""Revision 0002 adds jury_package: a 0001 database with data upgrades, backed up, intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from contest_app.core.database import open_database
from contest_app.db import migrate
from contest_app.db.models import Contest, Juror, JuryPackage, Round
from contest_app.db.session import make_engine

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


def test_0001_fixture_upgrades_with_a_backup(tmp_path: Path, on_postgres: bool,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    if on_postgres:
        pytest.skip("the fixture file is a SQLite database")
    monkeypatch.setenv("CONTEST_APP_MEDIA", str(tmp_path / "media"))
    path = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "schema_0001.sqlite", path)
    url = f"sqlite:///{path}"
    engine = make_engine(url, wal=False)
    try:
        assert migrate.current_revision(engine) == "0001"
        assert "jury_package" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()

    db = open_database(url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        columns = {c["name"] for c in inspect(db.engine).get_columns("jury_package")}
        assert columns == {"id", "package_id", "contest_id", "round_id", "juror_id", "secret",
                           "codes", "exported_at", "results_imported_at", "results_sha256",
                           "results_created_at"}
        with db.session() as session, session.begin():
            contest = session.scalars(select(Contest).where(Contest.edition == 11)).one()
            juror = Juror(contest_id=contest.id, name="Kim Jury")
            round_ = Round(contest_id=contest.id)
            session.add_all([juror, round_])
            session.flush()
            session.add(JuryPackage(package_id="a" * 32, contest_id=contest.id,
                                    round_id=round_.id, juror_id=juror.id, secret="b" * 64,
                                    codes=["K7Q2XM", "P3V9TA"]))
        with db.session() as session:
            package = session.scalars(select(JuryPackage)).one()
            assert package.codes == ["K7Q2XM", "P3V9TA"] and package.results_sha256 is None
    finally:
        db.dispose()

    backups = sorted((tmp_path / "backups").glob("*.sqlite"))
    assert backups, "no backup was written before the migration"
    copy = sqlite3.connect(str(backups[-1]))
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        tables = {n for (n,) in copy.execute("SELECT name FROM sqlite_master")}
        assert "jury_package" not in tables
        assert copy.execute("SELECT count(*) FROM entry").fetchone() == (2,)
    finally:
        copy.close()


def test_0002_downgrades_and_upgrades_again(db_url: str) -> None:
    """On either backend: the table comes and goes with its revision, nothing else moves."""
    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0002")
        assert "jury_package" in inspect(engine).get_table_names()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        tables = set(inspect(engine).get_table_names())
        assert "jury_package" not in tables and {"score", "juror", "round"} <= tables
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            assert conn.execute(text("SELECT count(*) FROM jury_package")).scalar() == 0
    finally:
        engine.dispose()
