"""Who scores what in a round: everyone everything, or N jurors per work, never across a conflict.

With N per work, works are given out most-constrained first to the least-loaded allowed jurors,
then loads are evened out along "shift paths" (juror A hands a work to B, B one to C, ... until a
juror at least two below A takes one). When no such path is left no juror can take work off a
busier one without breaking a conflict, so loads differ by at most 1 wherever conflicts allow.
Evening out may move a work a juror holds but has not touched (no score row, not even half of
one); a work they started never moves. So calling assign again after adding a juror hands the
newcomer a fair share of the untouched works.
"""

from __future__ import annotations

import random
from collections import Counter, deque
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core import audit
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.jury.jurors import conflict_sets, get_juror
from contest_app.core.jury.rounds import completed_pairs, open_round
from contest_app.db.models import (
    Assignment,
    Entry,
    Juror,
    Region,
    Round,
    RoundEntry,
    RoundStatus,
    Score,
)

Plan = dict[int, list[int]]  # entry id -> jurors holding it that may still move


@dataclass
class AssignmentReport:
    round_id: int
    per_work: int | None
    created: int = 0
    loads: dict[int, int] = field(default_factory=dict)  # juror id -> active works in the round
    short: dict[int, int] = field(default_factory=dict)  # entry id -> jurors, below per_work

    @property
    def spread(self) -> int:
        """Largest minus smallest load."""
        return max(self.loads.values()) - min(self.loads.values()) if self.loads else 0


def _round_works(session: Session, round_id: int) -> dict[int, tuple[str, str]]:
    """Entry id -> (region code, country code) of the round's works."""
    rows = session.execute(
        select(Entry.id, Region.code, Region.country_code)
        .join(RoundEntry, RoundEntry.entry_id == Entry.id)
        .join(Region, Region.id == Entry.region_id)
        .where(RoundEntry.round_id == round_id).order_by(Entry.id))
    return {e: (r.upper(), c.upper()) for e, r, c in rows}


def _jurors(session: Session, round_: Round, juror_ids: list[int] | None) -> list[Juror]:
    query = (select(Juror).where(Juror.contest_id == round_.contest_id)
             .options(selectinload(Juror.conflicts)).order_by(Juror.id))
    if juror_ids is None:
        jurors = list(session.scalars(query.where(Juror.active.is_(True))))
    else:
        found = {j.id: j for j in session.scalars(query.where(Juror.id.in_(juror_ids)))}
        for juror_id in juror_ids:
            if juror_id not in found:
                raise NotFound("juror_not_found", ref=str(juror_id))
            if not found[juror_id].active:
                raise InvalidValue("juror_inactive", name=found[juror_id].name)
        jurors = [found[j] for j in dict.fromkeys(juror_ids)]
    if not jurors:
        raise InvalidValue("jurors_none")
    return jurors


def _allowed(jurors: list[Juror], works: dict[int, tuple[str, str]]) -> dict[int, set[int]]:
    """Entry id -> jurors free of conflict with it."""
    sets = {j.id: conflict_sets(j) for j in jurors}
    return {e: {j for j, (regions, countries) in sets.items()
                if region not in regions and country not in countries}
            for e, (region, country) in works.items()}


def _greedy(needs: dict[int, int], allowed: dict[int, set[int]], loads: Counter[int],
            rng: random.Random) -> Plan:
    """Give each work its need, scarcest works first, each to the least-loaded allowed jurors."""
    ties = {e: rng.random() for e in needs}
    order = sorted(needs, key=lambda e: (len(allowed[e]) - needs[e], ties[e]))
    plan: Plan = {}
    for e in order:
        picks = sorted(allowed[e], key=lambda j: (loads[j], rng.random()))[:needs[e]]
        plan[e] = picks
        for j in picks:
            loads[j] += 1
    return plan


def _shift_path(start: int, plan: Plan, allowed: dict[int, set[int]], loads: Counter[int],
                held: dict[int, set[int]]) -> list[tuple[int, int, int]] | None:
    """Moves (from, to, entry) ending at a juror whose load is 2+ below start's, or None."""
    back: dict[int, tuple[int, int]] = {}
    queue, seen = deque([start]), {start}
    while queue:
        giver = queue.popleft()
        for e in sorted(held[giver]):
            for taker in sorted(allowed[e] - set(plan[e])):
                if taker in seen:
                    continue
                seen.add(taker)
                back[taker] = (giver, e)
                if loads[taker] <= loads[start] - 2:
                    path = []
                    node = taker
                    while node != start:
                        prev, entry = back[node]
                        path.append((prev, node, entry))
                        node = prev
                    return path[::-1]
                queue.append(taker)
    return None


