"""Copies of the database taken before anything risky (migrations first of all)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, select
from sqlalchemy.engine import make_url

from contest_app.db.base import utcnow


def _stamp() -> str:
    return utcnow().strftime("%Y%m%d-%H%M%S-%f")


def backup_sqlite(db_file: Path, target: Path) -> Path:
    """SQLite's online backup: consistent even while another connection writes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(str(db_file))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def dump_tables(engine: Engine, target: Path) -> Path:
    """A portable dump (one JSON object per table) for servers where a file copy is impossible."""
    meta = MetaData()
    meta.reflect(engine)
    data: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            rows = conn.execute(select(table)).mappings()
            data[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def backup_database(engine: Engine, folder: Path, label: str) -> Path | None:
    """Back up whatever the engine points at into folder; returns the file, None for :memory:."""
    url = make_url(str(engine.url))
    if engine.dialect.name == "sqlite":
        database = url.database
        if not database or database == ":memory:":
            return None
        db_file = Path(database)
        return backup_sqlite(db_file, folder / f"{db_file.stem}-{label}-{_stamp()}.sqlite")
    return dump_tables(engine, folder / f"{url.database}-{label}-{_stamp()}.json")
