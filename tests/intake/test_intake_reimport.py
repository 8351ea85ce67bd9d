"""Importing a region's batch again: corrections update, nothing is duplicated or deleted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.core.demo_images import painting_bytes
from contest_app.core.intake import problems as P
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.pipeline import (
    ImportResult,
    commit_import,
    discard_plan,
    import_batch,
    plan_import,
)
from contest_app.db.models import AuditLog, Entry, EntryStudent, ImageFile, Problem, Student
from contest_app.db.session import Database

SMALL = (400, 300)
REGION = "RU-KHA"  # Khabarovsk: 4 works


def make_contest(db: Database) -> int:
    with db.session() as session, session.begin():
        return create_contest(session, ContestSpec(
            edition=12, year=2024, deadline=date(2024, 9, 13),
            age_reference_date=date(2024, 9, 13))).id


def batch_folder(tmp_path: Path, name: str) -> Path:
    batch = next(b for b in generate_batches(seed=12) if b.region_code == REGION)
    folder = tmp_path / name
    write_batch_folder(batch, folder, image_size=SMALL, seed=12)
    return folder


def snapshot(db: Database) -> dict[str, object]:
    with db.session() as session:
        counts = {t.__tablename__: session.scalar(select(func.count()).select_from(t))
                  for t in (Entry, Student, EntryStudent, ImageFile)}
        versions = {no: v for no, v in session.execute(select(Entry.entry_no, Entry.version))}
        students = sorted(tuple(r) for r in session.execute(select(
            Student.name, Student.name_latin, Student.birth_date, Student.version)))
    return {"counts": counts, "versions": versions, "students": students}


def edit_sheet(folder: Path, edits: dict[tuple[str, str], object],
               drop: str | None = None, append: list[object] | None = None) -> None:
    """Change cells by (entry_no, header), drop an entry's rows, append a row."""
    path = folder / "entries.xlsx"
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    headers = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        entry_no = row[0].value
        for (target, header), value in edits.items():
            if entry_no == target:
                row[headers.index(header)].value = value
    if drop is not None:
        for index in range(sheet.max_row, 1, -1):
            if sheet.cell(row=index, column=1).value == drop:
                sheet.delete_rows(index)
    if append is not None:
        sheet.append(append)
    book.save(path)


