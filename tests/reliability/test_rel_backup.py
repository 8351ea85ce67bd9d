"""Backups and restore: a restored backup holds exactly what was saved, images included, on both
backends and across them; newer and damaged backups are refused untouched; automatic backups
are taken before each risky step and rotated."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from contest_app.cli import main
from contest_app.core import safety
from contest_app.core.database import open_database
from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.core.entry_edit import Edit, update_student
from contest_app.core.jury.jurors import add_juror
from contest_app.db import migrate
from contest_app.db.backup import MANIFEST_NAME, SQLITE_NAME
from contest_app.db.models import Batch, Contest, Entry, Juror, Student
from tests.reliability.conftest import media_snapshot, scored_contest, snapshot, tree

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


def _mutate(db: Any) -> None:
    """Changes a restore must undo: rows gone and edited, images gone, a stray file added."""
    with db.session() as session, session.begin():
        entry = session.scalars(select(Entry).order_by(Entry.id)).first()
        session.delete(entry)
        student = session.scalars(select(Student).order_by(Student.id.desc())).first()
        update_student(session, Edit(student.id, student.version, {"name": "Changed"}))
        session.add(Contest(edition=99, year=2099))
    images = sorted(db.media_root.rglob("*.jpg"))
    images[0].unlink()
    images[-1].write_bytes(b"overwritten")
    (db.media_root / "stray.txt").write_text("not in the backup")


@pytest.mark.parametrize("name", ["backup.zip", "backup-folder"])
def test_round_trip_is_exact(db: Any, tmp_path: Path, name: str) -> None:
    scored_contest(db)
    before, media = snapshot(db), media_snapshot(db.media_root)
    assert len(media) > 100
    path = safety.back_up(db, tmp_path / name)
    _mutate(db)
    assert snapshot(db) != before and media_snapshot(db.media_root) != media

    outcome = safety.restore_into(db, path)
    assert snapshot(db) == before
    assert media_snapshot(db.media_root) == media
    assert outcome.before is not None and outcome.before.is_dir()  # what it replaced is kept
    assert outcome.restored.media_files == len(media)
    # ids go on from the restored rows (PostgreSQL sequences are set again)
    with db.session() as session, session.begin():
        top = session.scalar(select(func.max(Juror.id)))
        contest_id = session.scalar(select(Contest.id))
        assert add_juror(session, contest_id, "After Restore").id > top
    # the restore is on record, and the copy it kept restores what was there before it
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contest)) == 1
    safety.restore_into(db, outcome.before)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contest)) == 2


def test_cross_backend_restores(db: Any, on_postgres: bool, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A SQLite backup restored into PostgreSQL, and a PostgreSQL dump into SQLite."""
    if not on_postgres:
        pytest.skip("needs PostgreSQL (CONTEST_APP_TEST_DB)")
    monkeypatch.delenv("CONTEST_APP_MEDIA")  # the SQLite database keeps its images beside it
    lite = open_database(f"sqlite:///{tmp_path / 'lite' / 'contest.sqlite'}")
    try:
        scored_contest(lite)
        lite_rows, lite_media = snapshot(lite), media_snapshot(lite.media_root)
        from_lite = safety.back_up(lite, tmp_path / "lite.zip")
        safety.restore_into(db, from_lite)
        assert snapshot(db) == lite_rows
        assert media_snapshot(db.media_root) == lite_media

        _mutate(db)
        pg_rows, pg_media = snapshot(db), media_snapshot(db.media_root)
        from_pg = safety.back_up(db, tmp_path / "pg-folder")
        assert (from_pg / "database.json").is_file()
        safety.restore_into(lite, from_pg)
        assert snapshot(lite) == pg_rows
        assert media_snapshot(lite.media_root) == pg_media
    finally:
        lite.dispose()


def _folder_backup(db: Any, tmp_path: Path) -> Path:
    return safety.back_up(db, tmp_path / "folder")


