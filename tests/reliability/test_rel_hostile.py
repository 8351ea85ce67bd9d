"""Hostile and broken input: every file of tests/data/hostile/ (and the bombs built here) is
refused with a clear message, never a crash, never a partial write, and nothing is written
outside the app's folders. Runs through `contest-app import`, as staff would."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from contest_app.cli import main
from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.intake.errors import CODES
from contest_app.db.models import Entry
from contest_app.messages import MESSAGES
from tests.data.hostile import bombs
from tests.data.hostile import make_corpus as corpus
from tests.reliability.conftest import media_snapshot, snapshot, tree

HOSTILE = Path(corpus.__file__).resolve().parent
REGION = "KR-47"
# where a member name of the corpus would land if it were obeyed
ESCAPES = [Path("/tmp/evil.jpg"), Path("/evil.jpg"), Path(tempfile.gettempdir()) / "evil.jpg"]


@pytest.fixture
def contest(db: Any) -> int:
    from datetime import date

    with db.session() as session, session.begin():
        return create_contest(session, ContestSpec(edition=12, year=2024,
                                                   deadline=date(2024, 9, 13))).id


def _outside(root: Path) -> set[str]:
    """Files under root that are not the app's own (its database, images and backups)."""
    return {p for p in tree(root) if not p.startswith(("media", "backups", "contest.sqlite"))}


def _temp_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("contest-intake-*")}


def _run(capsys: pytest.CaptureFixture[str], db: Any, contest: int, path: Path
         ) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", db.url, "import", "--contest", str(contest), "--region", REGION,
                 str(path)])
    out, err = capsys.readouterr()
    return code, out + err


def _in_words(code: str, text: str) -> None:
    """The output holds the code's English words, not the bare code."""
    assert code in MESSAGES, f"no message for {code}"
    words = MESSAGES[code].split("{")[0].strip() or MESSAGES[code].split("}")[-1].strip()
    assert words[:25] in text, (code, text[-500:])
    assert f"{code}: {{" not in text, text[-500:]  # message() falls back to "code: {values}"


def _image_batch(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "batch"
    (folder / "images").mkdir(parents=True)
    (folder / "entries.csv").write_bytes(corpus.csv_bytes(corpus.sheet_rows(2)))
    (folder / "images" / "1.jpg").write_bytes(corpus.jpeg(1, (160, 120)))
    shutil.copyfile(HOSTILE / name, folder / "images" / "2.jpg")
    return folder


def _sheet_batch(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "batch"
    (folder / "images").mkdir(parents=True)
    for n in (1, 2, 3):
        (folder / "images" / f"{n}.jpg").write_bytes(corpus.jpeg(n, (160, 120)))
    shutil.copyfile(HOSTILE / name, folder / name)
    return folder / name


def test_the_corpus_is_as_generated() -> None:
    made = corpus.corpus_bytes()
    assert {c.name for c in corpus.CORPUS} == set(made)
    for name, data in made.items():
        assert (HOSTILE / name).read_bytes() == data, f"{name}: run make_corpus.py again"
        assert len(data) < 200_000, f"{name} is not small"


def test_the_readme_lists_every_file() -> None:
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    names = [c.name for c in corpus.CORPUS] + list(bombs.GENERATED)
    assert not [name for name in names if f"| {name} " not in readme]


def test_every_intake_refusal_has_words() -> None:
    missing = [code for code in CODES if code not in MESSAGES]
    assert not missing, missing


@pytest.mark.parametrize("case", corpus.CORPUS, ids=lambda c: c.name)
def test_hostile_file_is_refused_cleanly(case: corpus.Case, db: Any, contest: int,
                                         tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for escape in ESCAPES:
        assert not escape.exists(), f"{escape} exists before the test"
    if case.where == "image":
        path = _image_batch(tmp_path, case.name)
    elif case.where == "sheet":
        path = _sheet_batch(tmp_path, case.name)
    else:
        path = HOSTILE / case.name
    before, media, temps = snapshot(db), media_snapshot(db.media_root), _temp_dirs()
    around, corpus_files = _outside(tmp_path), tree(HOSTILE)
    started = time.monotonic()
    code, text = _run(capsys, db, contest, path)  # any exception here is a crash: test fails
    assert time.monotonic() - started < 60
    _in_words(case.code, text)
    if case.where == "image":
        # the good work is imported, the bad picture's work refused with its row named
        assert code == 1 and "created: 1" in text and "refused: 1" in text, text
        assert "row 3, column image" in text
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Entry)) == 1
        stored = media_snapshot(db.media_root)
        assert len(stored) == 3  # the good picture, its thumbnail and preview; nothing else
    else:
        assert code == 2, text  # refused whole: nothing written
        assert snapshot(db) == before
        assert media_snapshot(db.media_root) == media
    assert _outside(tmp_path) == around  # nothing written beside the batch either
    assert tree(HOSTILE) == corpus_files
    assert _temp_dirs() <= temps  # unpacked files are cleaned up
    assert not (db.media_root / "staging").exists() or not any(
        (db.media_root / "staging").iterdir())
    for escape in ESCAPES:
        assert not escape.exists(), f"{escape} was written"


GENERATORS: dict[str, Callable[[Path], Path]] = {
    "ratio_bomb.zip": bombs.ratio_bomb,
    "lying_sizes.zip": bombs.lying_sizes,
    "many_members.zip": bombs.many_members,
    "huge_declared.zip": bombs.huge_declared,
    "long_cell.csv": bombs.long_cell_csv,
    "longer_cell.csv": lambda p: bombs.long_cell_csv(p, 140_000),
}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_bombs_built_at_test_time_are_refused(name: str, db: Any, contest: int, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = GENERATORS[name](tmp_path / name)
    expected = bombs.GENERATED[name][0]
    before, media, temps = snapshot(db), media_snapshot(db.media_root), _temp_dirs()
    started = time.monotonic()
    code, text = _run(capsys, db, contest, path)
    assert time.monotonic() - started < 60
    assert code == 2, text
    _in_words(expected, text)
    assert snapshot(db) == before and media_snapshot(db.media_root) == media
    assert _temp_dirs() <= temps


def test_a_sheet_of_100000_rows(db: Any, contest: int, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """Read in bounded time and memory; every row without its image is refused and named."""
    import resource

    path = bombs.rows_csv(tmp_path / "entries.csv")
    before = snapshot(db)
    started = time.monotonic()
    capsys.readouterr()
    code = main(["--db", db.url, "import", "--contest", str(contest), "--region", REGION,
                 str(path), "--dry-run", "--json"])
    out = capsys.readouterr().out
    elapsed = time.monotonic() - started
    assert code == 1
    assert '"refused": 100000' in out and '"image_missing": 100000' in out
    assert elapsed < 120, elapsed
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 3 * 1024 * 1024  # KB: < 3 GB
    assert snapshot(db) == before


def test_a_batch_folder_with_links_reads_nothing_outside(db: Any, contest: int, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    """A copied folder may hold links: a linked picture or folder is not followed."""
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "2.jpg").write_bytes(corpus.jpeg(5, (160, 120)))
    folder = tmp_path / "batch"
    (folder / "images").mkdir(parents=True)
    (folder / "entries.csv").write_bytes(corpus.csv_bytes(corpus.sheet_rows(2)))
    (folder / "images" / "1.jpg").write_bytes(corpus.jpeg(1, (160, 120)))
    os.symlink(secret / "2.jpg", folder / "images" / "2.jpg")
    code, text = _run(capsys, db, contest, folder)
    assert code == 1 and "created: 1" in text
    _in_words("image_missing", text)
