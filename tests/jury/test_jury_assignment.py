"""Assignment: conflicts respected in both modes, balanced loads, reassignment after drop-out."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury import assignment, jurors, rounds, scoring
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import Assignment, AuditLog, Entry, Juror, Region
from contest_app.db.session import Database

FULL = ScoreItem(values={"theme": 7, "creativity": 7, "composition": 7, "technique": 7})


@pytest.fixture
def contest_id(db: Database) -> int:
    return build_demo(db, total=39, workers=1, image_size=(320, 240))


def _panel(session: Session, contest_id: int) -> list[Juror]:
    """Five jurors: one may not score Korea, one not Hunan (CN-HN) only."""
    return [
        jurors.add_juror(session, contest_id, "Kim", conflicts=[("country", "KR")],
                         reason="Korean juror"),
        jurors.add_juror(session, contest_id, "Wang", conflicts=[("region", "CN-HN")],
                         reason="teaches in Hunan"),
        jurors.add_juror(session, contest_id, "Sato"),
        jurors.add_juror(session, contest_id, "Ivanov"),
        jurors.add_juror(session, contest_id, "Bold"),
    ]


def _active(session: Session, round_id: int) -> list[tuple[int, int]]:
    return list(session.execute(select(Assignment.juror_id, Assignment.entry_id).where(
        Assignment.round_id == round_id, Assignment.active.is_(True))))


def _places(session: Session) -> dict[int, tuple[str, str]]:
    return {e: (r, c) for e, r, c in session.execute(
        select(Entry.id, Region.code, Region.country_code).join(Region))}


def _assert_no_conflict(session: Session, round_id: int) -> None:
    places = _places(session)
    for juror_id, entry_id in _active(session, round_id):
        juror = session.get(Juror, juror_id)
        assert juror is not None
        assert not jurors.is_conflicted(juror, *places[entry_id]), (juror.name, places[entry_id])


def test_everyone_scores_everything_they_may(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        panel = _panel(session, contest_id)
        round_ = rounds.create_round(session, contest_id)
        report = assignment.assign(session, round_.id)
        works = rounds.round_entry_ids(session, round_.id)
        places = _places(session)
        korean = [e for e in works if places[e][1] == "KR"]
        hunan = [e for e in works if places[e][0] == "CN-HN"]
        assert korean and hunan
        loads = Counter(j for j, _e in _active(session, round_.id))
        assert loads[panel[0].id] == len(works) - len(korean)  # no Korean work for Kim
        assert loads[panel[1].id] == len(works) - len(hunan)  # Wang still scores other Chinese
        assert all(loads[j.id] == len(works) for j in panel[2:])
        assert report.short == {} and report.created == sum(loads.values())
        _assert_no_conflict(session, round_.id)
        # calling it again adds nothing
        assert assignment.assign(session, round_.id).created == 0


@pytest.mark.parametrize("seed", [1, 2, 3, None])
def test_three_jurors_per_work_balanced(db: Database, contest_id: int, seed: int | None) -> None:
    with db.session() as session, session.begin():
        _panel(session, contest_id)
        round_ = rounds.create_round(session, contest_id, jurors_per_work=3)
        report = assignment.assign(session, round_.id, seed=seed)
        works = rounds.round_entry_ids(session, round_.id)
        pairs = _active(session, round_.id)
        per_work = Counter(e for _j, e in pairs)
        assert all(per_work[e] == 3 for e in works) and len(per_work) == len(works)
        assert len(set(pairs)) == len(pairs)
        loads = Counter(j for j, _e in pairs)
        assert max(loads.values()) - min(loads.values()) <= 1, loads
        assert report.spread <= 1 and report.short == {}
        assert report.loads == dict(loads)
        _assert_no_conflict(session, round_.id)


def test_works_without_enough_free_jurors_are_reported(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        for name in ("K1", "K2"):
            jurors.add_juror(session, contest_id, name, conflicts=[("country", "KR")])
        jurors.add_juror(session, contest_id, "Free")
        round_ = rounds.create_round(session, contest_id, jurors_per_work=2)
        report = assignment.assign(session, round_.id, seed=5)
        places = _places(session)
        korean = {e for e in rounds.round_entry_ids(session, round_.id) if places[e][1] == "KR"}
        assert report.short == dict.fromkeys(korean, 1)
        _assert_no_conflict(session, round_.id)


def test_assign_refuses_without_jurors_or_closed_round(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        round_ = rounds.create_round(session, contest_id)
        with pytest.raises(ContestAppError) as caught:
            assignment.assign(session, round_.id)
        assert caught.value.code == "jurors_none"
        juror = jurors.add_juror(session, contest_id, "Gone")
        jurors.set_active(session, juror.id, False, "left")
        with pytest.raises(ContestAppError) as caught:
            assignment.assign(session, round_.id, juror_ids=[juror.id])
        assert caught.value.code == "juror_inactive"
        rounds.close_round(session, round_.id)
        with pytest.raises(ContestAppError) as caught:
            assignment.assign(session, round_.id)
        assert caught.value.code == "round_closed"


def test_reassign_moves_only_unscored_works(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        panel = _panel(session, contest_id)
        round_ = rounds.create_round(session, contest_id, jurors_per_work=3)
        assignment.assign(session, round_.id, seed=7)
        leaving = panel[3]
        theirs = sorted(e for j, e in _active(session, round_.id) if j == leaving.id)
        scored = theirs[:4]
        for entry_id in scored:
            scoring.save_score(session, round_.id, leaving.id, entry_id, FULL)
        # half a score does not count: the work moves
        scoring.save_score(session, round_.id, leaving.id, theirs[4],
                           ScoreItem(values={"theme": 5}))
        with pytest.raises(ContestAppError) as caught:
            assignment.reassign(session, round_.id, leaving.id, "")
        assert caught.value.code == "reason_required"
        jurors.set_active(session, leaving.id, False, "dropped out")
        moved = assignment.reassign(session, round_.id, leaving.id, "dropped out", seed=3)
        assert moved == len(theirs) - len(scored)
        pairs = _active(session, round_.id)
        assert sorted(e for j, e in pairs if j == leaving.id) == scored
        per_work = Counter(e for _j, e in pairs)
        assert all(n == 3 for n in per_work.values())
        others = Counter(j for j, _e in pairs if j != leaving.id)
        assert max(others.values()) - min(others.values()) <= 1, others
        _assert_no_conflict(session, round_.id)
        old = session.scalars(select(Assignment).where(
            Assignment.juror_id == leaving.id, Assignment.active.is_(False))).all()
        assert len(old) == moved
        log = session.scalar(select(AuditLog).where(AuditLog.action == "round.reassign"))
        assert log is not None and log.changes["moved"] == [None, moved]
        assert log.reason == "dropped out"


def test_added_conflict_takes_works_off_the_juror(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        panel = _panel(session, contest_id)
        round_ = rounds.create_round(session, contest_id, jurors_per_work=2)
        assignment.assign(session, round_.id, seed=11)
        sato = panel[2]
        jurors.add_conflict(session, sato.id, "country", "JP", "lives in Tottori")
        assignment.resolve_conflicts(session, sato.id, "lives in Tottori")
        _assert_no_conflict(session, round_.id)
        per_work = Counter(e for _j, e in _active(session, round_.id))
        assert all(n == 2 for n in per_work.values())


def test_a_late_juror_gets_a_fair_share_of_untouched_works(db: Database,
                                                            contest_id: int) -> None:
    with db.session() as session, session.begin():
        panel = _panel(session, contest_id)
        round_ = rounds.create_round(session, contest_id, jurors_per_work=2)
        assignment.assign(session, round_.id, seed=2)
        started = set(sorted((j, e) for j, e in _active(session, round_.id)
                             if j == panel[2].id)[:3])
        for _j, entry_id in started:
            scoring.save_score(session, round_.id, panel[2].id, entry_id, FULL)
        late = jurors.add_juror(session, contest_id, "Late")
        report = assignment.assign(session, round_.id, seed=2)
        pairs = _active(session, round_.id)
        assert started <= set(pairs)  # scored works stay where they are
        assert all(n == 2 for n in Counter(e for _j, e in pairs).values())
        assert report.loads[late.id] >= min(report.loads.values())
        assert max(report.loads.values()) - min(report.loads.values()) <= 1, report.loads
        _assert_no_conflict(session, round_.id)
