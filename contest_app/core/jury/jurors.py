"""Jurors of an edition and the regions or countries each must not score (conflicts of interest).

A conflict is recorded with its reason and scope: "country" (KR: every Korean work) or "region"
(KR-47: Gyeongsangbuk-do only). Assignment and scoring both check them, so a conflicted juror
never even sees the work.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from contest_app.core import audit
from contest_app.core.contests import get_contest
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.core.languages import LANGUAGES
from contest_app.db.models import Country, Juror, JurorConflict, Region

SCOPES = ("country", "region")


def conflict_scope(code: str) -> tuple[str, str]:
    """'KR' -> ("country", "KR"), 'kr-47' -> ("region", "KR-47"): how the command line reads it."""
    code = code.strip().upper()
    if len(code) == 2 and code.isalpha():
        return "country", code
    if "-" in code:
        return "region", code
    raise InvalidValue("conflict_code_invalid", code=code)


def _check_conflict(session: Session, scope: str, code: str) -> tuple[str, str]:
    code = code.strip().upper()
    if scope not in SCOPES:
        raise InvalidValue("conflict_scope_invalid", value=scope)
    if scope == "country" and session.get(Country, code) is None:
        raise NotFound("country_not_found", code=code)
    if scope == "region" and session.scalar(select(Region.id).where(Region.code == code)) is None:
        raise NotFound("region_not_found", code=code)
    return scope, code


def add_juror(
    session: Session,
    contest_id: int,
    name: str,
    *,
    affiliation: str = "",
    country_code: str = "",
    language: str = "en",
    conflicts: Iterable[tuple[str, str]] = (),
    reason: str = "",
) -> Juror:
    """A new juror; each conflict is (scope, code) and is checked against the reference data."""
    get_contest(session, contest_id)
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("juror_name_missing")
    if name.isdigit():
        # find_juror reads a number as an id: a name made of digits could never be found
        raise InvalidValue("juror_name_invalid", name=name)
    taken = session.scalar(
        select(Juror.id).where(Juror.contest_id == contest_id, Juror.name == name))
    if taken is not None:
        raise Conflict("juror_name_taken", name=name)
    country_code = country_code.strip().upper()
    if country_code and session.get(Country, country_code) is None:
        raise NotFound("country_not_found", code=country_code)
    if language not in LANGUAGES:
        raise InvalidValue("language_invalid", value=language)
    checked = {_check_conflict(session, scope, code) for scope, code in conflicts}
    juror = Juror(contest_id=contest_id, name=name, affiliation=affiliation.strip(),
                  country_code=country_code, language=language)
    juror.conflicts = [JurorConflict(scope=scope, code=code, reason=reason)
                       for scope, code in sorted(checked)]
    session.add(juror)
    session.flush()
    audit.record(session, "juror.add", contest_id=contest_id, target_table="juror",
                 target_id=juror.id, reason=reason,
                 changes={"name": [None, name], "conflicts": [None, sorted(checked)]})
    return juror


def add_conflict(session: Session, juror_id: int, scope: str, code: str, reason: str) -> Juror:
    """Record one more conflict. Works already assigned stay until assignment.resolve_conflicts."""
    juror = get_juror(session, juror_id)
    scope, code = _check_conflict(session, scope, code)
    if not reason.strip():
        raise InvalidValue("reason_required")
    if any(c.scope == scope and c.code == code for c in juror.conflicts):
        return juror
    juror.conflicts.append(JurorConflict(scope=scope, code=code, reason=reason.strip()))
    session.flush()
    audit.record(session, "juror.conflict", contest_id=juror.contest_id, target_table="juror",
                 target_id=juror.id, changes={"conflict": [None, [scope, code]]}, reason=reason)
    return juror


def get_juror(session: Session, juror_id: int) -> Juror:
    juror = session.get(Juror, juror_id)
    if juror is None:
        raise NotFound("juror_not_found", ref=str(juror_id))
    return juror


def find_juror(session: Session, contest_id: int, ref: str) -> Juror:
    """The contest's juror whose id or exact name (spaces collapsed) is ref."""
    ref = " ".join(str(ref).split())
    if ref.isdigit():
        juror = session.get(Juror, int(ref))
        if juror is not None and juror.contest_id == contest_id:
            return juror
    else:
        juror = session.scalar(
            select(Juror).where(Juror.contest_id == contest_id, Juror.name == ref))
        if juror is not None:
            return juror
    raise NotFound("juror_not_found", ref=ref)


def list_jurors(session: Session, contest_id: int, *, active_only: bool = False) -> list[Juror]:
    query = (select(Juror).where(Juror.contest_id == contest_id)
             .options(selectinload(Juror.conflicts)).order_by(Juror.id))
    if active_only:
        query = query.where(Juror.active.is_(True))
    return list(session.scalars(query))


def set_active(session: Session, juror_id: int, active: bool, reason: str) -> Juror:
    """Take a juror off the panel (or back). Their open works move only with assignment.reassign."""
    juror = get_juror(session, juror_id)
    if not reason.strip():
        raise InvalidValue("reason_required")
    if juror.active != active:
        audit.record(session, "juror.active", contest_id=juror.contest_id, target_table="juror",
                     target_id=juror.id, changes={"active": [juror.active, active]},
                     reason=reason)
        juror.active = active
        session.flush()
    return juror


def conflict_sets(juror: Juror) -> tuple[frozenset[str], frozenset[str]]:
    """(region codes, country codes) the juror must not score: for checking many works at once."""
    regions = frozenset(c.code for c in juror.conflicts if c.scope == "region")
    countries = frozenset(c.code for c in juror.conflicts if c.scope == "country")
    return regions, countries


def is_conflicted(juror: Juror, region_code: str, country_code: str) -> bool:
    regions, countries = conflict_sets(juror)
    return region_code.upper() in regions or country_code.upper() in countries
