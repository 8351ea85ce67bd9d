"""Which works would get another tier if the committee chose another aggregation method."""

from __future__ import annotations

from dataclasses import dataclass

from contest_app.core.awards.aggregate import METHODS
from contest_app.core.awards.allocate import Constraints, TierQuota, allocate
from contest_app.core.awards.ranking import ScoredContest, rank


@dataclass
class SensitivityRow:
    entry_id: int
    code: str
    region_code: str
    country_code: str
    tiers: dict[str, str | None]  # method -> tier (None: no award)
    ranks: dict[str, int]  # method -> rank


def sensitivity(scored: ScoredContest, quotas: list[TierQuota], constraints: Constraints | None,
                method: str, margin: float) -> list[SensitivityRow]:
    """Every work whose tier is not the same under all four methods, in the order of method.

    Same quotas and constraints for every method, so the difference is the method's alone.
    """
    tiers: dict[str, dict[int, str]] = {}
    ranks: dict[str, dict[int, int]] = {}
    for m in METHODS:
        ranked = rank(scored, m)
        tiers[m] = allocate(ranked, quotas, constraints, margin=margin).tiers
        ranks[m] = {w.entry_id: w.rank for w in ranked}
    rows: list[SensitivityRow] = []
    for work in scored.works:
        by_method = {m: tiers[m].get(work.entry_id) for m in METHODS}
        if len(set(by_method.values())) > 1:
            rows.append(SensitivityRow(work.entry_id, work.code, work.region_code,
                                       work.country_code, by_method,
                                       {m: ranks[m][work.entry_id] for m in METHODS}))
    rows.sort(key=lambda r: r.ranks[method])
    return rows
