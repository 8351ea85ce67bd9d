"""Tier allocation: quotas filled exactly, ties and near ties at tier lines, constraints."""

from __future__ import annotations

from collections import Counter

import pytest

from contest_app.core.awards.allocate import (
    Constraints,
    TierQuota,
    allocate,
    parse_max_per_country,
)
from contest_app.core.awards.ranking import RankedWork
from contest_app.core.errors import InvalidValue

QUOTAS_2024 = [TierQuota("grand", 1), TierQuota("excellence", 10),
               TierQuota("encouragement", 20), TierQuota("finalist", 124)]
SMALL = [TierQuota("grand", 1), TierQuota("excellence", 2), TierQuota("finalist", 3)]


def work(n: int, score: float, region: str = "KR-47", stage: int = 1) -> RankedWork:
    return RankedWork(
        entry_id=n, code=f"C{n:03d}", entry_no=str(n), title="", title_en="",
        region_code=region, region_names={"en": region}, country_code=region[:2],
        country_names={"en": region[:2]}, stage=stage, round_id=1, jurors=3, abstentions=0,
        scores={"mean": score}, rank=n, score=score)


def ranked(scores: list[float], regions: list[str] | None = None) -> list[RankedWork]:
    regions = regions or ["KR-47"] * len(scores)
    return [work(i, s, r) for i, (s, r) in enumerate(zip(scores, regions, strict=True), start=1)]


def test_2024_quotas_are_filled_exactly() -> None:
    works = ranked([10 - i * 0.01 for i in range(678)])
    result = allocate(works, QUOTAS_2024)
    assert Counter(result.tiers.values()) == {"grand": 1, "excellence": 10, "encouragement": 20,
                                              "finalist": 124}
    # in rank order: the top work is the grand prize, works 2-11 excellence, and so on
    assert result.tiers[1] == "grand"
    assert {e for e, t in result.tiers.items() if t == "excellence"} == set(range(2, 12))
    assert max(result.tiers) == 155
    assert not result.shortfall and not result.moves


def test_shortfall_when_too_few_works() -> None:
    result = allocate(ranked([9, 8, 7, 6]), SMALL)
    assert result.shortfall == {"finalist": 2}
    assert [n.code for n in result.notices] == ["awards_shortfall"]


def test_tie_at_a_boundary_is_reported() -> None:
    result = allocate(ranked([9.5, 9.0, 9.0, 8.0, 7.0, 6.0, 5.0]), [
        TierQuota("grand", 1), TierQuota("excellence", 1), TierQuota("finalist", 3)])
    lines = {b.upper: b for b in result.boundaries}
    assert lines["excellence"].tie and not lines["grand"].tie
    assert sorted(lines["excellence"].near) == [2, 3]
    assert lines["excellence"].lower == "finalist"
    assert lines["excellence"].around == lines["excellence"].near


def test_near_tie_within_margin_and_not_beyond() -> None:
    result = allocate(ranked([9.5, 9.05, 8.95, 8.92, 7.0, 6.0]), SMALL, margin=0.09)
    excellence = next(b for b in result.boundaries if b.upper == "excellence")
    assert not excellence.tie and excellence.gap == pytest.approx(0.03)
    assert sorted(excellence.near) == [3, 4]  # 8.95 in, 8.92 out; 9.05 is 0.13 above 8.92
    grand = next(b for b in result.boundaries if b.upper == "grand")
    assert grand.near == [] and grand.around == [1, 2, 3]


def test_works_from_a_later_round_are_never_tied_with_earlier_ones() -> None:
    works = [work(1, 7.0, stage=2), work(2, 9.0, stage=1), work(3, 8.0, stage=1)]
    result = allocate(works, [TierQuota("grand", 1), TierQuota("finalist", 2)])
    assert result.tiers[1] == "grand"
    assert result.boundaries[0].gap is None and not result.boundaries[0].tie


