"""`contest-app tour …`, `catalogue`, `labels` end to end on a database with two past editions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from contest_app.cli import main


def run(db: Any, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_tour_commands(small_tour: Any, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    db = small_tour.db
    code, out, _ = run(db, capsys, "tour", "create", "--name", "Art fair", "--editions", "12",
                       "--from", "2025-03-01", "--until", "2025-04-30")
    assert code == 0
    tour = out.strip()
    code, out, _ = run(db, capsys, "tour", "add-venue", "--tour", tour, "--name", "Fair hall",
                       "--city", "Pohang", "--language", "ru")
    assert code == 0 and out.strip().isdigit()
    # --tiers and --countries narrow the tour's own edition (12): here Korea and Japan only
    code, out, _ = run(db, capsys, "tour", "add-works", "--tour", tour, "--tiers",
                       "grand,excellence,encouragement,finalist", "--countries", "KR,JP")
    added = int(out.strip())
    assert code == 0 and added > 0
    code, out, _ = run(db, capsys, "tour", "add-works", "--tour", tour)
    assert code == 0 and int(out.strip()) > 0  # the other countries of edition 12
    code, out, _ = run(db, capsys, "tour", "show", "--tour", tour, "--json")
    shown = json.loads(out)
    assert {w["edition"] for w in shown["works"]} == {12}
    assert shown["venues"][0]["language"] == "ru"
    assert len(shown["venues"][0]["works"]) == len(shown["works"])
    code, out, _ = run(db, capsys, "tour", "list", "--json")
    listed = {t["name"]: t for t in json.loads(out)}
    assert listed["Art fair"]["works"] == len(shown["works"]) and listed["Art fair"]["venues"] == 1
    code, _, _ = run(db, capsys, "tour", "set-status", "--tour", tour, "--work", "1",
                     "--status", "shipped", "--notes", "frame cracked")
    code, out, _ = run(db, capsys, "tour", "show", "--tour", tour, "--json")
    assert json.loads(out)["works"][0]["status"] == "shipped"

    pdf = tmp_path / "cat.pdf"
    code, out, err = run(db, capsys, "catalogue", "--tour", tour, str(pdf), "--lang", "ko",
                         "--page-size", "B5", "--bleed", "--without-unconsented")
    assert code == 0 and pdf.is_file() and "pages" in out
    assert "dpi" in err  # the small demo originals are listed as too small
    labels = tmp_path / "labels.pdf"
    code, out, _ = run(db, capsys, "labels", "--tour", tour, "--venue", "Fair hall",
                       str(labels), "--size", "90x55")
    assert code == 0 and labels.is_file() and "ru + en" in out
    code, out, _ = run(db, capsys, "tour", "export", "--tour", tour, str(tmp_path / "files"))
    assert code == 0 and (tmp_path / "files" / "manifest.json").is_file()


def test_errors_are_words(small_tour: Any, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    db = small_tour.db
    code, _, err = run(db, capsys, "tour", "create", "--name", "x", "--from", "2025-05-01",
                       "--until", "2025-04-01")
    assert code == 2 and "ends (2025-04-01) before it starts" in err
    code, _, err = run(db, capsys, "labels", "--tour", str(small_tour.tour_id), "--venue",
                       "nowhere", str(tmp_path / "l.pdf"))
    assert code == 2 and "no venue \"nowhere\"" in err
    code, _, err = run(db, capsys, "labels", "--tour", str(small_tour.tour_id), "--venue",
                       str(small_tour.venue_ko), str(tmp_path / "l.pdf"), "--size", "5x5")
    assert code == 2 and "label size" in err
    code, _, err = run(db, capsys, "catalogue", "--tour", "999", str(tmp_path / "c.pdf"))
    assert code == 2 and "no tour with id 999" in err
