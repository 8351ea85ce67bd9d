"""Compare a batch with what the database holds for its contest and region.

A work whose entry_no is already there is an update (with the fields that change) or unchanged;
an entry the new batch lacks is reported, never deleted. A Latin name staff have confirmed is
kept over a fresh suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core.intake import problems as P
from contest_app.core.intake.plan import PlannedStudent, PlannedWork
from contest_app.core.intake.problems import ProblemItem, problem
from contest_app.core.intake.validate import fold
from contest_app.db.models import Entry, EntryStudent

ENTRY_FIELDS = ("title", "title_en", "medium", "width_cm", "height_cm", "legacy_tier", "extra")
STUDENT_FIELDS = ("name", "name_latin", "birth_date", "grade", "school", "guardian_consent",
                  "publication_consent")


@dataclass
class ExistingStudent:
    values: dict[str, Any]
    latin_confirmed: bool  # staff set or confirmed the Latin form: a suggestion must not replace it


@dataclass
class ExistingEntry:
    id: int
    version: int
    entry_no: str
    values: dict[str, Any]
    image_sha256: str
    students: list[ExistingStudent] = field(default_factory=list)


def load_existing(session: Session, contest_id: int, region_id: int) -> dict[str, ExistingEntry]:
    """The region's entries in this contest, keyed by folded entry_no."""
    entries = session.scalars(
        select(Entry)
        .where(Entry.contest_id == contest_id, Entry.region_id == region_id)
        .options(selectinload(Entry.authors).selectinload(EntryStudent.student),
                 selectinload(Entry.images))
    )
    found: dict[str, ExistingEntry] = {}
    for entry in entries:
        found[fold(entry.entry_no)] = ExistingEntry(
            id=entry.id, version=entry.version, entry_no=entry.entry_no,
            values={name: getattr(entry, name) for name in ENTRY_FIELDS},
            image_sha256=entry.images[0].sha256 if entry.images else "",
            students=[
                ExistingStudent({name: getattr(s, name) for name in STUDENT_FIELDS},
                                bool(s.name_latin) and not s.name_latin_suggested)
                for s in entry.students
            ],
        )
    return found


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _keep_confirmed_latin(work: PlannedWork, old: ExistingEntry) -> None:
    """Where a Latin name was only suggested now but staff confirmed one before, keep theirs."""
    for position, student in enumerate(work.students):
        if position >= len(old.students) or not student.name_latin_suggested:
            continue
        before = old.students[position]
        if before.latin_confirmed and fold(before.values["name"]) == fold(student.name):
            student.name_latin = before.values["name_latin"]
            student.name_latin_suggested = False
            work.problems = [p for p in work.problems
                             if not (p.code == P.NAME_LATIN_SUGGESTED and p.row == student.row)]


def _student_values(student: PlannedStudent) -> dict[str, Any]:
    return {name: getattr(student, name) for name in STUDENT_FIELDS}


def changes_of(work: PlannedWork, old: ExistingEntry) -> dict[str, list[Any]]:
    """field -> [old, new] (JSON-friendly); students as student_<n>.<field>, counted from 1."""
    new_values = {name: getattr(work, name) for name in ENTRY_FIELDS}
    changes = {name: [_plain(old.values[name]), _plain(value)]
               for name, value in new_values.items() if old.values[name] != value}
    new_sha = work.image.sha256 if work.image else ""
    if new_sha != old.image_sha256:
        changes["image"] = [old.image_sha256, new_sha]
    if len(work.students) != len(old.students):
        changes["students"] = [len(old.students), len(work.students)]
    for position, (before, after) in enumerate(zip(old.students, work.students, strict=False)):
        for name, value in _student_values(after).items():
            if before.values[name] != value:
                changes[f"student_{position + 1}.{name}"] = [_plain(before.values[name]),
                                                             _plain(value)]
    return changes


def compare(works: list[PlannedWork], existing: dict[str, ExistingEntry]) -> list[ProblemItem]:
    """Set each work's action and changes; the batch-level warnings for entries not sent again."""
    seen: set[str] = set()
    for work in works:
        key = fold(work.entry_no)
        old = existing.get(key) if key else None
        if old is not None:
            seen.add(key)
            work.existing_id, work.existing_version = old.id, old.version
        if work.has_errors:
            work.action = "refused"
            continue
        if old is None:
            work.action = "new"
            continue
        _keep_confirmed_latin(work, old)
        work.changes = changes_of(work, old)
        work.action = "update" if work.changes else "unchanged"
    return [problem(P.ENTRY_NOT_IN_BATCH, column="entry_no", value=old.entry_no)
            for key, old in existing.items() if key not in seen]
