"""Bring a database to the schema this version of the app writes, safely.

A database is backed up before any migration; a database written by a newer version of the app
is refused rather than guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from contest_app import paths
from contest_app.db.backup import backup_database


class SchemaError(Exception):
    """The database cannot be used by this version of the app."""


class NewerDatabaseError(SchemaError):
    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class ForeignDatabaseError(SchemaError):
    """Tables exist, but no contest_app schema version: not ours."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every revision from the first schema to head, oldest first."""
    revisions = [rev.revision for rev in script_directory().walk_revisions()]
    return list(reversed(revisions))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_revision(engine: Engine) -> str | None:
    """The database's revision; raises when this app cannot open it."""
    revision = current_revision(engine)
    if revision is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise ForeignDatabaseError(", ".join(sorted(tables)[:5]))
        return None
    if revision not in set(all_revisions()):
        raise NewerDatabaseError(revision)
    return revision


def backup_folder_for(engine: Engine) -> Path:
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database and database != ":memory:":
        return Path(database).parent / "backups"
    return paths.backups_dir()


def upgrade(engine: Engine, target: str = "head", backup: bool = True) -> MigrationResult:
    """Upgrade to target (head by default), backing up first when there is data to lose."""
    from alembic import command

    before = check_revision(engine)
    wanted = head_revision() if target == "head" else target
    backup_file = None
    if before != wanted and before is not None and backup:
        backup_file = backup_database(engine, backup_folder_for(engine), f"before-{wanted}")
    if before != wanted:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    after = current_revision(engine)
    assert after is not None
    return MigrationResult(before=before, after=after, backup=backup_file)
