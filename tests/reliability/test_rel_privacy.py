"""Privacy of minors: non-winners' personal data goes after the retention period (counts stay),
one student's data can be exported whole, and no personal data reaches a log."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from contest_app.cli import main
from contest_app.core import privacy, summary
from contest_app.core.awards import decisions
from contest_app.core.errors import InvalidValue
from contest_app.db.models import (
    AuditLog,
    Award,
    AwardTier,
    Entry,
    EntryStudent,
    ImageFile,
    Setting,
    Student,
)
from tests.reliability.conftest import scored_contest, snapshot

LATER = datetime(2027, 1, 1)  # the demo's deadline is 2024-09-13


def award_a_few(db: Any, contest_id: int) -> set[int]:
    """Six awarded works (1 + 2 + 3) and one legacy tier; returns the awarded entry ids."""
    with db.session() as session, session.begin():
        for tier in session.scalars(select(AwardTier).where(AwardTier.contest_id == contest_id)):
            tier.quota = {"grand": 1, "excellence": 2, "encouragement": 3}.get(tier.key, 0)
    with db.session() as session, session.begin():
        decisions.propose(session, contest_id)
        awarded = set(session.scalars(select(Award.entry_id)))
        legacy = session.scalars(select(Entry).where(Entry.id.not_in(awarded))
                                 .order_by(Entry.id)).first()
        legacy.legacy_tier = "finalist"
        awarded.add(legacy.id)
    return awarded


def people(db: Any, contest_id: int) -> tuple[dict[int, Student], dict[int, set[int]]]:
    with db.session() as session:
        students = {s.id: s for s in session.scalars(
            select(Student).where(Student.contest_id == contest_id))}
        works: dict[int, set[int]] = {}
        for entry_id, student_id in session.execute(
                select(EntryStudent.entry_id, EntryStudent.student_id)):
            works.setdefault(student_id, set()).add(entry_id)
    return students, works


@pytest.fixture
def awarded(db: Any) -> tuple[int, set[int]]:
    contest_id = scored_contest(db).contest_id
    return contest_id, award_a_few(db, contest_id)


def test_purge_keeps_winners_counts_and_nothing_else(db: Any, awarded: tuple[int, set[int]]
                                                     ) -> None:
    contest_id, winners = awarded
    students, works = people(db, contest_id)
    losers = {sid for sid, entries in works.items() if not entries & winners}
    kept_names = {s.name for sid, s in students.items() if sid not in losers}
    gone_names = {s.name for sid, s in students.items() if sid in losers} - kept_names
    with db.session() as session:
        counts_before = summary.counts(session, contest_id)
        images = {i.entry_id: i for i in session.scalars(select(ImageFile))}
        # the same picture in a winning work and a losing one: the file must stay
        loser_entry = next(e for e in images if e not in winners)
        winner_entry = next(iter(winners))
    with db.session() as session, session.begin():
        session.get(ImageFile, images[loser_entry].id).stored_path = \
            images[winner_entry].stored_path
    shared = db.media_root / images[winner_entry].stored_path
    cache = db.media_root / "cache" / "print" / images[loser_entry].sha256[:2]
    cache.mkdir(parents=True)
    (cache / f"{images[loser_entry].sha256}-800x600.jpg").write_bytes(b"print copy")

    before = snapshot(db)
    with db.session() as session, session.begin():
        preview = privacy.purge_non_winners(session, contest_id, older_than_days=730, now=LATER,
                                            media_root=db.media_root, dry_run=True)
    assert snapshot(db) == before  # a dry run changes nothing
    assert preview.students == len(losers) and preview.students_kept == len(students) - len(
        losers)
    with db.session() as session, session.begin():
        report = privacy.purge_non_winners(session, contest_id, older_than_days=730, now=LATER,
                                           media_root=db.media_root)
    assert report.students == len(losers) and report.works == len(images) - len(winners)
    assert report.files == preview.files and report.files_deleted == len(report.files)

    with db.session() as session:
        for student in session.scalars(select(Student)):
            if student.id in losers:
                assert (student.name, student.name_latin, student.school, student.birth_date) \
                    == ("", "", "", None) and student.purged_at is not None
            else:
                assert student.name == students[student.id].name and student.purged_at is None
        assert summary.counts(session, contest_id) == counts_before  # every figure stays
        for image in session.scalars(select(ImageFile)):
            assert image.sha256  # a painting sent again is still recognised
            if image.entry_id in winners:
                assert (db.media_root / image.stored_path).is_file()
            else:
                assert image.stored_path == "" and image.thumb_path == ""
        assert shared.is_file()
        assert not list(cache.iterdir())
        record = session.scalars(select(AuditLog).where(AuditLog.action == "privacy.purge")).one()
        assert record.changes["students"] == [None, len(losers)]
    everything = json.dumps(snapshot(db), ensure_ascii=False)
    assert not [name for name in gone_names if name and name in everything]
    for original in images.values():
        if original.entry_id not in winners | {loser_entry}:
            assert not (db.media_root / original.stored_path).exists()
            assert not (db.media_root / original.thumb_path).exists()

    with db.session() as session, session.begin():  # again: nothing left to do
        again = privacy.purge_non_winners(session, contest_id, older_than_days=730, now=LATER,
                                          media_root=db.media_root)
    assert (again.students, again.already_purged, again.files) == (0, len(losers), [])


def test_purge_cut_short_is_finished_by_running_it_again(
        db: Any, awarded: tuple[int, set[int]]) -> None:
    contest_id, _winners = awarded
    with pytest.raises(RuntimeError), db.session() as session, session.begin():
        privacy.purge_non_winners(session, contest_id, older_than_days=730, now=LATER,
                                  media_root=db.media_root)
        raise RuntimeError("the power went out before the commit")
    with db.session() as session:  # files went first; the rows are as they were
        assert session.scalar(select(func.count()).where(Student.purged_at.is_not(None))) == 0
    with db.session() as session, session.begin():
        report = privacy.purge_non_winners(session, contest_id, older_than_days=730, now=LATER,
                                           media_root=db.media_root)
    assert report.students > 0 and report.files_deleted == 0  # the files were gone already
    with db.session() as session:
        for image in session.scalars(select(ImageFile).where(ImageFile.stored_path != "")):
            assert (db.media_root / image.stored_path).is_file()


def test_retention_setting_and_refusals(db: Any, awarded: tuple[int, set[int]]) -> None:
    contest_id, _ = awarded
    with db.session() as session, session.begin():
        with pytest.raises(InvalidValue) as unset:
            privacy.purge_non_winners(session, contest_id, now=LATER)
        assert unset.value.code == "privacy_retention_unset"
        with pytest.raises(InvalidValue) as bad:
            privacy.set_retention_days(session, -1)
        assert bad.value.code == "privacy_retention_invalid"
        privacy.set_retention_days(session, 900)
    with db.session() as session, session.begin():
        assert session.get(Setting, privacy.RETENTION_KEY).value == {"days": 900}
        with pytest.raises(InvalidValue) as early:
            privacy.purge_non_winners(session, contest_id, now=LATER)
        assert early.value.code == "privacy_not_due"
        assert early.value.values["due"] == "2027-03-03"  # 900 days after, then due


def test_export_student_holds_everything_about_them(db: Any, awarded: tuple[int, set[int]],
                                                     tmp_path: Path) -> None:
    contest_id, winners = awarded
    students, works = people(db, contest_id)
    student_id = next(sid for sid, entries in works.items() if entries & winners)
    student = students[student_id]
    with db.session() as session, session.begin():
        folder = privacy.export_student(session, student_id, tmp_path, db.media_root)
    data = json.loads((folder / "student.json").read_text(encoding="utf-8"))
    assert data["student"]["name"] == student.name
    assert data["student"]["birth_date"] == student.birth_date.isoformat()
    assert data["contest"] == {"edition": 12, "year": 2024}
    work = next(w for w in data["works"] if w["award"] or w["legacy_tier"])
    assert work["title"] and work["images"]
    with db.session() as session:
        image = session.scalars(select(ImageFile).where(
            ImageFile.entry_id.in_(works[student_id]))).first()
        co_authors = {s.name for s in session.scalars(select(Student).join(EntryStudent).where(
            EntryStudent.entry_id.in_(works[student_id]), Student.id != student_id))}
        assert session.scalars(select(AuditLog).where(
            AuditLog.action == "privacy.export")).one().target_id == student_id
    copied = folder / work["images"][0]["file"]
    assert copied.read_bytes() == (db.media_root / image.stored_path).read_bytes()
    text = (folder / "student.json").read_text(encoding="utf-8")
    assert not [name for name in co_authors if name in text]  # others' data is theirs


def test_privacy_commands(db: Any, awarded: tuple[int, set[int]], tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    contest = str(awarded[0])
    assert main(["--db", db.url, "privacy", "retention"]) == 0
    assert "not set" in capsys.readouterr().out
    assert main(["--db", db.url, "privacy", "retention", "--days", "365"]) == 0
    assert "365 days" in capsys.readouterr().out
    assert main(["--db", db.url, "privacy", "purge", "--contest", contest, "--days", "36000"]) == 2
    assert "within the retention period" in capsys.readouterr().err
    assert main(["--db", db.url, "privacy", "purge", "--contest", contest, "--dry-run",
                 "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["students"] > 0 and dry["files_deleted"] == 0
    assert main(["--db", db.url, "privacy", "purge", "--contest", contest]) == 0
    assert f"personal data of {dry['students']} students" in capsys.readouterr().out
    with db.session() as session:
        student_id = session.scalar(select(Student.id).where(Student.purged_at.is_(None)))
    assert main(["--db", db.url, "privacy", "export-student", "--student", str(student_id),
                 str(tmp_path / "sar")]) == 0
    assert (Path(capsys.readouterr().out.strip()) / "student.json").is_file()


def test_no_personal_data_in_any_log(db: Any, tmp_path: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    """Import, edits, scoring, a purge, an export and a failed save, logged at DEBUG: no name,
    no birth date, no school in any record (the GUI's log file set up as the app does)."""
    from contest_app.core.demo_data import generate_batches, write_batch_folder
    from contest_app.core.entry_edit import Edit, update_student
    from contest_app.core.intake.pipeline import import_batch
    from contest_app.gui.app import setup_logging
    from contest_app.gui.errors import describe

    caplog.set_level(logging.DEBUG)
    root = logging.getLogger()
    handlers = list(root.handlers)
    for handler in handlers:  # basicConfig does nothing while the root logger has handlers
        root.removeHandler(handler)
    setup_logging()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        scored = scored_contest(db)
        batch = next(b for b in generate_batches(seed=9) if b.region_code == "MN-046")
        write_batch_folder(batch, tmp_path / "batch", image_size=(160, 120), seed=9)
        import_batch(db, scored.contest_id, "MN-046", tmp_path / "batch", workers=1)
        with db.session() as session, session.begin():
            student = session.scalars(select(Student).order_by(Student.id)).first()
            update_student(session, Edit(student.id, student.version,
                                         {"name": "Секретное Имя", "school": "Школа №7"}))
        with db.session() as session:  # a save the database refuses, put in words by the GUI
            known = session.get(Student, student.id)
        with pytest.raises(Exception) as refused, db.session() as session, session.begin():
            session.add(Student(id=known.id, contest_id=scored.contest_id,
                                region_id=known.region_id, name="Дубликат Имени"))
        describe(refused.value)  # logs the unexpected failure with its traceback
        award_a_few(db, scored.contest_id)
        with db.session() as session, session.begin():
            privacy.export_student(session, student.id, tmp_path / "sar", db.media_root)
            privacy.purge_non_winners(session, scored.contest_id, older_than_days=30,
                                      now=LATER, media_root=db.media_root)
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                handler.flush()
                root.removeHandler(handler)
                handler.close()
    with db.session() as session:
        secrets = {"Секретное Имя", "Школа №7", "Дубликат Имени"}
        for s in session.scalars(select(Student)):
            secrets |= {v for v in (s.name, s.name_latin, s.school) if v and len(v) > 3}
            if s.birth_date:
                secrets.add(s.birth_date.isoformat())
    from contest_app import paths

    text = (paths.user_data_dir() / "contest_app.log").read_text(encoding="utf-8")
    text += "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records, "nothing was logged: the test would prove nothing"
    leaked = sorted(s for s in secrets if s in text)
    assert not leaked, f"personal data in the log: {leaked[:5]}"


def test_tour_exports_leave_out_names_without_publication_consent(db: Any,
                                                                  tmp_path: Path) -> None:
    """The work list and manifests that travel to venues (a publication): no name of a student
    without publication consent. The catalogue and wall labels are checked in tests/tours."""
    try:
        from contest_app.core.tours.demo import EditionPlan, build_demo_tour
        from contest_app.core.tours.export import export_tour_files
    except ImportError:
        pytest.skip("no touring exhibitions in this build")
    from openpyxl import load_workbook

    made = build_demo_tour(db, tmp_path / "batches",
                           (EditionPlan(12, 2024, works_per_region=4, awarded_share=1.0),),
                           regions=("KR-47", "JP-16", "RU-TOM"), no_consent_share=0.5)
    with db.session() as session:
        hidden = {v for s in session.scalars(select(Student).where(
            Student.publication_consent.is_(False))) for v in (s.name, s.name_latin) if v}
        shown = {v for s in session.scalars(select(Student).where(
            Student.publication_consent.is_(True))) for v in (s.name, s.name_latin) if v}
    hidden -= shown  # a name two students share is not this test's business
    assert hidden, "the demo tour has no student without consent"
    result = export_tour_files(db, made.tour_id, tmp_path / "tour", originals=False)
    book = load_workbook(result.work_list)
    text = " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows()
                    for c in row if c.value is not None)
    text += result.manifest_csv.read_text(encoding="utf-8-sig")
    text += result.manifest_json.read_text(encoding="utf-8")
    assert not [name for name in hidden if name in text]
    assert any(name in text for name in shown)  # names with consent are there: a real check
