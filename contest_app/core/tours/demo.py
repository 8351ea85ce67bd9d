"""Past editions for trying tours out: batches written as regions send them, with an award_tier
and a publication_consent column, imported through the ordinary intake pipeline.

Used by the tests, the catalogue benchmark and the screenshots; the works, names and images come
from core.demo_data, so each edition looks like the 2024 one.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.defaults import DEFAULT_TIERS, TIER_NAMES
from contest_app.core.demo import DEMO_THEME
from contest_app.core.demo_data import DemoBatch, generate_batches, write_batch_folder
from contest_app.core.intake.pipeline import import_batch
from contest_app.db.session import Database

# the theme of the 11th edition (2023) is not in the facts we have: a plausible stand-in
THEMES: dict[int, dict[str, str]] = {
    11: {"en": "Our region's nature and seasons", "ko": "우리 지역의 자연과 사계절",
         "zh": "家乡的自然与四季", "ja": "ふるさとの自然と四季",
         "ru": "Природа и времена года нашего края", "mn": "Манай нутгийн байгаль, улирал"},
    12: dict(DEMO_THEME),
}
# the sheet language of each country: regions write tier names in their own words
_TIER_LANGUAGE = {"KR": "ko", "CN": "zh", "JP": "ja", "RU": "ru", "MN": "mn"}
DEFAULT_REGIONS = ("KR-47", "KR-11", "JP-16", "CN-HA", "CN-NM", "MN-055", "RU-TOM", "RU-KAM")

ImageWriter = Callable[[Path, int], None]  # (image file to overwrite, seed)


@dataclass(frozen=True)
class EditionPlan:
    edition: int
    year: int
    works_per_region: int = 4
    awarded_share: float = 0.5  # of the works written, how many get a tier


def _tier_plan(count: int, rng: random.Random) -> list[str]:
    """count tier keys in the 2024 proportions, at least one grand prize; the rest finalist."""
    weight = sum(q for _, q in DEFAULT_TIERS)
    keys: list[str] = []
    for key, quota in DEFAULT_TIERS[:-1]:
        keys += [key] * max(1, round(count * quota / weight))
    keys += [DEFAULT_TIERS[-1][0]] * max(0, count - len(keys))
    keys = keys[:count]
    rng.shuffle(keys)
    return keys


def _add_columns(sheet_path: Path, batch: DemoBatch, tiers: dict[str, str],
                 rng: random.Random, no_consent_share: float) -> None:
    """Append award_tier and publication_consent, as a region's past sheet would have them."""
    book = load_workbook(sheet_path)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    entry_col = header.index("entry_no")
    tier_col, consent_col = len(header) + 1, len(header) + 2
    sheet.cell(row=1, column=tier_col, value="award_tier")
    sheet.cell(row=1, column=consent_col, value="publication_consent")
    language = _TIER_LANGUAGE.get(batch.country_code, "en")
    for row in range(2, sheet.max_row + 1):
        entry_no = str(sheet.cell(row=row, column=entry_col + 1).value)
        key = tiers.get(entry_no, "")
        sheet.cell(row=row, column=tier_col, value=TIER_NAMES[key][language] if key else "")
        agreed = rng.random() >= no_consent_share
        sheet.cell(row=row, column=consent_col, value="yes" if agreed else "no")
    book.save(sheet_path)


