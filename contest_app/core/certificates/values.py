"""The placeholders a certificate's texts use, filled in per document language."""

from __future__ import annotations

import string
from datetime import date

from contest_app.core.certificates.plan import CertificateData, ContestInfo
from contest_app.core.certificates.register import format_code
from contest_app.core.certificates.texts import TITLE_QUOTES, format_date
from contest_app.core.languages import pick

PLACEHOLDERS = ("name", "name_latin", "school", "title", "title_en", "title_q", "tier",
                "region", "country", "edition_title", "theme", "edition", "year", "date",
                "serial", "code", "reissue_date")


class _Keep(dict[str, str]):
    """An unknown placeholder stays visible as {name}: a typo shows in the preview."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholder_values(item: CertificateData, contest: ContestInfo, language: str
                       ) -> dict[str, str]:
    left, right = TITLE_QUOTES.get(item.country_language, TITLE_QUOTES["en"])
    issued = item.issued_on or date.today()
    return {
        "name": item.name,
        "name_latin": item.name_latin,
        "school": item.school,
        "title": item.title,
        "title_en": item.title_en,
        "title_q": f"{left}{item.title}{right}" if item.title else "",
        "tier": pick(item.tier_names, language) or item.tier_key,
        "region": pick(item.region_names, language),
        "country": pick(item.country_names, language),
        "edition_title": pick(contest.titles, language),
        "theme": pick(contest.themes, language),
        "edition": str(contest.edition),
        "year": str(contest.year),
        "date": format_date(issued, language),
        "serial": item.serial,
        "code": format_code(item.code),
        "reissue_date": item.reissued_on.isoformat() if item.reissued_on else "",
    }


def fill(text: str, values: dict[str, str]) -> str:
    """text with its placeholders filled; "" when it has placeholders and all of them are
    empty (no Latin name, no English title: the line is left out rather than printed as “”)."""
    if not text:
        return ""
    names = [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]
    if names and all(not values.get(name, "x") for name in names):
        return ""
    try:
        return text.format_map(_Keep(values))
    except (ValueError, IndexError):  # a stray brace typed by staff: print the text as is
        return text
