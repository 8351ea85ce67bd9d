"""Everything staff see about one work: fields, students, image, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core.errors import NotFound
from contest_app.db.models import Entry, EntryStudent, Problem


@dataclass
class StudentDetail:
    id: int
    version: int
    name: str
    name_latin: str
    name_latin_suggested: bool
    birth_date: date | None
    grade: str
    school: str
    guardian_consent: bool
    publication_consent: bool
    source_row: int | None


@dataclass
class ProblemDetail:
    id: int
    code: str
    severity: str
    row: int | None
    column: str
    value: str
    detail: dict[str, Any]

    def values(self) -> dict[str, Any]:
        """What a message template may name."""
        return {"row": self.row or "", "column": self.column, "value": self.value, **self.detail}


@dataclass
class EntryDetail:
    id: int
    version: int
    contest_id: int
    anon_code: str
    entry_no: str
    region_code: str
    region_names: dict[str, str]
    country_code: str
    title: str
    title_en: str
    medium: str
    width_cm: float | None
    height_cm: float | None
    status: str
    status_reason: str
    legacy_tier: str
    extra: dict[str, Any]
    preview_path: str = ""
    original_name: str = ""
    image_size: tuple[int, int] = (0, 0)
    image_format: str = ""
    students: list[StudentDetail] = field(default_factory=list)
    problems: list[ProblemDetail] = field(default_factory=list)


def load_entry(session: Session, entry_id: int) -> EntryDetail:
    entry = session.scalar(
        select(Entry).where(Entry.id == entry_id).options(
            selectinload(Entry.region), selectinload(Entry.images),
            selectinload(Entry.authors).selectinload(EntryStudent.student)))
    if entry is None:
        raise NotFound("entry_not_found", id=entry_id)
    detail = EntryDetail(
        id=entry.id, version=entry.version, contest_id=entry.contest_id,
        anon_code=entry.anon_code, entry_no=entry.entry_no, region_code=entry.region.code,
        region_names=dict(entry.region.names), country_code=entry.region.country_code,
        title=entry.title, title_en=entry.title_en, medium=entry.medium,
        width_cm=entry.width_cm, height_cm=entry.height_cm, status=entry.status,
        status_reason=entry.status_reason, legacy_tier=entry.legacy_tier, extra=dict(entry.extra),
    )
    if entry.images:
        image = entry.images[0]
        detail.preview_path = image.preview_path
        detail.original_name = image.original_name
        detail.image_size = (image.width, image.height)
        detail.image_format = image.format
    for link in entry.authors:
        s = link.student
        detail.students.append(StudentDetail(
            s.id, s.version, s.name, s.name_latin, s.name_latin_suggested, s.birth_date, s.grade,
            s.school, s.guardian_consent, s.publication_consent, link.source_row))
    problems = session.scalars(
        select(Problem).where(Problem.entry_id == entry_id, Problem.resolved.is_(False))
        .order_by(Problem.id))
    detail.problems = [ProblemDetail(p.id, p.code, p.severity, p.row, p.column, p.value,
                                     dict(p.detail)) for p in problems]
    return detail
