"""Countries and regions in the database: the shipped list, re-seeding, staff edits."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.core.reference import load_reference, region_by_code, save_region, seed_reference
from contest_app.db.models import AuditLog, Country, Region

NAMES = {"en": "Test City", "ko": "테스트시"}


def _count(session: Any, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)))


def test_fresh_database_holds_the_reference_list(db: Any) -> None:
    data = load_reference()
    with db.session() as session:
        regions = {r.code: r for r in session.scalars(select(Region))}
        countries = {c.code: c for c in session.scalars(select(Country))}
    assert set(regions) == {item["code"] for item in data["regions"]}
    assert set(countries) == {item["code"] for item in data["countries"]}
    for item in data["regions"]:
        region = regions[item["code"]]
        assert region.country_code == item["country"]
        assert region.membership == item["membership"]
        assert region.is_iso == item["iso"]
        assert region.names == item["names"]
        assert region.active
    for item in data["countries"]:
        assert countries[item["code"]].names == item["names"]
        assert countries[item["code"]].language == item["language"]
    assert regions["KR-11"].membership == "non_member"
    assert regions["KR-POHANG"].is_iso is False


def test_seeding_twice_adds_nothing(db: Any) -> None:
    with db.session() as session, session.begin():
        before = (_count(session, Country), _count(session, Region))
        result = seed_reference(session)
        assert (result.countries_added, result.regions_added) == (0, 0)
        assert (_count(session, Country), _count(session, Region)) == before


def test_seeding_keeps_staff_edits_and_fills_gaps(db: Any) -> None:
    with db.session() as session, session.begin():
        region = region_by_code(session, "KR-47")
        save_region(session, code="KR-47", country_code="KR", membership="observer",
                    names={"en": "Gyeongbuk"}, region_id=region.id)
        session.delete(region_by_code(session, "KR-49"))
    with db.session() as session, session.begin():
        result = seed_reference(session)
        assert (result.countries_added, result.regions_added) == (0, 1)
        kept = region_by_code(session, "KR-47")
        assert (kept.membership, kept.names["en"]) == ("observer", "Gyeongbuk")
        assert region_by_code(session, "KR-49").names["en"] == "Jeju-do"


def test_add_then_edit_an_own_region(db: Any) -> None:
    with db.session() as session, session.begin():
        region = save_region(session, code=" kr-test ", country_code="KR", membership="special",
                             names=NAMES, reason="new partner city")
        region_id = region.id
        assert (region.code, region.is_iso, region.active) == ("KR-TEST", False, True)
        assert region.names["en"] == "Test City" and region.names["ko"] == "테스트시"
        assert set(region.names) == {"en", "ko", "zh", "ja", "ru", "mn"}

    with db.session() as session, session.begin():
        save_region(session, code="KR-TEST", country_code="KR", membership="member",
                    names={**NAMES, "en": "Test Metropolitan City"}, region_id=region_id,
                    active=False, reason="joined")

    with db.session() as session, session.begin():  # saving the same values logs nothing
        save_region(session, code="KR-TEST", country_code="KR", membership="member",
                    names={**NAMES, "en": "Test Metropolitan City"}, region_id=region_id,
                    active=False)

    with db.session() as session:
        region = region_by_code(session, "kr-test")
        assert (region.membership, region.active) == ("member", False)
        assert region.names["en"] == "Test Metropolitan City"
        logs = session.scalars(select(AuditLog).where(AuditLog.target_table == "region")
                               .order_by(AuditLog.id)).all()
        assert [(log.action, log.target_id) for log in logs] == [
            ("region.add", region_id), ("region.edit", region_id)]
        added, edited = logs
        assert added.reason == "new partner city"
        assert added.changes["code"] == [None, "KR-TEST"]
        assert edited.reason == "joined"
        assert edited.changes["membership"] == ["special", "member"]
        assert edited.changes["active"] == [True, False]
        assert edited.changes["names"][1]["en"] == "Test Metropolitan City"
        assert "code" not in edited.changes


@pytest.mark.parametrize(("fields", "code"), [
    ({"code": "KR TEST"}, "region_code_invalid"),
    ({"code": "KR-"}, "region_code_invalid"),
    ({"code": "KOR-1"}, "region_code_invalid"),
    ({"code": "KR-ÜBER"}, "region_code_invalid"),
    ({"code": "KR-" + "X" * 30}, "region_code_invalid"),
    ({"code": "JP-TEST"}, "region_code_country"),
    ({"membership": "gold"}, "membership_invalid"),
    ({"names": {"ko": "테스트시"}}, "region_name_missing"),
    ({"names": {"en": "   "}}, "region_name_missing"),
])
def test_bad_regions_are_refused(db: Any, fields: dict[str, Any], code: str) -> None:
    values: dict[str, Any] = {"code": "KR-TEST", "country_code": "KR", "membership": "special",
                              "names": NAMES, **fields}
    with db.session() as session, session.begin():
        before = _count(session, Region)
        with pytest.raises(InvalidValue) as caught:
            save_region(session, **values)
        assert caught.value.code == code
        assert _count(session, Region) == before


def test_unknown_country(db: Any) -> None:
    with db.session() as session, pytest.raises(NotFound) as caught:
        save_region(session, code="ZZ-1", country_code="ZZ", membership="member", names=NAMES)
    assert caught.value.code == "country_not_found"


def test_duplicate_code_conflicts(db: Any) -> None:
    with db.session() as session, session.begin():
        with pytest.raises(Conflict) as caught:
            save_region(session, code="KR-47", country_code="KR", membership="member",
                        names=NAMES)
        assert caught.value.code == "region_code_taken"
        own = save_region(session, code="KR-TEST", country_code="KR", membership="special",
                          names=NAMES)
        with pytest.raises(Conflict):  # renaming onto a taken code
            save_region(session, code="KR-47", country_code="KR", membership="special",
                        names=NAMES, region_id=own.id)


def test_missing_region(db: Any) -> None:
    with db.session() as session, pytest.raises(NotFound) as caught:
        region_by_code(session, "KR-NOWHERE")
    assert caught.value.code == "region_not_found"
