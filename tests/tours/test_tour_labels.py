"""Wall labels per venue: the venue's language plus English, several cards to an A4 sheet."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.tours import tours as T
from contest_app.core.tours.content import load_document
from contest_app.reports.labels import export_labels, grid, parse_size

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_sizes_and_grid() -> None:
    assert parse_size("100x70") == (100.0, 70.0) and parse_size(" 90 × 55 mm") == (90.0, 55.0)
    assert grid((100, 70)) == (2, 3) or grid((100, 70)) == (2, 4)
    assert grid((100, 70))[0] * grid((100, 70))[1] >= 6
    assert grid((148, 105)) == (1, 2)
    for bad in ("", "100", "10x10", "300x70", "axb"):
        with pytest.raises(InvalidValue) as refused:
            parse_size(bad)
        assert refused.value.code == "label_size_invalid"


@needs_poppler
def test_labels_follow_the_venue_language_and_its_works(small_tour: Any, tmp_path: Path) -> None:
    db = small_tour.db
    with db.session() as session, session.begin():
        doc = load_document(session, small_tour.tour_id)
        chosen = [e.work.entry_id for e in doc.hanging_order()][:5]
        T.set_venue_works(session, small_tour.venue_ja, chosen)
    ja = export_labels(db, small_tour.tour_id, "Toyama Civic Gallery", tmp_path / "ja.pdf")
    ko = export_labels(db, small_tour.tour_id, small_tour.venue_ko, tmp_path / "ko.pdf",
                       size="148x105")
    assert (ja.language, ja.labels) == ("ja", 5)
    assert ja.sheets == math.ceil(5 / ja.per_sheet) and ja.per_sheet >= 6
    assert (ko.language, ko.labels, ko.per_sheet) == ("ko", len(doc.entries), 2)
    ja_text, ko_text = pdf_text(tmp_path / "ja.pdf"), pdf_text(tmp_path / "ko.pdf")
    assert ja_text.count("\f") == ja.sheets and ko_text.count("\f") == ko.sheets
    first = doc.entry(chosen[0])
    assert first is not None
    work = first.work
    # the venue's language first, then English: tier, and place with age
    assert f"{work.tier_names['ja']} / {work.tier_names['en']}" in ja_text
    assert work.region_names["ja"] in ja_text and work.region_names["en"] in ja_text
    assert work.title in ja_text and work.title_en in ja_text
    assert f"{work.tier_names['ko']} / {work.tier_names['en']}" in ko_text
    assert "歳" in ja_text and "세" in ko_text
    # hanging order, and only the venue's works
    labels = [lines[0] for lines in ja.labels_text]
    assert labels == [e.label for e in doc.hanging_order()][:5]
    for entry in doc.entries:
        if not entry.work.consent_complete:  # a label is a publication too
            card = next(c for c in ko.labels_text if c[0] == entry.label)
            hidden = [s.name for s in entry.work.students if not s.publication_consent]
            assert not any(name in card for name in hidden)


def test_unknown_venue_and_a_venue_without_works(small_tour: Any, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_labels(small_tour.db, small_tour.tour_id, "nowhere", tmp_path / "x.pdf")
    with small_tour.db.session() as session, session.begin():
        empty = T.add_venue(session, small_tour.tour_id, T.VenueSpec("Bare", language="ru"),
                            all_works=False).id
    with pytest.raises(InvalidValue) as refused:
        export_labels(small_tour.db, small_tour.tour_id, empty, tmp_path / "x.pdf")
    assert refused.value.code == "venue_no_works"
    assert not (tmp_path / "x.pdf").exists()
