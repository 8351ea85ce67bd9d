"""From a ranked list to award tiers: quotas filled in order, optional constraints, tier lines.

The proposal fills the tiers from the top with exactly their quotas (fewer only when there are
fewer ranked works). Two optional constraints the committee may ask for:

- at most N works of a tier per country (``max_per_country={"grand": 1, "excellence": 3}``):
  a work whose country already holds N places of the tier is passed over for it and stays first
  in line for the next tier;
- at least one awarded work per participating region (``finalist_per_region``): a region none of
  whose works made any tier gets its best work into the lowest tier, in place of the lowest
  ranked work of that tier whose region keeps another award ("finalist" read as "finalist or
  better": a region with an excellence award already has its place).

Every work whose tier differs from the plain fill is reported as a Move with the rule that moved
it, so the committee can show why a better-scored work got a lower tier.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.awards.ranking import Notice, RankedWork, same_result
from contest_app.core.errors import InvalidValue
from contest_app.db.models import AwardTier

NEAR_TIE_SHARE = 0.005  # of the scale's range: 0.045 points on a 1..10 scale


@dataclass(frozen=True)
class TierQuota:
    key: str
    quota: int


@dataclass
class Constraints:
    max_per_country: dict[str, int] = field(default_factory=dict)  # tier key -> N
    finalist_per_region: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"max_per_country": dict(self.max_per_country),
                "finalist_per_region": self.finalist_per_region}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Constraints:
        data = data or {}
        return cls({str(k): int(v) for k, v in (data.get("max_per_country") or {}).items()},
                   bool(data.get("finalist_per_region", False)))

    def any(self) -> bool:
        return bool(self.max_per_country) or self.finalist_per_region


@dataclass(frozen=True)
class Move:
    entry_id: int
    code: str
    region_code: str
    country_code: str
    before: str | None  # tier in the plain fill (None: no award)
    after: str | None
    rule: str  # max_per_country, pushed_down, moved_up, finalist_per_region, displaced
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Boundary:
    """The line under a tier: its last work, the best work below, and works too close to call."""

    upper: str
    lower: str | None  # the tier of the first work below the line (None: no award)
    last_in: int
    first_out: int
    tie: bool  # the same result on both sides
    settled: bool  # a closed boundary round ranked both works: the tie, if any, is decided
    gap: float | None  # last_in minus first_out (None: they come from different rounds)
    near: list[int]  # works on either side within the near-tie margin of the other side
    around: list[int]  # what a boundary round over this line would hold


@dataclass
class Allocation:
    tiers: dict[int, str]  # entry id -> tier key
    moves: list[Move]
    boundaries: list[Boundary]
    shortfall: dict[str, int]
    notices: list[Notice]


def quotas_of(session: Session, contest_id: int) -> list[TierQuota]:
    rows = session.scalars(select(AwardTier).where(AwardTier.contest_id == contest_id)
                           .order_by(AwardTier.position))
    return [TierQuota(t.key, t.quota) for t in rows]


def parse_max_per_country(items: list[str], tier_keys: list[str]) -> dict[str, int]:
    """["excellence=3", "grand=1"] -> {"excellence": 3, "grand": 1}, checked against the tiers."""
    caps: dict[str, int] = {}
    for item in items:
        key, sep, number = item.partition("=")
        key = key.strip().lower()
        if not sep or not number.strip().isdigit() or int(number) < 1:
            raise InvalidValue("awards_constraint_invalid", value=item)
        if key not in tier_keys:
            raise InvalidValue("awards_tier_unknown", value=key, tiers=", ".join(tier_keys))
        caps[key] = int(number)
    return caps


def fill(works: list[RankedWork], quotas: list[TierQuota]) -> dict[int, str]:
    """The plain proposal: tiers filled in rank order, each with exactly its quota."""
    tiers: dict[int, str] = {}
    position = 0
    for tier in quotas:
        for work in works[position:position + tier.quota]:
            tiers[work.entry_id] = tier.key
        position += tier.quota
    return tiers


def _fill_with_caps(works: list[RankedWork], quotas: list[TierQuota],
                    caps: dict[str, int]) -> tuple[dict[int, str], dict[int, str]]:
    """Tiers with country caps, and for each passed-over work the first tier it was refused."""
    tiers: dict[int, str] = {}
    refused: dict[int, str] = {}
    remaining = list(works)
    for tier in quotas:
        cap = caps.get(tier.key)
        per_country: Counter[str] = Counter()
        taken: set[int] = set()
        for work in remaining:
            if len(taken) >= tier.quota:
                break
            if cap is not None and per_country[work.country_code] >= cap:
                refused.setdefault(work.entry_id, tier.key)
                continue
            taken.add(work.entry_id)
            per_country[work.country_code] += 1
            tiers[work.entry_id] = tier.key
        remaining = [w for w in remaining if w.entry_id not in taken]
    return tiers, refused


def _guarantee_regions(works: list[RankedWork], tiers: dict[int, str], quotas: list[TierQuota],
                       caps: dict[str, int], notices: list[Notice]) -> tuple[set[int], set[int]]:
    """Give each region without an award its best work in the lowest tier; (pulled, displaced)."""
    lowest = next((t for t in reversed(quotas) if t.quota > 0), None)
    pulled: set[int] = set()
    displaced: set[int] = set()
    if lowest is None:
        return pulled, displaced
    awarded: Counter[str] = Counter(w.region_code for w in works if w.entry_id in tiers)
    best: dict[str, RankedWork] = {}
    for work in works:
        if work.entry_id not in tiers:
            best.setdefault(work.region_code, work)
    cap = caps.get(lowest.key)
    for candidate in [w for r, w in best.items() if not awarded[r]]:  # in rank order
        in_lowest = Counter(w.country_code for w in works if tiers.get(w.entry_id) == lowest.key)
        same_country = cap is not None and in_lowest[candidate.country_code] >= cap
        victim = next((w for w in reversed(works)
                       if tiers.get(w.entry_id) == lowest.key and w.entry_id not in pulled
                       and awarded[w.region_code] >= 2
                       and (not same_country or w.country_code == candidate.country_code)), None)
        if victim is None:
            notices.append(Notice("awards_region_infeasible",
                                  {"region": candidate.region_code, "tier": lowest.key}))
            continue
        del tiers[victim.entry_id]
        tiers[candidate.entry_id] = lowest.key
        awarded[victim.region_code] -= 1
        awarded[candidate.region_code] += 1
        pulled.add(candidate.entry_id)
        displaced.add(victim.entry_id)
    return pulled, displaced


def allocate(works: list[RankedWork], quotas: list[TierQuota],
             constraints: Constraints | None = None, *, margin: float = 0.045) -> Allocation:
    """Tiers for the ranked works (in rank order) under the quotas and constraints."""
    constraints = constraints or Constraints()
    notices: list[Notice] = []
    plain = fill(works, quotas)
    tiers, refused = _fill_with_caps(works, quotas, constraints.max_per_country)
    pulled: set[int] = set()
    displaced: set[int] = set()
    if constraints.finalist_per_region:
        pulled, displaced = _guarantee_regions(works, tiers, quotas,
                                               constraints.max_per_country, notices)
    order = {t.key: i for i, t in enumerate(quotas)}
    moves: list[Move] = []
    for work in works:
        before, after = plain.get(work.entry_id), tiers.get(work.entry_id)
        if before == after:
            continue
        detail: dict[str, Any] = {}
        if work.entry_id in pulled:
            rule = "finalist_per_region"
        elif work.entry_id in displaced:
            rule = "displaced"
        elif refused.get(work.entry_id) == before:  # refused the very tier it had earned
            rule = "max_per_country"
            tier = refused[work.entry_id]
            detail = {"tier": tier, "country": work.country_code,
                      "max": constraints.max_per_country[tier]}
        else:
            lower = order.get(after or "", len(order)) > order.get(before or "", len(order))
            rule = "pushed_down" if lower else "moved_up"
        moves.append(Move(work.entry_id, work.code, work.region_code, work.country_code,
                          before, after, rule, detail))
    counts = Counter(tiers.values())
    shortfall = {t.key: t.quota - counts[t.key] for t in quotas if counts[t.key] < t.quota}
    if shortfall:
        notices.append(Notice("awards_shortfall", {"tiers": ", ".join(
            f"{k} {v}" for k, v in shortfall.items())}))
    boundaries = find_boundaries(works, tiers, quotas, margin,
                                 {m.entry_id for m in moves if m.rule in RULE_MOVES})
    return Allocation(tiers, moves, boundaries, shortfall, notices)


RULE_MOVES = ("max_per_country", "finalist_per_region", "displaced")


def find_boundaries(works: list[RankedWork], tiers: dict[int, str], quotas: list[TierQuota],
                    margin: float, moved: set[int] | None = None) -> list[Boundary]:
    """The line under each tier (also under committee-changed tiers): ties and near ties.

    moved: works a constraint placed (a region's guaranteed finalist, a work over its country's
    cap); they sit where a rule put them, not where their result would, so they do not define
    a tier's line.
    """
    order = {t.key: i for i, t in enumerate(quotas)}
    beyond = len(quotas)
    result: list[Boundary] = []
    works = [w for w in works if w.entry_id not in (moved or set())]
    for index, tier in enumerate(quotas):
        members = [w for w in works if tiers.get(w.entry_id) == tier.key]
        if not members:
            continue
        last_in = members[-1]  # rank order: boundary rounds included
        # works ranked above the line but placed below it were moved by a constraint or the
        # committee (reported as such): they are not the line's neighbours
        below = [w for w in works if order.get(tiers.get(w.entry_id, ""), beyond) > index
                 and w.rank > last_in.rank]
        if not below:
            continue
        first_out = below[0]
        same_round = last_in.stage == first_out.stage
        gap = last_in.score - first_out.score if same_round else None
        near: list[int] = []
        if gap is not None and gap <= margin:
            near = [w.entry_id for w in members
                    if w.stage == first_out.stage and w.score - first_out.score <= margin]
            near += [w.entry_id for w in below
                     if w.stage == last_in.stage and last_in.score - w.score <= margin]
        around = near or [w.entry_id for w in members[-2:]] + [w.entry_id for w in below[:2]]
        result.append(Boundary(tier.key, tiers.get(first_out.entry_id), last_in.entry_id,
                               first_out.entry_id, same_result(last_in, first_out),
                               last_in.boundary_round is not None
                               and last_in.boundary_round == first_out.boundary_round,
                               gap, near, around))
    return result


def near_margin(scale: tuple[float, float]) -> float:
    return NEAR_TIE_SHARE * (scale[1] - scale[0])
