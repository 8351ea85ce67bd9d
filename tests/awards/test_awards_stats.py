"""Jury statistics: leniency, spread, agreement (ICC, Kendall's W) and outlying scores."""

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

from contest_app.core.awards.stats import agreement_word, icc, jury_stats, kendall_w

QUALITIES = [2 + i / 3 for i in range(16)]
LENIENT_HALF = [i for i in range(16) if i % 4 in (0, 3)]


def test_lenient_juror_is_measured_against_the_panel_on_the_same_works(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s)
        entries = make_entries(s, cid, ["CN-HN"] * 16)
        round_ = make_round(s, cid, entries)
        fair1, fair2 = make_juror(s, cid, "Fair 1"), make_juror(s, cid, "Fair 2")
        lenient = make_juror(s, cid, "Lenient")
        score_all(s, round_, fair1, entries, QUALITIES)
        score_all(s, round_, fair2, entries, QUALITIES)
        score_all(s, round_, lenient, [entries[i] for i in LENIENT_HALF],
                  [QUALITIES[i] + 3 for i in LENIENT_HALF])
        give(s, round_, lenient, entries[1], None, abstained=True)
        stats = jury_stats(s, round_.id)
        by_name = {j.name: j for j in stats.jurors}
        assert by_name["Lenient"].leniency == pytest.approx(3.0)
        assert by_name["Lenient"].abstained == 1 and by_name["Lenient"].scored == 8
        # the fair jurors look a little harsh only beside the lenient one, on half their works
        assert by_name["Fair 1"].leniency == pytest.approx(-0.75)
        assert by_name["Fair 1"].mean == pytest.approx(sum(QUALITIES) / 16)
        assert by_name["Fair 1"].sd is not None and by_name["Fair 1"].sd > 1
        # the order agrees perfectly (W over the 8 works all three scored) while the shift of
        # 3 points lowers the absolute agreement (ICC) to "moderate"
        assert stats.agreement.works == 16
        assert stats.agreement.icc_single == pytest.approx(0.5, abs=0.01)
        assert stats.agreement.kendall_w == pytest.approx(1.0)
        assert stats.agreement.w_works == 8 and stats.agreement.w_jurors == 3
        assert stats.outliers == []  # a constant shift is leniency, not an outlier


def test_outlier_score_is_flagged(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s)
        entries = make_entries(s, cid, ["JP-16"] * 6)
        round_ = make_round(s, cid, entries)
        jurors = [make_juror(s, cid, n) for n in ("A", "B", "C")]
        base = [8.0, 7.5, 7.0, 6.5, 6.0, 5.5]
        score_all(s, round_, jurors[0], entries, base)
        score_all(s, round_, jurors[1], entries, [v + 0.5 for v in base])
        score_all(s, round_, jurors[2], entries, [2.0, *base[1:]])  # C hates the best work
        stats = jury_stats(s, round_.id)
        assert [(o.code, o.juror) for o in stats.outliers] == [("W001", "C")]
        outlier = stats.outliers[0]
        assert outlier.gap == pytest.approx(2.0 - 8.25) and outlier.others == pytest.approx(8.25)


def test_icc_and_kendall_w_on_known_cases() -> None:
    same = {1: {1: 9.0, 2: 9.0}, 2: {1: 5.0, 2: 5.0}, 3: {1: 2.0, 2: 2.0}}
    single, mean, works, k0, within = icc(same)
    assert single == pytest.approx(1.0) and mean == pytest.approx(1.0) and works == 3
    assert k0 == pytest.approx(2.0) and within == 0
    noise = {1: {1: 9.0, 2: 2.0}, 2: {1: 2.0, 2: 9.0}, 3: {1: 5.0, 2: 5.5}}
    assert icc(noise)[0] < 0
    agree = {1: {1: 1.0, 2: 2.0, 3: 3.0, 4: 4.0}, 2: {1: 2.0, 2: 3.0, 3: 4.0, 4: 9.0}}
    assert kendall_w(agree) == (pytest.approx(1.0), 4, 2)
    reverse = {1: {1: 1.0, 2: 2.0, 3: 3.0}, 2: {1: 3.0, 2: 2.0, 3: 1.0}}
    assert kendall_w(reverse)[0] == pytest.approx(0.0)
    assert agreement_word(0.4) == "poor" and agreement_word(0.8) == "good"
    assert agreement_word(None) == "unknown"
