"""Rounds: their works, criteria, the final's top N, and closing with a recorded decision."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury import assignment, jurors, rounds, scoring
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import AuditLog, Entry, EntryStatus, Round, RoundStatus
from contest_app.db.session import Database


@pytest.fixture
def contest_id(db: Database) -> int:
    return build_demo(db, total=39, workers=1, image_size=(320, 240))


def _eligible(session: Session, contest_id: int) -> list[int]:
    return list(session.scalars(select(Entry.id).where(
        Entry.contest_id == contest_id, Entry.status == EntryStatus.ELIGIBLE).order_by(Entry.id)))


def _same(value: float) -> ScoreItem:
    return ScoreItem(values={k: value for k in ("theme", "creativity", "composition",
                                                "technique")})


def test_preliminary_holds_every_eligible_work(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        round_ = rounds.create_round(session, contest_id, name="First look")
        assert round_.position == 1 and round_.status == RoundStatus.OPEN
        assert rounds.round_entry_ids(session, round_.id) == _eligible(session, contest_id)
        assert rounds.latest_open_round(session, contest_id) is round_
        second = rounds.create_round(session, contest_id)
        assert second.position == 2
        assert rounds.latest_open_round(session, contest_id) is second


def test_criteria_default_to_the_contest_and_can_be_chosen(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        full = rounds.round_criteria(session, rounds.create_round(session, contest_id))
        assert [c.key for c in full] == ["theme", "creativity", "composition", "technique"]
        assert all((c.weight, c.scale_min, c.scale_max) == (1.0, 1.0, 10.0) for c in full)
        assert full[0].names["en"] == "Theme fit"
        part = rounds.create_round(session, contest_id, criteria_keys=["technique", "theme"])
        # the contest's order, whatever order they were given in
        assert [c.key for c in rounds.round_criteria(session, part)] == ["theme", "technique"]
        with pytest.raises(ContestAppError) as caught:
            rounds.create_round(session, contest_id, criteria_keys=["colour"])
        assert caught.value.code == "criterion_unknown"


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"kind": "semi"}, "round_kind_invalid"),
    ({"kind": "final"}, "round_top_n_required"),
    ({"kind": "final", "top_n": 5}, "round_previous_missing"),
    ({"kind": "boundary"}, "round_entries_required"),
    ({"kind": "boundary", "entry_ids": [10**6]}, "entry_not_found"),
    ({"jurors_per_work": 0}, "per_work_invalid"),
])
def test_create_round_refusals(db: Database, contest_id: int, kwargs: dict[str, object],
                               code: str) -> None:
    with db.session() as session, pytest.raises(ContestAppError) as caught:
        rounds.create_round(session, contest_id, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_boundary_round_holds_the_chosen_works(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        chosen = _eligible(session, contest_id)[3:6]
        round_ = rounds.create_round(session, contest_id, kind="boundary",
                                     entry_ids=[*chosen, chosen[0]])
        assert rounds.round_entry_ids(session, round_.id) == chosen


def _scored_preliminary(session: Session, contest_id: int) -> tuple[Round, list[int]]:
    """Two jurors; the first 19 works get distinct means 1, 1.5 ... 10; the rest no score."""
    a = jurors.add_juror(session, contest_id, "A")
    b = jurors.add_juror(session, contest_id, "B")
    prelim = rounds.create_round(session, contest_id)
    assignment.assign(session, prelim.id)
    works = rounds.round_entry_ids(session, prelim.id)
    for i, entry_id in enumerate(works[:19]):
        scoring.save_score(session, prelim.id, a.id, entry_id, _same(1 + 0.5 * i))
        if i == 18:  # an abstention does not pull the mean down
            scoring.save_score(session, prelim.id, b.id, entry_id, ScoreItem(abstained=True))
        else:
            scoring.save_score(session, prelim.id, b.id, entry_id, _same(1 + 0.5 * i))
    return prelim, works


def test_final_round_takes_the_top_n(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        prelim, works = _scored_preliminary(session, contest_id)
        with pytest.raises(ContestAppError) as caught:
            rounds.create_round(session, contest_id, kind="final", top_n=5)
        assert caught.value.code == "round_previous_open"
        rounds.close_round(session, prelim.id, decision="accept_gap", reason="test")
        means = rounds.mean_weighted_scores(session, prelim)
        assert means[works[18]] == 10.0 and means[works[0]] == 1.0 and len(means) == 19
        final = rounds.create_round(session, contest_id, kind="final", top_n=5)
        assert set(rounds.round_entry_ids(session, final.id)) == set(works[14:19])
        assert final.top_n == 5 and final.kind == "final"


def test_final_round_keeps_works_tied_at_the_cut(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        prelim, works = _scored_preliminary(session, contest_id)
        juror = jurors.find_juror(session, contest_id, "A")
        other = jurors.find_juror(session, contest_id, "B")
        for j in (juror, other):  # work 19 now ties with work 14, the 5th best
            scoring.save_score(session, prelim.id, j.id, works[19], _same(8.0))
        rounds.close_round(session, prelim.id, decision="accept_gap")
        final = rounds.create_round(session, contest_id, kind="final", top_n=5)
        assert set(rounds.round_entry_ids(session, final.id)) == {*works[14:19], works[19]}


def test_closing_with_missing_scores_needs_a_logged_decision(db: Database,
                                                              contest_id: int) -> None:
    with db.session() as session, session.begin():
        prelim, works = _scored_preliminary(session, contest_id)
        missing = 2 * (len(works) - 19)
        with pytest.raises(rounds.RoundIncomplete) as caught:
            rounds.close_round(session, prelim.id)
        assert caught.value.code == "round_incomplete"
        assert caught.value.values["missing"] == missing
        with pytest.raises(ContestAppError) as bad:
            rounds.close_round(session, prelim.id, decision="ignore")
        assert bad.value.code == "close_decision_invalid"
        assert prelim.status == RoundStatus.OPEN
        rounds.close_round(session, prelim.id, decision="accept_gap", reason="two jurors ill")
        assert prelim.status == RoundStatus.CLOSED and prelim.close_decision == "accept_gap"
        log = session.scalar(select(AuditLog).where(AuditLog.action == "round.close"))
        assert log is not None and log.reason == "two jurors ill"
        assert log.changes["decision"] == [None, "accept_gap"]
        assert log.changes["missing"] == [None, missing]
        with pytest.raises(ContestAppError) as closed:
            rounds.close_round(session, prelim.id, decision="accept_gap")
        assert closed.value.code == "round_closed"


def test_closing_a_complete_round_needs_no_decision(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        juror = jurors.add_juror(session, contest_id, "Solo")
        chosen = _eligible(session, contest_id)[:2]
        round_ = rounds.create_round(session, contest_id, kind="boundary", entry_ids=chosen)
        assignment.assign(session, round_.id)
        for entry_id in chosen:
            scoring.save_score(session, round_.id, juror.id, entry_id, _same(6))
        assert rounds.missing_count(session, round_) == 0
        rounds.close_round(session, round_.id)
        assert round_.status == RoundStatus.CLOSED and round_.close_decision == ""
        with pytest.raises(ContestAppError) as caught:
            rounds.latest_open_round(session, contest_id)
        assert caught.value.code == "round_none_open"
        rounds.reopen_round(session, round_.id, "one score was typed wrongly")
        assert rounds.latest_open_round(session, contest_id) is round_
