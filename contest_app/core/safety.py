"""Nothing lost: an automatic backup before each risky step, manual backups, and restore.

Automatic backups are folders (database copy + hard-linked images, see db/backup.write_backup)
in `backups/auto/` beside the SQLite file (the data folder's `backups/auto/` for a server),
named `<database>--<UTC time>--<reason>`; the last KEEP_AUTOMATIC of each database are kept.
A failed backup stops the step it was to protect (SafetyError backup_failed): going on without
a way back is what this module exists to prevent.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from contest_app.core import audit
from contest_app.core.errors import ContestAppError
from contest_app.core.reference import seed_reference
from contest_app.db import migrate
from contest_app.db.backup import MANIFEST_NAME, PARTIAL, write_backup
from contest_app.db.base import utcnow
from contest_app.db.restore import RestoreError, RestoreResult, describe_backup, restore_backup
from contest_app.db.session import Database

log = logging.getLogger(__name__)

KEEP_AUTOMATIC = 20
AUTO_FOLDER = "auto"
_STAMP = re.compile(r"\d{8}-\d{6}-\d{6}")
_STALE_PARTIAL_SECONDS = 3600  # a half-written backup this old was cut short, not in progress


class SafetyError(ContestAppError):
    """backup_failed (detail), backup_unreadable, backup_newer, backup_target_memory."""

    code = "backup_failed"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    reason: str
    schema: str | None


@dataclass(frozen=True)
class RestoreOutcome:
    restored: RestoreResult
    before: Path | None  # the automatic backup of what the restore replaced
    schema: str  # the schema after the upgrade to this app's


def _database_name(db: Database) -> str | None:
    """The name automatic backups of db start with; None for an in-memory database."""
    url = make_url(db.url)
    if db.is_sqlite:
        if not url.database or url.database == ":memory:":
            return None
        return Path(url.database).stem
    return str(url.database or "postgres")


def automatic_folder(db: Database) -> Path:
    return migrate.backup_folder_for(db.engine) / AUTO_FOLDER


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:40] or "backup"


def _ours(name: str, prefix: str) -> bool:
    head = f"{prefix}--"
    if not name.startswith(head) or name.endswith(PARTIAL):
        return False
    return _STAMP.match(name[len(head):]) is not None


def automatic_backups(db: Database) -> list[BackupInfo]:
    """This database's automatic backups, newest first."""
    prefix = _database_name(db)
    folder = automatic_folder(db)
    if prefix is None or not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if not (path.is_dir() and _ours(path.name, prefix)):
            continue
        try:
            manifest = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not a complete backup: never offered for a restore
        stamp, _, reason = path.name[len(prefix) + 2:].partition("--")
        found.append(BackupInfo(path, str(manifest.get("created_at", stamp)), reason,
                                manifest.get("schema")))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def _prune(db: Database, prefix: str, keep: int) -> None:
    folder = automatic_folder(db)
    for old in automatic_backups(db)[keep:]:
        shutil.rmtree(old.path, ignore_errors=True)
    now = time.time()
    for path in folder.iterdir():
        # leftovers of a backup killed half-way (write_backup's temporary folders)
        if path.name.startswith(f"{prefix}--") and path.name.endswith(PARTIAL) \
                and now - path.stat().st_mtime > _STALE_PARTIAL_SECONDS:
            shutil.rmtree(path, ignore_errors=True)


def auto_backup(db: Database, reason: str, *, keep: int = KEEP_AUTOMATIC) -> Path | None:
    """Back up db (database and images) before a risky step; None for an in-memory database.

    Raises SafetyError(backup_failed) when the backup cannot be written; the step should then
    not go ahead.
    """
    prefix = _database_name(db)
    if prefix is None:
        return None
    target = automatic_folder(db) / f"{prefix}--{utcnow():%Y%m%d-%H%M%S-%f}--{_slug(reason)}"
    try:
        write_backup(db.engine, db.media_root, target, label=f"auto:{_slug(reason)}",
                     link_media=True)
        _prune(db, prefix, keep)
    except (OSError, SQLAlchemyError, ValueError) as exc:
        raise SafetyError("backup_failed", detail=f"{type(exc).__name__}: {exc}"[:300]) from exc
    log.info("automatic backup before %s: %s", _slug(reason), target)
    return target


def back_up(db: Database, target: Path) -> Path:
    """A manual backup to target (.zip, or a new folder for any other name)."""
    if _database_name(db) is None:
        raise SafetyError("backup_target_memory")
    target = Path(target)
    if target.exists():
        raise SafetyError("backup_exists", path=str(target))
    try:
        return write_backup(db.engine, db.media_root, target, label="manual")
    except (OSError, SQLAlchemyError, ValueError) as exc:
        raise SafetyError("backup_failed", detail=f"{type(exc).__name__}: {exc}"[:300]) from exc


def check_backup(path: Path) -> dict[str, object]:
    """The backup's manifest; SafetyError backup_unreadable or backup_newer otherwise."""
    try:
        return describe_backup(Path(path))
    except RestoreError as exc:
        raise SafetyError(exc.code, **exc.values) from exc


def restore_into(db: Database, source: Path) -> RestoreOutcome:
    """Replace db's data and images with the backup at source, keeping a copy of them first.

    The backup is checked before anything changes (SafetyError backup_unreadable, backup_newer);
    then what is there now is backed up automatically (reason "before-restore"), the backup is
    restored, upgraded to this app's schema and the reference data seeded again. The restore
    itself goes into the audit log of the restored database.
    """
    manifest = check_backup(source)
    before = auto_backup(db, "before-restore")
    db.engine.dispose()
    try:
        restored = restore_backup(db.engine, db.media_root, Path(source))
    except RestoreError as exc:
        raise SafetyError(exc.code, **exc.values) from exc
    finally:
        db.engine.dispose()  # connections opened before the swap must not be reused
    result = migrate.upgrade(db.engine, backup=False)
    with db.session() as session, session.begin():
        seed_reference(session)
        audit.record(session, "backup.restore", target_table="database",
                     changes={"backup_created_at": [None, manifest.get("created_at")],
                              "backup_schema": [None, manifest.get("schema")],
                              "safety_copy": [None, str(before) if before else None]},
                     reason=Path(source).name)
    log.info("restored %s (%d rows, %d images)", Path(source).name, restored.rows,
             restored.media_files)
    return RestoreOutcome(restored=restored, before=before, schema=result.after)
