"""Countries and regions: the shipped reference list, and staff edits on top of it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app import paths
from contest_app.core import audit
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.core.languages import LANGUAGES
from contest_app.db.models import Country, Membership, Region

REGION_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,29}$")


def reference_file() -> Path:
    return paths.resource("reference", "regions.json")


def load_reference(path: Path | None = None) -> dict[str, Any]:
    with (path or reference_file()).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass(frozen=True)
class SeedResult:
    countries_added: int
    regions_added: int


def seed_reference(session: Session, data: dict[str, Any] | None = None) -> SeedResult:
    """Add the shipped countries and regions that the database lacks; staff edits are kept."""
    data = data or load_reference()
    known_countries = set(session.scalars(select(Country.code)))
    known_regions = set(session.scalars(select(Region.code)))
    countries = regions = 0
    for item in data["countries"]:
        if item["code"] not in known_countries:
            session.add(Country(code=item["code"], language=item["language"], names=item["names"]))
            countries += 1
    session.flush()
    for item in data["regions"]:
        if item["code"] not in known_regions:
            session.add(
                Region(
                    code=item["code"],
                    is_iso=bool(item.get("iso", True)),
                    country_code=item["country"],
                    membership=item["membership"],
                    names=item["names"],
                )
            )
            regions += 1
    session.flush()
    return SeedResult(countries, regions)


def region_by_code(session: Session, code: str) -> Region:
    region = session.scalar(select(Region).where(Region.code == code.strip().upper()))
    if region is None:
        raise NotFound("region_not_found", code=code)
    return region


def validate_region(code: str, country_code: str, membership: str, names: dict[str, str]) -> None:
    if not REGION_CODE.match(code):
        raise InvalidValue("region_code_invalid", code=code)
    if not code.startswith(country_code + "-"):
        raise InvalidValue("region_code_country", code=code, country=country_code)
    if membership not in {m.value for m in Membership}:
        raise InvalidValue("membership_invalid", membership=membership)
    if not names.get("en", "").strip():
        raise InvalidValue("region_name_missing", language="en")


def save_region(
    session: Session,
    *,
    code: str,
    country_code: str,
    membership: str,
    names: dict[str, str],
    region_id: int | None = None,
    active: bool = True,
    reason: str = "",
) -> Region:
    """Add a region (region_id None) or edit one; every change is audit-logged."""
    code = code.strip().upper()
    names = {lang: names.get(lang, "").strip() for lang in LANGUAGES}
    validate_region(code, country_code, membership, names)
    if session.get(Country, country_code) is None:
        raise NotFound("country_not_found", code=country_code)
    clash = session.scalar(select(Region).where(Region.code == code))
    if clash is not None and clash.id != region_id:
        raise Conflict("region_code_taken", code=code)
    values = {
        "code": code,
        "country_code": country_code,
        "membership": membership,
        "names": names,
        "active": active,
    }
    if region_id is None:
        region = Region(is_iso=False, **values)
        session.add(region)
        session.flush()
        audit.record(session, "region.add", target_table="region", target_id=region.id,
                     changes={k: [None, v] for k, v in values.items()}, reason=reason)
        return region
    edited = session.get(Region, region_id)
    if edited is None:
        raise NotFound("region_not_found", code=str(region_id))
    changes = audit.diff(edited, values)
    for field, value in values.items():
        setattr(edited, field, value)
    session.flush()
    if changes:
        audit.record(session, "region.edit", target_table="region", target_id=edited.id,
                     changes=changes, reason=reason)
    return edited
