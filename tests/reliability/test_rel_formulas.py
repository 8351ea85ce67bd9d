"""Every spreadsheet the app writes neutralises formulas: a student named
=HYPERLINK("http://x"), a title "+1+1" or "@SUM(A1)" is text in Excel, never run.

Each writer that exists is fed such values and every cell it writes is scanned: no formula
cell carries them, and no text cell starts with = + - @ (or a tab or carriage return) unless
escaped with a leading apostrophe. Writers not in this build are skipped, by name."""

from __future__ import annotations

import csv
import importlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from contest_app.core.awards import decisions
from contest_app.core.intake.problems import ProblemItem
from contest_app.core.jury.rounds import close_round
from contest_app.db.models import Entry, Juror, Region, Round, Student
from tests.reliability.conftest import scored_contest

NAME = '=HYPERLINK("http://x")'
TITLES = ("+1+1", "@SUM(A1)")
DDE = "=cmd|' /C calc'!A0"
MARKERS = ("HYPERLINK", "1+1", "SUM(A1)", "cmd|")
STARTS = ("=", "+", "-", "@", "\t", "\r")


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        pytest.skip(f"{module}.{name} is not in this build")


def scan_xlsx(path: Path) -> list[str]:
    problems = []
    book = load_workbook(path)  # not read-only: data_type tells formulas from text
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str):
                    continue
                where = f"{path.name}!{sheet.title}!{cell.coordinate}"
                if cell.data_type == "f" and any(m in value for m in MARKERS):
                    problems.append(f"{where}: formula {value!r}")
                elif cell.data_type != "f" and value.startswith(STARTS):
                    problems.append(f"{where}: text {value!r} would run as a formula")
    return problems


