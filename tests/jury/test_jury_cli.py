"""`contest-app jury ...`, driven in-process: exit codes, printed ids, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from contest_app.cli import build_parser, main
from contest_app.core.demo import build_demo
from contest_app.db.session import Database


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", db_url, "jury", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def contest(db: Database) -> str:
    return str(build_demo(db, total=39, workers=1, image_size=(320, 240)))


def test_the_jury_group_is_open_to_other_modules() -> None:
    import argparse

    from contest_app.cli import jury_cmds

    parser = argparse.ArgumentParser()
    jsub = jury_cmds.add_parsers(parser.add_subparsers(dest="group"))
    jsub.add_parser("export-package")
    assert parser.parse_args(["jury", "export-package"]).action == "export-package"
    assert build_parser().parse_args(["jury", "progress", "--contest", "1"]).action == "progress"


def test_jurors_round_sheets_scores_progress(db: Database, db_url: str, contest: str,
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_url, "add-juror", "--contest", contest, "--name", "Kim Ji",
                         "--country", "KR", "--language", "ko", "--conflict", "KR", "CN-HN",
                         "--conflict-reason", "home country")
    assert code == 0, err
    kim = int(out.strip())
    for name in ("Sato", "Ivanova"):
        code, out, err = run(capsys, db_url, "add-juror", "--contest", contest, "--name", name)
        assert code == 0, err
    code, out, err = run(capsys, db_url, "add-juror", "--contest", contest, "--name", "X",
                         "--conflict", "XX-99")
    assert code == 2 and "XX-99" in err

    code, out, err = run(capsys, db_url, "add-round", "--contest", contest, "--per-work", "2",
                         "--seed", "3")
    assert code == 0, err
    round_id = out.strip()
    assert round_id.isdigit() and "assignments" in err

    xlsx = tmp_path / "kim.xlsx"
    code, out, err = run(capsys, db_url, "score-sheet", "--contest", contest, "--juror", "Kim Ji",
                         str(xlsx))
    assert code == 0, err
    pdf = tmp_path / "kim.pdf"
    code, out, err = run(capsys, db_url, "score-sheet", "--contest", contest, "--juror", str(kim),
                         "--round", round_id, str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF"), err
    code, out, err = run(capsys, db_url, "score-sheet", "--contest", contest, "--juror", "Nobody",
                         str(xlsx))
    assert code == 2 and "Nobody" in err
    code, out, err = run(capsys, db_url, "score-sheet", "--contest", contest, "--juror", "Sato",
                         str(tmp_path / "sheet.docx"))
    assert code == 2 and ".xlsx" in err

    book = openpyxl.load_workbook(xlsx)
    sheet = book.worksheets[0]
    for column in range(3, 7):
        sheet.cell(row=2, column=column, value=8)
        sheet.cell(row=3, column=column, value=6)
    sheet.cell(row=3, column=4, value=12)  # out of scale: that row is refused
    book.save(xlsx)
    code, out, err = run(capsys, db_url, "import-scores", "--contest", contest, str(xlsx))
    assert code == 1
    assert out.startswith("row 3, column creativity: ") and "from 1 to 10" in out
    assert "saved: 1" in err

    code, out, err = run(capsys, db_url, "progress", "--contest", contest, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert len(data) == 1 and data[0]["round"] == int(round_id)
    assert data[0]["works"] == 38 and data[0]["assignments"] == 76 and data[0]["scored"] == 1
    by_name = {j["name"]: j for j in data[0]["jurors"]}
    assert set(by_name) == {"Kim Ji", "Sato", "Ivanova"}
    assert by_name["Kim Ji"]["scored"] == 1
    assert sum(j["assigned"] for j in by_name.values()) == 76
    assert by_name["Kim Ji"]["percent"] == round(100 / by_name["Kim Ji"]["assigned"], 1)

    code, out, err = run(capsys, db_url, "close-round", "--contest", contest)
    assert code == 2 and "75 assigned scores are still missing" in err
    code, out, err = run(capsys, db_url, "reassign", "--contest", contest, "--juror", "Ivanova",
                         "--reason", "ill", "--deactivate")
    assert code == 0 and int(out) > 0, err
    _, out, _ = run(capsys, db_url, "progress", "--contest", contest, "--json")
    ivanova = next(j for j in json.loads(out)[0]["jurors"] if j["name"] == "Ivanova")
    assert (ivanova["assigned"], ivanova["active"]) == (0, False)
    code, out, err = run(capsys, db_url, "close-round", "--contest", contest,
                         "--decision", "accept_gap", "--reason", "time is up")
    assert code == 0 and "closed" in out, err


def test_boundary_and_final_rounds(db: Database, db_url: str, contest: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, db_url, "add-juror", "--contest", contest, "--name", "Solo")[0] == 0
    code, out, err = run(capsys, db_url, "add-round", "--contest", contest, "--kind", "final",
                         "--top", "5")
    assert code == 2 and "earlier round" in err
    code, out, err = run(capsys, db_url, "add-round", "--contest", contest, "--kind",
                         "boundary", "--entries", "NOPE42")
    assert code == 2 and "NOPE42" in err
    code, out, err = run(capsys, db_url, "progress", "--contest", contest)
    assert code == 0 and "No rounds yet" in out
    code, out, err = run(capsys, db_url, "progress", "--contest", "999", "--json")
    assert code == 2
