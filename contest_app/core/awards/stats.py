"""How the jury scored: per juror, agreement of the panel, and scores far from the others.

Formulas (one round; a juror's score is the weighted score of aggregate.load_round_scores):

- per juror: n scored, abstentions, mean and standard deviation (population) of their scores;
  leniency = mean over the works they share with at least one other juror of
  (their score - mean of the other jurors' scores of that work). Positive: more generous than
  the panel on the same works; comparing on shared works keeps a juror who happened to get
  weaker works from looking harsh.
- agreement, ICC(1): one-way random-effects intraclass correlation, which allows every work a
  different set and number of jurors (the usual case: jurors_per_work < panel). Over the works
  with >= 2 scores: MSB = SSB/(N-1), MSW = SSW/(sum k_i - N), k0 = (sum k_i - sum k_i^2 /
  sum k_i)/(N-1); ICC(1,1) = (MSB-MSW)/(MSB+(k0-1)·MSW) is the agreement of single jurors;
  ICC(1,k) = (MSB-MSW)/MSB the reliability of a work's mean over its jurors.
- agreement, Kendall's W with the tie correction, over the works every juror of the round
  scored (it needs a complete block; None when fewer than 3 such works):
  W = 12·S / (m^2·(n^3-n) - m·sum T_j), S = sum (R_i - mean R)^2, T_j = sum (t^3 - t) over the
  ties of juror j.
- outliers: on works with >= 3 scores, a score whose gap to the mean of the other jurors is at
  least max(20% of the scale's range, 2.5 · sqrt(MSW) · sqrt(1 + 1/(k-1))): the second term is
  2.5 standard deviations of such a gap if the juror disagreed only as much as jurors usually do.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.awards.aggregate import RoundScores, average_ranks, load_round_scores
from contest_app.db.models import Entry, Juror

OUTLIER_SHARE = 0.2
OUTLIER_SDS = 2.5


@dataclass
class JurorStat:
    juror_id: int
    name: str
    scored: int
    abstained: int
    mean: float | None
    sd: float | None
    leniency: float | None
    shared: int  # works compared with other jurors for the leniency


@dataclass
class Agreement:
    icc_single: float | None
    icc_mean: float | None
    kendall_w: float | None
    w_works: int
    w_jurors: int
    works: int  # works with >= 2 scores (what the ICC is computed over)
    mean_jurors: float  # k0, the effective number of jurors per work
    within_sd: float | None  # sqrt(MSW)


@dataclass
class Outlier:
    entry_id: int
    code: str
    juror_id: int
    juror: str
    score: float
    others: float
    gap: float
    threshold: float


@dataclass
class JuryStats:
    round_id: int
    scale: tuple[float, float]
    jurors: list[JurorStat]
    agreement: Agreement
    outliers: list[Outlier]


def _anova(values: dict[int, dict[int, float]]) -> tuple[float, float, int, float] | None:
    """(MSB, MSW, N works, k0) over works with >= 2 scores, or None when not computable."""
    groups = [list(v.values()) for v in values.values() if len(v) >= 2]
    n = len(groups)
    total = sum(len(g) for g in groups)
    if n < 2 or total - n < 1:
        return None
    grand = statistics.fmean(x for g in groups for x in g)
    means = [statistics.fmean(g) for g in groups]
    ssb = sum(len(g) * (m - grand) ** 2 for g, m in zip(groups, means, strict=True))
    ssw = sum((x - m) ** 2 for g, m in zip(groups, means, strict=True) for x in g)
    k0 = (total - sum(len(g) ** 2 for g in groups) / total) / (n - 1)
    return ssb / (n - 1), ssw / (total - n), n, k0


def icc(values: dict[int, dict[int, float]]) -> tuple[float | None, float | None, int, float,
                                                      float | None]:
    """(ICC(1,1), ICC(1,k), works used, k0, within-work SD); see the module's docstring."""
    anova = _anova(values)
    if anova is None:
        return None, None, 0, 0.0, None
    msb, msw, n, k0 = anova
    single_den = msb + (k0 - 1) * msw
    single = (msb - msw) / single_den if single_den > 0 else None
    mean = (msb - msw) / msb if msb > 0 else None
    return single, mean, n, k0, math.sqrt(msw)