def _edit_manifest(path: Path, **changes: Any) -> None:
    manifest = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))
    manifest.update(changes)
    (path / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")


def test_backup_from_a_newer_app_is_refused(db: Any, tmp_path: Path) -> None:
    scored_contest(db, total=39, score=False)
    backup = _folder_backup(db, tmp_path)
    _edit_manifest(backup, schema="9999_future")
    before, media = snapshot(db), media_snapshot(db.media_root)
    with pytest.raises(safety.SafetyError) as caught:
        safety.restore_into(db, backup)
    assert caught.value.code == "backup_newer"
    as_zip = shutil.make_archive(str(tmp_path / "newer"), "zip", backup)
    code = main(["--db", db.url, "restore", as_zip])
    assert code == 2
    assert snapshot(db) == before and media_snapshot(db.media_root) == media
    assert not safety.automatic_backups(db)  # refused before anything, even the safety copy


def test_damaged_and_foreign_backups_are_refused(db: Any, tmp_path: Path) -> None:
    scored_contest(db, total=39, score=False)
    good = _folder_backup(db, tmp_path)
    database = json.loads((good / MANIFEST_NAME).read_text(encoding="utf-8"))["database"]
    before = snapshot(db)
    outside = tmp_path / "outside"
    outside.mkdir()
    cases: dict[str, Path] = {}
    cases["not a zip"] = tmp_path / "text.zip"
    cases["not a zip"].write_text("hello")
    cases["truncated"] = tmp_path / "cut.zip"
    whole = Path(shutil.make_archive(str(tmp_path / "whole"), "zip", good)).read_bytes()
    cases["truncated"].write_bytes(whole[: len(whole) // 2])
    cases["no manifest"] = tmp_path / "nomanifest.zip"
    with zipfile.ZipFile(cases["no manifest"], "w") as archive:
        archive.writestr(SQLITE_NAME, b"SQLite format 3\x00")
    cases["escaping member"] = tmp_path / "escape.zip"
    with zipfile.ZipFile(cases["escaping member"], "w") as archive:
        archive.writestr(MANIFEST_NAME, (good / MANIFEST_NAME).read_bytes())
        archive.write(good / database, database)
        archive.writestr("../outside/evil.txt", b"x")
    cases["database not the manifest's schema"] = tmp_path / "lying"
    shutil.copytree(good, cases["database not the manifest's schema"])
    _edit_manifest(cases["database not the manifest's schema"], schema="0001")
    cases["garbage database"] = tmp_path / "garbage"
    shutil.copytree(good, cases["garbage database"])
    (cases["garbage database"] / database).write_bytes(os.urandom(4096))
    for label, path in cases.items():
        with pytest.raises(safety.SafetyError) as caught:
            safety.restore_into(db, path)
        assert caught.value.code == "backup_unreadable", label
    assert snapshot(db) == before
    assert tree(outside) == set()


def test_old_schema_backup_is_restored_and_upgraded(db: Any, tmp_path: Path) -> None:
    backup = tmp_path / "old"
    (backup / "media").mkdir(parents=True)
    shutil.copyfile(SCHEMAS / "schema_0001.sqlite", backup / SQLITE_NAME)
    (backup / MANIFEST_NAME).write_text(json.dumps({
        "format": "contest-app-backup", "version": 1, "schema": "0001", "backend": "sqlite",
        "database": SQLITE_NAME, "created_at": "2024-01-01T00:00:00", "label": "manual"}))
    outcome = safety.restore_into(db, backup)
    assert outcome.restored.schema == "0001"
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contest)) >= 1


def test_automatic_backups_rotate_and_share_the_images(db: Any) -> None:
    scored_contest(db, total=39, score=False)
    made = [safety.auto_backup(db, f"step {n}", keep=3) for n in range(5)]
    kept = safety.automatic_backups(db)
    assert [b.path for b in kept] == list(reversed(made[2:]))
    assert kept[0].reason == "step-4"
    newest = kept[0].path
    image = next(p for p in sorted((newest / "media").rglob("*.jpg")))
    live = db.media_root / image.relative_to(newest / "media")
    assert image.read_bytes() == live.read_bytes()
    assert os.stat(image).st_ino == os.stat(live).st_ino  # a hard link: no space taken
    live.unlink()  # deleting the live file (a purge) leaves the backup's copy whole
    assert image.is_file()


def test_a_failed_automatic_backup_stops_the_import(db: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    contest_id = scored_contest(db, total=39, score=False).contest_id
    batch = next(b for b in generate_batches(seed=12) if b.region_code == "JP-32")
    write_batch_folder(batch, tmp_path / "JP-32", image_size=(160, 120), seed=12)

    def full_disk(*_args: Any, **_kwargs: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safety, "write_backup", full_disk)
    before = snapshot(db)
    code = main(["--db", db.url, "import", "--contest", str(contest_id), "--region", "JP-32",
                 str(tmp_path / "JP-32")])
    err = capsys.readouterr().err
    assert code == 2 and "The backup could not be written" in err and "No space" in err
    assert snapshot(db) == before


def test_risky_commands_back_up_first(db: Any, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    scored = scored_contest(db, total=39)
    contest = str(scored.contest_id)
    batch = next(b for b in generate_batches(seed=5) if b.region_code == "JP-32")
    write_batch_folder(batch, tmp_path / "JP-32", image_size=(160, 120), seed=5)
    import_args = ["import", "--contest", contest, "--region", "JP-32", str(tmp_path / "JP-32")]
    steps = [
        [*import_args, "--dry-run"],
        import_args,
        ["jury", "close-round", "--contest", contest],
        ["awards", "propose", "--contest", contest],
        ["awards", "finalize", "--contest", contest, "--reason", "test"],
    ]
    for args in steps:
        assert main(["--db", db.url, *args]) in (0, 1), capsys.readouterr().err
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Batch)) > 39 // 39
    reasons = [b.reason for b in safety.automatic_backups(db)]
    # newest first; a dry run and a proposal change nothing that needs a way back
    assert reasons == ["finalize", "close-round", "import"]


def test_cli_backup_list_and_restore(db: Any, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    scored_contest(db, total=39)
    before, media = snapshot(db), media_snapshot(db.media_root)
    out = tmp_path / "manual.zip"
    assert main(["--db", db.url, "backup", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert main(["--db", db.url, "backup", str(out)]) == 2  # never overwrites a backup
    assert "exists already" in capsys.readouterr().err
    _mutate(db)
    assert main(["--db", db.url, "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "restored" in printed and "kept in" in printed
    assert snapshot(db) == before and media_snapshot(db.media_root) == media
    assert main(["--db", db.url, "backup", "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["before-restore"]


def test_a_migrations_copy_restores_the_database_and_keeps_the_images(db: Any,
                                                                       tmp_path: Path) -> None:
    """db upgrade leaves a bare .sqlite (or, on a server, a table dump): restorable too."""
    from contest_app.db.backup import backup_database

    scored_contest(db, total=39, score=False)
    before = snapshot(db)
    copy = backup_database(db.engine, tmp_path / "copies", "before-0003")
    assert copy is not None and copy.suffix in (".sqlite", ".json")
    _mutate(db)
    images_now = media_snapshot(db.media_root)
    outcome = safety.restore_into(db, copy)
    assert outcome.restored.label == "bare"
    assert snapshot(db) == before
    assert media_snapshot(db.media_root) == images_now  # the copy holds no images
