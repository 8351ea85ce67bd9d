"""The problem report and the entry template: the region's language, safe cells, a round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.demo_images import painting_bytes
from contest_app.core.intake import problems as P
from contest_app.core.intake.headers import LANGUAGES, map_headers
from contest_app.core.intake.pipeline import ImportResult, commit_import, plan_import
from contest_app.core.intake.problem_words import PROBLEMS, problem_words
from contest_app.core.intake.problems import problem
from contest_app.core.intake.reports import (
    TEMPLATE_FIELDS,
    safe_text,
    write_problem_report,
    write_template,
)
from contest_app.db.models import Batch
from contest_app.db.session import Database
from contest_app.messages import MESSAGES


def make_contest(db: Database) -> int:
    with db.session() as session, session.begin():
        return create_contest(session, ContestSpec(
            edition=12, year=2024, deadline=date(2024, 9, 13))).id


def test_every_code_has_words_in_every_language_and_a_message() -> None:
    for code in P.ALL_CODES:
        assert code in MESSAGES, code
        assert code in PROBLEMS, code
        for language in LANGUAGES:
            assert language in PROBLEMS[code], (code, language)
            english = PROBLEMS[code]["en"]
            local = PROBLEMS[code][language]
            # the same placeholders, so a value never goes missing in translation
            for en_text, text in zip(english, local, strict=True):
                assert set(_fields(en_text)) == set(_fields(text)), (code, language)


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_unknown_language_and_code_fall_back() -> None:
    what, todo = problem_words(P.IMAGE_MISSING, "fr", {"value": "a.jpg"})
    assert "a.jpg" in what and todo
    assert problem_words("no_such_code", "ko", {}) == ("no_such_code", "")


def test_formula_text_is_neutralised() -> None:
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=x"):
        assert safe_text(text).startswith("'")
    assert safe_text("Kim") == "Kim" and safe_text(None) == ""


def test_problem_report_in_the_regions_language(tmp_path: Path) -> None:
    items = [
        problem(P.DATE_IMPOSSIBLE, row=7, column="birth_date", value="2010-02-30",
                entry_no="3", cell="D7"),
        problem(P.IMAGE_MISSING, row=5, column="image", value='=HYPERLINK("http://x","y")',
                entry_no="2", cell="M5"),
        problem(P.CONSENT_MISSING, row=3, column="guardian_consent", value="no", entry_no="1",
                name="김지유"),
        problem(P.ENTRY_NOT_IN_BATCH, column="entry_no", value="9"),
    ]
    path = write_problem_report(items, tmp_path / "report.xlsx", "ko")
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["행", "열", "값", "문제", "조치"]
    assert [r[0] for r in rows[1:]] == [3, 5, 7, None]  # by row, the batch's own last
    assert rows[1][1] == "보호자 동의"
    assert rows[2][1] == "이미지 파일 (M)"
    assert "김지유" in rows[1][3] and rows[1][4]
    formula = sheet.cell(row=3, column=3)
    assert formula.data_type == "s" and formula.value.startswith("'=HYPERLINK")
    assert "접수 불가" in rows[3][3]  # an error: the work was refused


@pytest.mark.parametrize("language", LANGUAGES)
def test_template_headers_map_back_to_every_field(language: str, tmp_path: Path) -> None:
    path = write_template(tmp_path / f"t-{language}.xlsx", language, region_name="Region")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    mapped = map_headers(headers)
    assert sorted(mapped.fields.values()) == sorted(TEMPLATE_FIELDS) and not mapped.unknown
    assert all(c.comment is not None for c in sheet[1])  # a hint under each header
    kinds = {v.type for v in sheet.data_validations.dataValidation}
    assert kinds == {"list", "date", "decimal"}
    assert book.worksheets[1].cell(row=1, column=1).value == "Region"


def test_filled_template_imports_and_batch_report(db: Database, tmp_path: Path) -> None:
    contest_id = make_contest(db)
    folder = tmp_path / "batch"
    folder.mkdir()
    path = write_template(folder / "entries.xlsx", "ru")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    mapped = map_headers(headers)
    column = {name: index for index, name in mapped.fields.items()}
    values = {"entry_no": "T1", "student_name": "Иванова Анна", "birth_date": date(2010, 3, 4),
              "guardian_consent": "да", "title": "Жар-птица", "image": "t1.jpg",
              "width_cm": 30}
    for name, value in values.items():
        sheet.cell(row=2, column=column[name] + 1).value = value
    values.update(entry_no="T2", image="=t2.jpg", student_name="Петров Иван",
                  guardian_consent="нет")
    for name, value in values.items():
        cell = sheet.cell(row=3, column=column[name] + 1)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # text that looks like a formula, as a CSV cell may hold
    book.save(path)
    (folder / "images").mkdir()
    (folder / "images" / "t1.jpg").write_bytes(painting_bytes(1, (300, 200)))
    plan = plan_import(db, contest_id, "RU-TOM", folder, workers=1)
    works = {w.entry_no: w for w in plan.works}
    assert works["T1"].action == "new" and not works["T1"].problems[1:]
    assert works["T1"].students[0].name_latin_suggested  # no Latin column filled in
    assert works["T2"].action == "refused"
    result = commit_import(db, plan)
    assert isinstance(result, ImportResult) and result.created == 1
    with db.session() as session:
        batch = session.get(Batch, result.batch_id)
        assert batch is not None
        out = write_problem_report(batch, tmp_path / "from-batch.xlsx", "ru")
        codes = sorted(p.code for p in session.scalars(select(Batch)).one().problems)
    report = load_workbook(out).active
    assert report is not None
    assert report.max_row == len(codes) + 1
    cells = [c.value for row in report.iter_rows(min_row=2) for c in row]
    assert any(isinstance(v, str) and v.startswith("'=") for v in cells)