def test_corrected_batch_updates_and_reports_changes(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = batch_folder(tmp_path, "first")
    first = import_batch(db, contest_id, REGION, folder)
    assert isinstance(first, ImportResult) and first.created == 4
    with db.session() as session:
        entries = {e.entry_no: e for e in session.scalars(select(Entry))}
        old_image = {no: e.images[0].sha256 for no, e in entries.items()}
        kept_code = entries["RU-KHA-001"].anon_code

    corrected = batch_folder(tmp_path, "second")
    (corrected / "images" / "RU-KHA-003.jpg").write_bytes(painting_bytes(9999, SMALL))
    new_row = ["RU-KHA-005", "Орлова Анна", "Orlova Anna", "2011-04-02", "8", "Школа № 5",
               "yes", "Жар-птица", "The Firebird", "gouache", 40, 30, "RU-KHA-005.jpg"]
    (corrected / "images" / "RU-KHA-005.jpg").write_bytes(painting_bytes(4242, SMALL))
    edit_sheet(corrected, {("RU-KHA-001", "title"): "Новое название",
                           ("RU-KHA-002", "birth_date"): "2010-01-01"},
               drop="RU-KHA-004", append=new_row)
    plan = plan_import(db, contest_id, REGION, corrected, workers=1)
    works = {w.entry_no: w for w in plan.works}
    assert {no: w.action for no, w in works.items()} == {
        "RU-KHA-001": "update", "RU-KHA-002": "update", "RU-KHA-003": "update",
        "RU-KHA-005": "new"}
    assert set(works["RU-KHA-001"].changes) == {"title"}
    assert works["RU-KHA-001"].changes["title"][1] == "Новое название"
    assert set(works["RU-KHA-002"].changes) == {"student_1.birth_date"}
    assert works["RU-KHA-002"].changes["student_1.birth_date"][1] == "2010-01-01"
    assert set(works["RU-KHA-003"].changes) == {"image"}
    missing = [p for p in plan.problems if p.code == P.ENTRY_NOT_IN_BATCH]
    assert [(p.value, p.row, p.severity) for p in missing] == [("RU-KHA-004", None, "warning")]

    result = commit_import(db, plan)
    assert (result.created, result.updated, result.unchanged) == (1, 3, 0)
    with db.session() as session:
        entries = {e.entry_no: e for e in session.scalars(select(Entry))}
        assert set(entries) == {"RU-KHA-001", "RU-KHA-002", "RU-KHA-003", "RU-KHA-004",
                                "RU-KHA-005"}  # 004 is kept, nothing duplicated
        assert entries["RU-KHA-001"].title == "Новое название"
        assert entries["RU-KHA-001"].anon_code == kept_code  # a jury code never changes
        assert entries["RU-KHA-002"].students[0].birth_date == date(2010, 1, 1)
        assert len(entries["RU-KHA-003"].images) == 1
        assert entries["RU-KHA-003"].images[0].sha256 != old_image["RU-KHA-003"]
        assert entries["RU-KHA-004"].batch_id == first.batch_id
        assert session.scalar(select(func.count()).select_from(ImageFile)) == 5
        logs = list(session.scalars(select(AuditLog).where(AuditLog.action == "entry.reimport")))
        assert {log.target_id for log in logs} == {entries[n].id for n in
                                                    ("RU-KHA-001", "RU-KHA-002", "RU-KHA-003")}
        title_log = next(log for log in logs if log.target_id == entries["RU-KHA-001"].id)
        assert title_log.changes["title"][1] == "Новое название"
        batch_problem = session.scalar(select(Problem).where(
            Problem.code == P.ENTRY_NOT_IN_BATCH))
        assert batch_problem is not None and batch_problem.entry_id is None


def test_identical_batch_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = batch_folder(tmp_path, "same")
    import_batch(db, contest_id, REGION, folder)
    before = snapshot(db)
    plan = plan_import(db, contest_id, REGION, folder, workers=1)
    assert {w.action for w in plan.works} == {"unchanged"}
    assert all(w.changes == {} for w in plan.works)
    assert not any(p.code == P.IMAGE_DUPLICATE_EXACT for p in plan.problems)  # not itself
    result = commit_import(db, plan)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)
    assert snapshot(db) == before


def test_confirmed_latin_name_survives_a_reimport(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = batch_folder(tmp_path, "latin")
    edit_sheet(folder, {("RU-KHA-001", "student_name_latin"): ""})
    plan = plan_import(db, contest_id, REGION, folder, workers=1)
    suggested = plan.works[0].students[0]
    assert suggested.name_latin_suggested
    assert any(p.code == P.NAME_LATIN_SUGGESTED for p in plan.problems)
    commit_import(db, plan)
    with db.session() as session, session.begin():
        student = session.scalar(select(Student).where(Student.name == suggested.name))
        assert student is not None and student.name_latin_suggested
        student.name_latin, student.name_latin_suggested = "Confirmed Spelling", False
    again = plan_import(db, contest_id, REGION, folder, workers=1)
    assert again.works[0].action == "unchanged", again.works[0].changes
    assert not any(p.code == P.NAME_LATIN_SUGGESTED for p in again.problems)
    discard_plan(again)


def test_stale_plan_is_refused(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = batch_folder(tmp_path, "stale")
    import_batch(db, contest_id, REGION, folder)
    edit_sheet(folder, {("RU-KHA-001", "title"): "Другое"})
    plan = plan_import(db, contest_id, REGION, folder, workers=1)
    with db.session() as session, session.begin():  # a colleague edits the work meanwhile
        entry = session.scalar(select(Entry).where(Entry.entry_no == "RU-KHA-001"))
        assert entry is not None
        entry.medium = "oil"
    before = snapshot(db)
    with pytest.raises(IntakeError) as stale:
        commit_import(db, plan)
    assert stale.value.code == "plan_stale"
    assert snapshot(db) == before
    discard_plan(plan)
