"""Rounds of judging: which works each round holds, its criteria, and closing it.

A preliminary round holds every eligible work; a final round the top N of the previous
(non-boundary) round; a boundary round the works staff choose, e.g. those either side of a tier
line. A score is "complete" when the juror abstained or gave every criterion of the round.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.contests import get_contest
from contest_app.core.errors import Conflict, ContestAppError, InvalidValue, NotFound
from contest_app.core.jury.source import CriterionInfo
from contest_app.db.base import utcnow
from contest_app.db.models import (
    Assignment,
    Criterion,
    Entry,
    EntryStatus,
    Round,
    RoundEntry,
    RoundKind,
    RoundStatus,
    Score,
    ScoreValue,
)

KINDS = tuple(k.value for k in RoundKind)
DECISIONS = ("accept_gap", "reassigned")


class RoundIncomplete(ContestAppError):
    """Closing needs a decision: values missing (scores), round (id)."""

    code = "round_incomplete"


def get_round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise NotFound("round_not_found", id=round_id)
    return round_


def open_round(session: Session, round_id: int) -> Round:
    """The round, if scores may still change in it."""
    round_ = get_round(session, round_id)
    if round_.status != RoundStatus.OPEN:
        raise Conflict("round_closed", round=round_label(round_))
    return round_


def round_label(round_: Round) -> str:
    return round_.name or f"{round_.position} ({round_.kind})"


def rounds_of(session: Session, contest_id: int) -> list[Round]:
    return list(session.scalars(
        select(Round).where(Round.contest_id == contest_id).order_by(Round.position)))


def latest_open_round(session: Session, contest_id: int) -> Round:
    round_ = session.scalar(
        select(Round).where(Round.contest_id == contest_id, Round.status == RoundStatus.OPEN)
        .order_by(Round.position.desc()).limit(1))
    if round_ is None:
        raise NotFound("round_none_open", contest=contest_id)
    return round_


def criterion_rows(session: Session, round_: Round) -> list[Criterion]:
    """The contest's criteria the round uses, in the contest's order."""
    rows = list(session.scalars(
        select(Criterion).where(Criterion.contest_id == round_.contest_id)
        .order_by(Criterion.position)))
    keys = list(round_.criteria or [])
    return [c for c in rows if c.key in keys] if keys else rows


def round_criteria(session: Session, round_: Round) -> list[CriterionInfo]:
    return [CriterionInfo(c.key, dict(c.names), c.weight, c.scale_min, c.scale_max)
            for c in criterion_rows(session, round_)]


def round_entry_ids(session: Session, round_id: int) -> list[int]:
    return list(session.scalars(
        select(RoundEntry.entry_id).where(RoundEntry.round_id == round_id)
        .order_by(RoundEntry.entry_id)))


def completed_pairs(session: Session, round_: Round) -> set[tuple[int, int]]:
    """(juror id, entry id) of active assignments whose score is complete."""
    criterion_ids = [c.id for c in criterion_rows(session, round_)]
    given = (select(ScoreValue.score_id, func.count().label("n"))
             .where(ScoreValue.criterion_id.in_(criterion_ids))
             .group_by(ScoreValue.score_id).subquery())
    rows = session.execute(
        select(Score.juror_id, Score.entry_id, Score.abstained, func.coalesce(given.c.n, 0))
        .join(Assignment, (Assignment.round_id == Score.round_id)
              & (Assignment.juror_id == Score.juror_id)
              & (Assignment.entry_id == Score.entry_id))
        .outerjoin(given, given.c.score_id == Score.id)
        .where(Score.round_id == round_.id, Assignment.active.is_(True)))
    return {(j, e) for j, e, abstained, n in rows if abstained or n >= len(criterion_ids)}


def missing_count(session: Session, round_: Round) -> int:
    assigned = session.scalar(select(func.count()).select_from(Assignment).where(
        Assignment.round_id == round_.id, Assignment.active.is_(True))) or 0
    return int(assigned) - len(completed_pairs(session, round_))


def mean_weighted_scores(session: Session, round_: Round) -> dict[int, float]:
    """Entry id -> mean over jurors of their weighted score (complete, not abstained, active)."""
    criteria = criterion_rows(session, round_)
    weights = {c.id: c.weight for c in criteria}
    total_weight = sum(weights.values())
    done = completed_pairs(session, round_)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    rows = session.execute(
        select(Score.juror_id, Score.entry_id, ScoreValue.criterion_id, ScoreValue.value)
        .join(ScoreValue, ScoreValue.score_id == Score.id)
        .where(Score.round_id == round_.id, Score.abstained.is_(False),
               ScoreValue.criterion_id.in_(list(weights))))
    for juror_id, entry_id, criterion_id, value in rows:
        if (juror_id, entry_id) in done:
            sums[(juror_id, entry_id)] += value * weights[criterion_id]
    per_entry: dict[int, list[float]] = defaultdict(list)
    for (_juror_id, entry_id), weighted in sums.items():
        per_entry[entry_id].append(weighted / total_weight)
    return {e: sum(v) / len(v) for e, v in per_entry.items()}


def _criteria_keys(session: Session, contest_id: int, keys: Iterable[str] | None) -> list[str]:
    if not keys:
        return []  # empty means "the contest's criteria", which may still be edited later
    known = set(session.scalars(select(Criterion.key).where(Criterion.contest_id == contest_id)))
    chosen = [k.strip() for k in keys if k.strip()]
    for key in chosen:
        if key not in known:
            raise InvalidValue("criterion_unknown", key=key)
    return list(dict.fromkeys(chosen))


def _top_entries(session: Session, contest_id: int, top_n: int) -> list[int]:
    previous = session.scalar(
        select(Round).where(Round.contest_id == contest_id, Round.kind != RoundKind.BOUNDARY)
        .order_by(Round.position.desc()).limit(1))
    if previous is None:
        raise NotFound("round_previous_missing")
    if previous.status == RoundStatus.OPEN:
        # scores may still change: a final drawn from them would be arbitrary
        raise Conflict("round_previous_open", round=round_label(previous))
    means = mean_weighted_scores(session, previous)
    ranked = sorted(means.items(), key=lambda item: -item[1])
    if len(ranked) <= top_n:
        return [e for e, _ in ranked]
    # works tied with the Nth all go through: cutting a tie by chance is not the jury's decision
    cut = round(ranked[top_n - 1][1], 9)
    return [e for e, mean in ranked if round(mean, 9) >= cut]


def _chosen_entries(session: Session, contest_id: int, entry_ids: Iterable[int] | None) -> list[int]:
    wanted = list(dict.fromkeys(entry_ids or []))
    if not wanted:
        raise InvalidValue("round_entries_required")
    found = set(session.scalars(
        select(Entry.id).where(Entry.contest_id == contest_id, Entry.id.in_(wanted))))
    for entry_id in wanted:
        if entry_id not in found:
            raise NotFound("entry_not_found", id=entry_id)
    return wanted


def create_round(
    session: Session,
    contest_id: int,
    *,
    kind: str = "preliminary",
    name: str = "",
    show_titles: bool = False,
    jurors_per_work: int | None = None,
    top_n: int | None = None,
    entry_ids: Iterable[int] | None = None,
    criteria_keys: Iterable[str] | None = None,
) -> Round:
    """A new open round with its works (RoundEntry rows); jurors come with assignment.assign."""
    get_contest(session, contest_id)
    if kind not in KINDS:
        raise InvalidValue("round_kind_invalid", value=kind)
    if jurors_per_work is not None and jurors_per_work < 1:
        raise InvalidValue("per_work_invalid", value=jurors_per_work)
    keys = _criteria_keys(session, contest_id, criteria_keys)
    if kind == RoundKind.FINAL:
        if top_n is None or top_n < 1:
            raise InvalidValue("round_top_n_required", value=top_n)
        works = _top_entries(session, contest_id, top_n)
    elif kind == RoundKind.BOUNDARY:
        works = _chosen_entries(session, contest_id, entry_ids)
    else:
        works = list(session.scalars(select(Entry.id).where(
            Entry.contest_id == contest_id, Entry.status == EntryStatus.ELIGIBLE)
            .order_by(Entry.id)))
    if not works:
        raise InvalidValue("round_no_works", kind=kind)
    last = session.scalar(select(func.max(Round.position)).where(Round.contest_id == contest_id))
    round_ = Round(contest_id=contest_id, kind=kind, name=name.strip(), position=(last or 0) + 1,
                   show_titles=show_titles, jurors_per_work=jurors_per_work,
                   top_n=top_n if kind == RoundKind.FINAL else None, criteria=keys)
    session.add(round_)
    session.flush()
    session.add_all(RoundEntry(round_id=round_.id, entry_id=e) for e in works)
    session.flush()
    audit.record(session, "round.create", contest_id=contest_id, target_table="round",
                 target_id=round_.id, changes={"kind": [None, kind], "works": [None, len(works)],
                                               "top_n": [None, top_n]})
    return round_


def close_round(session: Session, round_id: int, *, decision: str | None = None,
                reason: str = "") -> Round:
    """Close the round. With scores missing, a decision is required: "accept_gap" (results use
    the scores there are) or "reassigned" (the gap was handed to other jurors or another round)."""
    round_ = open_round(session, round_id)
    missing = missing_count(session, round_)
    if decision is not None and decision not in DECISIONS:
        raise InvalidValue("close_decision_invalid", value=decision)
    if missing and decision is None:
        raise RoundIncomplete(missing=missing, round=round_label(round_))
    round_.status = RoundStatus.CLOSED
    round_.closed_at = utcnow()
    round_.close_decision = (decision or "") if missing else ""
    session.flush()
    audit.record(session, "round.close", contest_id=round_.contest_id, target_table="round",
                 target_id=round_.id, reason=reason,
                 changes={"status": [RoundStatus.OPEN.value, RoundStatus.CLOSED.value],
                          "missing": [None, missing],
                          "decision": [None, round_.close_decision or None]})
    return round_


def reopen_round(session: Session, round_id: int, reason: str) -> Round:
    round_ = get_round(session, round_id)
    if not reason.strip():
        raise InvalidValue("reason_required")
    if round_.status == RoundStatus.OPEN:
        return round_
    round_.status, round_.closed_at = RoundStatus.OPEN, None
    session.flush()
    audit.record(session, "round.reopen", contest_id=round_.contest_id, target_table="round",
                 target_id=round_.id, reason=reason,
                 changes={"status": [RoundStatus.CLOSED.value, RoundStatus.OPEN.value]})
    return round_
