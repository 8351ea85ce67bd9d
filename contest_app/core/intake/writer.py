"""Write a reviewed ImportPlan: one transaction for the rows, and files that leave no trace on failure.

The staged images are linked (or copied) into the media root after the rows are flushed and
before the transaction commits. If anything fails, the transaction rolls back and exactly the
files this commit added are removed; files that were there before (the same image stored by an
earlier import) are never touched. The staging folder survives a failure, so the plan can be
committed again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core import audit
from contest_app.core.codes import new_codes
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.images import ORIGINALS, PREVIEWS, THUMBS, PreparedImage
from contest_app.core.intake.plan import ImportPlan, ImportResult, PlannedStudent, PlannedWork
from contest_app.core.intake.problems import ProblemItem
from contest_app.core.intake.validate import fold
from contest_app.db.models import (
    Batch,
    Entry,
    EntryStatus,
    EntryStudent,
    ImageFile,
    Problem,
    Severity,
    Student,
)
from contest_app.db.session import Database


def media_folder(contest_id: int) -> str:
    return f"contest-{contest_id}"


def stored_paths(image: PreparedImage, folder: str) -> dict[str, str]:
    """Where an image's files live, relative to the media root (named by SHA-256, so shared)."""
    return {
        "stored_path": f"{folder}/{ORIGINALS}/{Path(image.original).name}",
        "thumb_path": f"{folder}/{THUMBS}/{Path(image.thumb).name}",
        "preview_path": f"{folder}/{PREVIEWS}/{Path(image.preview).name}",
    }


def commit_import(db: Database, plan: ImportPlan, *, actor: str | None = None) -> ImportResult:
    """Write the plan in one transaction; raises IntakeError for a blocked, used or stale plan."""
    if plan.blocked:
        raise IntakeError("plan_blocked")
    if not plan.staging_dir.is_dir():
        raise IntakeError("plan_used")
    actor = actor or audit.current_actor()
    added: list[Path] = []
    try:
        with db.session() as session, session.begin():
            batch_id = _write_rows(session, plan, actor)
            session.flush()
            _place_files(plan, db.media_root, added)
            # leaving the block commits; an exception before that rolls everything back
    except BaseException:
        _remove(added)
        raise
    shutil.rmtree(plan.staging_dir, ignore_errors=True)
    return ImportResult(
        batch_id=batch_id, created=plan.count("new"), updated=plan.count("update"),
        unchanged=plan.count("unchanged"), refused=plan.count("refused"),
        students=plan.students_count, errors=len(plan.errors), warnings=len(plan.warnings),
        counts_by_code=plan.counts_by_code(), problems=list(plan.problems),
    )


def _remove(paths: list[Path]) -> None:
    for path in reversed(paths):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # cleaning up after a failure must not hide the failure itself


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # staging is inside the media root: same file system, no copy
    except OSError:
        shutil.copyfile(source, target)


def _place_files(plan: ImportPlan, media_root: Path, added: list[Path]) -> None:
    folder = media_folder(plan.contest_id)
    for work in plan.works:
        if work.action not in ("new", "update") or work.image is None:
            continue
        targets = stored_paths(work.image, folder)
        sources = (work.image.original, work.image.thumb, work.image.preview)
        for staged, key in zip(sources, ("stored_path", "thumb_path", "preview_path"),
                               strict=True):
            target = media_root / targets[key]
            if target.exists():
                continue  # the same bytes, stored before: never ours to remove
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(plan.staging_dir / staged, target)
            added.append(target)


def _summary(plan: ImportPlan) -> dict[str, Any]:
    return {"works": len(plan.works), "created": plan.count("new"),
            "updated": plan.count("update"), "unchanged": plan.count("unchanged"),
            "refused": plan.count("refused"), "students": plan.students_count,
            "errors": len(plan.errors), "warnings": len(plan.warnings),
            "counts_by_code": plan.counts_by_code()}


def _write_rows(session: Session, plan: ImportPlan, actor: str) -> int:
    batch = Batch(
        contest_id=plan.contest_id, region_id=plan.region_id, source_name=plan.source_name,
        source_sha256=plan.source_sha256, sheet_name=plan.sheet_name, encoding=plan.encoding,
        rows_read=plan.rows_read, rows_refused=plan.rows_refused, imported_by=actor,
        summary=_summary(plan),
    )
    session.add(batch)
    session.flush()
    _check_still_new(session, plan)
    taken = set(session.scalars(select(Entry.anon_code).where(
        Entry.contest_id == plan.contest_id)))
    codes = iter(new_codes(plan.count("new"), taken))
    folder = media_folder(plan.contest_id)
    for work in plan.works:
        entry_id: int | None = None
        if work.action == "new":
            entry_id = _create(session, plan, work, batch.id, next(codes), folder)
        elif work.action == "update":
            entry_id = _update(session, plan, work, batch.id, folder, actor)
        elif work.action == "unchanged":
            continue  # its flags are in the database already, from the batch that wrote it
        _add_problems(session, plan.contest_id, batch.id, entry_id, work.problems)
    _add_problems(session, plan.contest_id, batch.id, None,
                  plan.batch_problems)
    audit.record(session, "intake.import", contest_id=plan.contest_id, target_table="batch",
                 target_id=batch.id, changes={k: [None, v] for k, v in _summary(plan).items()
                                              if k != "counts_by_code"},
                 reason=plan.source_name, actor=actor)
    return batch.id


