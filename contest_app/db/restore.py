"""Put a whole backup (db/backup.write_backup) back: the database and its images, exactly.

Order of work, so that a failure half-way leaves the current data as it was:
1. the backup is opened (a zip is checked member by member and extracted into a private
   folder: a backup file is input like any other) and its schema revision is checked; a backup
   from a newer version of the app is refused, untouched;
2. its images are copied into a new folder beside the media root;
3. the database is replaced in one step: SQLite's backup API copies the saved file into the
   live one (one transaction), or the rows are loaded in one transaction, parents before
   children (a server database, or a dump restored into SQLite);
4. only then the new image folder takes the media root's place (two renames) and the old one
   is removed.
The caller upgrades the restored database to this version's schema (open_database does).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    LargeBinary,
    MetaData,
    Table,
    create_engine,
    delete,
    inspect,
    select,
    text,
)

from contest_app.db import migrate
from contest_app.db.backup import (
    DUMP_NAME,
    SQLITE_NAME,
    VERSION_TABLE,
    OpenedBackup,
    RestoreError,
    media_files,
    open_backup,
    stored_revision,
    unreadable,
)
from contest_app.db.base import utcnow


@dataclass(frozen=True)
class RestoreResult:
    schema: str | None  # the backup's revision (the caller upgrades from there)
    backend: str  # where the backup came from: sqlite or postgresql
    created_at: str
    label: str
    tables: int
    rows: int
    media_files: int


def check_schema(backup: OpenedBackup, path: Path) -> None:
    """Refuse a backup written by a newer version of the app (its schema is unknown here)."""
    schema = backup.schema
    if schema is not None and schema not in set(migrate.all_revisions()):
        raise RestoreError("backup_newer", file=Path(path).name, revision=schema)


def describe_backup(path: Path) -> dict[str, Any]:
    """The manifest of a backup, checked readable and not newer than this app (a zip is not
    unpacked for this: only its names are checked and its manifest read)."""
    with open_backup(path, manifest_only=True) as backup:
        check_schema(backup, path)
        return dict(backup.manifest)


# --- the rows -----------------------------------------------------------------------------------
def _from_json(column_type: Any, value: Any) -> Any:
    """Undo backup._plain for one value, by the column's type."""
    if value is None:
        return None
    if isinstance(column_type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, LargeBinary) and isinstance(value, str):
        return bytes.fromhex(value)
    return value


def _source_rows(backup: OpenedBackup) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows as saved (types restored by the target's columns when loading)."""
    if backup.manifest["database"] == DUMP_NAME:
        try:
            data = json.loads(backup.database.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise unreadable(backup.database, str(exc)) from None
        if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
            raise unreadable(backup.database, "not a table dump")
        versions = [row.get("version_num") for row in data.get(VERSION_TABLE, [])
                    if isinstance(row, dict)]
        if versions != ([backup.schema] if backup.schema else []):
            raise unreadable(backup.database, "the dump's schema is not the manifest's")
        return data
    engine = create_engine(f"sqlite:///{backup.database}")
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as conn:
            return {t.name: [dict(r) for r in conn.execute(select(t)).mappings()]
                    for t in meta.sorted_tables}
    finally:
        engine.dispose()


def _recreate_schema(conn: Connection, revision: str | None) -> None:
    """Empty the target and build the schema the backup was written with."""
    meta = MetaData()
    meta.reflect(conn)
    if conn.dialect.name == "postgresql":
        for table in reversed(meta.sorted_tables):
            # juror views (pg_roles) depend on the tables: they go with them
            conn.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
    else:
        meta.drop_all(conn)
    if revision is not None:
        from alembic import command

        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _load_rows(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
    """Replace every table's rows, parents first; returns (tables, rows) loaded."""
    meta = MetaData()
    meta.reflect(conn)
    tables = [t for t in meta.sorted_tables if t.name != VERSION_TABLE]
    for table in reversed(tables):
        conn.execute(delete(table))
    loaded = 0
    for table in tables:
        saved = rows.get(table.name) or []
        if not saved:
            continue
        names = {c.name: c.type for c in table.columns}
        prepared = [{k: _from_json(names[k], v) for k, v in row.items() if k in names}
                    for row in saved]
        # a row may point at an earlier row of its own table (a reissued certificate)
        prepared.sort(key=lambda r: r.get("id") or 0)
        conn.execute(table.insert(), prepared)
        loaded += len(prepared)
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn, tables)
    return len(tables), loaded


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """Rows came with their ids: the next id must follow the largest."""
    for table in tables:
        if "id" not in table.columns or isinstance(table.c.id.type, JSON):
            continue
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                               {"t": table.name})
        if sequence:
            conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT MAX(id) FROM "{table.name}"), '
                              f'0) + 1, false)'), {"s": sequence})


