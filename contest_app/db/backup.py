"""Copies of the database taken before anything risky (migrations first of all), and whole
backups of the database with its images, written and read back (db/restore.py puts them back)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
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


# --- whole backups: the database and its images, as one .zip or one folder ---------------------
#
# Layout (the same inside a zip and a folder):
#   manifest.json     what this is: format, schema revision, backend, when, why, media files
#   database.sqlite   SQLite's online backup of the database, or
#   database.json     the table dump (dump_tables) of a server database
#   media/...         the media root's files: originals, thumbnails, previews, certificate assets
# The media root's staging/ (images of a plan not committed) and cache/ (print images made again
# on demand) are not data and are left out.

BACKUP_FORMAT = "contest-app-backup"
BACKUP_VERSION = 1
MANIFEST_NAME = "manifest.json"
SQLITE_NAME = "database.sqlite"
DUMP_NAME = "database.json"
MEDIA_NAME = "media"
NOT_MEDIA = ("staging", "cache")
PARTIAL = ".partial"  # a backup still being written; never read as one


def media_files(media_root: Path) -> list[str]:
    """The media root's data files as sorted relative POSIX paths (links are not followed)."""
    if not media_root.is_dir():
        return []
    found: list[str] = []
    for folder, dirs, names in os.walk(media_root):
        base = Path(folder)
        if base == media_root:
            dirs[:] = [d for d in dirs if d not in NOT_MEDIA]
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]
        for name in names:
            path = base / name
            if path.is_file() and not path.is_symlink():
                found.append(path.relative_to(media_root).as_posix())
    return sorted(found)


def _revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _place_media(media_root: Path, files: list[str], target: Path, link: bool) -> None:
    for rel in files:
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if link:
            try:
                # media files are written once and never changed in place (named by their
                # hash), so a hard link is a snapshot that costs no space
                os.link(media_root / rel, dest)
                continue
            except OSError:
                pass  # another file system, or links not allowed: copy instead
        shutil.copy2(media_root / rel, dest)


