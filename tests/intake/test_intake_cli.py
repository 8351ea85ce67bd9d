"""`contest-app import`, `entries list`, `report summary`, `template`: exit codes and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from contest_app.cli import main
from contest_app.core.demo_data import generate_batches, write_batch_folder

SMALL = (400, 300)


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def make_contest(capsys: pytest.CaptureFixture[str], db_url: str) -> str:
    code, out, err = run(capsys, db_url, "contest", "create", "--edition", "12", "--year",
                         "2024", "--deadline", "2024-09-13")
    assert code == 0, err
    return out.strip()


def folder_for(tmp_path: Path, region: str) -> Path:
    batch = next(b for b in generate_batches(seed=12) if b.region_code == region)
    folder = tmp_path / region
    write_batch_folder(batch, folder, image_size=SMALL, seed=12)
    return folder


def break_first_birth_date(folder: Path) -> None:
    path = folder / "entries.xlsx"
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=2, column=4).value = "31.02.2010"
    book.save(path)


def test_import_list_and_summary(capsys: pytest.CaptureFixture[str], db_url: str,
                                 tmp_path: Path) -> None:
    contest = make_contest(capsys, db_url)
    folder = folder_for(tmp_path, "JP-32")
    code, out, err = run(capsys, db_url, "import", "--contest", contest, "--region", "JP-32",
                         str(folder), "--dry-run", "--json")
    assert code == 0, err
    dry = json.loads(out)
    assert dry["dry_run"] and dry["created"] == 9 and dry["batch_id"] is None
    code, out, _ = run(capsys, db_url, "entries", "list", "--contest", contest, "--json")
    assert code == 0 and json.loads(out) == []  # the dry run wrote nothing

    code, out, err = run(capsys, db_url, "import", "--contest", contest, "--region", "JP-32",
                         str(folder))
    assert code == 0, err
    assert "created: 9" in out and "refused: 0" in out and "works: 9" in out

    code, out, err = run(capsys, db_url, "entries", "list", "--contest", contest, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert len(entries) == 9
    first = entries[0]
    assert first["region"] == "JP-32" and first["country"] == "JP"
    assert len(first["anon_code"]) == 6 and first["entry_no"].startswith("JP-32-")
    assert first["status"] in ("eligible", "received")
    assert isinstance(first["flags"], list)
    student = first["students"][0]
    assert {"name", "name_latin", "birth_date", "school"} <= set(student)
    assert len(student["birth_date"]) == 10
    code, out, _ = run(capsys, db_url, "entries", "list", "--contest", contest)
    assert code == 0 and first["anon_code"] in out

    code, out, err = run(capsys, db_url, "report", "summary", "--contest", contest, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["works"] == 9
    japan = summary["countries"][0]
    assert japan["code"] == "JP" and japan["regions"][0]["code"] == "JP-32"
    assert japan["regions"][0]["works"] == 9 and japan["students"] >= 9


def test_refused_rows_exit_one_and_are_listed(capsys: pytest.CaptureFixture[str], db_url: str,
                                              tmp_path: Path) -> None:
    contest = make_contest(capsys, db_url)
    folder = folder_for(tmp_path, "RU-KHA")
    break_first_birth_date(folder)
    report = tmp_path / "out" / "problems.xlsx"
    code, out, err = run(capsys, db_url, "import", "--contest", contest, "--region", "RU-KHA",
                         str(folder), "--report", str(report))
    assert code == 1, err
    assert "refused: 1" in out and "date_impossible: 1" in out
    assert "row 2, column birth_date:" in out
    assert report.is_file()
    book = load_workbook(report)
    sheet = book.active
    assert sheet is not None and sheet.cell(row=1, column=1).value == "Строка"  # Russian

    code, out, _ = run(capsys, db_url, "import", "--contest", contest, "--region", "RU-KHA",
                       str(folder), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["unchanged"] == 3 and data["refused"] == 1
    assert data["problems"][0]["row"] == 2 and data["problems"][0]["message"]


def test_usage_errors_exit_two(capsys: pytest.CaptureFixture[str], db_url: str,
                               tmp_path: Path) -> None:
    contest = make_contest(capsys, db_url)
    folder = folder_for(tmp_path, "MN-059")
    code, _, err = run(capsys, db_url, "import", "--contest", contest, "--region", "XX-1",
                       str(folder))
    assert code == 2 and "XX-1" in err
    code, _, err = run(capsys, db_url, "import", "--contest", "999", "--region", "MN-059",
                       str(folder))
    assert code == 2 and "999" in err
    code, _, err = run(capsys, db_url, "import", "--contest", contest, "--region", "MN-059",
                       str(tmp_path / "missing"))
    assert code == 2
    code, _, err = run(capsys, db_url, "import", "--contest", contest, "--region", "MN-059",
                       str(folder), "--map", "nonsense")
    assert code == 2


def test_map_option_and_template(capsys: pytest.CaptureFixture[str], db_url: str,
                                 tmp_path: Path) -> None:
    contest = make_contest(capsys, db_url)
    folder = folder_for(tmp_path, "MN-059")
    path = folder / "entries.xlsx"
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.cell(row=1, column=13).value = "Painting"  # not a header the app knows
    book.save(path)
    code, _, _ = run(capsys, db_url, "import", "--contest", contest, "--region", "MN-059",
                     str(folder), "--dry-run")
    assert code == 2  # the image column is missing
    code, out, err = run(capsys, db_url, "import", "--contest", contest, "--region", "MN-059",
                         str(folder), "--dry-run", "--map", "Painting=image", "--json")
    assert code == 0, err
    assert json.loads(out)["created"] == 3

    out_file = tmp_path / "template-mn.xlsx"
    code, out, err = run(capsys, db_url, "template", "--region", "MN-059", str(out_file))
    assert code == 0, err
    headers = [c.value for c in load_workbook(out_file).worksheets[0][1]]
    assert "Сурагчийн нэр" in headers  # Mongolian, the region's language
    out_file = tmp_path / "template-en.xlsx"
    code, _, _ = run(capsys, db_url, "template", "--region", "MN-059", "--lang", "en",
                     str(out_file))
    assert code == 0
    assert "Student name" in [c.value for c in load_workbook(out_file).worksheets[0][1]]
    code, _, _ = run(capsys, db_url, "template", "--region", "XX-1", str(out_file))
    assert code == 2
