"""One ranked list of the contest's works from all its rounds, by any aggregation method.

Rounds build on each other: a final round holds the top works of the preliminary round, so a
work's result comes from the latest (non-boundary) round that scored it, and works that reached
a later round rank above works that did not. Within a round, works are ordered by their result;
an exact tie is ordered by anonymous code only so that the order is repeatable: ties are
reported at tier lines (allocate.find_boundaries) for the committee to settle.

A closed boundary round re-orders only the works it held, among the places they held: the
committee asked the jury to look again at those works and nothing else moves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.awards.aggregate import (
    METHODS,
    RoundScores,
    all_work_scores,
    check_method,
    load_round_scores,
)
from contest_app.core.contests import get_contest
from contest_app.db.models import Entry, EntryStatus, Region, Round, RoundEntry, RoundKind

TIE_EPSILON = 1e-9


@dataclass(frozen=True)
class Notice:
    """Something the committee should know about the results: a message code with its values."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class RankedWork:
    entry_id: int
    code: str
    entry_no: str
    title: str
    title_en: str
    region_code: str
    region_names: dict[str, str]
    country_code: str
    country_names: dict[str, str]
    stage: int  # position of the round the result comes from
    round_id: int
    jurors: int
    abstentions: int
    scores: dict[str, float]  # method -> result
    rank: int = 0
    score: float = 0.0  # the result by the method the list is ranked by
    boundary_round: int | None = None  # the last closed boundary round that ranked this work


@dataclass
class ScoredContest:
    """Every eligible scored work with its results by every method: one load, any ranking."""

    contest_id: int
    scale: tuple[float, float]
    works: list[RankedWork]
    boundary_rounds: list[tuple[int, dict[str, dict[int, float]]]]  # (round id, method->scores)
    notices: list[Notice]
    round_scores: dict[int, RoundScores]


def _entries(session: Session, contest_id: int) -> dict[int, tuple[Entry, Region]]:
    rows = session.execute(select(Entry, Region).join(Region, Region.id == Entry.region_id)
                           .where(Entry.contest_id == contest_id))
    return {entry.id: (entry, region) for entry, region in rows}


def load_scored(session: Session, contest_id: int) -> ScoredContest:
    get_contest(session, contest_id)
    rounds = list(session.scalars(select(Round).where(Round.contest_id == contest_id)
                                  .order_by(Round.position)))
    entries = _entries(session, contest_id)
    notices: list[Notice] = []
    round_scores = {r.id: load_round_scores(session, r.id) for r in rounds}
    stages: dict[int, tuple[Round, dict[str, dict[int, float]]]] = {}
    scale = (1.0, 10.0)
    skipped: Counter[str] = Counter()
    for round_ in rounds:
        scores = round_scores[round_.id]
        for key, items in (("conflicts", scores.conflicts), ("incomplete", scores.incomplete),
                           ("reassigned", scores.reassigned)):
            skipped[key] += len(items)
        if round_.kind == RoundKind.BOUNDARY or not scores.values:
            continue
        scale = scores.scale
        if not scores.closed:
            notices.append(Notice("awards_round_open", {"round": round_.name or round_.position}))
        per_method = all_work_scores(scores)
        for entry_id in scores.values:
            stages[entry_id] = (round_, per_method)  # later rounds overwrite earlier ones
    for key, count in skipped.items():
        if count:
            notices.append(Notice(f"awards_scores_{key}", {"count": count}))
    works: list[RankedWork] = []
    not_eligible = 0
    for entry_id, (round_, per_method) in stages.items():
        entry, region = entries[entry_id]
        if entry.status != EntryStatus.ELIGIBLE:
            not_eligible += 1
            continue
        scores = round_scores[round_.id]
        works.append(RankedWork(
            entry_id=entry.id, code=entry.anon_code, entry_no=entry.entry_no, title=entry.title,
            title_en=entry.title_en, region_code=region.code, region_names=dict(region.names),
            country_code=region.country_code, country_names=dict(region.country.names),
            stage=round_.position, round_id=round_.id, jurors=len(scores.values[entry_id]),
            abstentions=len(scores.abstentions.get(entry_id, ())),
            scores={m: per_method[m][entry_id] for m in METHODS}))
    if not_eligible:
        notices.append(Notice("awards_not_eligible_scored", {"count": not_eligible}))
    if not works:
        notices.append(Notice("awards_no_scores"))
    boundary: list[tuple[int, dict[str, dict[int, float]]]] = []
    for round_ in rounds:
        if round_.kind != RoundKind.BOUNDARY:
            continue
        if round_.status != "closed":
            notices.append(Notice("awards_boundary_open",
                                  {"round": round_.name or round_.position}))
            continue
        held = set(session.scalars(select(RoundEntry.entry_id)
                                   .where(RoundEntry.round_id == round_.id)))
        per_method = all_work_scores(round_scores[round_.id])
        boundary.append((round_.id, {m: {e: s for e, s in v.items() if e in held}
                                     for m, v in per_method.items()}))
    return ScoredContest(contest_id, scale, works, boundary, notices, round_scores)


def same_result(a: RankedWork, b: RankedWork) -> bool:
    return a.stage == b.stage and abs(a.score - b.score) <= TIE_EPSILON


def rank(scored: ScoredContest, method: str) -> list[RankedWork]:
    """The works ranked by method (copies: rankings by several methods can live side by side)."""
    check_method(method)
    works = [RankedWork(**{**w.__dict__, "scores": dict(w.scores)}) for w in scored.works]
    for work in works:
        work.score = work.scores[method]
    works.sort(key=lambda w: (-w.stage, -round(w.score, 9), w.code))
    for round_id, per_method in scored.boundary_rounds:
        again = per_method[method]
        places = [i for i, w in enumerate(works) if w.entry_id in again]
        if len(places) < 2:
            continue
        before = {works[i].entry_id: i for i in places}
        moved = sorted((works[i] for i in places),
                       key=lambda w: (-round(again[w.entry_id], 9), before[w.entry_id]))
        for place, work in zip(places, moved, strict=True):
            work.boundary_round = round_id
            works[place] = work
    for position, work in enumerate(works, start=1):
        work.rank = position
    return works
