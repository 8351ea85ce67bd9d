"""A small demo contest with awards, a group work and a named student in every script."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from contest_app.core.demo import build_demo
from contest_app.db.models import (
    Award,
    AwardTier,
    Entry,
    EntryStatus,
    EntryStudent,
    Region,
    Student,
)

# country -> (native name, Latin name): a Mongolian name with Ө and Ү, kana in the Japanese one
NAMES = {
    "KR": ("김지유", "Kim Ji Yoo"),
    "CN": ("杨昊潼", "Yang Haotong"),
    "JP": ("浜田さくら", "Hamada Sakura"),
    "MN": ("Өнөрмаа Төмөрбаатар", "Unurmaa Tumurbaatar"),
    "RU": ("Степаненко София", "Stepanenko Sofia"),
}
# region code -> tier key, for the awarded works (the rest get participation certificates)
AWARDS = {"KR-11": "grand", "CN-HN": "excellence", "JP-31": "encouragement",
          "MN-055": "finalist", "RU-TOM": "finalist", "CN-AH": "finalist"}


@dataclass
class AwardedDemo:
    db: object
    contest_id: int
    students: dict[str, int]  # country -> the named student's id
    group_entry_id: int  # an awarded work by two students


def _add_awards(db, contest_id: int) -> AwardedDemo:  # type: ignore[no-untyped-def]
    students: dict[str, int] = {}
    with db.session() as s, s.begin():
        tiers = {t.key: t.id for t in s.scalars(
            select(AwardTier).where(AwardTier.contest_id == contest_id))}
        entries = list(s.scalars(select(Entry).where(Entry.contest_id == contest_id)))
        by_region: dict[str, Entry] = {}
        for entry in entries:
            region = s.get(Region, entry.region_id)
            by_region.setdefault(region.code, entry)
        for entry in entries:
            entry.status = EntryStatus.ELIGIBLE  # consent is not what these tests are about
        for code, tier in AWARDS.items():
            s.add(Award(contest_id=contest_id, entry_id=by_region[code].id,
                        tier_id=tiers[tier], status="final"))
        for country, region_code in (("KR", "KR-11"), ("CN", "CN-HN"), ("JP", "JP-31"),
                                     ("MN", "MN-055"), ("RU", "RU-TOM")):
            student = by_region[region_code].students[0]
            student.name, student.name_latin = NAMES[country]
            students[country] = student.id
        group = by_region["CN-AH"]
        if len(group.students) < 2:
            first = group.students[0]
            partner = Student(contest_id=contest_id, region_id=group.region_id, name="李子涵",
                              name_latin="Li Zihan", school=first.school,
                              guardian_consent=True, publication_consent=True)
            group.authors.append(EntryStudent(student=partner, position=len(group.authors)))
        group_id = group.id
    return AwardedDemo(db, contest_id, students, group_id)


@pytest.fixture
def awarded(db) -> AwardedDemo:  # type: ignore[no-untyped-def]
    contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    return _add_awards(db, contest_id)


def pdftotext(path: Path, *extra: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    result = subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True,
                            text=True, check=True)
    return result.stdout


@pytest.fixture
def names() -> dict[str, tuple[str, str]]:
    return NAMES


@pytest.fixture
def pdf_text():  # type: ignore[no-untyped-def]
    """pdftotext(path, *options) -> the text; skips when poppler is not installed."""
    return pdftotext
