"""What every document of a tour shares: its works numbered in catalogue order, its venues,
the catalogue's sections, the index by country and region, and the statistics table.

Catalogue numbers: the catalogue groups works by edition (oldest first, so it reads as the
contest's history) and tier (highest first), keeping the tour's own order inside a group; the
works are numbered 1..N in that order over the WHOLE tour. Labels, work lists and the originals
export use the same numbers, so a work is "No. 012" on the wall, in the catalogue and in the
print shop's folder alike. A catalogue that leaves out works (missing publication consent)
therefore has gaps in its numbering rather than numbers that disagree with the labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core.languages import pick
from contest_app.core.tours.selection import AWARDED_STATUSES, AwardedWork, load_works
from contest_app.core.tours.settings import TourSettings, load_settings
from contest_app.core.tours.tours import get_tour, tour_works, venues_of, works_by_venue
from contest_app.db.models import Award, Contest, Country, Entry, Region


@dataclass(frozen=True)
class TourEntry:
    number: int
    label: str  # "012": zero-padded so files and lists sort right
    position: int  # the tour's (hanging) order, 1-based
    work: AwardedWork
    status: str
    condition_notes: str
    venue_ids: frozenset[int]


@dataclass(frozen=True)
class VenueInfo:
    id: int
    name: str
    city: str
    address: str
    language: str
    starts_on: date | None
    ends_on: date | None
    contact: str


@dataclass
class TourDocument:
    tour_id: int
    name: str
    starts_on: date | None
    ends_on: date | None
    settings: TourSettings
    entries: list[TourEntry]  # catalogue order
    venues: list[VenueInfo] = field(default_factory=list)

    def venue(self, venue_id: int) -> VenueInfo:
        return next(v for v in self.venues if v.id == venue_id)

    def hanging_order(self, venue_id: int | None = None) -> list[TourEntry]:
        chosen = [e for e in self.entries if venue_id is None or venue_id in e.venue_ids]
        return sorted(chosen, key=lambda e: e.position)

    def entry(self, entry_id: int) -> TourEntry | None:
        return next((e for e in self.entries if e.work.entry_id == entry_id), None)


def catalogue_key(work: AwardedWork, position: int) -> tuple[int, int, int, str, int]:
    return (work.year, work.edition, work.tier_position, work.tier_key, position)


def load_document(session: Session, tour_id: int) -> TourDocument:
    tour = get_tour(session, tour_id)
    rows = tour_works(session, tour_id)
    works = load_works(session, [r.entry_id for r in rows])
    by_venue = works_by_venue(session, tour_id)
    shown_at: dict[int, set[int]] = {}
    for venue_id, entry_ids in by_venue.items():
        for entry_id in entry_ids:
            shown_at.setdefault(entry_id, set()).add(venue_id)
    placed = [(position, row, works[row.entry_id])
              for position, row in enumerate(rows, start=1) if row.entry_id in works]
    placed.sort(key=lambda item: catalogue_key(item[2], item[0]))
    width = max(3, len(str(len(placed))))
    entries = [TourEntry(number, f"{number:0{width}d}", position, work, row.status,
                         row.condition_notes, frozenset(shown_at.get(row.entry_id, ())))
               for number, (position, row, work) in enumerate(placed, start=1)]
    venues = [VenueInfo(v.id, v.name, v.city, v.address, v.language, v.starts_on, v.ends_on,
                        v.contact) for v in venues_of(session, tour_id)]
    return TourDocument(tour.id, tour.name, tour.starts_on, tour.ends_on,
                        load_settings(session, tour_id), entries, venues)


@dataclass(frozen=True)
class Section:
    """One edition's works of one tier, in catalogue order."""

    edition: int
    year: int
    edition_titles: dict[str, str]
    edition_themes: dict[str, str]
    tier_key: str
    tier_names: dict[str, str]
    entries: tuple[TourEntry, ...]


