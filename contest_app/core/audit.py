"""Record who changed what, when and why."""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy.orm import Session

from contest_app.db.models import AuditLog


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers and services
        return "unknown"


def record(
    session: Session,
    action: str,
    *,
    contest_id: int | None = None,
    target_table: str = "",
    target_id: int | None = None,
    changes: dict[str, Any] | None = None,
    reason: str = "",
    actor: str | None = None,
) -> AuditLog:
    entry = AuditLog(
        action=action,
        contest_id=contest_id,
        target_table=target_table,
        target_id=target_id,
        changes=changes or {},
        reason=reason,
        actor=actor or current_actor(),
    )
    session.add(entry)
    return entry


def diff(obj: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    """The fields whose value would change, as field -> [old, new] (JSON-friendly)."""
    changed: dict[str, list[Any]] = {}
    for field, new in values.items():
        old = getattr(obj, field)
        if old != new:
            changed[field] = [_plain(old), _plain(new)]
    return changed


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    return str(value)
