"""Tours: their period, venues and works (order, status, condition), and which venue shows what.

Every change is written to the audit log. A tour belongs to no edition (it draws on several),
so its audit rows carry no contest id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.languages import LANGUAGES
from contest_app.core.tours.selection import awarded_works
from contest_app.db.models import Contest, Entry, Setting, Tour, TourWork, Venue, VenueWork

# a work's journey: chosen, packed, on its way, on the wall, back home
WORK_STATUSES: tuple[str, ...] = ("selected", "packed", "shipped", "on_show", "returned")


@dataclass
class TourSpec:
    name: str
    starts_on: date | None = None
    ends_on: date | None = None
    notes: str = ""


@dataclass
class VenueSpec:
    name: str
    city: str = ""
    address: str = ""
    language: str = "ko"
    starts_on: date | None = None
    ends_on: date | None = None
    contact: str = ""


@dataclass(frozen=True)
class TourSummary:
    id: int
    name: str
    starts_on: date | None
    ends_on: date | None
    notes: str
    venues: int
    works: int


def _check_period(starts_on: date | None, ends_on: date | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidValue("tour_dates_invalid", starts_on=starts_on.isoformat(),
                           ends_on=ends_on.isoformat())


def _check_tour(spec: TourSpec) -> None:
    if not spec.name.strip():
        raise InvalidValue("tour_name_missing")
    _check_period(spec.starts_on, spec.ends_on)


def _check_venue(spec: VenueSpec) -> None:
    if not spec.name.strip():
        raise InvalidValue("venue_name_missing")
    if spec.language not in LANGUAGES:
        raise InvalidValue("language_invalid", value=spec.language)
    _check_period(spec.starts_on, spec.ends_on)


def _record(session: Session, action: str, table: str, target: int,
            changes: dict[str, list[object]] | None = None) -> None:
    audit.record(session, action, target_table=table, target_id=target, changes=changes or {})


def get_tour(session: Session, tour_id: int) -> Tour:
    tour = session.get(Tour, tour_id)
    if tour is None:
        raise NotFound("tour_not_found", id=tour_id)
    return tour


def get_venue(session: Session, venue_id: int, tour_id: int | None = None) -> Venue:
    venue = session.get(Venue, venue_id)
    if venue is None or (tour_id is not None and venue.tour_id != tour_id):
        raise NotFound("venue_not_found", id=venue_id)
    return venue


def find_venue(session: Session, tour_id: int, ref: str) -> Venue:
    """A venue of the tour by id or by exact name (the command line accepts either)."""
    get_tour(session, tour_id)
    venues = session.scalars(select(Venue).where(Venue.tour_id == tour_id)).all()
    for venue in venues:
        if (ref.isdigit() and venue.id == int(ref)) or venue.name == ref:
            return venue
    raise NotFound("venue_not_found", id=ref)


def create_tour(session: Session, spec: TourSpec) -> Tour:
    _check_tour(spec)
    tour = Tour(name=spec.name.strip(), starts_on=spec.starts_on, ends_on=spec.ends_on,
                notes=spec.notes)
    session.add(tour)
    session.flush()
    _record(session, "tour.create", "tour", tour.id, {"name": [None, tour.name]})
    return tour


def update_tour(session: Session, tour_id: int, spec: TourSpec) -> Tour:
    _check_tour(spec)
    tour = get_tour(session, tour_id)
    values = {"name": spec.name.strip(), "starts_on": spec.starts_on, "ends_on": spec.ends_on,
              "notes": spec.notes}
    changes = audit.diff(tour, values)
    for name, value in values.items():
        setattr(tour, name, value)
    if changes:
        _record(session, "tour.edit", "tour", tour.id, changes)
    return tour


def delete_tour(session: Session, tour_id: int) -> None:
    tour = get_tour(session, tour_id)
    _record(session, "tour.delete", "tour", tour.id, {"name": [tour.name, None]})
    session.execute(delete(Setting).where(Setting.key == settings_key(tour_id)))
    session.delete(tour)
    session.flush()


def settings_key(tour_id: int) -> str:
    return f"tour:{tour_id}:catalogue"


def list_tours(session: Session) -> list[TourSummary]:
    venues = dict(session.execute(
        select(Venue.tour_id, func.count()).group_by(Venue.tour_id)).all())
    works = dict(session.execute(
        select(TourWork.tour_id, func.count()).group_by(TourWork.tour_id)).all())
    tours = session.scalars(select(Tour).order_by(Tour.starts_on.desc(), Tour.name, Tour.id))
    return [TourSummary(t.id, t.name, t.starts_on, t.ends_on, t.notes,
                        int(venues.get(t.id, 0)), int(works.get(t.id, 0))) for t in tours]


def tour_works(session: Session, tour_id: int) -> list[TourWork]:
    """The tour's works in its order (the hanging order staff set)."""
    get_tour(session, tour_id)
    return list(session.scalars(select(TourWork).where(TourWork.tour_id == tour_id)
                                .order_by(TourWork.position, TourWork.id)))