def _check_still_new(session: Session, plan: ImportPlan) -> None:
    """Another import since the plan was made would be overwritten blindly: refuse instead."""
    existing = {fold(no) for no in session.scalars(select(Entry.entry_no).where(
        Entry.contest_id == plan.contest_id, Entry.region_id == plan.region_id))}
    if any(fold(w.entry_no) in existing for w in plan.works if w.action == "new"):
        raise IntakeError("plan_stale")


def _image_row(image: PreparedImage, folder: str) -> ImageFile:
    return ImageFile(original_name=image.original_name, sha256=image.sha256, phash=image.phash,
                     format=image.format, width=image.width, height=image.height,
                     size_bytes=image.size_bytes, **stored_paths(image, folder))


def _student_values(student: PlannedStudent) -> dict[str, Any]:
    return {"name": student.name, "name_latin": student.name_latin,
            "name_latin_suggested": student.name_latin_suggested,
            "birth_date": student.birth_date, "grade": student.grade, "school": student.school,
            "guardian_consent": student.guardian_consent,
            "publication_consent": student.publication_consent}


def _entry_values(work: PlannedWork) -> dict[str, Any]:
    return {"title": work.title, "title_en": work.title_en, "medium": work.medium,
            "width_cm": work.width_cm, "height_cm": work.height_cm,
            "legacy_tier": work.legacy_tier, "extra": dict(work.extra)}


def _create(session: Session, plan: ImportPlan, work: PlannedWork, batch_id: int, code: str,
            folder: str) -> int:
    entry = Entry(contest_id=plan.contest_id, region_id=plan.region_id, batch_id=batch_id,
                  entry_no=work.entry_no, anon_code=code, status=work.status(),
                  **_entry_values(work))
    for position, planned in enumerate(work.students):
        student = Student(contest_id=plan.contest_id, region_id=plan.region_id,
                          **_student_values(planned))
        entry.authors.append(EntryStudent(student=student, position=position,
                                          source_row=planned.row))
    if work.image is not None:
        entry.images.append(_image_row(work.image, folder))
    session.add(entry)
    session.flush()
    return entry.id


def _update(session: Session, plan: ImportPlan, work: PlannedWork, batch_id: int, folder: str,
            actor: str) -> int:
    entry = session.scalar(
        select(Entry).where(Entry.id == work.existing_id)
        .options(selectinload(Entry.authors).selectinload(EntryStudent.student),
                 selectinload(Entry.images))
    )
    if entry is None or entry.version != work.existing_version:
        raise IntakeError("plan_stale", entry_no=work.entry_no)
    for name, value in _entry_values(work).items():
        setattr(entry, name, value)
    entry.batch_id = batch_id
    if entry.status != EntryStatus.DISQUALIFIED:  # a staff decision outranks a re-import
        entry.status = work.status()
    links = list(entry.authors)
    for position, planned in enumerate(work.students):
        if position < len(links):
            link = links[position]
            for name, value in _student_values(planned).items():
                setattr(link.student, name, value)
            link.source_row = planned.row
        else:
            student = Student(contest_id=plan.contest_id, region_id=plan.region_id,
                              **_student_values(planned))
            entry.authors.append(EntryStudent(student=student, position=position,
                                              source_row=planned.row))
    for link in links[len(work.students):]:
        entry.authors.remove(link)
        if len(link.student.works) <= 1:
            session.delete(link.student)
    if work.image is not None and "image" in work.changes:
        entry.images.clear()  # the rows go; the files stay, other rows may share them
        entry.images.append(_image_row(work.image, folder))
    # the flags of the batch this one replaces no longer describe the work
    for old in session.scalars(select(Problem).where(
            Problem.entry_id == entry.id, Problem.resolved.is_(False),
            Problem.batch_id.is_not(None))):
        old.resolved, old.resolution = True, f"superseded by batch {batch_id}"
    session.flush()
    audit.record(session, "entry.reimport", contest_id=plan.contest_id, target_table="entry",
                 target_id=entry.id, changes=work.changes, reason=plan.source_name, actor=actor)
    return entry.id


def _add_problems(session: Session, contest_id: int, batch_id: int, entry_id: int | None,
                  found: list[ProblemItem]) -> None:
    for item in found:
        session.add(Problem(
            contest_id=contest_id, batch_id=batch_id, entry_id=entry_id, code=item.code,
            severity=Severity.ERROR if item.is_error else Severity.WARNING, row=item.row,
            column=item.column, value=item.value[:2000],
            detail={**item.detail, **({"entry_no": item.entry_no} if item.entry_no else {})},
        ))
