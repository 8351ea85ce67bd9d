"""Builders for awards tests: contests, works, jurors, rounds and scores written as plain rows.

The jury package's own functions are not used here on purpose: these tests must not depend on
how rounds and scores are created, only on the rows they leave behind.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.contests import ContestSpec, CriterionSpec, TierSpec, create_contest
from contest_app.db.models import (
    Assignment,
    Criterion,
    Entry,
    EntryStatus,
    EntryStudent,
    Juror,
    JurorConflict,
    Region,
    Round,
    RoundEntry,
    Score,
    ScoreValue,
    Student,
)

SMALL_TIERS = [("grand", 1), ("excellence", 2), ("encouragement", 3), ("finalist", 4)]


def make_contest(session: Session, tiers: Iterable[tuple[str, int]] = SMALL_TIERS,
                 weights: Iterable[float] | None = None, edition: int = 12) -> int:
    criteria = [CriterionSpec(key, weight) for key, weight in zip(
        ("theme", "creativity", "composition", "technique"), weights or (1, 1, 1, 1),
        strict=False)]
    contest = create_contest(session, ContestSpec(
        edition=edition, year=2024, tiers=[TierSpec(k, q) for k, q in tiers], criteria=criteria))
    return contest.id


def make_entries(session: Session, contest_id: int, regions: list[str],
                 prefix: str = "W", students: bool = True) -> list[Entry]:
    """One eligible work per item of regions (region codes, repeated for several works)."""
    ids = {r.code: r.id for r in session.scalars(select(Region))}
    entries = []
    for i, code in enumerate(regions, start=1):
        entry = Entry(contest_id=contest_id, region_id=ids[code], entry_no=f"{code}-{i}",
                      anon_code=f"{prefix}{i:03d}", title=f"Work {i}", title_en=f"Work {i}",
                      status=EntryStatus.ELIGIBLE)
        if students:
            student = Student(contest_id=contest_id, region_id=ids[code], name=f"Student {i}",
                              name_latin=f"Student {i}", guardian_consent=True)
            entry.authors.append(EntryStudent(student=student, position=0))
        session.add(entry)
        entries.append(entry)
    session.flush()
    return entries


def make_round(session: Session, contest_id: int, entries: list[Entry], kind: str = "preliminary",
               closed: bool = True, position: int | None = None) -> Round:
    if position is None:
        position = len(list(session.scalars(
            select(Round.id).where(Round.contest_id == contest_id)))) + 1
    round_ = Round(contest_id=contest_id, kind=kind, name=f"{kind} {position}",
                   position=position, status="closed" if closed else "open")
    session.add(round_)
    session.flush()
    session.add_all(RoundEntry(round_id=round_.id, entry_id=e.id) for e in entries)
    session.flush()
    return round_


def make_juror(session: Session, contest_id: int, name: str,
               conflicts: Iterable[tuple[str, str]] = ()) -> Juror:
    juror = Juror(contest_id=contest_id, name=name)
    juror.conflicts = [JurorConflict(scope=s, code=c) for s, c in conflicts]
    session.add(juror)
    session.flush()
    return juror


def give(session: Session, round_: Round, juror: Juror, entry: Entry,
         value: float | dict[str, float] | None, abstained: bool = False) -> Score:
    """An assignment and a score: one value for every criterion, or one per criterion key;
    None with abstained=False leaves the score incomplete (no values)."""
    session.add(Assignment(round_id=round_.id, juror_id=juror.id, entry_id=entry.id))
    score = Score(round_id=round_.id, juror_id=juror.id, entry_id=entry.id, abstained=abstained)
    criteria = list(session.scalars(select(Criterion).where(
        Criterion.contest_id == round_.contest_id)))
    if value is not None and not abstained:
        for criterion in criteria:
            v = value[criterion.key] if isinstance(value, dict) else value
            score.values.append(ScoreValue(criterion_id=criterion.id, value=v))
    session.add(score)
    session.flush()
    return score


def score_all(session: Session, round_: Round, juror: Juror, entries: list[Entry],
              values: list[float]) -> None:
    for entry, value in zip(entries, values, strict=True):
        give(session, round_, juror, entry, value)