def add_works(session: Session, tour_id: int, entry_ids: Iterable[int], *,
              to_venues: bool = True) -> list[int]:
    """Append awarded works to the tour (those it has already are skipped); returns the added.

    to_venues: the new works are shown at every venue of the tour, the usual case; staff take
    works off a venue's list where it has no room.
    """
    tour = get_tour(session, tour_id)
    wanted = list(dict.fromkeys(entry_ids))
    existing = {w.entry_id for w in tour_works(session, tour_id)}
    new = [e for e in wanted if e not in existing]
    if not new:
        return []
    awarded = {w.entry_id for w in awarded_works(session)}
    refused = [e for e in new if e not in awarded]
    if refused:
        if session.scalar(select(func.count()).select_from(Entry).where(
                Entry.id.in_(refused))) != len(refused):
            raise NotFound("entry_not_found", id=refused[0])
        raise InvalidValue("tour_work_not_awarded", id=refused[0])
    position = (session.scalar(select(func.max(TourWork.position))
                               .where(TourWork.tour_id == tour_id)) or 0)
    venues = session.scalars(select(Venue.id).where(Venue.tour_id == tour_id)).all()
    for entry_id in new:
        position += 1
        work = TourWork(tour_id=tour.id, entry_id=entry_id, position=position)
        session.add(work)
        session.flush()
        if to_venues:
            session.add_all(VenueWork(venue_id=v, tour_work_id=work.id) for v in venues)
    session.flush()
    _record(session, "tour.add_works", "tour", tour.id, {"entries": [None, new]})
    return new


def remove_works(session: Session, tour_id: int, entry_ids: Iterable[int]) -> int:
    gone = set(entry_ids)
    works = [w for w in tour_works(session, tour_id) if w.entry_id in gone]
    for work in works:
        session.delete(work)
    session.flush()
    if works:
        _record(session, "tour.remove_works", "tour", tour_id,
                {"entries": [[w.entry_id for w in works], None]})
        _renumber(session, tour_id)
    return len(works)


def _renumber(session: Session, tour_id: int) -> None:
    for position, work in enumerate(tour_works(session, tour_id), start=1):
        work.position = position
    session.flush()


def reorder_works(session: Session, tour_id: int, entry_ids: Sequence[int]) -> None:
    """Set the tour's order; works left out of entry_ids keep their order after the listed ones."""
    works = tour_works(session, tour_id)
    rank = {entry_id: i for i, entry_id in enumerate(entry_ids)}
    before = [w.entry_id for w in works]
    works.sort(key=lambda w: (rank.get(w.entry_id, len(rank)), w.position))
    for position, work in enumerate(works, start=1):
        work.position = position
    session.flush()
    after = [w.entry_id for w in works]
    if after != before:
        _record(session, "tour.reorder", "tour", tour_id, {"order": [before, after]})


def set_work_state(session: Session, tour_id: int, entry_id: int, *, status: str | None = None,
                   condition_notes: str | None = None) -> TourWork:
    work = next((w for w in tour_works(session, tour_id) if w.entry_id == entry_id), None)
    if work is None:
        raise NotFound("tour_work_not_found", id=entry_id)
    values: dict[str, object] = {}
    if status is not None:
        if status not in WORK_STATUSES:
            raise InvalidValue("tour_work_status_invalid", value=status)
        values["status"] = status
    if condition_notes is not None:
        values["condition_notes"] = condition_notes
    changes = audit.diff(work, values)
    for name, value in values.items():
        setattr(work, name, value)
    if changes:
        _record(session, "tour.work_state", "tour_work", work.id, changes)
    return work