def build_past_editions(
    db: Database,
    work_dir: Path,
    editions: Sequence[EditionPlan] = (EditionPlan(11, 2023), EditionPlan(12, 2024)),
    *,
    regions: Sequence[str] = DEFAULT_REGIONS,
    image_size: tuple[int, int] = (400, 300),
    image_writer: ImageWriter | None = None,
    no_consent_share: float = 0.1,
    workers: int = 1,
) -> dict[int, int]:
    """Create each edition and import its regions' batches; returns edition -> contest id."""
    contest_ids: dict[int, int] = {}
    for plan in editions:
        deadline = date(plan.year, 9, 13)
        with db.session() as session, session.begin():
            contest = create_contest(session, ContestSpec(
                edition=plan.edition, year=plan.year, theme=dict(THEMES.get(plan.edition, {})),
                deadline=deadline, age_reference_date=deadline))
            contest_ids[plan.edition] = contest.id
        rng = random.Random(f"tour-demo:{plan.edition}")
        batches = [b for b in generate_batches(seed=plan.edition, reference_date=deadline)
                   if b.region_code in regions]
        for batch in batches:
            batch.works = batch.works[:plan.works_per_region]
        entry_nos = [(b.region_code, w.entry_no) for b in batches for w in b.works]
        awarded = rng.sample(entry_nos, max(1, round(len(entry_nos) * plan.awarded_share)))
        tiers = dict(zip([no for _, no in awarded], _tier_plan(len(awarded), rng), strict=True))
        for batch in batches:
            folder = work_dir / f"edition-{plan.edition}" / batch.region_code
            if folder.exists():
                shutil.rmtree(folder)
            sheet = write_batch_folder(batch, folder, image_size=image_size, seed=plan.edition)
            if image_writer is not None:
                for index, work in enumerate(batch.works):
                    image_writer(folder / "images" / work.image_name,
                                 plan.edition * 10_000 + hash_code(batch.region_code) + index)
            _add_columns(sheet, batch, tiers, rng, no_consent_share)
            import_batch(db, contest_ids[plan.edition], batch.region_code, folder,
                         workers=workers)
    return contest_ids


@dataclass(frozen=True)
class DemoTour:
    contest_ids: dict[int, int]
    tour_id: int
    venue_ids: tuple[int, ...]  # a Korean venue, then a Japanese one


FOREWORDS = {
    "en": "Since 2019 the winning works of past editions of the NEAR Youth Painting Contest "
          "have toured galleries and art fairs in the member regions.\n\nThis catalogue "
          "shows the works of this tour, edition by edition and award by award.",
    "ko": "2019년부터 NEAR 청소년 미술대회의 역대 수상작은 회원 지역의 갤러리와 아트페어를 "
          "순회하고 있습니다.\n\n이 도록은 이번 순회전의 작품을 대회별, 상별로 소개합니다.",
}


def build_demo_tour(db: Database, work_dir: Path,
                    editions: Sequence[EditionPlan] = (EditionPlan(11, 2023),
                                                       EditionPlan(12, 2024)),
                    *, name: str = "Pohang 2025", **options: Any) -> DemoTour:
    """Past editions (build_past_editions), and a tour over all their awarded works shown at a
    Korean and a Japanese venue, with forewords in English and Korean."""
    from contest_app.core.tours import tours as T
    from contest_app.core.tours.selection import awarded_works
    from contest_app.core.tours.settings import load_settings, save_settings

    contest_ids = build_past_editions(db, work_dir, editions, **options)
    with db.session() as session, session.begin():
        tour = T.create_tour(session, T.TourSpec(name, date(2025, 3, 1), date(2025, 12, 20)))
        venues = (
            T.add_venue(session, tour.id, T.VenueSpec(
                "Pohang International Art Fair gallery", city="Pohang", language="ko",
                starts_on=date(2025, 3, 1), ends_on=date(2025, 4, 30))),
            T.add_venue(session, tour.id, T.VenueSpec(
                "Toyama Civic Gallery", city="Toyama", language="ja",
                starts_on=date(2025, 6, 1), ends_on=date(2025, 7, 15))),
        )
        T.add_works(session, tour.id, [w.entry_id for w in awarded_works(session)])
        settings = load_settings(session, tour.id)
        settings.forewords = dict(FOREWORDS)
        save_settings(session, tour.id, settings)
        return DemoTour(contest_ids, tour.id, tuple(v.id for v in venues))


def hash_code(text: str) -> int:
    """A small stable number for a text (Python's hash() changes between runs)."""
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(text)) % 9973
