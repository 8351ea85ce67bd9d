"""Jurors and their conflicts of interest."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.errors import ContestAppError
from contest_app.core.jury import jurors
from contest_app.db.models import AuditLog, Juror
from contest_app.db.session import Database


@pytest.fixture
def contest_id(db: Database) -> int:
    with db.session() as session, session.begin():
        return create_contest(session, ContestSpec(edition=12, year=2024)).id


def test_add_juror_with_conflicts_and_reason(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        juror = jurors.add_juror(
            session, contest_id, "  Kim   Min-su ", affiliation="Pohang branch",
            country_code="kr", language="ko",
            conflicts=[("country", "KR"), ("region", "cn-hn")], reason="teaches in Korea")
        juror_id = juror.id
    with db.session() as session:
        stored = session.get(Juror, juror_id)
        assert stored is not None
        juror = stored
        assert (juror.name, juror.country_code, juror.language) == ("Kim Min-su", "KR", "ko")
        assert sorted((c.scope, c.code, c.reason) for c in juror.conflicts) == [
            ("country", "KR", "teaches in Korea"), ("region", "CN-HN", "teaches in Korea")]
        logged = session.scalars(select(AuditLog).where(AuditLog.action == "juror.add")).all()
        assert [a.target_id for a in logged] == [juror_id]
        assert jurors.is_conflicted(juror, "KR-47", "KR")
        assert jurors.is_conflicted(juror, "CN-HN", "CN")
        assert not jurors.is_conflicted(juror, "CN-HA", "CN")
        assert not jurors.is_conflicted(juror, "JP-31", "JP")


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"conflicts": [("region", "XX-99")]}, "region_not_found"),
    ({"conflicts": [("country", "ZZ")]}, "country_not_found"),
    ({"conflicts": [("city", "KR")]}, "conflict_scope_invalid"),
    ({"country_code": "ZZ"}, "country_not_found"),
    ({"language": "fr"}, "language_invalid"),
])
def test_add_juror_refuses_bad_values(db: Database, contest_id: int, kwargs: dict[str, object],
                                      code: str) -> None:
    with db.session() as session, pytest.raises(ContestAppError) as caught:
        jurors.add_juror(session, contest_id, "Someone", **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code


def test_names_are_unique_and_not_numbers(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        jurors.add_juror(session, contest_id, "Lee")
        with pytest.raises(ContestAppError) as caught:
            jurors.add_juror(session, contest_id, "Lee")
        assert caught.value.code == "juror_name_taken"
        with pytest.raises(ContestAppError) as caught:
            jurors.add_juror(session, contest_id, "42")
        assert caught.value.code == "juror_name_invalid"
        with pytest.raises(ContestAppError) as caught:
            jurors.add_juror(session, contest_id, "   ")
        assert caught.value.code == "juror_name_missing"


def test_find_juror_by_id_or_name(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        other = create_contest(session, ContestSpec(edition=13, year=2025)).id
        juror = jurors.add_juror(session, contest_id, "Tanaka Yuki")
        stranger = jurors.add_juror(session, other, "Tanaka Yuki")
        assert jurors.find_juror(session, contest_id, str(juror.id)) is juror
        assert jurors.find_juror(session, contest_id, " Tanaka  Yuki ") is juror
        for ref in (str(stranger.id), "Tanaka", "999"):
            with pytest.raises(ContestAppError) as caught:
                jurors.find_juror(session, contest_id, ref)
            assert caught.value.code == "juror_not_found"


def test_set_active_needs_a_reason_and_is_logged(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        juror_id = jurors.add_juror(session, contest_id, "Ivanova").id
        with pytest.raises(ContestAppError) as caught:
            jurors.set_active(session, juror_id, False, " ")
        assert caught.value.code == "reason_required"
        jurors.set_active(session, juror_id, False, "ill")
        assert [j.name for j in jurors.list_jurors(session, contest_id, active_only=True)] == []
        log = session.scalar(select(AuditLog).where(AuditLog.action == "juror.active"))
        assert log is not None and log.reason == "ill" and log.changes == {"active": [True, False]}


def test_add_conflict_later(db: Database, contest_id: int) -> None:
    with db.session() as session, session.begin():
        juror_id = jurors.add_juror(session, contest_id, "Bat").id
        juror = jurors.add_conflict(session, juror_id, "region", "MN-046", "born in Uvs")
        assert jurors.is_conflicted(juror, "MN-046", "MN")
        assert not jurors.is_conflicted(juror, "MN-037", "MN")


@pytest.mark.parametrize(("text", "expected"), [
    ("KR", ("country", "KR")), ("kr-47", ("region", "KR-47")), ("KR-POHANG", ("region",
                                                                             "KR-POHANG"))])
def test_conflict_scope_from_the_code(text: str, expected: tuple[str, str]) -> None:
    assert jurors.conflict_scope(text) == expected


def test_conflict_scope_refuses_nonsense() -> None:
    with pytest.raises(ContestAppError) as caught:
        jurors.conflict_scope("Korea")
    assert caught.value.code == "conflict_code_invalid"