def _rebalance(plan: Plan, allowed: dict[int, set[int]], loads: Counter[int],
               jurors: list[int]) -> None:
    # allowed[e] must already exclude jurors who held e before this call
    held: dict[int, set[int]] = {j: set() for j in jurors}
    for e, picks in plan.items():
        for j in picks:
            held[j].add(e)
    while True:
        for start in sorted(jurors, key=lambda j: (-loads[j], j)):
            path = _shift_path(start, plan, allowed, loads, held)
            if path:
                break
        else:
            return
        # each path lowers the sum of squared loads, so this loop ends
        for giver, taker, e in path:
            plan[e].remove(giver)
            plan[e].append(taker)
            held[giver].discard(e)
            held[taker].add(e)
        loads[start] -= 1
        loads[path[-1][1]] += 1


def _scored(session: Session, round_id: int) -> set[tuple[int, int]]:
    """(juror, entry) with any score row, even half filled: such a work stays with its juror."""
    return set(session.execute(select(Score.juror_id, Score.entry_id).where(
        Score.round_id == round_id)).all())


def _distribute(session: Session, round_: Round, pool: list[Juror], needs: dict[int, int],
                seed: int | None) -> tuple[Plan, int]:
    """Give each work in needs that many more jurors of pool, then even out the pool's loads.

    Evening out may also shift works a pool juror holds but has not touched (no score row):
    without that, a juror with conflicts could stay well below the rest after a reassignment.
    Returns (entry -> jurors newly given it, assignments switched on).
    """
    works = _round_works(session, round_.id)
    rows = {(a.juror_id, a.entry_id): a for a in session.scalars(
        select(Assignment).where(Assignment.round_id == round_.id))}
    ids = [j.id for j in pool]
    in_pool, touched = set(ids), _scored(session, round_.id)
    fixed: dict[int, set[int]] = {e: set() for e in works}
    movable: dict[int, set[int]] = {e: set() for e in works}
    loads = Counter(dict.fromkeys(ids, 0))
    for (j, e), row in rows.items():
        if not row.active or e not in works:
            continue
        if j in in_pool:
            loads[j] += 1
        (movable if j in in_pool and (j, e) not in touched else fixed)[e].add(j)
    free = {e: allowed - fixed[e] for e, allowed in _allowed(pool, works).items()}
    picks = _greedy({e: n for e, n in needs.items() if n > 0},
                    {e: free[e] - movable[e] for e in works}, loads, random.Random(seed))
    plan: Plan = {e: sorted(movable[e]) + picks.get(e, []) for e in works}
    _rebalance(plan, free, loads, ids)
    switched = 0
    for e, holders in plan.items():
        for j in movable[e] - set(holders):
            rows[(j, e)].active = False
        for j in set(holders) - movable[e]:
            found = rows.get((j, e))
            row = found if found is not None else Assignment(
                round_id=round_.id, juror_id=j, entry_id=e)
            session.add(row)
            # an inactive row (the work was taken from this juror earlier) is switched back on:
            # (round, juror, entry) is unique
            row.active = True
            switched += 1
    session.flush()
    return {e: sorted(set(h) - movable[e]) for e, h in plan.items()}, switched


def assign(session: Session, round_id: int, *, juror_ids: list[int] | None = None,
           per_work: int | None = None, seed: int | None = None) -> AssignmentReport:
    """Assign jurors to the round's works, keeping what is already assigned.

    per_work None uses the round's jurors_per_work; if that is None too, every juror (active ones,
    or juror_ids) scores every work they are free to score. Calling it again tops up.
    """
    round_ = open_round(session, round_id)
    if per_work is not None:
        if per_work < 1:
            raise InvalidValue("per_work_invalid", value=per_work)
        round_.jurors_per_work = per_work
    per_work = round_.jurors_per_work
    pool = _jurors(session, round_, juror_ids)
    ids = [j.id for j in pool]
    works = _round_works(session, round_.id)
    active = Counter(e for e in session.scalars(select(Assignment.entry_id).where(
        Assignment.round_id == round_.id, Assignment.active.is_(True))))
    allowed = _allowed(pool, works)
    report = AssignmentReport(round_.id, per_work)
    if per_work is None:
        report.created = _everyone(session, round_, allowed)
        report.short = {e: 0 for e in works if not allowed[e] and not active[e]}
    else:
        needs = {e: per_work - active[e] for e in works}
        _, report.created = _distribute(session, round_, pool, needs, seed)
        now = Counter(e for e in session.scalars(select(Assignment.entry_id).where(
            Assignment.round_id == round_.id, Assignment.active.is_(True))))
        report.short = {e: now[e] for e in works if now[e] < per_work}
    report.loads = _loads(session, round_.id, ids)
    audit.record(session, "round.assign", contest_id=round_.contest_id, target_table="round",
                 target_id=round_.id, changes={"assignments": [None, report.created],
                                               "per_work": [None, per_work],
                                               "short": [None, len(report.short)]})
    return report


