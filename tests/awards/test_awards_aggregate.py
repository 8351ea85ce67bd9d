"""Aggregation: weighted criteria, abstentions and conflicts, trimmed mean, normalisation."""

from __future__ import annotations

import pytest
from test_awards_support import (
    give,
    make_contest,
    make_entries,
    make_juror,
    make_round,
    score_all,
)

from contest_app.core.awards.aggregate import (
    average_ranks,
    load_round_scores,
    trimmed_mean,
    work_scores,
)
from contest_app.core.awards.allocate import allocate, quotas_of
from contest_app.core.awards.ranking import load_scored, rank
from contest_app.core.errors import InvalidValue


def test_abstention_and_conflict_are_never_zero(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s)
        a, b = make_entries(s, cid, ["KR-47", "JP-16"])
        round_ = make_round(s, cid, [a, b])
        j1, j2 = make_juror(s, cid, "Kim"), make_juror(s, cid, "Lee")
        j3 = make_juror(s, cid, "Park", conflicts=[("region", "KR-47")])
        j4 = make_juror(s, cid, "Choi")
        give(s, round_, j1, a, 8)
        give(s, round_, j2, a, 6)
        give(s, round_, j3, a, 10)  # conflict: set aside
        give(s, round_, j4, a, None, abstained=True)
        give(s, round_, j1, b, 5)
        give(s, round_, j4, b, None)  # incomplete: set aside
        scores = load_round_scores(s, round_.id)
        assert work_scores(scores, "mean") == {a.id: pytest.approx(7.0), b.id: pytest.approx(5.0)}
        assert scores.abstentions[a.id] == {j4.id}
        assert scores.conflicts == [(j3.id, a.id)]
        assert scores.incomplete == [(j4.id, b.id)]
        scored = load_scored(s, cid)
        codes = {n.code for n in scored.notices}
        assert {"awards_scores_conflicts", "awards_scores_incomplete"} <= codes
        work_a = next(w for w in scored.works if w.entry_id == a.id)
        assert work_a.jurors == 2 and work_a.abstentions == 1


def test_weighted_criteria(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s, weights=(3, 1, 1, 1))
        (a,) = make_entries(s, cid, ["CN-HN"])
        round_ = make_round(s, cid, [a])
        give(s, round_, make_juror(s, cid, "Wang"), a,
             {"theme": 10, "creativity": 4, "composition": 4, "technique": 4})
        scores = load_round_scores(s, round_.id)
        assert work_scores(scores, "mean")[a.id] == pytest.approx((30 + 12) / 6)


def test_trimmed_mean_and_ranks() -> None:
    assert trimmed_mean([2, 8, 9]) == 8  # three jurors: the median
    assert trimmed_mean([1, 6, 7, 8, 10]) == pytest.approx(7)
    assert trimmed_mean([4, 6]) == 5
    assert average_ranks([3.0, 1.0, 3.0, 2.0]) == [3.5, 1.0, 3.5, 2.0]


def test_unknown_method_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s)
        (a,) = make_entries(s, cid, ["CN-HN"])
        round_ = make_round(s, cid, [a])
        with pytest.raises(InvalidValue) as err:
            work_scores(load_round_scores(s, round_.id), "median")
        assert err.value.code == "awards_method_invalid"


# ABBA order: the lenient juror's half has the same mean as the other half, as a fair random
# assignment would give on average.
QUALITIES = [2 + i / 3 for i in range(16)]  # true merit, work 1 worst .. work 16 best
LENIENT_HALF = [i for i in range(16) if i % 4 in (0, 3)]


def _lenient_case(s):  # type: ignore[no-untyped-def]
    cid = make_contest(s, tiers=[("grand", 1), ("excellence", 3), ("finalist", 4)])
    entries = make_entries(s, cid, ["CN-HN"] * 16)
    round_ = make_round(s, cid, entries)
    fair1, fair2 = make_juror(s, cid, "Fair 1"), make_juror(s, cid, "Fair 2")
    lenient = make_juror(s, cid, "Lenient")
    score_all(s, round_, fair1, entries, QUALITIES)
    score_all(s, round_, fair2, entries, QUALITIES)
    half = [entries[i] for i in LENIENT_HALF]
    score_all(s, round_, lenient, half, [QUALITIES[i] + 3 for i in LENIENT_HALF])
    true_order = [e.id for e in reversed(entries)]
    return cid, entries, true_order


def test_lenient_juror_biases_raw_but_not_normalised_ranking(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, entries, true_order = _lenient_case(s)
        scored = load_scored(s, cid)
        raw = [w.entry_id for w in rank(scored, "mean")]
        assert raw != true_order  # the lenient juror's works jumped ahead
        # e.g. work 13 (lenient half) now ranks above the better work 14
        assert raw.index(entries[12].id) < raw.index(entries[13].id)
        for method in ("zscore", "rank"):
            assert [w.entry_id for w in rank(scored, method)] == true_order, method
        quotas = quotas_of(s, cid)
        fair_tiers = allocate(rank(scored, "zscore"), quotas).tiers
        raw_tiers = allocate(rank(scored, "mean"), quotas).tiers
        best_eight = set(true_order[:8])
        assert set(fair_tiers) == best_eight
        assert set(raw_tiers) != best_eight


def test_raw_and_normalised_results_are_kept_side_by_side(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, entries, _ = _lenient_case(s)
        work = next(w for w in load_scored(s, cid).works if w.entry_id == entries[15].id)
        assert set(work.scores) == {"mean", "trimmed", "zscore", "rank"}
        assert work.scores["mean"] == pytest.approx(QUALITIES[15] + 1)  # (q + q + q+3) / 3
        assert work.scores["trimmed"] == pytest.approx(QUALITIES[15])  # median drops the +3
