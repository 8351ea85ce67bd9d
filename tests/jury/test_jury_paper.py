"""Paper: blank sheets that stay blind (xlsx and PDF), and importing typed-up scores."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core.demo import build_demo
from contest_app.core.errors import ContestAppError
from contest_app.core.jury import assignment, jurors, paper, paper_pdf, rounds, scoring
from contest_app.db.models import Country, Entry, Region, Score, Student
from contest_app.db.session import Database

KEYS = ["theme", "creativity", "composition", "technique"]
HEADER = ["code", "juror", *KEYS, "comment"]


@pytest.fixture
def setup(db: Database) -> tuple[int, int, list[int]]:
    """(contest, round, [juror ids]): three jurors, two per work; juror 0 prints in English,
    juror 1 in Korean, juror 2 in Mongolian."""
    contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    with db.session() as session, session.begin():
        ids = [jurors.add_juror(session, contest_id, name, language=lang).id
               for name, lang in (("Anna Smith", "en"), ("김민수", "ko"),
                                  ("Бат-Эрдэнэ Өлзий", "mn"))]
        round_ = rounds.create_round(session, contest_id, jurors_per_work=2)
        assignment.assign(session, round_.id, seed=4)
        return contest_id, round_.id, ids


def _secrets(session: Session, contest_id: int) -> set[str]:
    """Every text that would tell who made a work or where it comes from."""
    found: set[str] = set()
    for student in session.scalars(select(Student).where(Student.contest_id == contest_id)):
        found |= {student.name, student.name_latin, student.school}
    for entry in session.scalars(select(Entry).where(Entry.contest_id == contest_id)):
        found |= {entry.entry_no, entry.title, entry.title_en}
    for region in session.scalars(select(Region)):
        found |= {region.code, *region.names.values()}
    for country in session.scalars(select(Country)):
        found |= set(country.names.values())
    return {s for s in found if s and len(s) >= 3}


def _codes(session: Session, round_id: int, juror_id: int) -> list[str]:
    return [w.code for _e, w in scoring.works_for_juror(session, round_id, juror_id)]


def test_xlsx_sheet_holds_codes_and_criteria_only(db: Database, tmp_path: Path,
                                                  setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, ids = setup
    out = tmp_path / "sheet.xlsx"
    with db.session() as session:
        paper.write_score_sheet_xlsx(session, round_id, ids[0], out)
        codes = _codes(session, round_id, ids[0])
        secrets = _secrets(session, contest_id)
    book = openpyxl.load_workbook(out)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert [r[0] for r in rows[1:]] == codes
    assert all(r[1] == "Anna Smith" and r[2:] == (None,) * 5 for r in rows[1:])
    leaks = [(sheet.title, cell.coordinate, cell.value, secret)
             for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if cell.value is not None for secret in secrets if secret in str(cell.value)]
    assert not leaks, leaks[:5]


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


@pytest.mark.parametrize(("index", "cjk"), [(0, False), (1, True), (2, False)])
def test_pdf_sheet_is_blind_embedded_and_renders(db: Database, tmp_path: Path, index: int,
                                                 cjk: bool,
                                                 setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, ids = setup
    out = tmp_path / "sheet.pdf"
    with db.session() as session:
        paper_pdf.write_score_sheet_pdf(session, round_id, ids[index], out, db.media_root)
        codes = _codes(session, round_id, ids[index])
        secrets = _secrets(session, contest_id)
        students = {s.name for s in session.scalars(select(Student))}
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data
    assert b"Helvetica" not in data  # never the unembedded base font
    assert (b"WenQuanYi" in data) == cjk  # the CJK face only when the language needs it
    text = _pdf_text(out)
    if text is not None:
        assert all(code in text for code in codes)
        assert not [s for s in students if s in text]
        assert not [s for s in secrets if s in text]
    if shutil.which("pdftoppm") is not None:
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(out),
                        str(tmp_path / "page")], check=True, timeout=60)
        pages = list(tmp_path.glob("page*.png"))
        assert pages and pages[0].stat().st_size > 5000


def test_pdf_sheet_survives_missing_images(db: Database, tmp_path: Path,
                                           setup: tuple[int, int, list[int]]) -> None:
    _contest_id, round_id, ids = setup
    shutil.rmtree(db.media_root)
    out = tmp_path / "sheet.pdf"
    with db.session() as session:
        paper_pdf.write_score_sheet_pdf(session, round_id, ids[0], out, db.media_root)
    text = _pdf_text(out)
    assert text is None or "no image" in text


def test_xlsx_round_trip(db: Database, tmp_path: Path,
                         setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, ids = setup
    out = tmp_path / "sheet.xlsx"
    with db.session() as session:
        paper.write_score_sheet_xlsx(session, round_id, ids[1], out)
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    for row, values in ((2, [8, 7.5, 6, 9]), (3, [5, 5, 5, 5.5]), (4, [10, 9, 9, 9])):
        for offset, value in enumerate(values):
            sheet.cell(row=row, column=3 + offset, value=value)
    sheet.cell(row=3, column=7, value="lovely colours")
    book.save(out)
    with db.session() as session, session.begin():
        report = paper.import_scores(session, contest_id, out)
    assert (report.saved, report.blank, report.problems) == (3, report.rows - 3, [])
    with db.session() as session:
        codes = _codes(session, round_id, ids[1])
        saved = scoring.scores_for_juror(session, round_id, ids[1])
        assert set(saved) == set(codes[:3])
        assert saved[codes[1]].values == dict(zip(KEYS, [5, 5, 5, 5.5], strict=True))
        assert saved[codes[1]].comment == "lovely colours"
        assert set(session.scalars(select(Score.source))) == {"paper"}


def _write_csv(path: Path, rows: list[list[object]]) -> Path:
    lines = [",".join(HEADER)] + [",".join("" if v is None else str(v) for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_refusals_with_row_column_value(db: Database, tmp_path: Path,
                                               setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, ids = setup
    with db.session() as session:
        mine = _codes(session, round_id, ids[0])
        every = {e.anon_code for e in session.scalars(select(Entry).where(
            Entry.contest_id == contest_id))}
        not_mine = sorted(every - set(mine))[0]
    name = "Anna Smith"
    sheet = _write_csv(tmp_path / "typed.csv", [
        [mine[0], name, 7, 7, 7, 7, "fine"],           # 2: saved
        ["ZZZZZZ", name, 7, 7, 7, 7, ""],              # 3: unknown code
        [mine[1], "Nobody", 7, 7, 7, 7, ""],           # 4: unknown juror
        [mine[2], name, 11, 7, 7, 7, ""],              # 5: out of scale
        [mine[3], name, 7, "abc", 7, 7, ""],           # 6: not a number
        [mine[4], name, 7, 7, 7, 7, ""],               # 7: duplicate of 8
        [mine[4].lower(), str(ids[0]), 8, 8, 8, 8, ""],  # 8: same code and juror (by id)
        [not_mine, name, 7, 7, 7, 7, ""],              # 9: not assigned to this juror
        [mine[5], name, None, 7, 7, 7, ""],            # 10: a box left empty
        [mine[6], name, None, None, None, None, None],  # 11: not scored yet: skipped
    ])
    with db.session() as session, session.begin():
        report = paper.import_scores(session, contest_id, sheet, round_id=round_id)
    found = [(p.row, p.column, p.code, p.value) for p in report.problems]
    assert found == [
        (3, "code", "score_code_unknown", "ZZZZZZ"),
        (4, "juror", "score_juror_unknown", "Nobody"),
        (5, "theme", "score_out_of_scale", "11"),
        (6, "creativity", "score_not_number", "abc"),
        (7, "code", "score_row_duplicate", mine[4]),
        (8, "code", "score_row_duplicate", mine[4]),
        (9, "code", "work_not_assigned", not_mine),
        (10, "theme", "score_missing", ""),
    ]
    assert (report.rows, report.saved, report.blank, report.refused) == (10, 1, 1, 8)
    with db.session() as session:
        assert list(scoring.scores_for_juror(session, round_id, ids[0])) == [mine[0]]


def test_import_is_one_transaction(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, ids = setup
    with db.session() as session:
        mine = _codes(session, round_id, ids[0])
    sheet = _write_csv(tmp_path / "typed.csv",
                       [[code, "Anna Smith", 6, 6, 6, 6, ""] for code in mine[:3]])
    real = paper.save_score
    calls: list[int] = []

    def failing(*args: object, **kwargs: object) -> Score:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(paper, "save_score", failing)
    with pytest.raises(RuntimeError), db.session() as session, session.begin():
        paper.import_scores(session, contest_id, sheet)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Score)) == 0


def test_whole_sheet_refusals(db: Database, tmp_path: Path,
                              setup: tuple[int, int, list[int]]) -> None:
    contest_id, round_id, _ids = setup
    bad = tmp_path / "bad.csv"
    bad.write_text("code,juror,theme\nAAAAAA,x,5\n", encoding="utf-8")
    with db.session() as session, pytest.raises(ContestAppError) as caught:
        paper.import_scores(session, contest_id, bad)
    assert caught.value.code == "paper_column_missing"
    assert caught.value.values["column"] == "creativity"
    good = _write_csv(tmp_path / "ok.csv", [["AAAAAA", "x", 5, 5, 5, 5, ""]])
    with db.session() as session, session.begin():
        rounds.close_round(session, round_id, decision="accept_gap")
    with db.session() as session, pytest.raises(ContestAppError) as caught:
        paper.import_scores(session, contest_id, good, round_id=round_id)
    assert caught.value.code == "round_closed"


def test_write_score_sheet_picks_the_format(db: Database, tmp_path: Path,
                                            setup: tuple[int, int, list[int]]) -> None:
    contest_id, _round_id, ids = setup
    with db.session() as session:
        # no media root given: the one the database implies, so thumbnails are found
        pdf = paper.write_score_sheet(session, contest_id, ids[0], None, tmp_path / "a.PDF")
        xlsx = paper.write_score_sheet(session, contest_id, ids[0], None, tmp_path / "a.xlsx")
        with pytest.raises(ContestAppError) as caught:
            paper.write_score_sheet(session, contest_id, ids[0], None, tmp_path / "a.docx")
        assert caught.value.code == "sheet_format_unknown"
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    text = _pdf_text(pdf)
    assert text is None or "no image" not in text