def sections(entries: list[TourEntry]) -> list[Section]:
    result = []
    for _key, group in groupby(entries, key=lambda e: (e.work.edition, e.work.tier_key)):
        items = tuple(group)
        w = items[0].work
        result.append(Section(w.edition, w.year, w.edition_titles, w.edition_themes,
                              w.tier_key, w.tier_names, items))
    return result


@dataclass(frozen=True)
class IndexRegion:
    code: str
    names: dict[str, str]
    entries: tuple[TourEntry, ...]


@dataclass(frozen=True)
class IndexCountry:
    code: str
    names: dict[str, str]
    regions: tuple[IndexRegion, ...]


def index(entries: list[TourEntry]) -> list[IndexCountry]:
    """Countries by English name, their regions by English name, works by catalogue number."""
    countries: dict[str, dict[str, list[TourEntry]]] = {}
    for entry in entries:
        w = entry.work
        countries.setdefault(w.country_code, {}).setdefault(w.region_code, []).append(entry)
    result = []
    for code, regions in countries.items():
        sample = next(iter(regions.values()))[0].work
        items = [IndexRegion(rc, es[0].work.region_names, tuple(sorted(es, key=lambda e: e.number)))
                 for rc, es in regions.items()]
        items.sort(key=lambda r: (pick(r.names, "en") or r.code).casefold())
        result.append(IndexCountry(code, sample.country_names, tuple(items)))
    result.sort(key=lambda c: (pick(c.names, "en") or c.code).casefold())
    return result


@dataclass(frozen=True)
class StatRow:
    country_code: str
    names: dict[str, str]
    per_edition: dict[int, tuple[int, int]]  # edition -> (entered, awarded)
    shown: int

    @property
    def entered(self) -> int:
        return sum(e for e, _ in self.per_edition.values())

    @property
    def awarded(self) -> int:
        return sum(a for _, a in self.per_edition.values())


def statistics(session: Session, entries: list[TourEntry]) -> tuple[list[tuple[int, int]],
                                                                     list[StatRow]]:
    """Works entered and awarded per country in each edition the tour draws on.

    Returns ([(edition, year)] oldest first, rows by English country name). Counted from the
    entries (never typed in); awarded = an Award final/provisional or a legacy tier.
    """
    editions = sorted({(e.work.edition, e.work.year) for e in entries})
    numbers = [ed for ed, _ in editions]
    if not numbers:
        return [], []
    entered = session.execute(
        select(Contest.edition, Region.country_code, func.count(Entry.id))
        .join(Entry, Entry.contest_id == Contest.id).join(Region, Region.id == Entry.region_id)
        .where(Contest.edition.in_(numbers))
        .group_by(Contest.edition, Region.country_code)).all()
    with_award = select(Award.entry_id).where(
        Award.status.in_([str(s) for s in AWARDED_STATUSES]))
    awarded = session.execute(
        select(Contest.edition, Region.country_code, func.count(Entry.id))
        .join(Entry, Entry.contest_id == Contest.id).join(Region, Region.id == Entry.region_id)
        .where(Contest.edition.in_(numbers),
               Entry.id.in_(with_award) | (Entry.legacy_tier != ""))
        .group_by(Contest.edition, Region.country_code)).all()
    counts: dict[str, dict[int, list[int]]] = {}
    for edition, country, n in entered:
        counts.setdefault(country, {}).setdefault(edition, [0, 0])[0] = int(n)
    for edition, country, n in awarded:
        counts.setdefault(country, {}).setdefault(edition, [0, 0])[1] = int(n)
    shown: dict[str, int] = {}
    for entry in entries:
        shown[entry.work.country_code] = shown.get(entry.work.country_code, 0) + 1
    names = {c.code: dict(c.names) for c in session.scalars(select(Country))}
    rows = [StatRow(code, names.get(code, {"en": code}),
                    {ed: (per.get(ed, [0, 0])[0], per.get(ed, [0, 0])[1]) for ed in numbers},
                    shown.get(code, 0))
            for code, per in counts.items()]
    rows.sort(key=lambda r: (pick(r.names, "en") or r.country_code).casefold())
    return editions, rows
