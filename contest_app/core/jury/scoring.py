"""Saving a juror's scores, the works a juror sees, and the juror's own score distribution.

Scale rule: any number within scale_min..scale_max is accepted and stored rounded to the nearest
half point (7.26 -> 7.5, 7.24 -> 7.0; halves round up), so a screen, a package and a typed-up
paper sheet all end with the same values. A number outside the scale is refused, not clipped:
it is more likely a typing slip (75 for 7.5) than a wish for the maximum.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.core.jury.rounds import criterion_rows, open_round, round_criteria
from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem
from contest_app.db.models import (
    Assignment,
    Criterion,
    Entry,
    Round,
    Score,
    ScoreSource,
    ScoreValue,
)

SOURCES = tuple(s.value for s in ScoreSource)

ValueProblem = tuple[str, dict[str, object]]  # (code, values for the message)


def round_half(value: float) -> float:
    return math.floor(value * 2 + 0.5) / 2


def as_number(value: object) -> float | None:
    """A finite float from a number or a typed text ("7,5" too: a decimal comma); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def check_value(criterion: CriterionInfo | Criterion, value: object) -> tuple[float | None,
                                                                               ValueProblem | None]:
    """(the value to store, None) or (None, the problem) for one criterion's score."""
    number = as_number(value)
    if number is None:
        return None, ("score_not_number", {"key": criterion.key, "value": value})
    if not criterion.scale_min <= number <= criterion.scale_max:
        return None, ("score_out_of_scale", {"key": criterion.key, "value": value,
                                             "min": f"{criterion.scale_min:g}",
                                             "max": f"{criterion.scale_max:g}"})
    # rounding never leaves the scale: both ends are whole or half points in practice
    stored = min(max(round_half(number), criterion.scale_min), criterion.scale_max)
    return stored, None


def check_values(criteria: list[Criterion], values: Mapping[str, object]
                 ) -> tuple[dict[int, float], list[ValueProblem]]:
    """Criterion id -> value to store, and every problem found (unknown keys, numbers, scale)."""
    by_key = {c.key: c for c in criteria}
    clean: dict[int, float] = {}
    problems: list[ValueProblem] = []
    for key, value in values.items():
        criterion = by_key.get(key)
        if criterion is None:
            problems.append(("criterion_unknown", {"key": key}))
            continue
        stored, problem = check_value(criterion, value)
        if problem:
            problems.append(problem)
        else:
            assert stored is not None
            clean[criterion.id] = stored
    return clean, problems


def active_assignment(session: Session, round_id: int, juror_id: int,
                      entry_id: int) -> Assignment | None:
    return session.scalar(select(Assignment).where(
        Assignment.round_id == round_id, Assignment.juror_id == juror_id,
        Assignment.entry_id == entry_id, Assignment.active.is_(True)))


def save_score(session: Session, round_id: int, juror_id: int, entry_id: int, item: ScoreItem,
               *, source: str = "screen") -> Score:
    """Insert or update one score with its values. Values missing from item are removed (a
    juror may clear a box); an abstention keeps the comment and flags but no values.

    Refused: round_closed, work_not_assigned, criterion_unknown, score_not_number,
    score_out_of_scale, score_source_invalid. The caller commits: one score per transaction
    from a screen, a whole sheet per transaction from paper.
    """
    if source not in SOURCES:
        raise InvalidValue("score_source_invalid", value=source)
    round_ = open_round(session, round_id)
    if active_assignment(session, round_id, juror_id, entry_id) is None:
        entry = session.get(Entry, entry_id)
        raise Conflict("work_not_assigned", code=entry.anon_code if entry else str(entry_id),
                       juror=juror_id)
    criteria = criterion_rows(session, round_)
    clean, problems = check_values(criteria, {} if item.abstained else item.values)
    if problems:
        code, values = problems[0]
        raise InvalidValue(code, **values)
    score = session.scalar(select(Score).where(
        Score.round_id == round_id, Score.juror_id == juror_id, Score.entry_id == entry_id))
    if score is None:
        score = Score(round_id=round_id, juror_id=juror_id, entry_id=entry_id)
        session.add(score)
    score.comment = item.comment.strip()
    score.flagged, score.favourite = bool(item.flagged), bool(item.favourite)
    score.abstained = bool(item.abstained)
    score.source = source
    # edit values in place: deleting and re-adding the same (score, criterion) key in one flush
    # is fragile, and in place keeps the row history short
    existing = {v.criterion_id: v for v in score.values}
    for criterion_id, row in existing.items():
        if criterion_id not in clean:
            score.values.remove(row)
    for criterion_id, value in clean.items():
        if criterion_id in existing:
            existing[criterion_id].value = value
        else:
            score.values.append(ScoreValue(criterion_id=criterion_id, value=value))
    session.flush()
    return score


