"""Read-only summaries the jury, awards, certificates and exhibitions pages show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.db.models import (
    Assignment,
    Award,
    AwardTier,
    Certificate,
    Entry,
    Juror,
    JurorConflict,
    Round,
    RoundEntry,
    Score,
    Student,
    Tour,
    TourWork,
    Venue,
)


@dataclass
class JurorRow:
    id: int
    name: str
    affiliation: str
    country_code: str
    language: str
    conflicts: int
    scores: int
    active: bool


@dataclass
class RoundRow:
    id: int
    name: str
    kind: str
    status: str
    works: int
    assignments: int
    scores: int


def jurors(session: Session, contest_id: int) -> list[JurorRow]:
    conflicts = dict(session.execute(
        select(JurorConflict.juror_id, func.count()).group_by(JurorConflict.juror_id)
    ).all())
    scores = dict(session.execute(
        select(Score.juror_id, func.count()).group_by(Score.juror_id)
    ).all())
    rows = session.scalars(select(Juror).where(Juror.contest_id == contest_id).order_by(Juror.name))
    return [JurorRow(j.id, j.name, j.affiliation, j.country_code, j.language,
                     conflicts.get(j.id, 0), scores.get(j.id, 0), j.active) for j in rows]


def rounds(session: Session, contest_id: int) -> list[RoundRow]:
    def per_round(column_table: type, round_col: object) -> dict[int, int]:
        return dict(session.execute(
            select(round_col, func.count()).select_from(column_table).group_by(round_col)
        ).all())

    works = per_round(RoundEntry, RoundEntry.round_id)
    assigned = per_round(Assignment, Assignment.round_id)
    scored = per_round(Score, Score.round_id)
    rows = session.scalars(
        select(Round).where(Round.contest_id == contest_id).order_by(Round.position))
    return [RoundRow(r.id, r.name, r.kind, r.status, works.get(r.id, 0), assigned.get(r.id, 0),
                     scored.get(r.id, 0)) for r in rows]


@dataclass
class TierRow:
    key: str
    names: dict[str, str]
    quota: int
    awarded: int


@dataclass
class AwardRow:
    rank: int | None
    anon_code: str
    entry_no: str
    title: str
    tier_names: dict[str, str]
    score: float | None
    status: str


def tiers(session: Session, contest_id: int) -> list[TierRow]:
    awarded = dict(session.execute(
        select(Award.tier_id, func.count()).where(Award.contest_id == contest_id,
                                                  Award.status != "withdrawn")
        .group_by(Award.tier_id)
    ).all())
    rows = session.scalars(
        select(AwardTier).where(AwardTier.contest_id == contest_id).order_by(AwardTier.position))
    return [TierRow(t.key, dict(t.names), t.quota, awarded.get(t.id, 0)) for t in rows]


def awards(session: Session, contest_id: int) -> list[AwardRow]:
    query = (
        select(Award, Entry, AwardTier)
        .join(Entry, Entry.id == Award.entry_id)
        .join(AwardTier, AwardTier.id == Award.tier_id)
        .where(Award.contest_id == contest_id)
        .order_by(AwardTier.position, Award.rank)
    )
    return [AwardRow(a.rank, e.anon_code, e.entry_no, e.title, dict(t.names), a.score, a.status)
            for a, e, t in session.execute(query)]


@dataclass
class CertificateRow:
    serial: str
    kind: str
    tier_key: str
    student: str
    language: str
    issued_at: datetime
    reissue: bool


def certificates(session: Session, contest_id: int) -> list[CertificateRow]:
    query = (
        select(Certificate, Student.name)
        .outerjoin(Student, Student.id == Certificate.student_id)
        .where(Certificate.contest_id == contest_id)
        .order_by(Certificate.serial, Certificate.issued_at)
    )
    return [CertificateRow(c.serial, c.kind, c.tier_key, name or "", c.language, c.issued_at,
                           c.reissue_of_id is not None)
            for c, name in session.execute(query)]


@dataclass
class TourRow:
    id: int
    name: str
    starts_on: date | None
    ends_on: date | None
    venues: int
    works: int


def tours(session: Session) -> list[TourRow]:
    venues = dict(session.execute(
        select(Venue.tour_id, func.count()).group_by(Venue.tour_id)).all())
    works = dict(session.execute(
        select(TourWork.tour_id, func.count()).group_by(TourWork.tour_id)).all())
    rows = session.scalars(select(Tour).order_by(Tour.starts_on.desc(), Tour.name))
    return [TourRow(t.id, t.name, t.starts_on, t.ends_on, venues.get(t.id, 0), works.get(t.id, 0))
            for t in rows]