def _everyone(session: Session, round_: Round, allowed: dict[int, set[int]]) -> int:
    rows = {(a.juror_id, a.entry_id): a for a in session.scalars(
        select(Assignment).where(Assignment.round_id == round_.id))}
    created = 0
    for e, jurors in allowed.items():
        for j in sorted(jurors):
            row = rows.get((j, e))
            if row is None:
                session.add(Assignment(round_id=round_.id, juror_id=j, entry_id=e))
            elif row.active:
                continue
            else:
                row.active = True
            created += 1
    session.flush()
    return created


def _loads(session: Session, round_id: int, pool: list[int]) -> dict[int, int]:
    counts = Counter(session.scalars(select(Assignment.juror_id).where(
        Assignment.round_id == round_id, Assignment.active.is_(True))))
    return {j: counts.get(j, 0) for j in pool}


def _move(session: Session, round_: Round, leaving: list[Assignment], pool: list[Juror],
          seed: int | None) -> tuple[int, list[int]]:
    """Switch off the leaving rows and give each work to another allowed juror of pool.

    Returns (moved, entry ids nobody could take)."""
    for row in leaving:
        row.active = False
    session.flush()
    needs = Counter(row.entry_id for row in leaving)
    given, _ = _distribute(session, round_, pool, dict(needs), seed)
    dropped = [e for e in sorted(needs) if len(given.get(e, [])) < needs[e]]
    moved = sum(min(len(given.get(e, [])), n) for e, n in needs.items())
    return moved, dropped


def _pool(session: Session, round_: Round, leaving_juror: int) -> list[Juror]:
    """Active jurors already on the round (else any active juror of the contest)."""
    on_round = set(session.scalars(select(Assignment.juror_id).where(
        Assignment.round_id == round_.id, Assignment.active.is_(True))))
    jurors = list(session.scalars(
        select(Juror).where(Juror.contest_id == round_.contest_id, Juror.active.is_(True),
                            Juror.id != leaving_juror)
        .options(selectinload(Juror.conflicts)).order_by(Juror.id)))
    return [j for j in jurors if j.id in on_round] or jurors


def reassign(session: Session, round_id: int, juror_id: int, reason: str, *,
             seed: int | None = None) -> int:
    """Move a juror's works without a complete score to other jurors; returns how many moved.

    Works that no other juror may score (or that every other juror already has, as when everyone
    scores everything) are only taken off this juror: the audit log counts them as dropped.
    """
    round_ = open_round(session, round_id)
    juror = get_juror(session, juror_id)
    if juror.contest_id != round_.contest_id:
        raise NotFound("juror_not_found", ref=str(juror_id))
    if not reason.strip():
        raise InvalidValue("reason_required")
    done = completed_pairs(session, round_)
    leaving = [a for a in session.scalars(select(Assignment).where(
        Assignment.round_id == round_.id, Assignment.juror_id == juror_id,
        Assignment.active.is_(True))) if (juror_id, a.entry_id) not in done]
    moved, dropped = _move(session, round_, leaving, _pool(session, round_, juror_id), seed)
    audit.record(session, "round.reassign", contest_id=round_.contest_id, target_table="juror",
                 target_id=juror_id, reason=reason,
                 changes={"round": [None, round_.id], "moved": [None, moved],
                          "dropped": [None, len(dropped)]})
    return moved


def resolve_conflicts(session: Session, juror_id: int, reason: str) -> int:
    """After a conflict was added: take the now-conflicted works of the juror's open rounds off
    them, scored or not (a score given across a conflict cannot count), and hand them on."""
    juror = get_juror(session, juror_id)
    regions, countries = conflict_sets(juror)
    moved_total = 0
    rounds = session.scalars(select(Round).where(Round.contest_id == juror.contest_id,
                                                 Round.status == RoundStatus.OPEN))
    for round_ in rounds:
        works = _round_works(session, round_.id)
        leaving = [a for a in session.scalars(select(Assignment).where(
            Assignment.round_id == round_.id, Assignment.juror_id == juror_id,
            Assignment.active.is_(True)))
            if works[a.entry_id][0] in regions or works[a.entry_id][1] in countries]
        if not leaving:
            continue
        moved, dropped = _move(session, round_, leaving, _pool(session, round_, juror_id), None)
        moved_total += moved
        audit.record(session, "round.resolve_conflicts", contest_id=round_.contest_id,
                     target_table="juror", target_id=juror_id, reason=reason,
                     changes={"round": [None, round_.id], "removed": [None, len(leaving)],
                              "moved": [None, moved], "dropped": [None, len(dropped)]})
    return moved_total