def add_venue(session: Session, tour_id: int, spec: VenueSpec, *, all_works: bool = True) -> Venue:
    """A venue of the tour; all_works: it shows every work the tour has now."""
    _check_venue(spec)
    get_tour(session, tour_id)
    venue = Venue(tour_id=tour_id, **_venue_values(spec))
    session.add(venue)
    session.flush()
    if all_works:
        session.add_all(VenueWork(venue_id=venue.id, tour_work_id=w.id)
                        for w in tour_works(session, tour_id))
        session.flush()
    _record(session, "tour.add_venue", "venue", venue.id, {"name": [None, venue.name]})
    return venue


def _venue_values(spec: VenueSpec) -> dict[str, object]:
    return {"name": spec.name.strip(), "city": spec.city.strip(), "address": spec.address,
            "language": spec.language, "starts_on": spec.starts_on, "ends_on": spec.ends_on,
            "contact": spec.contact}


def update_venue(session: Session, venue_id: int, spec: VenueSpec) -> Venue:
    _check_venue(spec)
    venue = get_venue(session, venue_id)
    values = _venue_values(spec)
    changes = audit.diff(venue, values)
    for name, value in values.items():
        setattr(venue, name, value)
    if changes:
        _record(session, "tour.edit_venue", "venue", venue.id, changes)
    return venue


def delete_venue(session: Session, venue_id: int) -> None:
    venue = get_venue(session, venue_id)
    _record(session, "tour.delete_venue", "venue", venue.id, {"name": [venue.name, None]})
    session.delete(venue)
    session.flush()


def venues_of(session: Session, tour_id: int) -> list[Venue]:
    get_tour(session, tour_id)
    return list(session.scalars(select(Venue).where(Venue.tour_id == tour_id)
                                .order_by(Venue.starts_on, Venue.id)))


def venue_entry_ids(session: Session, venue_id: int) -> set[int]:
    return set(session.scalars(
        select(TourWork.entry_id).join(VenueWork, VenueWork.tour_work_id == TourWork.id)
        .where(VenueWork.venue_id == venue_id)))


def set_venue_works(session: Session, venue_id: int, entry_ids: Iterable[int]) -> None:
    """Exactly these works of the tour are shown at the venue."""
    venue = get_venue(session, venue_id)
    by_entry = {w.entry_id: w.id for w in tour_works(session, venue.tour_id)}
    wanted = set(entry_ids)
    unknown = wanted - set(by_entry)
    if unknown:
        raise NotFound("tour_work_not_found", id=min(unknown))
    before = venue_entry_ids(session, venue_id)
    if before == wanted:
        return
    session.execute(delete(VenueWork).where(VenueWork.venue_id == venue_id))
    session.add_all(VenueWork(venue_id=venue_id, tour_work_id=by_entry[e]) for e in wanted)
    session.flush()
    _record(session, "tour.venue_works", "venue", venue_id,
            {"entries": [sorted(before), sorted(wanted)]})


def works_by_venue(session: Session, tour_id: int) -> dict[int, set[int]]:
    """venue id -> entry ids shown there, for every venue of the tour."""
    rows = session.execute(
        select(VenueWork.venue_id, TourWork.entry_id)
        .join(TourWork, TourWork.id == VenueWork.tour_work_id)
        .where(TourWork.tour_id == tour_id)).all()
    result: dict[int, set[int]] = {v.id: set() for v in venues_of(session, tour_id)}
    for venue_id, entry_id in rows:
        result.setdefault(venue_id, set()).add(entry_id)
    return result


def editions_of(session: Session, tour_id: int) -> list[int]:
    """The editions the tour's works come from, oldest first."""
    return list(session.scalars(
        select(Contest.edition).distinct()
        .join(Entry, Entry.contest_id == Contest.id)
        .join(TourWork, TourWork.entry_id == Entry.id)
        .where(TourWork.tour_id == tour_id).order_by(Contest.edition)))
