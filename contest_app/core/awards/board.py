"""Everything the Awards page, the command line and the documents show, in one read.

Before a proposal is saved the board is a preview: the tiers the chosen method and constraints
would give. Afterwards the tiers are the saved awards with every committee decision in them;
the ranking, the raw and normalised results and the tier lines are computed alongside.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.awards.aggregate import check_method
from contest_app.core.awards.allocate import (
    RULE_MOVES,
    Boundary,
    Constraints,
    Move,
    TierQuota,
    allocate,
    find_boundaries,
    near_margin,
)
from contest_app.core.awards.decisions import awards_settings
from contest_app.core.awards.ranking import Notice, load_scored, rank
from contest_app.core.awards.sensitivity import SensitivityRow, sensitivity
from contest_app.core.contests import get_contest
from contest_app.db.models import AuditLog, Award, AwardStatus, AwardTier, Entry, Region


@dataclass
class BoardRow:
    entry_id: int
    code: str
    entry_no: str
    title: str
    title_en: str
    region_code: str
    region_names: dict[str, str]
    country_code: str
    country_names: dict[str, str]
    rank: int | None
    score: float | None  # by the board's method
    scores: dict[str, float]  # every method's result, side by side
    jurors: int
    abstentions: int
    tier: str | None
    status: str  # the award's status; "" for a work without award or in a preview
    marks: list[tuple[str, str]] = field(default_factory=list)  # ("tie"|"near", tier above)
    moved: str | None = None  # the constraint rule that moved it, if one did


@dataclass
class Board:
    contest_id: int
    edition: int
    year: int
    method: str
    constraints: Constraints
    scale: tuple[float, float]
    locked: bool
    saved: bool  # tiers are the saved awards (else a preview)
    quotas: list[TierQuota]
    tier_names: dict[str, dict[str, str]]
    rows: list[BoardRow]
    boundaries: list[Boundary]
    moves: list[Move]
    sensitivity: list[SensitivityRow]
    notices: list[Notice]

    def counts(self) -> Counter[str]:
        return Counter(r.tier for r in self.rows if r.tier and r.status != AwardStatus.WITHDRAWN)

    def state(self) -> str:
        """none, proposed, provisional or final: the least settled status of the awards."""
        statuses = {r.status for r in self.rows if r.tier and r.status != AwardStatus.WITHDRAWN}
        for status in ("proposed", "provisional", "final"):
            if status in statuses:
                return status
        return "none"

    def row(self, entry_id: int) -> BoardRow | None:
        return next((r for r in self.rows if r.entry_id == entry_id), None)


def _saved_awards(session: Session, contest_id: int) -> list[tuple[Award, str]]:
    rows = session.execute(
        select(Award, AwardTier.key).join(AwardTier, AwardTier.id == Award.tier_id)
        .where(Award.contest_id == contest_id).order_by(Award.id))
    return [(award, key) for award, key in rows]


def build_board(session: Session, contest_id: int, method: str | None = None,
                constraints: Constraints | None = None, *,
                with_sensitivity: bool = True) -> Board:
    contest = get_contest(session, contest_id)
    settings = awards_settings(contest)
    saved = _saved_awards(session, contest_id)
    method = check_method(method or settings.get("method") or "mean")
    if constraints is None:
        constraints = Constraints.from_dict(settings.get("constraints")) if saved \
            else Constraints()
    tier_rows = list(session.scalars(select(AwardTier).where(AwardTier.contest_id == contest_id)
                                     .order_by(AwardTier.position)))
    quotas = [TierQuota(t.key, t.quota) for t in tier_rows]
    scored = load_scored(session, contest_id)
    margin = near_margin(scored.scale)
    ranked = rank(scored, method)
    notices = list(scored.notices)
    if saved:
        tiers = {a.entry_id: key for a, key in saved if a.status != AwardStatus.WITHDRAWN}
        status = {a.entry_id: a.status for a, _ in saved}
        moves = _saved_moves(settings.get("moves") or [], ranked)
    else:
        allocation = allocate(ranked, quotas, constraints, margin=margin)
        tiers, status, moves = allocation.tiers, {}, allocation.moves
        notices += allocation.notices
    boundaries = find_boundaries(ranked, tiers, quotas, margin,
                                 {m.entry_id for m in moves if m.rule in RULE_MOVES})
    moved = {m.entry_id: m.rule for m in moves}
    rows = [BoardRow(w.entry_id, w.code, w.entry_no, w.title, w.title_en, w.region_code,
                     w.region_names, w.country_code, w.country_names, w.rank, w.score,
                     w.scores, w.jurors, w.abstentions, tiers.get(w.entry_id),
                     status.get(w.entry_id, ""), moved=moved.get(w.entry_id))
            for w in ranked]
    rows += _unranked_rows(session, saved, {w.entry_id for w in ranked})
    by_entry = {r.entry_id: r for r in rows}
    for line in boundaries:
        for entry_id in line.near:
            kind = "tie" if line.tie and not line.settled else "near"
            by_entry[entry_id].marks.append((kind, line.upper))
    return Board(
        contest_id, contest.edition, contest.year, method, constraints, scored.scale,
        contest.results_locked, bool(saved), quotas, {t.key: dict(t.names) for t in tier_rows},
        rows, boundaries, moves,
        sensitivity(scored, quotas, constraints, method, margin) if with_sensitivity else [],
        notices)


def _saved_moves(items: list[dict[str, Any]], ranked: list[Any]) -> list[Move]:
    where = {w.entry_id: (w.region_code, w.country_code) for w in ranked}
    return [Move(int(m["entry_id"]), str(m["code"]), *where.get(int(m["entry_id"]), ("", "")),
                 m.get("before"), m.get("after"), str(m["rule"]), dict(m.get("detail") or {}))
            for m in items]


def _unranked_rows(session: Session, saved: list[tuple[Award, str]],
                   ranked: set[int]) -> list[BoardRow]:
    """Awards of works outside the ranking: withdrawn (disqualified) or given without scores."""
    rows: list[BoardRow] = []
    for award, key in saved:
        if award.entry_id in ranked:
            continue
        entry = session.get(Entry, award.entry_id)
        assert entry is not None
        region: Region = entry.region
        rows.append(BoardRow(
            entry.id, entry.anon_code, entry.entry_no, entry.title, entry.title_en, region.code,
            dict(region.names), region.country_code, dict(region.country.names), None,
            award.score, dict((award.detail or {}).get("scores") or {}), 0, 0, key,
            award.status))
    return rows


@dataclass
class TrailRow:
    at: datetime
    actor: str
    action: str  # awards.set_tier, awards.disqualify, awards.promote, ...
    code: str  # the work's anonymous code, or "" for a decision on the whole results
    changes: dict[str, Any]
    reason: str


def audit_trail(session: Session, contest_id: int) -> list[TrailRow]:
    """Every award decision of the contest, newest first."""
    logs = session.scalars(select(AuditLog).where(
        AuditLog.contest_id == contest_id, AuditLog.action.like("awards.%"))
        .order_by(AuditLog.at.desc(), AuditLog.id.desc()))
    rows: list[TrailRow] = []
    for log in logs:
        code = ""
        if log.target_table == "entry":
            code = (log.changes.get("code") or ["", ""])[-1] or ""
        rows.append(TrailRow(log.at, log.actor, log.action, code, dict(log.changes), log.reason))
    return rows