def kendall_w(by_juror: dict[int, dict[int, float]]) -> tuple[float | None, int, int]:
    """(W, works, jurors) over the works every juror scored."""
    jurors = [j for j, given in by_juror.items() if given]
    if len(jurors) < 2:
        return None, 0, len(jurors)
    common = set.intersection(*(set(by_juror[j]) for j in jurors))
    works = sorted(common)
    n, m = len(works), len(jurors)
    if n < 3:
        return None, n, m
    sums = [0.0] * n
    ties = 0.0
    for juror_id in jurors:
        given = [by_juror[juror_id][e] for e in works]
        for i, r in enumerate(average_ranks(given)):
            sums[i] += r
        ties += sum(t ** 3 - t for t in _tie_sizes(given))
    mean_sum = statistics.fmean(sums)
    s = sum((r - mean_sum) ** 2 for r in sums)
    denominator = m * m * (n ** 3 - n) - m * ties
    return (12 * s / denominator if denominator > 0 else None), n, m


def _tie_sizes(values: list[float]) -> list[int]:
    counts: dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return [c for c in counts.values() if c > 1]


def juror_stats(scores: RoundScores, names: dict[int, str]) -> list[JurorStat]:
    abstained: dict[int, int] = {}
    for jurors in scores.abstentions.values():
        for juror_id in jurors:
            abstained[juror_id] = abstained.get(juror_id, 0) + 1
    result: list[JurorStat] = []
    by_juror = scores.by_juror()
    for juror_id in sorted(set(by_juror) | set(abstained), key=lambda j: names.get(j, "")):
        given = by_juror.get(juror_id, {})
        own = list(given.values())
        gaps = []
        for entry_id, value in given.items():
            others = [v for j, v in scores.values[entry_id].items() if j != juror_id]
            if others:
                gaps.append(value - statistics.fmean(others))
        result.append(JurorStat(
            juror_id, names.get(juror_id, str(juror_id)), len(own), abstained.get(juror_id, 0),
            statistics.fmean(own) if own else None,
            statistics.pstdev(own) if len(own) > 1 else None,
            statistics.fmean(gaps) if gaps else None, len(gaps)))
    return result


def outliers(scores: RoundScores, names: dict[int, str], codes: dict[int, str],
             within_sd: float | None) -> list[Outlier]:
    low, high = scores.scale
    floor = OUTLIER_SHARE * (high - low)
    found: list[Outlier] = []
    for entry_id, given in scores.values.items():
        k = len(given)
        if k < 3:
            continue
        spread = OUTLIER_SDS * (within_sd or 0.0) * math.sqrt(1 + 1 / (k - 1))
        threshold = max(floor, spread)
        for juror_id, value in given.items():
            others = statistics.fmean(v for j, v in given.items() if j != juror_id)
            if abs(value - others) >= threshold:
                found.append(Outlier(entry_id, codes.get(entry_id, str(entry_id)), juror_id,
                                     names.get(juror_id, str(juror_id)), value, others,
                                     value - others, threshold))
    found.sort(key=lambda o: -abs(o.gap))
    return found


def jury_stats(session: Session, round_id: int) -> JuryStats:
    scores = load_round_scores(session, round_id)
    jurors = set(scores.by_juror()) | {j for s in scores.abstentions.values() for j in s}
    names = dict(session.execute(select(Juror.id, Juror.name).where(Juror.id.in_(jurors))).all())
    codes = dict(session.execute(select(Entry.id, Entry.anon_code)
                                 .where(Entry.id.in_(list(scores.values)))).all())
    single, mean, works, k0, within = icc(scores.values)
    w, w_works, w_jurors = kendall_w(scores.by_juror())
    return JuryStats(
        round_id, scores.scale, juror_stats(scores, names),
        Agreement(single, mean, w, w_works, w_jurors, works, k0, within),
        outliers(scores, names, codes, within))


def agreement_word(value: float | None) -> str:
    """Koo & Li (2016) bands for an ICC: a code for the GUI and the report to put in words."""
    if value is None:
        return "unknown"
    if value < 0.5:
        return "poor"
    if value < 0.75:
        return "moderate"
    if value < 0.9:
        return "good"
    return "excellent"
