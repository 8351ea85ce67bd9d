"""Editions of the contest: defaults, tier parsing, validation, edits with audit, listing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from contest_app.core.contests import (
    ContestSpec,
    TierSpec,
    create_contest,
    get_contest,
    list_contests,
    parse_tiers,
    spec_of,
    update_contest,
)
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.core.reference import region_by_code
from contest_app.db.models import AuditLog, Entry


def test_defaults_are_the_2024_tiers_and_four_criteria(db: Any) -> None:
    with db.session() as session, session.begin():
        contest = create_contest(session, ContestSpec(edition=12, year=2024,
                                                      deadline=date(2024, 9, 13)))
        assert [(t.key, t.quota, t.position) for t in contest.tiers] == [
            ("grand", 1, 1), ("excellence", 10, 2), ("encouragement", 20, 3),
            ("finalist", 124, 4)]
        assert [c.key for c in contest.criteria] == [
            "theme", "creativity", "composition", "technique"]
        assert [c.position for c in contest.criteria] == [1, 2, 3, 4]
        assert all((c.weight, c.scale_min, c.scale_max) == (1.0, 1.0, 10.0)
                   for c in contest.criteria)
        assert contest.tiers[0].names["ko"] == "최우수상"
        assert "12th" in contest.title["en"]
        assert contest.reference_date == date(2024, 9, 13)
        contest_id = contest.id

    with db.session() as session:  # as stored, in order
        contest = get_contest(session, contest_id)
        assert [t.key for t in contest.tiers] == [
            "grand", "excellence", "encouragement", "finalist"]
        assert len(contest.criteria) == 4
        log = session.scalars(select(AuditLog).where(AuditLog.action == "contest.create")).one()
        assert (log.contest_id, log.changes) == (contest_id, {"edition": [None, 12]})


@pytest.mark.parametrize(("text", "expected"), [
    ("grand=1,excellence=10,encouragement=20,finalist=124",
     [("grand", 1), ("excellence", 10), ("encouragement", 20), ("finalist", 124)]),
    (" Grand = 2 , special=0,", [("grand", 2), ("special", 0)]),
    ("finalist=300", [("finalist", 300)]),
])
def test_parse_tiers_good(text: str, expected: list[tuple[str, int]]) -> None:
    tiers = parse_tiers(text)
    assert [(t.key, t.quota) for t in tiers] == expected
    assert all(t.names.get("en") for t in tiers)


@pytest.mark.parametrize(("text", "bad_part"), [
    ("grand", "grand"),
    ("grand=1,excellence", "excellence"),
    ("grand=one", "grand=one"),
    ("grand=-1", "grand=-1"),
    ("=5", "=5"),
    ("grand=1.5", "grand=1.5"),
    ("", ""),
    (" , ", " , "),
])
def test_parse_tiers_bad(text: str, bad_part: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_tiers(text)
    assert caught.value.code == "tier_spec_invalid"
    assert caught.value.values["value"] == bad_part


def test_parse_tiers_duplicate() -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_tiers("grand=1,GRAND=2")
    assert caught.value.code == "tier_duplicate"


def test_duplicate_edition_conflicts(db: Any) -> None:
    with db.session() as session, session.begin():
        create_contest(session, ContestSpec(edition=12, year=2024))
    with db.session() as session, session.begin(), pytest.raises(Conflict) as caught:
        create_contest(session, ContestSpec(edition=12, year=2025))
    assert caught.value.code == "edition_exists"
    assert caught.value.values == {"edition": 12}


@pytest.mark.parametrize(("changes", "code"), [
    ({"min_age": 15, "max_age": 12}, "age_range_invalid"),
    ({"min_age": 0}, "age_range_invalid"),
    ({"max_age": 120}, "age_range_invalid"),
    ({"edition": 0}, "edition_invalid"),
    ({"year": 99}, "year_invalid"),
    ({"tiers": [TierSpec("grand", -1)]}, "quota_invalid"),
    ({"tiers": [TierSpec("grand", 1), TierSpec("grand", 2)]}, "tier_duplicate"),
])
def test_invalid_specs(db: Any, changes: dict[str, Any], code: str) -> None:
    spec = ContestSpec(edition=12, year=2024)
    for name, value in changes.items():
        setattr(spec, name, value)
    with db.session() as session, session.begin(), pytest.raises(InvalidValue) as caught:
        create_contest(session, spec)
    assert caught.value.code == code


def test_update_changes_quotas_and_is_audited(db: Any) -> None:
    with db.session() as session, session.begin():
        contest_id = create_contest(session, ContestSpec(edition=12, year=2024)).id

    with db.session() as session, session.begin():
        spec = spec_of(get_contest(session, contest_id))
        spec.tiers[1].quota = 12
        spec.tiers[3].quota = 100
        spec.max_age = 18
        update_contest(session, contest_id, spec, reason="committee decision")

    with db.session() as session:
        contest = get_contest(session, contest_id)
        assert [(t.key, t.quota) for t in contest.tiers] == [
            ("grand", 1), ("excellence", 12), ("encouragement", 20), ("finalist", 100)]
        assert contest.max_age == 18
        log = session.scalars(select(AuditLog).where(AuditLog.action == "contest.edit")).one()
        assert log.contest_id == contest_id and log.reason == "committee decision"
        assert log.changes["max_age"] == [19, 18]
        before, after = log.changes["tiers"]
        assert before == [["grand", 1], ["excellence", 10], ["encouragement", 20],
                          ["finalist", 124]]
        assert after == [["grand", 1], ["excellence", 12], ["encouragement", 20],
                         ["finalist", 100]]
        assert "criteria" not in log.changes


def test_update_can_reorder_add_and_drop_tiers(db: Any) -> None:
    with db.session() as session, session.begin():
        contest_id = create_contest(session, ContestSpec(edition=12, year=2024)).id
    with db.session() as session, session.begin():
        spec = spec_of(get_contest(session, contest_id))
        spec.tiers = [TierSpec("grand", 2), TierSpec("special", 3), TierSpec("finalist", 50)]
        update_contest(session, contest_id, spec)
    with db.session() as session:
        contest = get_contest(session, contest_id)
        assert [(t.key, t.quota, t.position) for t in contest.tiers] == [
            ("grand", 2, 1), ("special", 3, 2), ("finalist", 50, 3)]


def test_update_without_changes_writes_no_audit(db: Any) -> None:
    with db.session() as session, session.begin():
        contest_id = create_contest(session, ContestSpec(edition=12, year=2024)).id
    with db.session() as session, session.begin():
        update_contest(session, contest_id, spec_of(get_contest(session, contest_id)))
    with db.session() as session:
        assert not session.scalars(
            select(AuditLog).where(AuditLog.action == "contest.edit")).all()


def test_update_to_a_taken_edition_conflicts(db: Any) -> None:
    with db.session() as session, session.begin():
        create_contest(session, ContestSpec(edition=11, year=2023))
        second = create_contest(session, ContestSpec(edition=12, year=2024)).id
    with db.session() as session, session.begin(), pytest.raises(Conflict):
        spec = spec_of(get_contest(session, second))
        spec.edition = 11
        update_contest(session, second, spec)


def test_get_missing_contest(db: Any) -> None:
    with db.session() as session, pytest.raises(NotFound) as caught:
        get_contest(session, 999)
    assert caught.value.code == "contest_not_found"


def test_list_counts_entries(db: Any) -> None:
    with db.session() as session, session.begin():
        old = create_contest(session, ContestSpec(edition=11, year=2023))
        new = create_contest(session, ContestSpec(edition=12, year=2024,
                                                  theme={"en": "Sea"}))
        region = region_by_code(session, "KR-47")
        for n in range(3):
            session.add(Entry(contest_id=new.id, region_id=region.id, entry_no=str(n),
                              anon_code=f"CODE{n}"))
        old_id, new_id = old.id, new.id

    with db.session() as session:
        rows = list_contests(session)
    assert [(r.id, r.edition, r.entries) for r in rows] == [(new_id, 12, 3), (old_id, 11, 0)]
    assert rows[0].theme == {"en": "Sea"}


def test_list_empty(db: Any) -> None:
    with db.session() as session:
        assert list_contests(session) == []
