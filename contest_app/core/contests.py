"""Editions of the contest: create, list, edit their settings, tiers and criteria."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.defaults import (
    DEFAULT_CRITERIA,
    DEFAULT_SCALE,
    DEFAULT_TIERS,
    TIER_NAMES,
    contest_titles,
)
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.db.models import AwardTier, Contest, Criterion, Entry


@dataclass
class TierSpec:
    key: str
    quota: int
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class CriterionSpec:
    key: str
    weight: float = 1.0
    scale_min: float = DEFAULT_SCALE[0]
    scale_max: float = DEFAULT_SCALE[1]
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class ContestSpec:
    edition: int
    year: int
    theme: dict[str, str] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)
    deadline: date | None = None
    age_reference_date: date | None = None
    min_age: int = 12
    max_age: int = 19
    tiers: list[TierSpec] = field(default_factory=list)
    criteria: list[CriterionSpec] = field(default_factory=list)


def default_tiers() -> list[TierSpec]:
    return [TierSpec(key, quota, dict(TIER_NAMES[key])) for key, quota in DEFAULT_TIERS]


def default_criteria() -> list[CriterionSpec]:
    return [CriterionSpec(key, weight, names=dict(names)) for key, weight, names in DEFAULT_CRITERIA]


def parse_tiers(text: str) -> list[TierSpec]:
    """'grand=1,excellence=10' -> tiers in that order (highest first)."""
    tiers: list[TierSpec] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, quota = part.partition("=")
        key = key.strip().lower()
        if not sep or not key or not quota.strip().isdigit():
            raise InvalidValue("tier_spec_invalid", value=part)
        if any(t.key == key for t in tiers):
            raise InvalidValue("tier_duplicate", value=key)
        tiers.append(TierSpec(key, int(quota), dict(TIER_NAMES.get(key, {"en": key.title()}))))
    if not tiers:
        raise InvalidValue("tier_spec_invalid", value=text)
    return tiers


def validate_spec(spec: ContestSpec) -> None:
    if spec.edition < 1:
        raise InvalidValue("edition_invalid", value=spec.edition)
    if not 1900 <= spec.year <= 2200:
        raise InvalidValue("year_invalid", value=spec.year)
    if not 0 < spec.min_age <= spec.max_age < 100:
        raise InvalidValue("age_range_invalid", min_age=spec.min_age, max_age=spec.max_age)
    if any(t.quota < 0 for t in spec.tiers):
        raise InvalidValue("quota_invalid")
    keys = [t.key for t in spec.tiers]
    if len(keys) != len(set(keys)) or not keys:
        raise InvalidValue("tier_duplicate")
    for crit in spec.criteria:
        if crit.weight <= 0 or crit.scale_min >= crit.scale_max:
            raise InvalidValue("criterion_invalid", key=crit.key)


def create_contest(session: Session, spec: ContestSpec) -> Contest:
    spec.tiers = spec.tiers or default_tiers()
    spec.criteria = spec.criteria or default_criteria()
    validate_spec(spec)
    if session.scalar(select(Contest).where(Contest.edition == spec.edition)):
        raise Conflict("edition_exists", edition=spec.edition)
    contest = Contest(
        edition=spec.edition,
        year=spec.year,
        title=spec.title or contest_titles(spec.edition),
        theme=spec.theme,
        deadline=spec.deadline,
        age_reference_date=spec.age_reference_date,
        min_age=spec.min_age,
        max_age=spec.max_age,
    )
    _apply_tiers(contest, spec.tiers)
    _apply_criteria(contest, spec.criteria)
    session.add(contest)
    session.flush()
    audit.record(session, "contest.create", contest_id=contest.id, target_table="contest",
                 target_id=contest.id, changes={"edition": [None, spec.edition]})
    return contest


def _apply_tiers(contest: Contest, tiers: list[TierSpec]) -> None:
    existing = {t.key: t for t in contest.tiers}
    contest.tiers = []
    for position, spec in enumerate(tiers, start=1):
        tier = existing.get(spec.key) or AwardTier(key=spec.key)
        tier.position, tier.quota = position, spec.quota
        tier.names = dict(spec.names or TIER_NAMES.get(spec.key, {"en": spec.key}))
        contest.tiers.append(tier)


def _apply_criteria(contest: Contest, criteria: list[CriterionSpec]) -> None:
    existing = {c.key: c for c in contest.criteria}
    contest.criteria = []
    for position, spec in enumerate(criteria, start=1):
        crit = existing.get(spec.key) or Criterion(key=spec.key)
        crit.position, crit.weight = position, spec.weight
        crit.scale_min, crit.scale_max = spec.scale_min, spec.scale_max
        crit.names = dict(spec.names or {"en": spec.key})
        contest.criteria.append(crit)


def spec_of(contest: Contest) -> ContestSpec:
    return ContestSpec(
        edition=contest.edition,
        year=contest.year,
        theme=dict(contest.theme),
        title=dict(contest.title),
        deadline=contest.deadline,
        age_reference_date=contest.age_reference_date,
        min_age=contest.min_age,
        max_age=contest.max_age,
        tiers=[TierSpec(t.key, t.quota, dict(t.names)) for t in contest.tiers],
        criteria=[
            CriterionSpec(c.key, c.weight, c.scale_min, c.scale_max, dict(c.names))
            for c in contest.criteria
        ],
    )


def update_contest(session: Session, contest_id: int, spec: ContestSpec, reason: str = "") -> Contest:
    """Apply edited settings; the audit log keeps what changed."""
    validate_spec(spec)
    contest = get_contest(session, contest_id)
    clash = session.scalar(select(Contest).where(Contest.edition == spec.edition))
    if clash is not None and clash.id != contest.id:
        raise Conflict("edition_exists", edition=spec.edition)
    before = spec_of(contest)
    for name in ("edition", "year", "theme", "title", "deadline", "age_reference_date",
                 "min_age", "max_age"):
        setattr(contest, name, getattr(spec, name))
    _apply_tiers(contest, spec.tiers)
    _apply_criteria(contest, spec.criteria)
    session.flush()
    changes = _spec_changes(before, spec_of(contest))
    if changes:
        audit.record(session, "contest.edit", contest_id=contest.id, target_table="contest",
                     target_id=contest.id, changes=changes, reason=reason)
    return contest


def _spec_changes(before: ContestSpec, after: ContestSpec) -> dict[str, list[object]]:
    changes: dict[str, list[object]] = {}
    for name in ("edition", "year", "theme", "title", "deadline", "age_reference_date",
                 "min_age", "max_age"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes[name] = [audit._plain(old), audit._plain(new)]
    tiers_b = [(t.key, t.quota) for t in before.tiers]
    tiers_a = [(t.key, t.quota) for t in after.tiers]
    if tiers_b != tiers_a:
        changes["tiers"] = [tiers_b, tiers_a]
    crit_b = [(c.key, c.weight, c.scale_min, c.scale_max) for c in before.criteria]
    crit_a = [(c.key, c.weight, c.scale_min, c.scale_max) for c in after.criteria]
    if crit_b != crit_a:
        changes["criteria"] = [crit_b, crit_a]
    return changes


def get_contest(session: Session, contest_id: int) -> Contest:
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise NotFound("contest_not_found", id=contest_id)
    return contest


@dataclass(frozen=True)
class ContestRow:
    id: int
    edition: int
    year: int
    title: dict[str, str]
    theme: dict[str, str]
    deadline: date | None
    entries: int


def list_contests(session: Session) -> list[ContestRow]:
    counts = dict(
        session.execute(select(Entry.contest_id, func.count()).group_by(Entry.contest_id)).all()
    )
    contests = session.scalars(select(Contest).order_by(Contest.edition.desc()))
    return [
        ContestRow(c.id, c.edition, c.year, dict(c.title), dict(c.theme), c.deadline,
                   int(counts.get(c.id, 0)))
        for c in contests
    ]
