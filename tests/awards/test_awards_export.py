"""Results out: the ranked workbook and region lists never hold a live formula; the PDF report
embeds its fonts, never uses Helvetica, and its text (region names in five scripts) extracts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from test_awards_support import make_contest, make_entries, make_juror, make_round, score_all

from contest_app.core.awards import decisions
from contest_app.core.awards.export_xlsx import write_region_lists, write_results
from contest_app.core.awards.report_pdf import write_report
from contest_app.db.models import Entry, Student

REGIONS = ["CN-HN", "KR-47", "MN-055", "RU-TOM", "JP-16", "CN-HA", "KR-26", "JP-31",
           "RU-IRK", "MN-046", "CN-GS", "KR-11"]
EVIL = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1"]


def _contest(s) -> int:  # type: ignore[no-untyped-def]
    cid = make_contest(s)
    entries = make_entries(s, cid, REGIONS)
    for entry, text in zip(entries, EVIL, strict=False):
        entry.title = text
        entry.title_en = text
    student = s.scalar(select(Student).join(Student.works).where(
        Student.name == "Student 1"))
    student.name = "=cmd|' /C notepad'!A1"
    student.school = "@school"
    round_ = make_round(s, cid, entries)
    for name in ("Kim", "Wang", "Sato"):
        score_all(s, round_, make_juror(s, cid, name), entries,
                  [9.5 - 0.5 * i for i in range(len(entries))])
    decisions.propose(s, cid, "zscore")
    return cid


def _cells(path: Path):  # type: ignore[no-untyped-def]
    book = load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            yield from row


@pytest.mark.parametrize("writer", [write_results, write_region_lists])
def test_workbooks_neutralise_formulas(db, tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = _contest(s)
    out = tmp_path / "out.xlsx"
    with db.session() as s:
        writer(s, cid, out)
    texts = []
    for cell in _cells(out):
        assert cell.data_type != "f", (cell.coordinate, cell.value)
        if isinstance(cell.value, str):
            assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.value
            texts.append(cell.value)
    assert "'" + EVIL[0] in texts  # kept, visibly, as text
    assert "'=cmd|' /C notepad'!A1" in texts


def test_results_workbook_has_raw_and_normalised_side_by_side(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = _contest(s)
    out = tmp_path / "results.xlsx"
    with db.session() as s:
        write_results(s, cid, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Results", "Tiers", "Sensitivity", "Decisions"]
    header = [c.value for c in book["Results"][1]]
    for name in ("Mean (raw)", "Trimmed mean", "Z-score", "Ranks", "Result (zscore)"):
        assert name in header
    first = [c.value for c in book["Results"][2]]
    assert first[0] == 1 and first[1] == "Grand Prize"
    regions = load_workbook(_regions(db, cid, tmp_path))
    assert "MN-055" in regions.sheetnames and regions.sheetnames[0] == "Index"
    sheet = [[c.value for c in row] for row in regions["MN-055"].iter_rows()]
    assert sheet[0][0].startswith("Övörkhangai / Өвөрхангай")
    assert sheet[3][0] == "Award / Шагнал"


def _regions(db, cid: int, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / "regions.xlsx"
    with db.session() as s:
        write_region_lists(s, cid, out)
    return out


def test_pdf_report_embeds_fonts_and_extracts(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = _contest(s)
        for entry in s.scalars(select(Entry)):
            entry.title, entry.title_en = "桓雄的弘益人间", "Hwanung's Hongik Ingan"
    out = tmp_path / "report.pdf"
    with db.session() as s:
        write_report(s, cid, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data
    assert b"Helvetica" not in data and b"/Type1" not in data
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                               check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row and "TrueType" in row for row in rows), fonts
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    for name in ("Hunan / 湖南省", "경상북도", "Övörkhangai / Өвөрхангай", "Томская область",
                 "富山県", "Grand Prize", "最优秀奖", "桓雄的弘益人间", "Per region"):
        assert name in text, name


def test_pdf_page_renders_with_ink(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    from PIL import Image

    with db.session() as s, s.begin():
        cid = _contest(s)
    out = tmp_path / "report.pdf"
    with db.session() as s:
        write_report(s, cid, out)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 2000  # text was drawn, not an empty page
