"""Who receives which certificate.

- Every student of a work with a final award gets an award certificate of its tier (a group
  work: one per student).
- A provisional award counts only when the caller allows it (proofs before the committee signs
  off); it is reported as a warning. Works whose award is proposed or provisional (and not
  allowed) are held back entirely: giving them a participation certificate now would be wrong
  the day the award is confirmed.
- Every other student of an eligible work gets a participation certificate.
- Works not eligible (disqualified, or still missing consent) get none; nor do students whose
  personal data was purged.
- Teachers: one letter per (region, school, teacher) named in a work's "teacher" column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core.contests import get_contest
from contest_app.core.defaults import contest_titles
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.languages import LANGUAGES
from contest_app.db.models import (
    Award,
    AwardStatus,
    AwardTier,
    Country,
    Entry,
    EntryStatus,
    EntryStudent,
    Region,
)

KIND_CHOICES = ("award", "participation", "teacher", "all")  # "all": award + participation
TEACHER_KEYS = ("teacher", "supervisor", "teacher_name", "지도교사", "指导教师", "指導教員")


@dataclass(frozen=True)
class ContestInfo:
    id: int
    edition: int
    year: int
    titles: dict[str, str]
    themes: dict[str, str]


@dataclass
class CertificateData:
    """Everything one certificate prints: plain values, no database objects."""

    kind: str
    student_id: int | None
    entry_id: int | None
    name: str
    name_latin: str
    school: str
    region_id: int
    region_code: str
    region_names: dict[str, str]
    country_names: dict[str, str]
    country_language: str  # the student's own language: the CJK face, the title's quotes
    title: str = ""
    title_en: str = ""
    tier_key: str = ""
    tier_names: dict[str, str] = field(default_factory=dict)
    thumb_path: str = ""  # relative to the media root
    preview_path: str = ""
    languages: tuple[str, ...] = ("en",)  # document languages, first = main
    serial: str = ""
    code: str = ""
    issued_on: date | None = None
    reissued_on: date | None = None
    certificate_id: int | None = None

    def sort_key(self) -> tuple[str, str, str, int, str]:
        kind_order = {"award": 0, "participation": 1, "teacher": 2}.get(self.kind, 3)
        return (self.region_code, self.school.casefold(),
                (self.name_latin or self.name).casefold(), kind_order, self.serial)


@dataclass(frozen=True)
class PlanWarning:
    code: str
    values: dict[str, Any]


@dataclass
class Plan:
    contest: ContestInfo
    items: list[CertificateData]
    warnings: list[PlanWarning]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            out[item.kind] = out.get(item.kind, 0) + 1
        return out


def contest_info(session: Session, contest_id: int) -> ContestInfo:
    contest = get_contest(session, contest_id)
    titles = {**contest_titles(contest.edition), **{k: v for k, v in contest.title.items() if v}}
    return ContestInfo(contest.id, contest.edition, contest.year, titles, dict(contest.theme))


def document_languages(country_language: str, chosen: str | None = None) -> tuple[str, ...]:
    """A certificate is in the student's language plus English, or in one chosen language."""
    if chosen:
        if chosen not in LANGUAGES:
            raise InvalidValue("language_invalid", value=chosen)
        return (chosen,)
    if country_language in LANGUAGES and country_language != "en":
        return (country_language, "en")
    return ("en",)


def plan_certificates(session: Session, contest_id: int, *, kind: str = "all",
                      region_code: str | None = None, language: str | None = None,
                      allow_provisional: bool = False) -> Plan:
    if kind not in KIND_CHOICES:
        raise InvalidValue("certificate_kind_invalid", value=kind)
    info = contest_info(session, contest_id)
    document_languages("en", language)  # refuses an unknown language before any work
    countries = {c.code: c for c in session.scalars(select(Country))}
    query = (select(Entry).where(Entry.contest_id == contest_id)
             .options(selectinload(Entry.authors).selectinload(EntryStudent.student),
                      selectinload(Entry.images), selectinload(Entry.region)))
    if region_code:
        region = session.scalar(select(Region).where(Region.code == region_code))
        if region is None:
            raise NotFound("region_not_found", code=region_code)
        query = query.where(Entry.region_id == region.id)
    awards = {a.entry_id: a for a in session.scalars(
        select(Award).where(Award.contest_id == contest_id))}
    tiers = {t.id: t for t in session.scalars(
        select(AwardTier).where(AwardTier.contest_id == contest_id))}
    items: list[CertificateData] = []
    warnings: list[PlanWarning] = []
    held = provisional_used = not_eligible_awarded = purged = 0
    teachers: dict[tuple[int, str, str], CertificateData] = {}
    for entry in session.scalars(query):
        award = awards.get(entry.id)
        status = award.status if award is not None else None
        if entry.status != EntryStatus.ELIGIBLE:
            if status in (AwardStatus.FINAL, AwardStatus.PROVISIONAL):
                not_eligible_awarded += 1
            continue
        tier: AwardTier | None = None
        if status == AwardStatus.FINAL or (status == AwardStatus.PROVISIONAL
                                           and allow_provisional):
            tier = tiers.get(award.tier_id) if award is not None else None
            provisional_used += status == AwardStatus.PROVISIONAL
        elif status in (AwardStatus.PROPOSED, AwardStatus.PROVISIONAL):
            held += 1
            continue
        entry_kind = "award" if tier is not None else "participation"
        country = countries.get(entry.region.country_code)
        country_language = country.language if country is not None else "en"
        base = entry_values(entry, country, country_language, language)
        teacher = teacher_name(entry)
        if kind == "teacher":
            if teacher:
                first = entry.students[0] if entry.students else None
                school = first.school if first is not None else ""
                key = (entry.region_id, school.casefold(), teacher.casefold())
                teachers.setdefault(key, CertificateData(
                    kind="teacher", student_id=None, entry_id=entry.id,
                    name=teacher, name_latin="", school=school, **base))
            continue
        if kind not in ("all", entry_kind):
            continue
        for student in entry.students:
            if student.purged_at is not None or not student.name:
                purged += 1
                continue
            items.append(CertificateData(
                kind=entry_kind, student_id=student.id, entry_id=entry.id,
                name=student.name, name_latin=student.name_latin, school=student.school,
                tier_key=tier.key if tier else "",
                tier_names=dict(tier.names) if tier else {}, **base))
    items.extend(teachers.values())
    for code, count in (("awards_held_back", held), ("awards_provisional", provisional_used),
                        ("award_not_eligible", not_eligible_awarded),
                        ("student_purged", purged)):
        if count:
            warnings.append(PlanWarning(code, {"count": count}))
    items.sort(key=CertificateData.sort_key)
    return Plan(info, items, warnings)


def entry_values(entry: Entry, country: Country | None, country_language: str,
                  language: str | None) -> dict[str, Any]:
    image = entry.images[0] if entry.images else None
    return dict(
        region_id=entry.region_id, region_code=entry.region.code,
        region_names=dict(entry.region.names),
        country_names=dict(country.names) if country is not None else {},
        country_language=country_language, title=entry.title, title_en=entry.title_en,
        thumb_path=image.thumb_path if image is not None else "",
        preview_path=image.preview_path if image is not None else "",
        languages=document_languages(country_language, language),
    )


def teacher_name(entry: Entry) -> str:
    extra = entry.extra or {}
    for key in TEACHER_KEYS:
        value = extra.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""