def _revision_of(conn: Connection) -> str | None:
    if VERSION_TABLE not in inspect(conn).get_table_names():
        return None
    return conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def _restore_rows(engine: Engine, backup: OpenedBackup) -> tuple[int, int]:
    rows = _source_rows(backup)
    with engine.begin() as conn:
        if _revision_of(conn) != backup.schema:
            _recreate_schema(conn, backup.schema)
        return _load_rows(conn, rows)


def _restore_sqlite_file(engine: Engine, backup: OpenedBackup) -> tuple[int, int]:
    """Copy the saved file into the live one with the backup API: one transaction."""
    db_file = engine.url.database
    assert db_file and db_file != ":memory:"
    engine.dispose()  # the app's own pooled connections must not hold the file meanwhile
    source = sqlite3.connect(str(backup.database))
    try:
        try:
            tables = source.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            count = sum(source.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
                        for (name,) in tables)
            page_size = source.execute("PRAGMA page_size").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise unreadable(backup.database, str(exc)) from None
        dest = sqlite3.connect(str(db_file), timeout=30)
        try:
            mode = dest.execute("PRAGMA journal_mode").fetchone()[0]
            resize = dest.execute("PRAGMA page_size").fetchone()[0] != page_size
            if resize and mode == "wal":
                # a WAL file takes no pages of another size (SQLITE_READONLY): copy in rollback
                # mode, then back to WAL. Needs the file to itself: nobody else may have it open
                dest.execute("PRAGMA journal_mode=DELETE")
            source.backup(dest)
            if resize and mode == "wal":
                dest.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            raise RestoreError("restore_busy", detail=str(exc)[:200]) from None
        finally:
            dest.close()
    finally:
        source.close()
    return len(tables), count


# --- the images ---------------------------------------------------------------------------------
def _stage_media(backup: OpenedBackup, media_root: Path) -> Path | None:
    """The backup's images in a new folder beside the media root (same file system: renames);
    None for a backup without images (the current ones stay)."""
    if backup.media is None:
        return None
    media_root.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(prefix=f".{media_root.name}-restoring-",
                                   dir=media_root.parent))
    for rel in media_files(backup.media):
        dest = staged / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(backup.media / rel, dest)
    return staged


def _swap_media(staged: Path, media_root: Path) -> None:
    old = media_root.with_name(f".{media_root.name}-replaced-{utcnow():%Y%m%d-%H%M%S-%f}")
    if media_root.exists():
        media_root.rename(old)
    staged.rename(media_root)
    shutil.rmtree(old, ignore_errors=True)


def restore_backup(engine: Engine, media_root: Path, path: Path) -> RestoreResult:
    """Replace the database engine points at, and media_root, with the backup at path.

    Raises RestoreError (backup_unreadable, backup_newer) before anything is changed. The target's own revision is not checked against this app: callers
    refuse a newer target first (safety.restore_into does, by opening it).
    """
    path = Path(path)
    with open_backup(path) as backup:
        check_schema(backup, path)
        if backup.manifest["database"] == SQLITE_NAME \
                and stored_revision(backup, path) != backup.schema:
            raise unreadable(path, "the database's schema is not the manifest's")
        staged = _stage_media(backup, media_root)
        try:
            if engine.dialect.name == "sqlite" and backup.manifest["database"] == SQLITE_NAME:
                tables, rows = _restore_sqlite_file(engine, backup)
            else:
                tables, rows = _restore_rows(engine, backup)
        except BaseException:
            if staged is not None:
                shutil.rmtree(staged, ignore_errors=True)
            raise
        if staged is not None:
            _swap_media(staged, media_root)
        manifest = backup.manifest
        return RestoreResult(
            schema=backup.schema, backend=str(manifest.get("backend", "")),
            created_at=str(manifest.get("created_at", "")), label=str(manifest.get("label", "")),
            tables=tables, rows=rows, media_files=len(media_files(media_root)))
