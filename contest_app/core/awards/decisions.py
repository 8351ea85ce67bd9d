"""The committee's decisions on the awards, each one written to the audit log with its reason.

Life of the results: ``propose`` writes the app's proposal (status "proposed"); the committee
approves it as provisional results (``approve_provisional``), changes single works
(``set_tier``, status "provisional" for what it touched), disqualifies works late
(``disqualify``: the award is withdrawn and every tier below moves up one work, so quotas stay
filled); ``finalize`` makes the results final and locks them (Contest.results_locked). While
locked every change is refused until ``unlock`` with a reason.

The proposal's method and constraints are kept in Contest.settings["awards"], so a promotion
after a disqualification ranks works the way the proposal did.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.awards.aggregate import check_method
from contest_app.core.awards.allocate import (
    Allocation,
    Constraints,
    TierQuota,
    allocate,
    near_margin,
    quotas_of,
)
from contest_app.core.awards.ranking import RankedWork, ScoredContest, load_scored, rank
from contest_app.core.contests import get_contest
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.db.base import utcnow
from contest_app.db.models import Award, AwardStatus, AwardTier, Contest, Entry, EntryStatus

SETTINGS_KEY = "awards"
NO_TIER = ("", "none", "-")


@dataclass
class Proposal:
    method: str
    constraints: Constraints
    ranked: list[RankedWork]
    allocation: Allocation
    scored: ScoredContest
    replaced: int = 0


@dataclass(frozen=True)
class Promotion:
    entry_id: int
    code: str
    before: str | None
    after: str


def awards_settings(contest: Contest) -> dict[str, Any]:
    return dict((contest.settings or {}).get(SETTINGS_KEY) or {})


def _save_settings(contest: Contest, **values: Any) -> None:
    # a new dict: the JSON column notices only a new value, not a change inside the old one
    contest.settings = {**(contest.settings or {}),
                        SETTINGS_KEY: {**awards_settings(contest), **values}}


def check_unlocked(contest: Contest) -> None:
    if contest.results_locked:
        raise Conflict("awards_locked", edition=contest.edition)


def _reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise InvalidValue("reason_required")
    return reason.strip()


def _tiers(session: Session, contest_id: int) -> list[AwardTier]:
    return list(session.scalars(select(AwardTier).where(AwardTier.contest_id == contest_id)
                                .order_by(AwardTier.position)))


def _awards(session: Session, contest_id: int) -> list[Award]:
    return list(session.scalars(select(Award).where(Award.contest_id == contest_id)))


def find_entry(session: Session, contest_id: int, ref: str | int) -> Entry:
    """A work by id, anonymous code, or the region's own number when that is unique."""
    if isinstance(ref, int):
        entry = session.get(Entry, ref)
        if entry is not None and entry.contest_id == contest_id:
            return entry
        raise NotFound("entry_not_found", id=ref)
    text = ref.strip()
    entry = session.scalar(select(Entry).where(
        Entry.contest_id == contest_id, func.upper(Entry.anon_code) == text.upper()))
    if entry is not None:
        return entry
    matches = list(session.scalars(select(Entry).where(Entry.contest_id == contest_id,
                                                       Entry.entry_no == text).limit(2)))
    if len(matches) == 1:
        return matches[0]
    raise NotFound("awards_entry_unknown", code=text)


def plan(session: Session, contest_id: int, method: str,
         constraints: Constraints | None = None) -> Proposal:
    """The proposal the method and constraints give, without writing anything (a preview)."""
    check_method(method)
    constraints = constraints or Constraints()
    quotas = quotas_of(session, contest_id)
    unknown = set(constraints.max_per_country) - {q.key for q in quotas}
    if unknown:
        raise InvalidValue("awards_tier_unknown", value=", ".join(sorted(unknown)),
                           tiers=", ".join(q.key for q in quotas))
    scored = load_scored(session, contest_id)
    ranked = rank(scored, method)
    allocation = allocate(ranked, quotas, constraints, margin=near_margin(scored.scale))
    return Proposal(method, constraints, ranked, allocation, scored)


