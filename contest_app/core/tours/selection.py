"""The awarded works of every edition: what a tour can draw on, with filters.

A work counts as awarded when it holds an Award whose status is final or provisional (editions
judged in this app), or a legacy_tier (past editions imported with an award_tier column). When a
work has both, the Award wins: it is the later, recorded decision.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core.defaults import TIER_NAMES
from contest_app.core.intake.validate import age_on
from contest_app.db.models import (
    Award,
    AwardStatus,
    AwardTier,
    Contest,
    Country,
    Entry,
    EntryStudent,
)

AWARDED_STATUSES = (AwardStatus.FINAL, AwardStatus.PROVISIONAL)
UNKNOWN_TIER_POSITION = 99  # a tier key the edition no longer has sorts after the known ones


@dataclass(frozen=True)
class WorkStudent:
    name: str  # native script
    name_latin: str
    age: int | None
    publication_consent: bool


@dataclass(frozen=True)
class WorkImage:
    stored_path: str  # relative to the media root: the original, byte for byte
    sha256: str
    width: int  # upright, as stored in ImageFile
    height: int
    format: str
    original_name: str
    thumb_path: str
    preview_path: str
    size_bytes: int


@dataclass(frozen=True)
class AwardedWork:
    entry_id: int
    contest_id: int
    edition: int
    year: int
    edition_titles: dict[str, str]
    edition_themes: dict[str, str]
    tier_key: str
    tier_position: int
    tier_names: dict[str, str]
    entry_no: str
    title: str
    title_en: str
    medium: str
    width_cm: float | None
    height_cm: float | None
    region_code: str
    region_names: dict[str, str]
    country_code: str
    country_names: dict[str, str]
    students: tuple[WorkStudent, ...]
    image: WorkImage | None
    legacy: bool = False  # awarded before this app (legacy_tier), not by an Award row

    @property
    def consent_complete(self) -> bool:
        """Every author agreed to publication: only then may a document print all the names."""
        return bool(self.students) and all(s.publication_consent for s in self.students)


@dataclass
class WorkFilter:
    editions: set[int] = field(default_factory=set)  # empty: any
    tiers: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    search: str = ""

    def matches(self, work: AwardedWork) -> bool:
        if self.editions and work.edition not in self.editions:
            return False
        if self.tiers and work.tier_key not in self.tiers:
            return False
        if self.countries and work.country_code not in {c.upper() for c in self.countries}:
            return False
        if self.regions and work.region_code not in {r.upper() for r in self.regions}:
            return False
        return not self.search or _fold(self.search) in _haystack(work)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _haystack(work: AwardedWork) -> str:
    parts = [work.title, work.title_en, work.entry_no, work.region_code, work.medium,
             *work.region_names.values(), *work.country_names.values()]
    for student in work.students:
        parts += [student.name, student.name_latin]
    return _fold(" ".join(parts))


def _age_on(birth: date | None, day: date) -> int | None:
    return None if birth is None else age_on(birth, day)


def _entries_query(entry_ids: Iterable[int] | None = None):  # type: ignore[no-untyped-def]
    query = select(Entry).options(
        selectinload(Entry.authors).selectinload(EntryStudent.student),
        selectinload(Entry.images),
        selectinload(Entry.region),
    )
    if entry_ids is not None:
        query = query.where(Entry.id.in_(list(entry_ids)))
    return query


def _build(entry: Entry, contest: Contest, tier: AwardTier | None, legacy_key: str,
           countries: dict[str, Country]) -> AwardedWork:
    reference = contest.reference_date or date(contest.year, 12, 31)
    key = tier.key if tier is not None else legacy_key
    legacy = tier is None
    if tier is None:  # a legacy key: the edition's own tier names, else the defaults
        tier = next((t for t in contest.tiers if t.key == legacy_key), None)
    names = dict(tier.names) if tier is not None else dict(TIER_NAMES.get(key, {"en": key}))
    position = tier.position if tier is not None else UNKNOWN_TIER_POSITION
    students = tuple(
        WorkStudent(link.student.name, link.student.name_latin,
                    _age_on(link.student.birth_date, reference),
                    bool(link.student.publication_consent))
        for link in entry.authors)
    image = None
    if entry.images:
        first = min(entry.images, key=lambda i: i.id)
        image = WorkImage(first.stored_path, first.sha256, first.width, first.height,
                          first.format, first.original_name, first.thumb_path,
                          first.preview_path, first.size_bytes)
    country = countries.get(entry.region.country_code)
    return AwardedWork(
        entry_id=entry.id, contest_id=contest.id, edition=contest.edition, year=contest.year,
        edition_titles=dict(contest.title), edition_themes=dict(contest.theme),
        tier_key=key, tier_position=position, tier_names=names, entry_no=entry.entry_no,
        title=entry.title, title_en=entry.title_en, medium=entry.medium,
        width_cm=entry.width_cm, height_cm=entry.height_cm, region_code=entry.region.code,
        region_names=dict(entry.region.names), country_code=entry.region.country_code,
        country_names=dict(country.names) if country is not None else {},
        students=students, image=image, legacy=legacy,
    )


def _award_tiers(session: Session, entry_ids: Iterable[int] | None) -> dict[int, AwardTier]:
    query = (select(Award.entry_id, AwardTier)
             .join(AwardTier, AwardTier.id == Award.tier_id)
             .where(Award.status.in_([str(s) for s in AWARDED_STATUSES])))
    if entry_ids is not None:
        query = query.where(Award.entry_id.in_(list(entry_ids)))
    return {entry_id: tier for entry_id, tier in session.execute(query).all()}


def awarded_works(session: Session, work_filter: WorkFilter | None = None) -> list[AwardedWork]:
    """Every awarded work of every edition, newest edition first, then by tier and entry number."""
    work_filter = work_filter or WorkFilter()
    awarded = _award_tiers(session, None)
    query = _entries_query().where(
        (Entry.id.in_(select(Award.entry_id).where(
            Award.status.in_([str(s) for s in AWARDED_STATUSES])))) | (Entry.legacy_tier != ""))
    if work_filter.editions:
        query = query.join(Contest, Contest.id == Entry.contest_id).where(
            Contest.edition.in_(sorted(work_filter.editions)))
    works = _assemble(session, session.scalars(query).all(), awarded, only_awarded=True)
    works = [w for w in works if work_filter.matches(w)]
    works.sort(key=lambda w: (-w.edition, w.tier_position, w.region_code, w.entry_no))
    return works


def load_works(session: Session, entry_ids: Iterable[int]) -> dict[int, AwardedWork]:
    """The works of these entries, awarded or not any more (a tour keeps what it has shown)."""
    ids = list(entry_ids)
    if not ids:
        return {}
    awarded = _award_tiers(session, ids)
    entries = session.scalars(_entries_query(ids)).all()
    return {w.entry_id: w for w in _assemble(session, entries, awarded, only_awarded=False)}


def _assemble(session: Session, entries: Iterable[Entry], awarded: dict[int, AwardTier],
              *, only_awarded: bool) -> list[AwardedWork]:
    contests = {c.id: c for c in session.scalars(
        select(Contest).options(selectinload(Contest.tiers)))}
    countries = {c.code: c for c in session.scalars(select(Country))}
    works = []
    for entry in entries:
        tier = awarded.get(entry.id)
        if tier is None and not entry.legacy_tier and only_awarded:
            continue
        works.append(_build(entry, contests[entry.contest_id], tier, entry.legacy_tier,
                            countries))
    return works


@dataclass(frozen=True)
class FilterChoices:
    """What the filters can offer: editions (number, year), tier keys, countries, regions."""

    editions: list[tuple[int, int]]
    tiers: list[str]
    countries: list[tuple[str, dict[str, str]]]
    regions: list[tuple[str, str, dict[str, str]]]  # code, country code, names


def filter_choices(session: Session) -> FilterChoices:
    works = awarded_works(session)
    editions = sorted({(w.edition, w.year) for w in works}, reverse=True)
    tiers = [k for k, _ in sorted({(w.tier_key, w.tier_position) for w in works},
                                  key=lambda kv: (kv[1], kv[0]))]
    tiers = list(dict.fromkeys(tiers))
    countries = sorted({w.country_code: w.country_names for w in works}.items())
    regions = sorted({w.region_code: (w.country_code, w.region_names) for w in works}.items())
    return FilterChoices(editions, tiers, countries,
                         [(code, country, names) for code, (country, names) in regions])