def work_order_key(round_id: int, juror_id: int, code: str) -> str:
    """Per-juror shuffle: says nothing of region or import order, differs between jurors (so no
    work is always seen first or last, when attention is freshest or most tired)."""
    return hashlib.sha256(f"{round_id}:{juror_id}:{code}".encode()).hexdigest()


def works_for_juror(session: Session, round_id: int, juror_id: int) -> list[tuple[Entry, WorkItem]]:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise NotFound("round_not_found", id=round_id)
    entries = session.scalars(
        select(Entry).join(Assignment, Assignment.entry_id == Entry.id)
        .where(Assignment.round_id == round_id, Assignment.juror_id == juror_id,
               Assignment.active.is_(True)))
    items = [(e, WorkItem(e.anon_code, _title(e) if round_.show_titles else None))
             for e in entries]
    return sorted(items, key=lambda pair: work_order_key(round_id, juror_id, pair[1].code))


def _title(entry: Entry) -> str:
    # the English form first: an original title in Hangul or Cyrillic would name the country
    return entry.title_en or entry.title


def scores_for_juror(session: Session, round_id: int, juror_id: int) -> dict[str, ScoreItem]:
    """The juror's scores on works still assigned to them, by anonymous code."""
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise NotFound("round_not_found", id=round_id)
    keys = {c.id: c.key for c in criterion_rows(session, round_)}
    scores = session.scalars(
        select(Score).join(Assignment, (Assignment.round_id == Score.round_id)
                           & (Assignment.juror_id == Score.juror_id)
                           & (Assignment.entry_id == Score.entry_id))
        .where(Score.round_id == round_id, Score.juror_id == juror_id,
               Assignment.active.is_(True)))
    codes = dict(session.execute(
        select(Entry.id, Entry.anon_code).join(Assignment, Assignment.entry_id == Entry.id)
        .where(Assignment.round_id == round_id, Assignment.juror_id == juror_id)).all())
    return {
        codes[s.entry_id]: ScoreItem(
            values={keys[v.criterion_id]: v.value for v in s.values if v.criterion_id in keys},
            comment=s.comment, flagged=s.flagged, favourite=s.favourite, abstained=s.abstained)
        for s in scores
    }


def distribution(items: list[ScoreItem], criteria: list[CriterionInfo]) -> list[float]:
    """Weighted scores of the complete, non-abstained items."""
    return [w for w in (item.weighted(criteria) for item in items) if w is not None]


@dataclass(frozen=True)
class Standing:
    """Where a juror stands: how many works they passed, against the share they aim for."""

    scored: int
    passed: int
    threshold: float
    bins: list[tuple[float, int]]  # (lower edge, count), one bin per scale point

    @property
    def share(self) -> float:
        return self.passed / self.scored if self.scored else 0.0


def standing(weighted: list[float], criteria: list[CriterionInfo], threshold: float) -> Standing:
    """Histogram on the round's weighted scale, and the count at or above threshold."""
    total = sum(c.weight for c in criteria) or 1.0
    low = sum(c.scale_min * c.weight for c in criteria) / total
    high = sum(c.scale_max * c.weight for c in criteria) / total
    count = max(round(high - low), 1)
    width = (high - low) / count if high > low else 1.0
    counts = [0] * count
    for value in weighted:
        counts[min(max(int((value - low) / width), 0), count - 1)] += 1
    return Standing(
        scored=len(weighted), passed=sum(1 for v in weighted if v >= threshold),
        threshold=threshold, bins=[(low + i * width, n) for i, n in enumerate(counts)])


def juror_standing(session: Session, round_id: int, juror_id: int,
                   threshold: float) -> Standing:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise NotFound("round_not_found", id=round_id)
    criteria = round_criteria(session, round_)
    items = list(scores_for_juror(session, round_id, juror_id).values())
    return standing(distribution(items, criteria), criteria, threshold)
