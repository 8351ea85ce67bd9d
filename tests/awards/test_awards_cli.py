"""`contest-app awards ...` driven in-process, on the same database as the `db` fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_awards_support import make_contest, make_entries, make_juror, make_round, score_all

from contest_app.cli import main

REGIONS = ["CN-HN", "CN-HA", "CN-GS", "JP-16", "KR-47", "MN-046", "RU-TOM", "JP-31",
           "KR-26", "RU-IRK", "CN-AH", "KR-49", "JP-28", "RU-KAM"]


@pytest.fixture
def contest(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        cid = make_contest(s)
        entries = make_entries(s, cid, REGIONS)
        round_ = make_round(s, cid, entries)
        for name in ("Kim", "Wang", "Ivanova"):
            score_all(s, round_, make_juror(s, cid, name), entries,
                      [9.5 - 0.5 * i for i in range(len(entries))])
    return cid


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", db_url, "awards", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_propose_list_decide_lock(db_url: str, contest: int,
                                  capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    c = str(contest)
    code, out, err = run(capsys, db_url, "propose", "--contest", c, "--method", "zscore",
                         "--max-per-country", "excellence=1", "--finalist-per-region")
    assert code == 0, err
    assert "excellence          2 / 2" in out and "max_per_country" in out

    code, out, _ = run(capsys, db_url, "list", "--contest", c, "--json")
    rows = json.loads(out)
    assert [r["tier"] for r in rows].count("finalist") == 4
    assert set(rows[0]) >= {"tier", "entry", "code", "region", "score"}
    assert rows[0] == {**rows[0], "tier": "grand", "code": "W001", "region": "CN-HN"}

    code, out, err = run(capsys, db_url, "disqualify", "--contest", c, "--entry", "W001",
                         "--reason", "plagiarism")
    assert code == 0, err
    assert "promoted W002: excellence -> grand" in out
    code, out, err = run(capsys, db_url, "set-tier", "--contest", c, "--entry", "W014",
                         "--tier", "finalist", "--reason", "committee vote")
    assert code == 0, err
    code, out, err = run(capsys, db_url, "finalize", "--contest", c)
    assert code == 2 and "Give a reason" in err  # five finalists now
    code, out, err = run(capsys, db_url, "finalize", "--contest", c, "--reason", "tie kept")
    assert code == 0, err
    code, out, err = run(capsys, db_url, "set-tier", "--contest", c, "--entry", "W013",
                         "--tier", "finalist", "--reason", "late")
    assert code == 2 and "locked" in err
    code, out, err = run(capsys, db_url, "unlock", "--contest", c, "--reason", "appeal upheld")
    assert code == 0, err
    code, out, err = run(capsys, db_url, "set-tier", "--contest", c, "--entry", "W013",
                         "--tier", "finalist", "--reason", "appeal upheld")
    assert code == 0, err

    xlsx, pdf, regions = tmp_path / "r.xlsx", tmp_path / "r.pdf", tmp_path / "regions.xlsx"
    code, out, err = run(capsys, db_url, "export", "--contest", c, str(xlsx), "--pdf", str(pdf),
                         "--regions", str(regions))
    assert code == 0, err
    assert xlsx.is_file() and pdf.read_bytes().startswith(b"%PDF") and regions.is_file()
    decisions_sheet = load_workbook(xlsx)["Decisions"]
    actions = [row[2] for row in decisions_sheet.iter_rows(min_row=2, values_only=True)]
    for action in ("awards.propose", "awards.disqualify", "awards.promote", "awards.set_tier",
                   "awards.finalize", "awards.unlock"):
        assert action in actions

    code, _, err = run(capsys, db_url, "export", "--contest", c)
    assert code == 2 and "Say what to write" in err


def test_stats_and_bad_input(db_url: str, contest: int,
                             capsys: pytest.CaptureFixture[str]) -> None:
    c = str(contest)
    code, out, err = run(capsys, db_url, "stats", "--contest", c, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["agreement"]["icc_single"] == pytest.approx(1.0)
    assert len(data["jurors"]) == 3
    code, _, err = run(capsys, db_url, "propose", "--contest", c, "--max-per-country",
                       "bronze=2")
    assert code == 2 and "not an award tier" in err
    code, out, err = run(capsys, db_url, "boundary", "--contest", c, "--tier", "excellence")
    assert code == 0, err
    assert int(out.strip()) > 0  # the new round's id
    code, _, err = run(capsys, db_url, "set-tier", "--contest", c, "--entry", "W001",
                       "--tier", "grand", "--reason", "x")
    assert code == 0, err  # before any proposal a single decision is allowed too