def scan_csv(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [f"{path.name}: {cell!r}" for row in csv.reader(handle) for cell in row
                if cell.startswith(STARTS)]


def _seen(paths: list[Path]) -> bool:
    """The hostile values did reach the files (escaped): the scan tested something."""
    text = ""
    for path in paths:
        if path.suffix == ".xlsx":
            book = load_workbook(path)
            text += " ".join(str(c.value) for s in book.worksheets for r in s.iter_rows()
                             for c in r if c.value is not None)
        else:
            text += path.read_text(encoding="utf-8-sig")
    return any(f"'{marker}" in text for marker in (NAME, *TITLES))


@pytest.fixture
def hostile_contest(db: Any) -> Any:
    scored = scored_contest(db, total=39)
    with db.session() as session, session.begin():
        for n, entry in enumerate(session.scalars(select(Entry).order_by(Entry.id))):
            entry.title, entry.title_en = TITLES[n % 2], TITLES[(n + 1) % 2]
            entry.medium = "=1+1"
            entry.status = "eligible"
        for student in session.scalars(select(Student)):
            student.name, student.name_latin, student.school = NAME, "@SUM(A1)", "-2+3"
            student.guardian_consent = student.publication_consent = True
        session.scalars(select(Region).where(Region.code == "KR-47")).one().names = {
            "en": DDE, "ko": DDE}
        session.get_one(Juror, scored.jurors[0]).name = NAME  # names are unique per contest
        session.get_one(Round, scored.round_id).show_titles = True
    return scored


def test_every_writer_neutralises_formulas(db: Any, hostile_contest: Any,
                                           tmp_path: Path) -> None:
    scored = hostile_contest
    written: list[Path] = []
    skipped: list[str] = []

    def attempt(label: str, module: str, name: str, call: Any) -> None:
        try:
            fn = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            skipped.append(label)
            return
        path = tmp_path / f"{label}.xlsx"
        call(fn, path)
        assert path.is_file(), label
        written.append(path)

    items = [ProblemItem(code="date_unparseable", severity="error", row=2, column="birth_date",
                         value="=1+1", entry_no="@SUM(A1)"),
             ProblemItem(code="field_missing", severity="error", row=3, column="title",
                         value=NAME)]
    attempt("intake-problem-report", "contest_app.core.intake.reports", "write_problem_report",
            lambda fn, p: fn(items, p, "ko"))
    attempt("intake-template", "contest_app.core.intake.reports", "write_template",
            lambda fn, p: fn(p, "en", region_name=DDE))
    with db.session() as session:
        attempt("jury-score-sheet", "contest_app.core.jury.paper", "write_score_sheet",
                lambda fn, p: fn(session, scored.contest_id, scored.jurors[0],
                                 scored.round_id, p, db.media_root))
    with db.session() as session, session.begin():
        close_round(session, scored.round_id)
        decisions.propose(session, scored.contest_id)
        decisions.approve_provisional(session, scored.contest_id)
        decisions.finalize(session, scored.contest_id, "test")
    with db.session() as session:
        attempt("awards-results", "contest_app.core.awards.export_xlsx", "write_results",
                lambda fn, p: fn(session, scored.contest_id, p, language="en"))
        attempt("awards-region-lists", "contest_app.core.awards.export_xlsx",
                "write_region_lists", lambda fn, p: fn(session, scored.contest_id, p))
    try:
        from contest_app.reports.certificates import GenerateOptions, generate_certificates
    except ImportError:
        skipped.append("certificate-register")
    else:
        generate_certificates(db, scored.contest_id, tmp_path / "certs", GenerateOptions())
        with db.session() as session:
            attempt("certificate-register", "contest_app.reports.register", "export_register",
                    lambda fn, p: fn(session, scored.contest_id, p))
    problems = [problem for path in written for problem in scan_xlsx(path)]
    assert not problems, "\n".join(problems)
    assert _seen(written)
    assert len(written) >= 5, f"written: {[p.name for p in written]}, skipped: {skipped}"


def test_tour_work_list_and_manifest_neutralise_formulas(db: Any, tmp_path: Path) -> None:
    build_demo_tour = _optional("contest_app.core.tours.demo", "build_demo_tour")
    export_tour_files = _optional("contest_app.core.tours.export", "export_tour_files")
    EditionPlan = _optional("contest_app.core.tours.demo", "EditionPlan")  # noqa: N806
    made = build_demo_tour(db, tmp_path / "batches",
                           (EditionPlan(12, 2024, works_per_region=3, awarded_share=1.0),),
                           regions=("KR-47", "JP-16"))
    with db.session() as session, session.begin():
        for n, entry in enumerate(session.scalars(select(Entry))):
            entry.title, entry.title_en = TITLES[n % 2], TITLES[(n + 1) % 2]
        for student in session.scalars(select(Student)):
            student.name, student.name_latin = NAME, NAME
            student.publication_consent = True
    result = export_tour_files(db, made.tour_id, tmp_path / "tour")
    problems = scan_xlsx(result.work_list) + scan_csv(result.manifest_csv)
    assert not problems, "\n".join(problems)
    assert _seen([result.work_list, result.manifest_csv])
    assert date.today()


def test_an_escaped_score_sheet_still_imports(db: Any, hostile_contest: Any,
                                              tmp_path: Path) -> None:
    """The juror column is escaped on the way out and read back as the juror's name."""
    from contest_app.core.jury.paper import import_scores, write_score_sheet

    scored = hostile_contest
    path = tmp_path / "sheet.xlsx"
    with db.session() as session:
        write_score_sheet(session, scored.contest_id, scored.jurors[0], scored.round_id, path)
    book = load_workbook(path)
    sheet = book["scores"]
    headers = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=headers.index("juror") + 1).value == "'" + NAME
    for row in range(2, sheet.max_row + 1):
        for key in ("theme", "creativity", "composition", "technique"):
            sheet.cell(row=row, column=headers.index(key) + 1).value = 6
    book.save(path)
    with db.session() as session, session.begin():
        report = import_scores(session, scored.contest_id, path, round_id=scored.round_id)
    assert not report.problems and report.saved == sheet.max_row - 1