def propose(session: Session, contest_id: int, method: str = "mean",
            constraints: Constraints | None = None, *, replace: bool = False,
            actor: str | None = None) -> Proposal:
    """Write the proposal as the contest's awards. Refused while locked, and (unless replace)
    when the committee has decided anything already: a new proposal would undo its decisions."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    existing = _awards(session, contest_id)
    decided = [a for a in existing if a.status != AwardStatus.PROPOSED]
    if decided and not replace:
        raise Conflict("awards_decisions_exist", count=len(decided))
    proposal = plan(session, contest_id, method, constraints)
    if not proposal.allocation.tiers:
        raise InvalidValue("awards_no_scores")
    session.execute(delete(Award).where(Award.contest_id == contest_id))
    tier_ids = {t.key: t.id for t in _tiers(session, contest_id)}
    moved = {m.entry_id: m for m in proposal.allocation.moves}
    actor = actor or audit.current_actor()
    for work in proposal.ranked:
        key = proposal.allocation.tiers.get(work.entry_id)
        if key is None:
            continue
        detail: dict[str, Any] = {"scores": work.scores, "stage": work.stage,
                                  "jurors": work.jurors}
        if work.entry_id in moved:
            detail["moved"] = {"rule": moved[work.entry_id].rule,
                               "before": moved[work.entry_id].before}
        session.add(Award(contest_id=contest_id, entry_id=work.entry_id, tier_id=tier_ids[key],
                          rank=work.rank, score=work.score, method=method,
                          status=AwardStatus.PROPOSED, decided_by=actor, detail=detail))
    before = awards_settings(contest)
    _save_settings(contest, method=method, constraints=proposal.constraints.as_dict(),
                   proposed_at=utcnow().isoformat(timespec="seconds"),
                   moves=[{"entry_id": m.entry_id, "code": m.code, "before": m.before,
                           "after": m.after, "rule": m.rule, "detail": m.detail}
                          for m in proposal.allocation.moves])
    session.flush()
    audit.record(session, "awards.propose", contest_id=contest_id, target_table="contest",
                 target_id=contest_id, actor=actor,
                 changes={"method": [before.get("method"), method],
                          "constraints": [before.get("constraints"),
                                          proposal.constraints.as_dict()],
                          "awarded": [len(existing), len(proposal.allocation.tiers)]},
                 reason="replaced committee decisions" if decided else "")
    proposal.replaced = len(decided)
    return proposal


def approve_provisional(session: Session, contest_id: int, actor: str | None = None) -> int:
    """The committee adopts the proposal as its provisional results; returns how many."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    proposed = [a for a in _awards(session, contest_id) if a.status == AwardStatus.PROPOSED]
    if not proposed and not _active(session, contest_id):
        raise Conflict("awards_none")
    for award in proposed:
        award.status = AwardStatus.PROVISIONAL
    session.flush()
    audit.record(session, "awards.provisional", contest_id=contest_id, target_table="contest",
                 target_id=contest_id, actor=actor,
                 changes={"status": [AwardStatus.PROPOSED.value, AwardStatus.PROVISIONAL.value],
                          "awards": [None, len(proposed)]})
    return len(proposed)


def _active(session: Session, contest_id: int) -> list[Award]:
    return [a for a in _awards(session, contest_id) if a.status != AwardStatus.WITHDRAWN]


def _ranked_now(session: Session, contest: Contest) -> tuple[list[RankedWork], Constraints]:
    settings = awards_settings(contest)
    method = settings.get("method", "mean")
    ranked = rank(load_scored(session, contest.id), method)
    return ranked, Constraints.from_dict(settings.get("constraints"))


