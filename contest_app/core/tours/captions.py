"""The caption of a work, in one or two document languages, with the publication-consent rule.

As NEAR's own report prints them: edition year and tier, the title in its original and in
English, the student in native and in Latin script, age, region and country.

Consent rule: a work lacks consent when any of its authors has no publication consent. A
catalogue either leaves such works out, or prints them with only the names of the authors who
agreed (none, for a single author); the organiser chooses (ConsentMode).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from contest_app.core.languages import pick
from contest_app.core.tours.content import TourEntry
from contest_app.core.tours.selection import AwardedWork
from contest_app.core.tours.texts import word


class ConsentMode(StrEnum):
    OMIT = "omit"  # works lacking consent are left out
    ANONYMISE = "anonymise"  # they are shown without the names of those who did not agree


@dataclass(frozen=True)
class Caption:
    number: str
    heading: str  # year and tier in each language: "2024 · Grand Prize / 최우수상"
    title: str  # as the student wrote it
    title_en: str  # "" when it is the same as the original
    names: str  # native script, "" when withheld
    names_latin: str  # "" when withheld or the same as the native form
    age_place: tuple[str, ...]  # one per language: "age 15 · Toyama, Japan"
    names_withheld: bool

    def lines(self) -> list[str]:
        """Every text line of the caption, in print order (empty ones dropped)."""
        items = [f"{self.number}  {self.heading}", self.title, self.title_en, self.names,
                 self.names_latin, *self.age_place]
        return [line for line in items if line]


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFKC", a).casefold().strip() == \
        unicodedata.normalize("NFKC", b).casefold().strip()


def shown_students(work: AwardedWork, mode: ConsentMode) -> list[tuple[str, str]]:
    """(native, Latin) names the document may print."""
    return [(s.name, s.name_latin) for s in work.students
            if s.publication_consent or mode != ConsentMode.ANONYMISE]


def place(work: AwardedWork, language: str) -> str:
    region = pick(work.region_names, language) or work.region_code
    country = pick(work.country_names, language) or work.country_code
    return word("place", language, region=region, country=country)


def tier_name(work: AwardedWork, language: str) -> str:
    return pick(work.tier_names, language) or work.tier_key


def age_text(work: AwardedWork) -> str:
    """ "15", or "14–16" for a group; "" when no birth date is known."""
    values = sorted({s.age for s in work.students if s.age is not None})
    if not values:
        return ""
    return str(values[0]) if len(values) == 1 else f"{values[0]}–{values[-1]}"


def ages(work: AwardedWork, language: str) -> str:
    text = age_text(work)
    return word("age", language, age=text) if text else ""


def caption(entry: TourEntry, languages: tuple[str, ...],
            mode: ConsentMode = ConsentMode.ANONYMISE) -> Caption:
    work = entry.work
    languages = tuple(dict.fromkeys(languages))
    heading = f"{work.year} · " + " / ".join(dict.fromkeys(tier_name(work, lang)
                                                           for lang in languages))
    names = shown_students(work, mode)
    native = ", ".join(n for n, _ in names if n)
    latin = ", ".join(lat for _, lat in names if lat)
    if _same(native, latin):
        latin = ""
    title_en = "" if _same(work.title, work.title_en) else work.title_en
    age_place = tuple(dict.fromkeys(
        " · ".join(part for part in (ages(work, lang), place(work, lang)) if part)
        for lang in languages))
    return Caption(entry.label, heading, work.title or work.title_en, title_en, native, latin,
                   age_place, names_withheld=len(names) < len(work.students))


def included(entries: list[TourEntry], mode: ConsentMode) -> list[TourEntry]:
    """The entries a public document prints under the consent rule."""
    if mode == ConsentMode.OMIT:
        return [e for e in entries if e.work.consent_complete]
    return list(entries)


def size_text(work: AwardedWork) -> str:
    if work.width_cm and work.height_cm:
        return f"{work.width_cm:g} × {work.height_cm:g} cm"
    return ""
