"""Two past editions imported through the batch pipeline (award_tier and publication_consent
columns), and a tour over their awarded works with a Korean and a Japanese venue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from contest_app.core.demo_images import painting
from contest_app.core.tours.demo import EditionPlan, build_demo_tour
from contest_app.db.session import Database

REGIONS = ("KR-47", "JP-16", "CN-HA", "MN-055", "RU-TOM")
BIG = (1600, 1200)  # more than a 2- or 4-up box needs at 300 dpi, less than a full page


def big_every_third(path: Path, seed: int) -> None:
    """Some originals large enough to need downsampling; the rest stay small (400 x 300)."""
    if seed % 3 == 0:
        painting(seed, BIG).save(path, "JPEG", quality=85)


@dataclass
class TourData:
    db: Database
    contest_ids: dict[int, int]
    tour_id: int
    venue_ko: int
    venue_ja: int


def _make(db: Database, tmp_path: Path, big: bool) -> TourData:
    made = build_demo_tour(
        db, tmp_path / "batches",
        (EditionPlan(11, 2023, works_per_region=4, awarded_share=0.75),
         EditionPlan(12, 2024, works_per_region=4, awarded_share=0.75)),
        regions=REGIONS, image_writer=big_every_third if big else None, no_consent_share=0.15)
    return TourData(db, made.contest_ids, made.tour_id, *made.venue_ids)


@pytest.fixture
def tour(db: Database, tmp_path: Path) -> TourData:
    """Some originals big enough to be scaled down for print, most too small."""
    return _make(db, tmp_path, big=True)


@pytest.fixture
def small_tour(db: Database, tmp_path: Path) -> TourData:
    """Every original 400 x 300: quicker, for tests that draw no pictures at print size."""
    return _make(db, tmp_path, big=False)
