"""The staff view of a contest's works, one row each, for tables and `entries list`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.db.models import Entry, EntryStudent, Problem


@dataclass
class StudentRow:
    id: int
    name: str
    name_latin: str
    school: str


@dataclass
class EntryRow:
    id: int
    anon_code: str
    entry_no: str
    region_code: str
    region_names: dict[str, str]
    country_code: str
    title: str
    title_en: str
    status: str
    status_reason: str
    students: list[StudentRow] = field(default_factory=list)
    problem_codes: list[str] = field(default_factory=list)  # unresolved, for filters and flags
    thumb_path: str = ""

    @property
    def problems(self) -> int:
        return len(self.problem_codes)


def list_entries(session: Session, contest_id: int) -> list[EntryRow]:
    problems: dict[int, list[str]] = defaultdict(list)
    for entry_id, code in session.execute(
        select(Problem.entry_id, Problem.code)
        .where(Problem.contest_id == contest_id, Problem.resolved.is_(False),
               Problem.entry_id.is_not(None))
        .order_by(Problem.id)
    ):
        if entry_id is not None:
            problems[entry_id].append(code)
    entries = session.scalars(
        select(Entry)
        .where(Entry.contest_id == contest_id)
        .options(
            selectinload(Entry.region),
            selectinload(Entry.authors).selectinload(EntryStudent.student),
            selectinload(Entry.images),
        )
        .order_by(Entry.region_id, Entry.entry_no)
    )
    rows = []
    for e in entries:
        rows.append(EntryRow(
            id=e.id, anon_code=e.anon_code, entry_no=e.entry_no, region_code=e.region.code,
            region_names=dict(e.region.names), country_code=e.region.country_code,
            title=e.title, title_en=e.title_en, status=e.status, status_reason=e.status_reason,
            students=[StudentRow(s.id, s.name, s.name_latin, s.school) for s in e.students],
            problem_codes=problems.get(e.id, []),
            thumb_path=e.images[0].thumb_path if e.images else "",
        ))
    return rows
