"""Saving scores: validation with codes, upsert, abstention; what a juror sees; distribution."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury import assignment, jurors, rounds, scoring
from contest_app.core.jury.source import CriterionInfo, ScoreItem
from contest_app.db.models import Entry, Region, Round, Score, ScoreValue
from contest_app.db.session import Database

KEYS = ("theme", "creativity", "composition", "technique")


def _item(*values: float, **extra: object) -> ScoreItem:
    return ScoreItem(values=dict(zip(KEYS, values, strict=True)), **extra)  # type: ignore[arg-type]


@pytest.fixture
def setup(db: Database) -> tuple[int, int, list[int]]:
    """(round id, juror id, the juror's works) of a demo round with two jurors per work."""
    contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    with db.session() as session, session.begin():
        juror = jurors.add_juror(session, contest_id, "Park")
        jurors.add_juror(session, contest_id, "Chen")
        jurors.add_juror(session, contest_id, "Popova")
        round_ = rounds.create_round(session, contest_id, jurors_per_work=2)
        assignment.assign(session, round_.id, seed=1)
        works = [e.id for e, _w in scoring.works_for_juror(session, round_.id, juror.id)]
        return round_.id, juror.id, works


def _score_rows(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Score)) or 0)


def test_saving_twice_keeps_one_row(db: Database, setup: tuple[int, int, list[int]]) -> None:
    round_id, juror_id, works = setup
    with db.session() as session, session.begin():
        scoring.save_score(session, round_id, juror_id, works[0], _item(7, 8, 6, 9))
    with db.session() as session, session.begin():
        score = scoring.save_score(session, round_id, juror_id, works[0],
                                   _item(7.26, 8, 6.74, 10, comment=" strong ", flagged=True),
                                   source="paper")
        assert score.source == "paper"
    with db.session() as session:
        assert _score_rows(session) == 1
        score = session.scalars(select(Score)).one()
        values = sorted(v.value for v in score.values)
        assert values == [6.5, 7.5, 8.0, 10.0]  # any number in the scale, kept to half points
        assert score.comment == "strong" and score.flagged
        code = session.get(Entry, works[0]).anon_code  # type: ignore[union-attr]
        item = scoring.scores_for_juror(session, round_id, juror_id)[code]
        assert item.values == {"theme": 7.5, "creativity": 8.0, "composition": 6.5,
                               "technique": 10.0}


def test_partial_then_cleared_then_abstained(db: Database,
                                             setup: tuple[int, int, list[int]]) -> None:
    round_id, juror_id, works = setup
    with db.session() as session, session.begin():
        scoring.save_score(session, round_id, juror_id, works[1],
                           ScoreItem(values={"theme": 5, "creativity": 6}))
        scoring.save_score(session, round_id, juror_id, works[1],
                           ScoreItem(values={"theme": 5}))
        assert session.scalar(select(func.count()).select_from(ScoreValue)) == 1
        scoring.save_score(session, round_id, juror_id, works[1],
                           ScoreItem(values={"theme": 5}, abstained=True, comment="my pupil?"))
        assert session.scalar(select(func.count()).select_from(ScoreValue)) == 0
        score = session.scalars(select(Score)).one()
        assert score.abstained and score.comment == "my pupil?"


@pytest.mark.parametrize(("values", "code"), [
    ({"theme": 10.5}, "score_out_of_scale"),
    ({"theme": 0.5}, "score_out_of_scale"),
    ({"colour": 5}, "criterion_unknown"),
    ({"theme": "seven"}, "score_not_number"),
    ({"theme": float("nan")}, "score_not_number"),
    ({"theme": True}, "score_not_number"),
])
def test_values_are_checked(db: Database, setup: tuple[int, int, list[int]],
                            values: dict[str, object], code: str) -> None:
    round_id, juror_id, works = setup
    with db.session() as session, pytest.raises(ContestAppError) as caught:
        scoring.save_score(session, round_id, juror_id, works[0],
                           ScoreItem(values=values))  # type: ignore[arg-type]
    assert caught.value.code == code
    key = next(iter(values))
    assert caught.value.values["key"] == key
    if code == "score_out_of_scale":
        assert (caught.value.values["min"], caught.value.values["max"]) == ("1", "10")