def write_backup(engine: Engine, media_root: Path, target: Path, *, label: str = "manual",
                 link_media: bool = False) -> Path:
    """Write a whole backup to target: a .zip when its name ends so, else a folder.

    The backup is written under a temporary name and renamed when complete, so a backup cut
    short (a full disk, a killed process) is never mistaken for one. link_media (folders only)
    hard-links the images instead of copying them. Returns target.
    """
    target = Path(target)
    if target.exists():
        raise FileExistsError(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    files = media_files(media_root)
    manifest: dict[str, Any] = {
        "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "label": label,
        "created_at": utcnow().isoformat(), "backend": engine.dialect.name,
        "schema": _revision(engine), "app_version": _app_version(),
        "database": SQLITE_NAME if engine.dialect.name == "sqlite" else DUMP_NAME,
        "media_files": len(files), "media_bytes": sum((media_root / f).stat().st_size
                                                      for f in files),
    }
    work = Path(tempfile.mkdtemp(prefix=target.name + ".", suffix=PARTIAL, dir=target.parent))
    try:
        database = work / manifest["database"]
        if engine.dialect.name == "sqlite":
            db_file = engine.url.database
            if not db_file or db_file == ":memory:":
                raise ValueError("an in-memory database cannot be backed up")
            backup_sqlite(Path(db_file), database)
        else:
            dump_tables(engine, database)
        (work / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                          encoding="utf-8")
        if target.suffix.lower() == ".zip":
            partial = work / ("backup" + PARTIAL)
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                archive.write(work / MANIFEST_NAME, MANIFEST_NAME)
                archive.write(database, database.name)
                for rel in files:
                    # pictures are compressed already: storing them is as small and far faster
                    archive.write(media_root / rel, f"{MEDIA_NAME}/{rel}",
                                  compress_type=zipfile.ZIP_STORED)
            _fsync(partial)
            os.replace(partial, target)
        else:
            _place_media(media_root, files, work / MEDIA_NAME, link_media)
            _fsync(database)
            os.rename(work, target)
            return target
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _app_version() -> str:
    from contest_app import __version__

    return __version__


# --- reading a backup back ----------------------------------------------------------------------
VERSION_TABLE = "alembic_version"
_CHUNK = 1024 * 1024
_SQLITE_MAGIC = b"SQLite format 3\x00"


class RestoreError(Exception):
    """backup_unreadable (not a backup, or damaged), backup_newer (from a newer app version) or
    restore_busy (another program holds the database file).

    A code and values like the core's ContestAppError (core.safety turns it into one: the
    database layer does not import the core).
    """

    def __init__(self, code: str, /, **values: Any) -> None:
        super().__init__(f"{code}: {values}")
        self.code = code
        self.values = values


@dataclass(frozen=True)
class OpenedBackup:
    root: Path
    manifest: dict[str, Any]

    @property
    def schema(self) -> str | None:
        return self.manifest.get("schema")

    @property
    def database(self) -> Path:
        return self.root / str(self.manifest.get("database"))

    @property
    def media(self) -> Path | None:
        """The saved images; None for a bare database file (a migration's copy): the images
        the app has now are kept then."""
        return None if self.manifest.get("media") is False else self.root / MEDIA_NAME


def unreadable(path: Path, detail: str) -> RestoreError:
    return RestoreError("backup_unreadable", file=Path(path).name, detail=detail[:200])


def _safe_member(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if (stat.S_ISLNK(info.external_attr >> 16) or name.startswith("/") or ":" in name
            or ".." in parts or not parts):
        raise RestoreError("backup_unreadable", file=info.filename, detail="unsafe member name")
    return PurePosixPath(*parts)


def _extract(path: Path, target: Path, only: str | None = None) -> set[str]:
    """Unpack a backup zip (or only one member of it) after checking every name."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise unreadable(path, str(exc)) from None
    with archive:
        names = set()
        for info in archive.infolist():
            rel = _safe_member(info)
            names.add(str(rel))
            if info.is_dir() or (only is not None and str(rel) != only):
                continue
            dest = target.joinpath(*rel.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(info) as source, dest.open("xb") as out:
                    while chunk := source.read(_CHUNK):
                        out.write(chunk)
            except (OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
                raise unreadable(path, str(exc)) from None
    return names


def _read_manifest(root: Path, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise unreadable(path, f"manifest: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT \
            or manifest.get("database") not in (SQLITE_NAME, DUMP_NAME):
        raise unreadable(path, "not a contest_app backup")
    return manifest


def _bare_manifest(path: Path, root: Path) -> dict[str, Any]:
    """A migration's copy (backup_database): one .sqlite file or one table dump, no images."""
    with path.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if head == _SQLITE_MAGIC:
        shutil.copyfile(path, root / SQLITE_NAME)
        bare = OpenedBackup(root, {"database": SQLITE_NAME})
        schema = stored_revision(bare, path)
    elif head.lstrip()[:1] == b"{":
        shutil.copyfile(path, root / DUMP_NAME)
        try:
            rows = json.loads((root / DUMP_NAME).read_text(encoding="utf-8")).get(VERSION_TABLE)
            schema = rows[0]["version_num"] if rows else None
        except (ValueError, AttributeError, LookupError, TypeError) as exc:
            raise unreadable(path, str(exc)) from None
    else:
        raise unreadable(path, "not a zip, a folder or a database file")
    return {"format": BACKUP_FORMAT, "version": BACKUP_VERSION, "label": "bare", "media": False,
            "database": SQLITE_NAME if head == _SQLITE_MAGIC else DUMP_NAME, "schema": schema,
            "created_at": datetime.fromtimestamp(path.stat().st_mtime).isoformat()}


@contextmanager
def open_backup(path: Path, *, manifest_only: bool = False) -> Iterator[OpenedBackup]:
    """A backup's contents on disk: a folder as it is; a zip extracted (with manifest_only,
    just its manifest) into a private folder removed afterwards; a bare .sqlite file or table
    dump (what a migration leaves) as a backup without images."""
    path = Path(path)
    if path.is_dir():
        manifest = _read_manifest(path, path)
        if not (path / manifest["database"]).is_file():
            raise unreadable(path, "the database file is missing")
        yield OpenedBackup(path, manifest)
        return
    if not path.is_file():
        raise unreadable(path, "no such file")
    work = Path(tempfile.mkdtemp(prefix="contest-restore-"))
    try:
        if zipfile.is_zipfile(path):
            names = _extract(path, work, MANIFEST_NAME if manifest_only else None)
            manifest = _read_manifest(work, path)
            if manifest["database"] not in names:
                raise unreadable(path, "the database file is missing")
        else:
            manifest = _bare_manifest(path, work)
        yield OpenedBackup(work, manifest)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def stored_revision(backup: OpenedBackup, path: Path) -> str | None:
    """The revision a saved SQLite file itself records (the manifest could be edited)."""
    try:
        conn = sqlite3.connect(f"file:{backup.database}?mode=ro", uri=True)
        try:
            row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return None
        raise unreadable(path, str(exc)) from None
    return row[0] if row else None
