"""Crash safety: the process is killed (SIGKILL, the whole process group) in the middle of an
import, of scoring and of certificate generation. Afterwards the database opens, holds no
half-imported batch, keeps every score saved before the kill, and the job simply runs again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from contest_app.core.database import open_database
from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.db.models import Batch, Certificate, Entry, ImageFile, Score, ScoreValue
from tests.reliability.conftest import CRITERIA, score_for, scored_contest

ROOT = Path(__file__).resolve().parents[2]
REGION = "CN-AH"  # Anhui sent 56 works in 2024
TIMEOUT = 240


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_until(args: list[str], *, lines: int | None = None,
              condition: Callable[[], bool] | None = None, delay: float | None = None
              ) -> tuple[list[str], bool]:
    """Run args; SIGKILL its process group after `lines` lines of output, once condition()
    holds, or after delay seconds. Returns (lines read, whether it was killed)."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=_env(), cwd=ROOT, start_new_session=True)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.extend(
        line.rstrip("\n") for line in proc.stdout or ()), daemon=True)
    reader.start()
    start = time.monotonic()
    killed = False
    try:
        while time.monotonic() - start < TIMEOUT and proc.poll() is None:
            if ((lines is not None and len(read) >= lines)
                    or (condition is not None and condition())
                    or (delay is not None and time.monotonic() - start >= delay)):
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.002)
    finally:
        try:  # the forkserver and image workers are in the group too
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=60)
        reader.join(timeout=10)
    if lines is not None and killed:
        read = read[:lines]
    return list(read), killed


def cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "contest_app", "--db", db_url, *args]


def check_database(db_url: str) -> Any:
    """The database opens after the kill, and SQLite finds its file whole."""
    db = open_database(db_url)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    return db


# --- import ---------------------------------------------------------------------------------------
KILL_IN_COMMIT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from contest_app.core.database import open_database
    from contest_app.core.intake import writer
    from contest_app.core.intake.pipeline import import_batch

    placed = writer._link_or_copy
    def slow(source, target):  # the rows are flushed, the transaction is open: kill here
        placed(source, target)
        print("placed", target.name, flush=True)
        time.sleep(0.02)
    writer._link_or_copy = slow
    db = open_database(sys.argv[1])
    import_batch(db, int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), workers=1)
    print("committed", flush=True)
""")


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    batch = next(b for b in generate_batches(seed=12) if b.region_code == REGION)
    folder = tmp_path / REGION
    write_batch_folder(batch, folder, image_size=(200, 150), seed=12)
    return folder


def _import_state(db: Any) -> tuple[int, int]:
    with db.session() as session:
        batches = session.scalar(select(func.count()).select_from(Batch))
        entries = session.scalar(select(func.count()).select_from(Entry))
        orphans = session.scalar(select(func.count()).select_from(Entry).where(
            Entry.batch_id.is_(None)))
        assert not orphans
        for image in session.scalars(select(ImageFile)):  # no row without its files
            for rel in (image.stored_path, image.thumb_path, image.preview_path):
                assert (db.media_root / rel).is_file(), rel
    return batches, entries


def test_import_killed_anywhere_leaves_no_half_batch(db_url: str, batch_folder: Path,
                                                      tmp_path: Path) -> None:
    db = open_database(db_url)
    try:
        contest_id = scored_contest(db, score=False).contest_id  # 39 works, one per region
        base_batches, base_entries = _import_state(db)
    finally:
        db.dispose()
    dry = subprocess.run(cli(db_url, "import", "--contest", str(contest_id), "--region", REGION,
                             str(batch_folder), "--dry-run", "--json"), env=_env(), cwd=ROOT,
                         capture_output=True, text=True, timeout=TIMEOUT)
    works = json.loads(dry.stdout)["created"]  # the demo has one of the region's works already
    assert works > 40
    script = tmp_path / "kill_in_commit.py"
    script.write_text(KILL_IN_COMMIT, encoding="utf-8")
    # in the commit, rows flushed and files being placed; then at moments of the real command
    read, killed = run_until([sys.executable, str(script), db_url, str(contest_id), REGION,
                              str(batch_folder)], lines=20)
    assert killed and len(read) == 20 and all(line.startswith("placed") for line in read)
    db = check_database(db_url)
    try:
        assert _import_state(db) == (base_batches, base_entries)  # the open transaction is gone
    finally:
        db.dispose()
    attempts = [("commit", killed)]
    for delay in (0.5, 0.8, 1.1, 1.3, 1.5, 1.8, 2.4, 3.5):
        _, killed = run_until(cli(db_url, "import", "--contest", str(contest_id), "--region",
                                  REGION, str(batch_folder)), delay=delay)
        attempts.append((f"{delay}s", killed))
        db = check_database(db_url)
        try:
            batches, entries = _import_state(db)
        finally:
            db.dispose()
        if killed:
            # nothing, or (killed after the commit) the whole batch: never a part of it
            assert (batches, entries) in ((base_batches, base_entries),
                                          (base_batches + 1, base_entries + works)), attempts
        if entries == base_entries + works:
            break
    print("kills:", attempts)
    assert any(k for _, k in attempts), "no run was killed: the test proved nothing"
    # and the job simply runs again
    done = subprocess.run(cli(db_url, "import", "--contest", str(contest_id), "--region",
                              REGION, str(batch_folder)), env=_env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode in (0, 1), done.stderr
    db = check_database(db_url)
    try:
        batches, entries = _import_state(db)
        assert entries == base_entries + works
    finally:
        db.dispose()


# --- scoring --------------------------------------------------------------------------------------
SCORE_ONE_BY_ONE = textwrap.dedent("""
    import sys
    from sqlalchemy import select
    from contest_app.core.database import open_database
    from contest_app.core.jury.scoring import save_score, works_for_juror
    from tests.reliability.conftest import score_for

    db = open_database(sys.argv[1])
    round_id, juror_id = int(sys.argv[2]), int(sys.argv[3])
    with db.session() as session:
        works = [(item.code, entry.id) for entry, item in
                 works_for_juror(session, round_id, juror_id)]
    for code, entry_id in works:
        with db.session() as session, session.begin():  # one score, one transaction
            save_score(session, round_id, juror_id, entry_id, score_for(code))
        print(code, flush=True)  # only once committed
