"""From the scores of one round to one number per work, by four methods.

A juror's score of a work is the weighted mean of the round's criteria, each first put on a
0..1 fraction of its own scale (so criteria with different scales weigh what their weight says)
and then read on the round's scale (the weighted mean of the criteria's bounds; 1..10 by
default, where it equals the plain weighted mean of the values).

What never counts: an abstention (the juror said "I cannot judge this one"), a score from a
juror with a conflict of interest on the work's region or country, a score of an assignment that
was handed to another juror, and an incomplete score. None of them is a zero: the work's result
is the mean over the jurors who did score it.

Methods (per work, over the jurors who scored it):
- ``mean``: the arithmetic mean.
- ``trimmed``: drop k = max(1, floor(0.2·n)) of the highest and of the lowest when n >= 3
  (with three jurors: the median), then the mean. Blunts a single outlier.
- ``zscore``: each juror's scores become z = (s - m_j) / sd_j over everything that juror scored
  in the round, read back on the scale as M + S·z (M, S: mean and standard deviation of all the
  round's scores). Removes a lenient or harsh juror's shift and a narrow or wide juror's spread;
  it assumes each juror's works are a fair sample of the whole, which random assignment gives.
- ``rank``: each juror's scores become percentiles (r - 0.5) / n_j of the juror's own ranking
  (ties share their mean rank), read on the scale as low + p·(high - low). Uses only the order a
  juror gave, never the distances.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.errors import InvalidValue, NotFound
from contest_app.db.models import (
    Assignment,
    Criterion,
    Entry,
    JurorConflict,
    Region,
    Round,
    Score,
    ScoreValue,
)

METHODS: tuple[str, ...] = ("mean", "trimmed", "zscore", "rank")
RAW_METHODS = ("mean", "trimmed")
TRIM_SHARE = 0.2


@dataclass
class RoundScores:
    """The usable scores of one round, and what was set aside and why."""

    round_id: int
    kind: str
    position: int
    closed: bool
    scale: tuple[float, float]
    values: dict[int, dict[int, float]] = field(default_factory=dict)  # entry -> juror -> score
    abstentions: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    conflicts: list[tuple[int, int]] = field(default_factory=list)  # (juror, entry) set aside
    reassigned: list[tuple[int, int]] = field(default_factory=list)
    incomplete: list[tuple[int, int]] = field(default_factory=list)

    def by_juror(self) -> dict[int, dict[int, float]]:
        out: dict[int, dict[int, float]] = defaultdict(dict)
        for entry_id, per_juror in self.values.items():
            for juror_id, value in per_juror.items():
                out[juror_id][entry_id] = value
        return dict(out)

    def all_values(self) -> list[float]:
        return [v for per_juror in self.values.values() for v in per_juror.values()]


def check_method(method: str) -> str:
    if method not in METHODS:
        raise InvalidValue("awards_method_invalid", value=method, methods=", ".join(METHODS))
    return method


def _criteria(session: Session, round_: Round) -> list[Criterion]:
    rows = list(session.scalars(select(Criterion).where(
        Criterion.contest_id == round_.contest_id).order_by(Criterion.position)))
    keys = list(round_.criteria or [])
    return [c for c in rows if c.key in keys] if keys else rows


def load_round_scores(session: Session, round_id: int) -> RoundScores:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise NotFound("round_not_found", id=round_id)
    criteria = _criteria(session, round_)
    total = sum(c.weight for c in criteria) or 1.0
    low = sum(c.scale_min * c.weight for c in criteria) / total if criteria else 0.0
    high = sum(c.scale_max * c.weight for c in criteria) / total if criteria else 1.0
    result = RoundScores(round_.id, round_.kind, round_.position, round_.status == "closed",
                         (low, high))
    if not criteria:
        return result
    by_id = {c.id: c for c in criteria}
    conflicts: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for juror_id, scope, code in session.execute(
            select(JurorConflict.juror_id, JurorConflict.scope, JurorConflict.code)):
        conflicts[juror_id].add((scope, code.upper()))
    assignments: dict[tuple[int, int], bool] = {}
    for juror_id, entry_id, active in session.execute(
            select(Assignment.juror_id, Assignment.entry_id, Assignment.active)
            .where(Assignment.round_id == round_id)):
        assignments[(juror_id, entry_id)] = assignments.get((juror_id, entry_id), False) or active
    values: dict[int, dict[int, float]] = defaultdict(dict)
    for score_id, criterion_id, value in session.execute(
            select(ScoreValue.score_id, ScoreValue.criterion_id, ScoreValue.value)
            .join(Score, Score.id == ScoreValue.score_id).where(Score.round_id == round_id)):
        if criterion_id in by_id:
            values[score_id][criterion_id] = value
    rows = session.execute(
        select(Score.id, Score.juror_id, Score.entry_id, Score.abstained, Region.code,
               Region.country_code)
        .join(Entry, Entry.id == Score.entry_id).join(Region, Region.id == Entry.region_id)
        .where(Score.round_id == round_id).order_by(Score.id))
    for score_id, juror_id, entry_id, abstained, region_code, country_code in rows:
        pair = (juror_id, entry_id)
        mine = conflicts.get(juror_id, set())
        if ("region", region_code.upper()) in mine or ("country", country_code.upper()) in mine:
            result.conflicts.append(pair)
        elif assignments.get(pair) is False:  # handed to another juror: their score counts
            result.reassigned.append(pair)
        elif abstained:
            result.abstentions[entry_id].add(juror_id)
        elif len(values.get(score_id, {})) < len(criteria):
            result.incomplete.append(pair)
        else:
            given = values[score_id]
            fraction = sum(
                (given[c.id] - c.scale_min) / ((c.scale_max - c.scale_min) or 1.0) * c.weight
                for c in criteria) / total
            result.values.setdefault(entry_id, {})[juror_id] = low + fraction * (high - low)
    return result


def trimmed_mean(values: list[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    if n < 3:
        return statistics.fmean(ordered)
    k = max(1, math.floor(n * TRIM_SHARE))
    return statistics.fmean(ordered[k:n - k])


def zscore_values(scores: RoundScores) -> dict[int, dict[int, float]]:
    """Every usable score re-expressed as M + S·z of its juror (entry -> juror -> value).

    A juror with one score keeps it as given (nothing to compare it with); a juror who gave
    every work the same score expressed no preference and is read as M.
    """
    everything = scores.all_values()
    if not everything:
        return {}
    panel_mean = statistics.fmean(everything)
    panel_sd = statistics.pstdev(everything)
    out: dict[int, dict[int, float]] = defaultdict(dict)
    for juror_id, given in scores.by_juror().items():
        own = list(given.values())
        mean = statistics.fmean(own)
        sd = statistics.pstdev(own) if len(own) > 1 else 0.0
        for entry_id, value in given.items():
            if len(own) == 1:
                out[entry_id][juror_id] = value
            elif sd == 0:
                out[entry_id][juror_id] = panel_mean
            else:
                out[entry_id][juror_id] = panel_mean + panel_sd * (value - mean) / sd
    return dict(out)


def average_ranks(values: list[float]) -> list[float]:
    """1-based ranks, ascending; tied values share the mean of their ranks."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def rank_values(scores: RoundScores) -> dict[int, dict[int, float]]:
    low, high = scores.scale
    out: dict[int, dict[int, float]] = defaultdict(dict)
    for juror_id, given in scores.by_juror().items():
        entries = list(given)
        ranks = average_ranks([given[e] for e in entries])
        for entry_id, rank in zip(entries, ranks, strict=True):
            out[entry_id][juror_id] = low + (rank - 0.5) / len(entries) * (high - low)
    return dict(out)


def juror_values(scores: RoundScores, method: str) -> dict[int, dict[int, float]]:
    """entry -> juror -> the score as the method sees it (raw for mean and trimmed)."""
    if method == "zscore":
        return zscore_values(scores)
    if method == "rank":
        return rank_values(scores)
    return scores.values


def work_scores(scores: RoundScores, method: str) -> dict[int, float]:
    """entry -> the work's result by method; works nobody scored are absent (never zero)."""
    check_method(method)
    per_work = juror_values(scores, method)
    combine = trimmed_mean if method == "trimmed" else statistics.fmean
    return {entry_id: combine(list(given.values()))
            for entry_id, given in per_work.items() if given}


def all_work_scores(scores: RoundScores) -> dict[str, dict[int, float]]:
    return {method: work_scores(scores, method) for method in METHODS}
