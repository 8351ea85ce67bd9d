"""The package commands: export-package, import-results, and the juror's own `juror` command."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from contest_app.cli import main as cli_main
from contest_app.core.demo import build_demo
from contest_app.core.jury.assignment import assign
from contest_app.core.jury.jurors import add_juror
from contest_app.core.jury.package import read_manifest
from contest_app.core.jury.package_source import open_package
from contest_app.core.jury.rounds import create_round
from contest_app.core.jury.source import ScoreItem


@pytest.fixture
def contest(db: Any) -> SimpleNamespace:
    contest_id = build_demo(db, total=39, workers=1, image_size=(160, 120))
    with db.session() as session, session.begin():
        hong = add_juror(session, contest_id, "Hong Gildong", language="ko").id
        add_juror(session, contest_id, "Idle Juror")
        round_id = create_round(session, contest_id).id
        assign(session, round_id, per_work=1, seed=2, juror_ids=[hong])
    return SimpleNamespace(db=db, contest_id=contest_id, round_id=round_id)


def _export(contest: SimpleNamespace, out: Path, juror: str = "Hong Gildong") -> int:
    return cli_main(["--db", contest.db.url, "jury", "export-package", "--contest",
                     str(contest.contest_id), "--juror", juror, str(out)])


def test_export_score_and_import(contest: SimpleNamespace, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _export(contest, tmp_path / "hong") == 0
    package = tmp_path / "hong.nearjury"
    works = len(read_manifest(package)["works"])
    assert capsys.readouterr().out.strip() == f"{package} ({works} works)"

    with open_package(package) as source:
        for work in source.works()[:2]:
            source.save(work.code, ScoreItem(values={c.key: 6 for c in source.criteria}))
    results = tmp_path / "hong.nearresults"
    assert cli_main(["juror", "--export-results", str(package), str(results)]) == 0
    assert capsys.readouterr().out.strip() == f"{results} (2 of {works} works scored)"

    assert cli_main(["--db", contest.db.url, "jury", "import-results", str(results)]) == 0
    assert capsys.readouterr().out.strip() == f"scored 2, unscored {works - 2}, refused 0"
    assert cli_main(["--db", contest.db.url, "jury", "import-results", str(results)]) == 0
    assert "already imported" in capsys.readouterr().out


def test_tampered_results_exit_1(contest: SimpleNamespace, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _export(contest, tmp_path / "p.nearjury") == 0
    package = tmp_path / "p.nearjury"
    with open_package(package) as source:
        code = source.works()[0].code
        source.save(code, ScoreItem(values={c.key: 3 for c in source.criteria}))
        results = source.export_results(tmp_path)
    data = json.loads(results.read_text(encoding="utf-8"))
    data["scores"][code]["values"]["theme"] = 10
    results.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["--db", contest.db.url, "jury", "import-results", str(results)]) == 1
    assert "changed outside the app" in capsys.readouterr().err


def test_export_refusals(contest: SimpleNamespace, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert _export(contest, tmp_path, juror="Idle Juror") == 2
    assert "no works to score" in capsys.readouterr().err
    assert _export(contest, tmp_path, juror="Nobody") == 2
    assert list(tmp_path.glob("*.nearjury")) == []


def test_juror_command_opens_the_scoring_screen(contest: SimpleNamespace, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert _export(contest, tmp_path / "p") == 0
    seen: dict[str, Any] = {}

    def run_scoring(source: Any) -> int:
        seen["works"] = source.works()
        seen["image"] = source.image_path(seen["works"][0].code)
        seen["exists"] = seen["image"].is_file()
        return 0

    fake = types.ModuleType("contest_app.gui.scoring")
    fake.run_scoring = run_scoring  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "contest_app.gui.scoring", fake)
    assert cli_main(["juror", str(tmp_path / "p.nearjury")]) == 0
    assert seen["works"] and seen["exists"]
    assert not seen["image"].exists(), "the extracted previews are removed on exit"


def test_juror_command_without_the_screen(contest: SimpleNamespace, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert _export(contest, tmp_path / "p") == 0
    monkeypatch.setitem(sys.modules, "contest_app.gui.scoring", None)  # import fails
    capsys.readouterr()
    assert cli_main(["juror", str(tmp_path / "p.nearjury")]) == 2
    assert "--export-results" in capsys.readouterr().err


def test_juror_command_refuses_a_tampered_package(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "x.nearjury"
    junk.write_bytes(b"PK\x03\x04 broken")
    assert cli_main(["juror", "--export-results", str(junk), str(tmp_path)]) == 1
    assert "not a juror package" in capsys.readouterr().err
