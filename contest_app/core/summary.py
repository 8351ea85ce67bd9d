"""Counts per country and region, always computed from the entries, never typed in."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.db.models import Entry, EntryStudent, Region


@dataclass
class RegionCount:
    code: str
    names: dict[str, str]
    works: int
    students: int
    eligible: int


@dataclass
class CountryCount:
    code: str
    names: dict[str, str]
    works: int = 0
    students: int = 0
    eligible: int = 0
    regions: list[RegionCount] = field(default_factory=list)


def counts(session: Session, contest_id: int) -> list[CountryCount]:
    works = select(
        Entry.region_id,
        func.count(Entry.id),
        func.sum(func.cast(Entry.status == "eligible", Entry.id.type)),
    ).where(Entry.contest_id == contest_id).group_by(Entry.region_id)
    per_region = {rid: (n, int(e or 0)) for rid, n, e in session.execute(works)}
    students = (
        select(Entry.region_id, func.count(func.distinct(EntryStudent.student_id)))
        .join(EntryStudent, EntryStudent.entry_id == Entry.id)
        .where(Entry.contest_id == contest_id)
        .group_by(Entry.region_id)
    )
    per_region_students = dict(session.execute(students).all())
    countries: dict[str, CountryCount] = {}
    regions = session.scalars(
        select(Region).where(Region.id.in_(per_region)).order_by(Region.country_code, Region.code)
    )
    for region in regions:
        country = countries.get(region.country_code)
        if country is None:
            country = countries[region.country_code] = CountryCount(
                region.country_code, dict(region.country.names))
        n, eligible = per_region[region.id]
        s = int(per_region_students.get(region.id, 0))
        country.regions.append(RegionCount(region.code, dict(region.names), n, s, eligible))
        country.works += n
        country.students += s
        country.eligible += eligible
    return list(countries.values())
