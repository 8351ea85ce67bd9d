"""Committee decisions: proposal, tier changes, disqualification with promotion, locking, audit."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select
from test_awards_support import make_contest, make_entries, make_juror, make_round, score_all

from contest_app.core.awards import decisions
from contest_app.core.awards.allocate import Constraints
from contest_app.core.awards.board import audit_trail, build_board
from contest_app.core.awards.boundary import open_boundary_round
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.db.models import (
    AuditLog,
    Award,
    AwardStatus,
    AwardTier,
    Contest,
    Entry,
    Round,
    RoundEntry,
)

REGIONS = ["CN-HN", "CN-HA", "JP-16", "KR-47", "MN-046", "RU-TOM", "CN-GS", "JP-31",
           "KR-26", "RU-IRK", "CN-AH", "KR-49", "JP-28", "RU-KAM"]


def build(s, scores: list[float] | None = None) -> tuple[int, list[Entry]]:  # type: ignore[no-untyped-def]
    """14 works, three jurors who agree; work 1 best. Tiers 1/2/3/4 (10 awards)."""
    cid = make_contest(s)
    entries = make_entries(s, cid, REGIONS)
    round_ = make_round(s, cid, entries)
    values = scores or [9.5 - 0.5 * i for i in range(len(entries))]
    for name in ("Kim", "Wang", "Ivanova"):
        score_all(s, round_, make_juror(s, cid, name), entries, values)
    return cid, entries


def tiers_now(s, cid: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    rows = s.execute(select(Entry.anon_code, AwardTier.key, Award.status)
                     .join(Award, Award.entry_id == Entry.id)
                     .join(AwardTier, AwardTier.id == Award.tier_id)
                     .where(Award.contest_id == cid))
    return {code: key for code, key, status in rows if status != AwardStatus.WITHDRAWN}


def test_propose_fills_quotas_and_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        proposal = decisions.propose(s, cid, "zscore", actor="secretariat")
        assert len(proposal.allocation.tiers) == 10
        tiers = tiers_now(s, cid)
        assert Counter(tiers.values()) == {"grand": 1, "excellence": 2, "encouragement": 3,
                                           "finalist": 4}
        assert tiers["W001"] == "grand" and "W011" not in tiers
        log = s.scalars(select(AuditLog).where(AuditLog.action == "awards.propose")).one()
        assert log.actor == "secretariat" and log.changes["method"] == [None, "zscore"]
        contest = s.get(Contest, cid)
        assert contest.settings["awards"]["method"] == "zscore"


def test_set_tier_needs_a_reason_and_is_recorded(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        decisions.propose(s, cid)
        with pytest.raises(InvalidValue) as err:
            decisions.set_tier(s, cid, "W011", "finalist", "  ")
        assert err.value.code == "reason_required"
        decisions.set_tier(s, cid, "W011", "finalist", "strong use of the theme",
                           actor="chair")
        decisions.set_tier(s, cid, "w010", None, "too close to last year's winner",
                           actor="chair")
        tiers = tiers_now(s, cid)
        assert tiers["W011"] == "finalist" and "W010" not in tiers
        trail = audit_trail(s, cid)
        assert [(t.action, t.code, t.changes["tier"], t.reason, t.actor) for t in trail[:2]] == [
            ("awards.set_tier", "W010", ["finalist", None], "too close to last year's winner",
             "chair"),
            ("awards.set_tier", "W011", [None, "finalist"], "strong use of the theme", "chair")]
        award = s.scalar(select(Award).join(Entry).where(Entry.anon_code == "W011"))
        assert award.status == AwardStatus.PROVISIONAL and award.reason
        with pytest.raises(NotFound):
            decisions.set_tier(s, cid, "NOPE", "finalist", "x")
        with pytest.raises(InvalidValue) as err:
            decisions.set_tier(s, cid, "W011", "bronze", "x")
        assert err.value.code == "awards_tier_unknown"


def test_disqualify_winner_promotes_the_next_work_in_every_tier(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        decisions.propose(s, cid)
        before = tiers_now(s, cid)
        promotions = decisions.disqualify(s, cid, "W001", "plagiarism found after the jury",
                                          actor="chair")
        after = tiers_now(s, cid)
        assert "W001" not in after
        assert after["W002"] == "grand"  # the best excellence work moves up
        assert after["W004"] == "excellence"  # the best encouragement work
        assert after["W007"] == "encouragement"  # the best finalist
        assert after["W011"] == "finalist"  # the best work without award comes in
        assert [(p.code, p.before, p.after) for p in promotions] == [
            ("W002", "excellence", "grand"), ("W004", "encouragement", "excellence"),
            ("W007", "finalist", "encouragement"), ("W011", None, "finalist")]
        assert Counter(after.values()) == Counter(before.values())  # quotas stay filled
        entry = s.scalar(select(Entry).where(Entry.anon_code == "W001"))
        assert entry.status == "disqualified" and entry.status_reason.startswith("plagiarism")
        withdrawn = s.scalar(select(Award).where(Award.entry_id == entry.id))
        assert withdrawn.status == AwardStatus.WITHDRAWN
        actions = Counter(t.action for t in audit_trail(s, cid))
        assert actions["awards.disqualify"] == 1 and actions["awards.promote"] == 4
        promote = next(t for t in audit_trail(s, cid) if t.code == "W011")
        assert promote.changes["after_disqualification_of"] == [None, "W001"]
        assert promote.reason == "plagiarism found after the jury" and promote.actor == "chair"
        with pytest.raises(Conflict) as err:
            decisions.set_tier(s, cid, "W001", "grand", "appeal")
        assert err.value.code == "awards_entry_disqualified"


def test_promotion_respects_a_country_cap(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        decisions.propose(s, cid, constraints=Constraints(max_per_country={"grand": 1,
                                                                           "excellence": 1}))
        before = tiers_now(s, cid)
        assert before["W002"] == "excellence" and before["W003"] == "excellence"  # CN, JP
        decisions.disqualify(s, cid, "W003", "not the student's own work")
        after = tiers_now(s, cid)
        # W004 (KR, encouragement) moves up; CN already holds its one excellence place
        assert after["W004"] == "excellence"
        assert Counter(after.values()) == Counter(before.values())


def test_locked_results_refuse_changes_until_unlocked_with_reason(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        decisions.propose(s, cid)
        assert decisions.approve_provisional(s, cid) == 10
        decisions.finalize(s, cid, actor="chair")
        assert s.get(Contest, cid).results_locked
        assert {a.status for a in s.scalars(select(Award))} == {AwardStatus.FINAL}
        for change in (lambda: decisions.set_tier(s, cid, "W011", "finalist", "late"),
                       lambda: decisions.disqualify(s, cid, "W001", "late"),
                       lambda: decisions.propose(s, cid, replace=True),
                       lambda: open_boundary_round(s, cid, [1, 2])):
            with pytest.raises(Conflict) as err:
                change()
            assert err.value.code == "awards_locked"
        with pytest.raises(InvalidValue):
            decisions.unlock(s, cid, "")
        decisions.unlock(s, cid, "a region reported a wrong birth date", actor="chair")
        decisions.set_tier(s, cid, "W011", "finalist", "committee vote")
        assert tiers_now(s, cid)["W011"] == "finalist"
        trail = [(t.action, t.reason) for t in audit_trail(s, cid)]
        assert ("awards.unlock", "a region reported a wrong birth date") in trail
        assert ("awards.finalize", "") in trail
        with pytest.raises(Conflict) as err:  # 5 finalists now: a reason is needed
            decisions.finalize(s, cid)
        assert err.value.code == "awards_quota_mismatch"
        decisions.finalize(s, cid, reason="two works tied; the committee keeps both")


def test_new_proposal_does_not_silently_undo_decisions(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid, _ = build(s)
        decisions.propose(s, cid)
        decisions.propose(s, cid, "trimmed")  # nothing decided yet: replaced freely
        decisions.set_tier(s, cid, "W011", "finalist", "committee vote")
        with pytest.raises(Conflict) as err:
            decisions.propose(s, cid)
        assert err.value.code == "awards_decisions_exist" and err.value.values["count"] == 1
        proposal = decisions.propose(s, cid, replace=True)
        assert proposal.replaced == 1 and "W011" not in tiers_now(s, cid)


def test_boundary_round_settles_a_tie(db) -> None:  # type: ignore[no-untyped-def]
    scores = [9.5, 9.0, 8.0, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.5, 3.0]
    with db.session() as s, s.begin():
        cid, entries = build(s, scores)
        board = build_board(s, cid)
        line = next(b for b in board.boundaries if b.upper == "excellence")
        assert line.tie and sorted(line.near) == [entries[2].id, entries[3].id]
        assert board.row(entries[2].id).marks == [("tie", "excellence")]
        assert board.row(entries[2].id).tier == "excellence"  # the code decided, for now
        round_id = open_boundary_round(s, cid, line.around, name="excellence line",
                                       reason="tie at the excellence line")
        round_ = s.get(Round, round_id)
        assert round_.kind == "boundary"
        held = set(s.scalars(select(RoundEntry.entry_id).where(RoundEntry.round_id == round_id)))
        assert held == {entries[2].id, entries[3].id}
        # the jury prefers the fourth work; closed, the round re-orders the two
        juror = make_juror(s, cid, "Boundary juror")
        score_all(s, round_, juror, [entries[2], entries[3]], [7.0, 8.0])
        round_.status = "closed"
        s.flush()
        board = build_board(s, cid)
        assert board.row(entries[3].id).tier == "excellence"
        assert board.row(entries[2].id).tier == "encouragement"
        line = next(b for b in board.boundaries if b.upper == "excellence")
        assert line.tie and line.settled and board.row(entries[2].id).marks == [
            ("near", "excellence")]
        assert any(t.action == "awards.boundary_round" for t in audit_trail(s, cid))