def set_tier(session: Session, contest_id: int, entry_ref: str | int, tier_key: str | None,
             reason: str, actor: str | None = None) -> Award | None:
    """Put a work in a tier (or out of the awards with tier_key None/"none"), with a reason."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    reason = _reason(reason)
    entry = find_entry(session, contest_id, entry_ref)
    if entry.status == EntryStatus.DISQUALIFIED:
        raise Conflict("awards_entry_disqualified", code=entry.anon_code)
    tiers = {t.key: t for t in _tiers(session, contest_id)}
    key = None if tier_key is None or tier_key.strip().lower() in NO_TIER else tier_key.strip()
    if key is not None and key not in tiers:
        raise InvalidValue("awards_tier_unknown", value=key, tiers=", ".join(tiers))
    by_id = {t.id: t.key for t in tiers.values()}
    award = session.scalar(select(Award).where(Award.contest_id == contest_id,
                                               Award.entry_id == entry.id))
    old = by_id[award.tier_id] if award is not None else None
    if old == key:
        return award
    actor = actor or audit.current_actor()
    if key is None:
        assert award is not None
        session.delete(award)
        award = None
    elif award is None:
        ranked, _ = _ranked_now(session, contest)
        work = next((w for w in ranked if w.entry_id == entry.id), None)
        award = Award(contest_id=contest_id, entry_id=entry.id, tier_id=tiers[key].id,
                      rank=work.rank if work else None, score=work.score if work else None,
                      method=awards_settings(contest).get("method", "mean"),
                      detail={"scores": work.scores} if work else {})
        session.add(award)
    else:
        award.tier_id = tiers[key].id
    if award is not None:
        award.status, award.reason = AwardStatus.PROVISIONAL, reason
        award.decided_by, award.decided_at = actor, utcnow()
    session.flush()
    audit.record(session, "awards.set_tier", contest_id=contest_id, target_table="entry",
                 target_id=entry.id, actor=actor, reason=reason,
                 changes={"tier": [old, key], "code": [entry.anon_code, entry.anon_code]})
    return award


def disqualify(session: Session, contest_id: int, entry_ref: str | int, reason: str,
               actor: str | None = None) -> list[Promotion]:
    """Disqualify a work (plagiarism found late, say). An award it held is withdrawn and the
    next works move up tier by tier, so every tier keeps its quota; each move is audited."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    reason = _reason(reason)
    entry = find_entry(session, contest_id, entry_ref)
    if entry.status == EntryStatus.DISQUALIFIED:
        raise Conflict("awards_entry_disqualified", code=entry.anon_code)
    actor = actor or audit.current_actor()
    tiers = _tiers(session, contest_id)
    by_id = {t.id: t.key for t in tiers}
    award = session.scalar(select(Award).where(Award.contest_id == contest_id,
                                               Award.entry_id == entry.id,
                                               Award.status != AwardStatus.WITHDRAWN))
    old_status = entry.status
    entry.status, entry.status_reason = EntryStatus.DISQUALIFIED, reason
    vacated = by_id[award.tier_id] if award is not None else None
    if award is not None:
        award.status, award.reason = AwardStatus.WITHDRAWN, reason
        award.decided_by, award.decided_at = actor, utcnow()
    session.flush()
    audit.record(session, "awards.disqualify", contest_id=contest_id, target_table="entry",
                 target_id=entry.id, actor=actor, reason=reason,
                 changes={"status": [old_status, EntryStatus.DISQUALIFIED.value],
                          "tier": [vacated, None], "code": [entry.anon_code, entry.anon_code]})
    if vacated is None:
        return []
    return _promote(session, contest, entry, vacated, reason, actor)