def test_max_per_country_moves_works_and_reports_them() -> None:
    regions = ["CN-HN", "CN-HA", "CN-GS", "JP-16", "KR-47", "CN-AH", "RU-TOM"]
    works = ranked([9.9, 9.8, 9.7, 9.6, 9.5, 9.4, 9.3], regions)
    caps = Constraints(max_per_country={"grand": 1, "excellence": 1})
    result = allocate(works, SMALL, caps)
    assert result.tiers == {1: "grand", 2: "excellence", 4: "excellence", 3: "finalist",
                            5: "finalist", 6: "finalist"}
    moves = {m.entry_id: m for m in result.moves}
    assert moves[3].rule == "max_per_country" and (moves[3].before, moves[3].after) == (
        "excellence", "finalist")
    assert moves[3].detail == {"tier": "excellence", "country": "CN", "max": 1}
    assert moves[4].rule == "moved_up" and (moves[4].before, moves[4].after) == (
        "finalist", "excellence")
    assert set(moves) == {3, 4}
    assert Counter(result.tiers.values()) == {"grand": 1, "excellence": 2, "finalist": 3}


def test_a_cap_pushes_works_down_and_says_so() -> None:
    regions = ["JP-16", "CN-HN", "CN-HA", "CN-GS", "KR-47", "RU-TOM"]
    works = ranked([9.9, 9.8, 9.7, 9.6, 9.5, 9.4], regions)
    quotas = [TierQuota("grand", 1), TierQuota("excellence", 2), TierQuota("encouragement", 1),
              TierQuota("finalist", 1)]
    result = allocate(works, quotas, Constraints(max_per_country={"excellence": 1}))
    # excellence: CN-HN, then both other CN works are passed over and KR comes up from finalist
    assert result.tiers == {1: "grand", 2: "excellence", 5: "excellence", 3: "encouragement",
                            4: "finalist"}
    moves = {m.entry_id: (m.rule, m.before, m.after) for m in result.moves}
    assert moves == {3: ("max_per_country", "excellence", "encouragement"),
                     4: ("pushed_down", "encouragement", "finalist"),
                     5: ("moved_up", "finalist", "excellence")}


def test_at_least_one_finalist_per_region() -> None:
    regions = ["CN-HN"] * 6 + ["MN-046", "RU-TOM", "MN-046"]
    works = ranked([9.9, 9.8, 9.7, 9.6, 9.5, 9.4, 5.0, 4.0, 3.0], regions)
    result = allocate(works, SMALL, Constraints(finalist_per_region=True))
    assert result.tiers[7] == "finalist" and result.tiers[8] == "finalist"  # MN and RU get one
    assert 9 not in result.tiers  # MN's second work does not: one place per region is enough
    assert 5 not in result.tiers and 6 not in result.tiers  # the lowest CN finalists made room
    assert Counter(result.tiers.values()) == {"grand": 1, "excellence": 2, "finalist": 3}
    rules = {m.entry_id: m.rule for m in result.moves}
    assert rules == {7: "finalist_per_region", 8: "finalist_per_region", 5: "displaced",
                     6: "displaced"}
    regions_awarded = {works[e - 1].region_code for e in result.tiers}
    assert regions_awarded == {"CN-HN", "MN-046", "RU-TOM"}


def test_region_rule_reports_what_cannot_be_done() -> None:
    regions = ["CN-HN", "JP-16", "KR-47", "RU-TOM"]
    result = allocate(ranked([9, 8, 7, 6], regions),
                      [TierQuota("grand", 1), TierQuota("finalist", 1)],
                      Constraints(finalist_per_region=True))
    assert [n.code for n in result.notices] == ["awards_region_infeasible"] * 2


def test_parse_max_per_country() -> None:
    keys = ["grand", "excellence"]
    assert parse_max_per_country(["excellence=3", "GRAND=1"], keys) == {"excellence": 3,
                                                                       "grand": 1}
    for bad in (["excellence"], ["excellence=0"], ["excellence=x"]):
        with pytest.raises(InvalidValue) as err:
            parse_max_per_country(bad, keys)
        assert err.value.code == "awards_constraint_invalid"
    with pytest.raises(InvalidValue) as err:
        parse_max_per_country(["bronze=2"], keys)
    assert err.value.code == "awards_tier_unknown"
