"""The printed catalogue, read back from the PDF with poppler: pages, sections, index, captions
in their scripts, picture resolution (never upsampled), consent, fonts, print-shop boxes, cache."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contest_app.core.errors import InvalidValue
from contest_app.core.intake.cancel import Cancelled
from contest_app.core.tours.captions import ConsentMode, included
from contest_app.core.tours.content import load_document, sections
from contest_app.reports.catalogue import CatalogueOptions, export_catalogue, preflight_catalogue
from contest_app.reports.catalogue_layout import MM, per_page
from contest_app.reports.image_prep import CACHE_FOLDER

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def text(pdf: Path, first: int, last: int | None = None) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(first), "-l", str(last or first),
                           str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def images(pdf: Path) -> list[dict[str, Any]]:
    """pdfimages -list: every placed picture with its page, pixel size and resolution."""
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    rows = []
    for line in out:
        cells = line.split()
        rows.append({"page": int(cells[0]), "width": int(cells[3]), "height": int(cells[4]),
                     "x_ppi": int(cells[12]), "enc": cells[8]})
    return rows


def expected_pages(doc: Any, entries: list[Any], forewords: int, index_pages: int) -> int:
    works = sum(math.ceil(len(s.entries) / per_page(s.entries[0].work.tier_position))
                for s in sections(entries))
    editions = len({e.work.edition for e in entries})
    return 1 + forewords + 1 + editions + works + index_pages + 1


def test_pages_sections_index_and_captions(tour: Any, tmp_path: Path) -> None:
    out = tmp_path / "catalogue.pdf"
    result = export_catalogue(tour.db, tour.tour_id, out, CatalogueOptions(language="ko"))
    with tour.db.session() as session:
        doc = load_document(session, tour.tour_id)
    assert pages(out) == result.pages
    kinds = result.page_kinds
    assert kinds[0] == "cover" and kinds[-1] == "statistics"
    assert kinds.count("foreword") == 2  # English and Korean, one page each
    assert result.pages == expected_pages(doc, doc.entries, 2, kinds.count("index"))
    # contents: an edition line and a line per tier, pointing at the right pages
    contents = text(out, kinds.index("contents") + 1)
    for part in sections(doc.entries):
        tier = f"{part.tier_names['en']} / {part.tier_names['ko']} ({len(part.entries)})"
        assert tier in contents
        first = part.entries[0].label
        line = next(ln for ln in contents.splitlines() if tier in ln and
                    ln.strip().endswith(str(result.work_pages[first])))
        assert line
        assert f"{part.year} · {part.tier_names['en']} / {part.tier_names['ko']}" in \
            text(out, result.work_pages[first])
    # every work is on the page the plan says, with its caption in its own script
    for entry in doc.entries:
        page = text(out, result.work_pages[entry.label])
        work = entry.work
        assert re.search(rf"\b{entry.label}\s+{work.year} ·", page)
        assert work.title in page and work.title_en in page
        if work.consent_complete:
            assert work.students[0].name in page and work.students[0].name_latin in page
        else:
            assert not any(s.name in page for s in work.students if not s.publication_consent)
        assert work.region_names["en"] in page and work.region_names["ko"] in page
    scripts = {e.work.country_code: e.work for e in doc.entries}
    assert {"KR", "CN", "JP", "RU", "MN"} <= set(scripts)  # Hangul, hanzi, kana, Cyrillic, Ө
    # the index: each country and region, each number with its page
    first_index = kinds.index("index") + 1
    index_text = text(out, first_index, first_index + kinds.count("index") - 1)
    assert "Index by country and region / 국가·지역별 색인" in index_text
    for entry in doc.entries:
        line = next(ln for ln in index_text.splitlines()
                    if re.search(rf"(^|\s){entry.label}\s", ln))
        assert line.rstrip().endswith(str(result.work_pages[entry.label])), line
        assert entry.work.region_names["en"] in index_text
    statistics = text(out, result.pages)
    assert "Entered" in statistics and "출품" in statistics and "2023" in statistics
    total = next(ln for ln in statistics.splitlines() if ln.strip().startswith("Total / 합계")
                 and ln.split()[-1].isdigit())
    assert total.split()[-1] == str(len(doc.entries))  # "on show" column


def test_no_picture_is_upsampled_and_big_ones_print_at_300_dpi(tour: Any,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "catalogue.pdf"
    result = export_catalogue(tour.db, tour.tour_id, out, CatalogueOptions(page_size="B5"))
    placed = images(out)
    assert len(placed) == len(result.placements) == result.works + 1  # and the cover
    scaled = 0
    for row, placement in zip(placed, result.placements, strict=True):
        assert row["page"] == placement.page and row["enc"] == "jpeg"
        assert (row["width"], row["height"]) == placement.pixels
        assert row["width"] <= placement.source[0] and row["height"] <= placement.source[1]
        needed = placement.printed[0] / 72 * 300
        if placement.source[0] >= needed:
            assert 299 <= row["x_ppi"] <= 302, (placement, row)
            scaled += 1
        else:  # too small: used as it is, and listed before export
            assert (row["width"], row["height"]) == placement.source
            assert placement.key in {low.key for low in result.check.low_resolution}
    assert scaled >= 3  # the fixture's 1600 px originals are scaled down for 2- and 4-up pages
    assert all(low.dpi < 300 for low in result.check.low_resolution)


def test_fonts_are_embedded_and_helvetica_never_appears(tour: Any, tmp_path: Path) -> None:
    out = tmp_path / "catalogue.pdf"
    export_catalogue(tour.db, tour.tour_id, out, CatalogueOptions(language="mn"))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # emb column
    assert not any("Helvetica" in line for line in fonts)
    assert "Өмнөх үг" in text(out, 1, 4) or "Гарчиг" in text(out, 1, 4)


def test_consent_left_out_or_anonymised(tour: Any, tmp_path: Path) -> None:
    with tour.db.session() as session:
        doc = load_document(session, tour.tour_id)
    lacking = [e for e in doc.entries if not e.work.consent_complete]
    assert lacking, "the fixture has works without publication consent"
    omit = export_catalogue(tour.db, tour.tour_id, tmp_path / "omit.pdf",
                            CatalogueOptions(consent=ConsentMode.OMIT))
    anon = export_catalogue(tour.db, tour.tour_id, tmp_path / "anon.pdf",
                            CatalogueOptions(consent=ConsentMode.ANONYMISE))
    assert omit.works == len(doc.entries) - len(lacking)
    assert sorted(omit.check.omitted) == sorted(e.label for e in lacking)
    assert anon.works == len(doc.entries) and not anon.check.omitted
    assert sorted(anon.check.withheld) == sorted(e.label for e in lacking)
    for entry in lacking:
        assert entry.label not in omit.work_pages
        page = text(tmp_path / "anon.pdf", anon.work_pages[entry.label])
        assert entry.work.title_en in page  # the work is there, its unconsenting authors not
        for student in entry.work.students:
            shown = student.publication_consent
            assert (student.name in page) == shown and (student.name_latin in page) == shown
    kept = included(doc.entries, ConsentMode.OMIT)
    assert omit.pages == expected_pages(doc, kept, 1, omit.page_kinds.count("index"))


def test_a_long_contents_runs_over_pages() -> None:
    from contest_app.reports.catalogue_layout import Geometry
    from contest_app.reports.catalogue_plan import _chunks

    seven_editions = [0] + [0, 1, 1, 1, 1] * 7 + [0, 0]  # every tour since 2019, and more
    chunks = _chunks(seven_editions, Geometry.of("B5", False))
    assert len(chunks) == 2 and sum(chunks) == len(seven_editions)
    assert _chunks([0, 0, 1, 1, 0, 0], Geometry.of("A4", False)) == [6]


def test_print_shop_bleed_and_crop_marks(small_tour: Any, tmp_path: Path) -> None:
    out = tmp_path / "print.pdf"
    export_catalogue(small_tour.db, small_tour.tour_id, out,
                     CatalogueOptions(page_size="B5", print_shop=True))
    info = subprocess.run(["pdfinfo", "-box", "-f", "1", "-l", "1", str(out)],
                          capture_output=True, text=True, check=True).stdout

    def box(name: str) -> list[float]:
        line = next(ln for ln in info.splitlines() if ln.startswith(f"Page    1 {name}"))
        return [float(v) for v in line.split()[-4:]]

    trim, bleed, media = box("TrimBox"), box("BleedBox"), box("MediaBox")
    assert trim[2] - trim[0] == pytest.approx(176 * MM, abs=0.1)
    assert trim[3] - trim[1] == pytest.approx(250 * MM, abs=0.1)
    assert trim[0] - bleed[0] == pytest.approx(3 * MM, abs=0.05)
    assert media[2] - trim[2] > 3 * MM  # room for the crop marks outside the bleed


def test_cache_makes_the_second_export_cheap(tour: Any, tmp_path: Path) -> None:
    options = CatalogueOptions(language="ja")
    export_catalogue(tour.db, tour.tour_id, tmp_path / "a.pdf", options)
    cache = tour.db.media_root.joinpath(*CACHE_FOLDER)
    made = {p: p.stat().st_mtime_ns for p in cache.rglob("*.jpg")}
    assert made
    with tour.db.session() as session, session.begin():
        from contest_app.core.tours.settings import load_settings, save_settings

        settings = load_settings(session, tour.tour_id)
        settings.title = {"en": "Changed title", "ja": "新しい題名"}
        save_settings(session, tour.tour_id, settings)
    second = export_catalogue(tour.db, tour.tour_id, tmp_path / "b.pdf", options)
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*.jpg")} == made
    assert "Changed title" in text(tmp_path / "b.pdf", 1) and second.pages > 0


def test_cancel_leaves_no_file_and_empty_tour_is_refused(tour: Any, tmp_path: Path) -> None:
    class StopAfter:
        """Cancel after a few pictures, or (late) while the last pages are drawn."""

        def __init__(self, late: bool = False) -> None:
            self.calls, self.late = 0, late

        def report(self, done: int, total: int) -> None:
            self.calls += 1
            if (self.late and done >= total - 2) or (not self.late and self.calls > 3):
                raise Cancelled

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    with pytest.raises(Cancelled):
        export_catalogue(tour.db, tour.tour_id, out,
                         CatalogueOptions(workers=1), control=StopAfter())
    assert list(folder.iterdir()) == []  # neither the PDF nor a part of it
    with pytest.raises(Cancelled):
        export_catalogue(tour.db, tour.tour_id, out, CatalogueOptions(),
                         control=StopAfter(late=True))
    assert list(folder.iterdir()) == []
    cache = tour.db.media_root.joinpath(*CACHE_FOLDER)
    assert not [p for p in cache.rglob("*") if p.name.endswith(".tmp")]
    check = preflight_catalogue(tour.db, tour.tour_id, CatalogueOptions())
    assert check.works > 0 and check.low_resolution
    from contest_app.core.tours import tours as T

    with tour.db.session() as session, session.begin():
        empty = T.create_tour(session, T.TourSpec("Empty")).id
    with pytest.raises(InvalidValue) as refused:
        export_catalogue(tour.db, empty, tmp_path / "e.pdf", CatalogueOptions())
    assert refused.value.code == "tour_empty"
    with pytest.raises(InvalidValue):
        export_catalogue(tour.db, tour.tour_id, out, CatalogueOptions(page_size="A3"))
