"""Staff edits to works and students: checked, audit-logged, and safe against a second editor.

Every edit names the version the editor started from; if someone saved in between, the edit is
refused with a conflict instead of silently overwriting their change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import Conflict, InvalidValue, NotFound
from contest_app.db.models import Entry, EntryStatus, Student

ENTRY_FIELDS = ("title", "title_en", "medium", "width_cm", "height_cm")
STUDENT_FIELDS = ("name", "name_latin", "birth_date", "grade", "school", "guardian_consent",
                  "publication_consent")


@dataclass(frozen=True)
class Edit:
    """What the editor wants changed, and the version of the record they were looking at."""

    target_id: int
    version: int
    values: dict[str, Any]


def _check_version(kind: str, current: int, expected: int, target_id: int) -> None:
    if current != expected:
        raise Conflict("edited_elsewhere", kind=kind, id=target_id)


def _clean_entry_values(values: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for field, value in values.items():
        if field not in ENTRY_FIELDS:
            raise InvalidValue("field_unknown", field=field)
        if field in ("width_cm", "height_cm"):
            if value in (None, ""):
                value = None
            else:
                try:
                    value = float(value)
                except (TypeError, ValueError) as exc:
                    raise InvalidValue("number_invalid", column=field, value=str(value)) from exc
                if value <= 0:
                    raise InvalidValue("number_invalid", column=field, value=str(value))
        else:
            value = str(value or "").strip()
        clean[field] = value
    if "title" in clean and not clean["title"]:
        raise InvalidValue("field_missing", column="title")
    return clean


def update_entry(session: Session, edit: Edit, reason: str = "") -> Entry:
    entry = session.get(Entry, edit.target_id)
    if entry is None:
        raise NotFound("entry_not_found", id=edit.target_id)
    _check_version("entry", entry.version, edit.version, entry.id)
    values = _clean_entry_values(edit.values)
    changes = audit.diff(entry, values)
    if changes:
        for field, value in values.items():
            setattr(entry, field, value)
        session.flush()
        audit.record(session, "entry.edit", contest_id=entry.contest_id, target_table="entry",
                     target_id=entry.id, changes=changes, reason=reason)
    return entry


def set_status(session: Session, entry_id: int, version: int, status: str, reason: str) -> Entry:
    """Received, eligible or disqualified; disqualifying needs a reason the region can be told."""
    if status not in {s.value for s in EntryStatus}:
        raise InvalidValue("status_invalid", value=status)
    if status == EntryStatus.DISQUALIFIED and not reason.strip():
        raise InvalidValue("reason_required")
    entry = session.get(Entry, entry_id)
    if entry is None:
        raise NotFound("entry_not_found", id=entry_id)
    _check_version("entry", entry.version, version, entry.id)
    if entry.status == status and entry.status_reason == reason.strip():
        return entry
    changes = {"status": [entry.status, status], "status_reason": [entry.status_reason,
                                                                   reason.strip()]}
    entry.status = status
    entry.status_reason = reason.strip()
    session.flush()
    audit.record(session, "entry.status", contest_id=entry.contest_id, target_table="entry",
                 target_id=entry.id, changes=changes, reason=reason.strip())
    return entry


def update_student(session: Session, edit: Edit, reason: str = "") -> Student:
    """Edit a student; saving a Latin name confirms it (it is no longer a suggestion)."""
    student = session.get(Student, edit.target_id)
    if student is None:
        raise NotFound("student_not_found", id=edit.target_id)
    _check_version("student", student.version, edit.version, student.id)
    values: dict[str, Any] = {}
    for field, value in edit.values.items():
        if field not in STUDENT_FIELDS:
            raise InvalidValue("field_unknown", field=field)
        if field == "birth_date":
            if value is not None and not isinstance(value, date):
                raise InvalidValue("date_invalid", value=str(value))
        elif field in ("guardian_consent", "publication_consent"):
            value = bool(value)
        else:
            value = str(value or "").strip()
        values[field] = value
    if "name" in values and not values["name"]:
        raise InvalidValue("field_missing", column="student_name")
    if "name_latin" in values:
        values["name_latin_suggested"] = False
    changes = audit.diff(student, values)
    if changes:
        for field, value in values.items():
            setattr(student, field, value)
        session.flush()
        # the audit log names fields, never the values: these are minors' personal data
        audit.record(session, "student.edit", contest_id=student.contest_id,
                     target_table="student", target_id=student.id,
                     changes={field: ["…", "…"] for field in changes}, reason=reason)
    return student