""")


def test_scores_saved_before_the_kill_are_all_there(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    try:
        scored = scored_contest(db, total=80, score=False)
    finally:
        db.dispose()
    juror = scored.jurors[0]
    script = tmp_path / "score.py"
    script.write_text(SCORE_ONE_BY_ONE, encoding="utf-8")
    args = [sys.executable, str(script), db_url, str(scored.round_id), str(juror)]
    for kill_after in (7, 23):
        read, killed = run_until(args, lines=kill_after)
        assert killed and len(read) == kill_after
        db = check_database(db_url)
        try:
            with db.session() as session:
                saved = {code: {v.value for v in s.values} for code, s in (
                    (code, session.scalar(select(Score).where(
                        Score.juror_id == juror,
                        Score.entry_id == scored.works[juror][code]))) for code in read)
                    if s is not None}
            assert set(saved) == set(read)  # every printed (committed) score is there
            assert all(values == set(score_for(code).values.values())
                       for code, values in saved.items())
        finally:
            db.dispose()
    done = subprocess.run(args, env=_env(), cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    db = check_database(db_url)
    try:
        with db.session() as session:
            scores = session.scalar(select(func.count()).select_from(Score).where(
                Score.juror_id == juror))
            values = session.scalar(select(func.count()).select_from(ScoreValue))
        assert scores == len(scored.works[juror]) and values == scores * len(CRITERIA)
    finally:
        db.dispose()


# --- certificates ---------------------------------------------------------------------------------
def _cli_has_certificates() -> bool:
    from contest_app.cli import build_parser

    return "certificates" in build_parser().format_help()


def test_certificates_killed_half_way_run_again(db_url: str, tmp_path: Path) -> None:
    if not _cli_has_certificates():
        pytest.skip("no `contest-app certificates` command in this build")
    db = open_database(db_url)
    try:
        contest_id = scored_contest(db, total=150, score=False).contest_id
    finally:
        db.dispose()
    out = tmp_path / "out"
    args = cli(db_url, "certificates", "--contest", str(contest_id), "--out", str(out),
               "--kind", "participation")
    _, killed = run_until(args, condition=lambda: out.is_dir() and len(list(out.iterdir())) >= 4)
    assert killed
    db = check_database(db_url)
    try:
        with db.session() as session:
            issued = session.scalar(select(func.count()).select_from(Certificate))
    finally:
        db.dispose()
    done = subprocess.run(args, env=_env(), cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT)
    assert done.returncode == 0, done.stderr
    db = check_database(db_url)
    try:
        with db.session() as session:
            rows = list(session.scalars(select(Certificate)))
    finally:
        db.dispose()
    serials = [c.serial for c in rows]
    assert len(serials) == len(set(serials))  # no serial given twice
    assert issued in (0, len(rows))  # the first run registered all of them, or none
    assert all(c.file_sha256 for c in rows)  # each recorded in a finished file
    for pdf in out.glob("*.pdf"):
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), pdf.name