def _promote(session: Session, contest: Contest, gone: Entry, vacated: str, reason: str,
             actor: str) -> list[Promotion]:
    quotas = [TierQuota(t.key, t.quota) for t in _tiers(session, contest.id)]
    order = {q.key: i for i, q in enumerate(quotas)}
    tiers = {t.key: t for t in _tiers(session, contest.id)}
    by_tier_id = {t.id: t.key for t in tiers.values()}
    ranked, constraints = _ranked_now(session, contest)
    works = {w.entry_id: w for w in ranked}
    position = {w.entry_id: i for i, w in enumerate(ranked)}
    awards = {a.entry_id: a for a in _active(session, contest.id)}
    tier_of = {e: by_tier_id[a.tier_id] for e, a in awards.items()}
    promotions: list[Promotion] = []
    vacancy: int | None = order[vacated]
    while vacancy is not None:
        tier = quotas[vacancy]
        cap = constraints.max_per_country.get(tier.key)
        held = Counter(works[e].country_code for e, k in tier_of.items()
                       if k == tier.key and e in works)
        lower = sorted((e for e, k in tier_of.items() if order[k] > vacancy and e in works),
                       key=lambda e: (order[tier_of[e]], position[e]))
        unawarded = [w.entry_id for w in ranked if w.entry_id not in tier_of]
        if constraints.finalist_per_region and not lower:
            region_left = any(works[e].region_code == gone.region.code
                              for e in tier_of if e in works)
            if not region_left:  # the region's place goes to its next best work, if it has one
                own = [e for e in unawarded if works[e].region_code == gone.region.code]
                unawarded = own[:1] + [e for e in unawarded if e not in own[:1]]
        pick = next((e for e in lower + unawarded
                     if cap is None or held[works[e].country_code] < cap), None)
        if pick is None:
            break
        before = tier_of.get(pick)
        award = awards.get(pick)
        if award is None:
            work = works[pick]
            award = Award(contest_id=contest.id, entry_id=pick, rank=work.rank, score=work.score,
                          method=awards_settings(contest).get("method", "mean"),
                          detail={"scores": work.scores})
            session.add(award)
            awards[pick] = award
        award.tier_id = tiers[tier.key].id
        award.status, award.reason = AwardStatus.PROVISIONAL, reason
        award.decided_by, award.decided_at = actor, utcnow()
        tier_of[pick] = tier.key
        session.flush()
        audit.record(session, "awards.promote", contest_id=contest.id, target_table="entry",
                     target_id=pick, actor=actor, reason=reason,
                     changes={"tier": [before, tier.key],
                              "code": [works[pick].code, works[pick].code],
                              "after_disqualification_of": [None, gone.anon_code]})
        promotions.append(Promotion(pick, works[pick].code, before, tier.key))
        vacancy = order[before] if before is not None else None
    return promotions


def finalize(session: Session, contest_id: int, reason: str = "",
             actor: str | None = None) -> dict[str, int]:
    """Make the results final and lock them. Tiers off their quota need a reason."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    active = _active(session, contest_id)
    if not active:
        raise Conflict("awards_none")
    tiers = _tiers(session, contest_id)
    by_id = {t.id: t.key for t in tiers}
    counts = Counter(by_id[a.tier_id] for a in active)
    off = [f"{t.key} {counts[t.key]}/{t.quota}" for t in tiers if counts[t.key] != t.quota]
    if off and not reason.strip():
        raise Conflict("awards_quota_mismatch", tiers=", ".join(off))
    for award in active:
        award.status = AwardStatus.FINAL
    contest.results_locked = True
    session.flush()
    audit.record(session, "awards.finalize", contest_id=contest_id, target_table="contest",
                 target_id=contest_id, actor=actor, reason=reason.strip(),
                 changes={"results_locked": [False, True],
                          "awarded": [None, {t.key: counts[t.key] for t in tiers}]})
    return {t.key: counts[t.key] for t in tiers}


def unlock(session: Session, contest_id: int, reason: str, actor: str | None = None) -> None:
    """Open final results to changes again; they become provisional until finalised again."""
    contest = get_contest(session, contest_id)
    reason = _reason(reason)
    if not contest.results_locked:
        raise Conflict("awards_not_locked", edition=contest.edition)
    contest.results_locked = False
    for award in _active(session, contest_id):
        if award.status == AwardStatus.FINAL:
            award.status = AwardStatus.PROVISIONAL
    session.flush()
    audit.record(session, "awards.unlock", contest_id=contest_id, target_table="contest",
                 target_id=contest_id, actor=actor, reason=reason,
                 changes={"results_locked": [True, False]})