def test_only_assigned_works_in_open_rounds(db: Database,
                                           setup: tuple[int, int, list[int]]) -> None:
    round_id, juror_id, works = setup
    with db.session() as session, session.begin():
        every = rounds.round_entry_ids(session, round_id)
        other = next(e for e in every if e not in works)
        with pytest.raises(ContestAppError) as caught:
            scoring.save_score(session, round_id, juror_id, other, _item(5, 5, 5, 5))
        assert caught.value.code == "work_not_assigned"
        with pytest.raises(ContestAppError) as caught:
            scoring.save_score(session, round_id, juror_id, works[0], _item(5, 5, 5, 5),
                               source="fax")
        assert caught.value.code == "score_source_invalid"
        rounds.close_round(session, round_id, decision="accept_gap")
        with pytest.raises(ContestAppError) as caught:
            scoring.save_score(session, round_id, juror_id, works[0], _item(5, 5, 5, 5))
        assert caught.value.code == "round_closed"
        assert _score_rows(session) == 0


def test_works_for_juror_order_and_titles(db: Database,
                                          setup: tuple[int, int, list[int]]) -> None:
    round_id, juror_id, _works = setup
    with db.session() as session, session.begin():
        pairs = scoring.works_for_juror(session, round_id, juror_id)
        codes = [w.code for _e, w in pairs]
        assert all(w.title is None for _e, w in pairs)
        assert [e.anon_code for e, _w in pairs] == codes
        assert codes == sorted(codes, key=lambda c: scoring.work_order_key(round_id, juror_id, c))
        # neither import order nor region order
        ids = [e.id for e, _w in pairs]
        assert ids != sorted(ids)
        regions = [session.get(Region, e.region_id).code for e, _w in pairs]  # type: ignore[union-attr]
        assert regions != sorted(regions)
        # another juror sees their works in another order
        other = next(j for j in jurors.list_jurors(session, session.get(Round, round_id)
                                                   .contest_id) if j.id != juror_id)  # type: ignore[union-attr]
        theirs = [w.code for _e, w in scoring.works_for_juror(session, round_id, other.id)]
        shared = [c for c in codes if c in theirs]
        assert shared != [c for c in theirs if c in codes] or len(shared) < 3
        session.get(Round, round_id).show_titles = True  # type: ignore[union-attr]
        titled = scoring.works_for_juror(session, round_id, juror_id)
        assert all(w.title == (e.title_en or e.title) and w.title for e, w in titled)


def test_distribution_and_standing() -> None:
    criteria = [CriterionInfo(k, {"en": k}, w, 1, 10) for k, w in zip(KEYS, (2, 1, 1, 1),
                                                                      strict=True)]
    items = [_item(10, 5, 5, 5), _item(4, 4, 4, 4), ScoreItem(abstained=True),
             ScoreItem(values={"theme": 9}), _item(9, 9, 9, 9)]
    weighted = scoring.distribution(items, criteria)
    assert weighted == [7.0, 4.0, 9.0]
    standing = scoring.standing(weighted, criteria, threshold=7.0)
    assert (standing.scored, standing.passed) == (3, 2)
    assert standing.share == pytest.approx(2 / 3)
    assert len(standing.bins) == 9 and sum(n for _edge, n in standing.bins) == 3
    assert standing.bins[0] == (1.0, 0) and standing.bins[3] == (4.0, 1)


def test_juror_standing_reads_the_database(db: Database,
                                           setup: tuple[int, int, list[int]]) -> None:
    round_id, juror_id, works = setup
    with db.session() as session, session.begin():
        for i, entry_id in enumerate(works[:5]):
            scoring.save_score(session, round_id, juror_id, entry_id, _item(*[2 * i + 1] * 4))
        standing = scoring.juror_standing(session, round_id, juror_id, threshold=8)
        assert (standing.scored, standing.passed) == (5, 1)
