"""Translated words for the data's fixed values (membership kinds, statuses, round kinds)."""

from __future__ import annotations

from contest_app.i18n import QT_TRANSLATE_NOOP, translate

_LABELS: dict[str, str] = {
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "associate": QT_TRANSLATE_NOOP("Labels", "Associate member"),
    "special": QT_TRANSLATE_NOOP("Labels", "Special member"),
    "observer": QT_TRANSLATE_NOOP("Labels", "Observer"),
    "non_member": QT_TRANSLATE_NOOP("Labels", "Non-member"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "eligible": QT_TRANSLATE_NOOP("Labels", "Eligible"),
    "disqualified": QT_TRANSLATE_NOOP("Labels", "Disqualified"),
    "preliminary": QT_TRANSLATE_NOOP("Labels", "Preliminary round"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final round"),
    "boundary": QT_TRANSLATE_NOOP("Labels", "Boundary round"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "provisional": QT_TRANSLATE_NOOP("Labels", "Provisional"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    "award": QT_TRANSLATE_NOOP("Labels", "Award certificate"),
    "participation": QT_TRANSLATE_NOOP("Labels", "Participation certificate"),
    "teacher": QT_TRANSLATE_NOOP("Labels", "Thank-you letter"),
    "error": QT_TRANSLATE_NOOP("Labels", "Error"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning"),
}


_AWARD_STATUS: dict[str, str] = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "provisional": QT_TRANSLATE_NOOP("Labels", "Provisional"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}


def award_status_label(value: str) -> str:
    """Award statuses share a word ("final") with round kinds, so they have their own table."""
    text = _AWARD_STATUS.get(value)
    return translate("Labels", text) if text else value


def label(value: str) -> str:
    """The translated word for a stored value; the value itself when it has none."""
    text = _LABELS.get(value)
    return translate("Labels", text) if text else value


def values_of(*keys: str) -> list[tuple[str, str]]:
    return [(key, label(key)) for key in keys]
