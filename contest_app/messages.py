"""Words for the core's error and problem codes, in English; the GUI translates them.

QT_TRANSLATE_NOOP here only marks the strings for lupdate: this module must stay free of Qt so
the command line can use it without a GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("Messages", "Not found."),
    "contest_not_found": QT_TRANSLATE_NOOP("Messages", "There is no contest with id {id}."),
    "region_not_found": QT_TRANSLATE_NOOP("Messages", "There is no region with code {code}."),
    "country_not_found": QT_TRANSLATE_NOOP("Messages", "There is no country with code {code}."),
    "edition_exists": QT_TRANSLATE_NOOP(
        "Messages", "Edition {edition} exists already. Choose another edition number."),
    "edition_invalid": QT_TRANSLATE_NOOP("Messages", "The edition number must be 1 or more."),
    "year_invalid": QT_TRANSLATE_NOOP("Messages", "The year {value} is not a plausible year."),
    "age_range_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The age range {min_age}-{max_age} is not valid: the minimum must not "
        "exceed the maximum."),
    "quota_invalid": QT_TRANSLATE_NOOP("Messages", "A quota cannot be negative."),
    "tier_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "Each award tier must appear once, and there must be at least one."),
    "tier_spec_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the tier \"{value}\": write tiers as key=quota, for example "
        "grand=1,excellence=10."),
    "criterion_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The criterion \"{key}\" needs a positive weight and a scale whose minimum "
        "is below its maximum."),
    "theme_lang_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read \"{value}\": write LANG=TEXT with LANG one of en, ko, zh, ja, "
        "ru, mn."),
    "date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read the date \"{value}\": write it as YYYY-MM-DD."),
    "region_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The region code \"{code}\" is not valid: use the country code, a hyphen "
        "and letters or digits, for example KR-47 or KR-POHANG."),
    "region_code_country": QT_TRANSLATE_NOOP(
        "Messages", "The region code \"{code}\" must start with its country code {country}."),
    "region_code_taken": QT_TRANSLATE_NOOP(
        "Messages", "Another region already has the code {code}."),
    "region_name_missing": QT_TRANSLATE_NOOP("Messages", "The region needs an English name."),
    "membership_invalid": QT_TRANSLATE_NOOP(
        "Messages", "\"{membership}\" is not a membership kind."),
    "edited_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Someone else saved this record while you were editing it. Reload it and "
        "make your change again; nothing was overwritten."),
    "entry_not_found": QT_TRANSLATE_NOOP("Messages", "The work {id} no longer exists."),
    "student_not_found": QT_TRANSLATE_NOOP("Messages", "The student {id} no longer exists."),
    "field_unknown": QT_TRANSLATE_NOOP("Messages", "\"{field}\" cannot be edited here."),
    "status_invalid": QT_TRANSLATE_NOOP("Messages", "\"{value}\" is not a status of a work."),
    "reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give a reason: it is kept in the audit log and can be sent to the region."),
    "schema_newer": QT_TRANSLATE_NOOP(
        "Messages", "This database was written by a newer version of the app (schema "
        "{revision}). Install the newer version to open it; nothing was changed."),
    "schema_foreign": QT_TRANSLATE_NOOP(
        "Messages", "This database was not made by this app (it holds tables such as "
        "{tables}). Choose another database; nothing was changed."),
    "schema_outdated": QT_TRANSLATE_NOOP(
        "Messages", "This database needs an upgrade to the current schema."),
    "database_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open the database {url}: {detail}"),
}


def message(code: str, values: dict[str, Any] | None = None,
            translate: Callable[[str, str], str] | None = None) -> str:
    """The words for code with its values filled in, translated when a translator is given."""
    template = MESSAGES.get(code)
    if template is None:
        return f"{code}: {values}" if values else code
    if translate is not None:
        template = translate(CONTEXT, template)
    try:
        return template.format(**(values or {}))
    except (KeyError, IndexError, ValueError):
        return template
