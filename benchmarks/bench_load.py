"""Load benchmark: does an edition of 10,000 works cost the same per work as one of 700?

    .venv/bin/python benchmarks/bench_load.py [--sizes 700 10000] [--out DIR] [--keep]
                                              [--no-certificates] [--no-gui]

For each size, on a fresh SQLite database, with the 2024 shape of 39 regional batches and small
pictures (240 x 180 JPEGs, made once into DIR/cache and reused):
- import: plan_import + commit_import of every batch folder (the automatic backup that the
  command line and the GUI take before each commit is timed apart);
- scoring: save_score for every assignment (10 jurors, one per work), one transaction each,
  as the juror's screen saves;
- awards: decisions.propose (aggregation, ranking, tier allocation, the board written);
- certificates: generate_certificates for all students (award + participation), when the
  reports package is in this build;
- Entries page (offscreen Qt): time to load the page (set the contest: query, model, filters),
  filter latency (a search text, a country, both cleared) and scroll frame times (the table
  scrolled a step at a time with a repaint per frame).
Figures are printed per item (ms per work, per score, per certificate) with the ratio
10,000 / 700: a ratio near 1 means the cost per item does not grow with the edition.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

IMAGE_SIZE = (240, 180)
JURORS = 10


def _write_batch(job: tuple[Any, str, int]) -> str:
    from contest_app.core.demo_data import write_batch_folder

    batch, folder, seed = job
    if not (Path(folder) / "entries.xlsx").is_file():
        write_batch_folder(batch, Path(folder), image_size=IMAGE_SIZE, seed=seed)
    return folder


def make_batches(total: int, cache: Path, workers: int) -> list[tuple[str, Path, int]]:
    """(region, folder, works) of each batch, written once into cache."""
    from contest_app.core.demo_data import generate_batches

    batches = generate_batches(seed=12, total=total)
    jobs = [(b, str(cache / f"{total}" / b.region_code), 12) for b in batches]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_write_batch, jobs))
    return [(b.region_code, Path(j[1]), len(b.works)) for b, j in zip(batches, jobs, strict=True)]


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_size(total: int, work: Path, cache: Path, args: argparse.Namespace
               ) -> dict[str, tuple[float, int, str]]:
    """name -> (seconds, items, unit) for one edition size."""
    from contest_app.core import safety
    from contest_app.core.awards import decisions
    from contest_app.core.contests import ContestSpec, create_contest
    from contest_app.core.database import open_database
    from contest_app.core.intake.pipeline import commit_import, discard_plan, plan_import
    from contest_app.core.jury.assignment import assign
    from contest_app.core.jury.jurors import add_juror
    from contest_app.core.jury.rounds import create_round
    from contest_app.core.jury.scoring import save_score, works_for_juror
    from contest_app.core.jury.source import ScoreItem

    figures: dict[str, tuple[float, int, str]] = {}
    folder = work / f"edition-{total}"
    shutil.rmtree(folder, ignore_errors=True)
    os.environ["CONTEST_APP_MEDIA"] = str(folder / "media")
    db = open_database(f"sqlite:///{folder / 'contest.sqlite'}")
    with db.session() as session, session.begin():
        contest_id = create_contest(session, ContestSpec(
            edition=12, year=2024, deadline=date(2024, 9, 13))).id
    batches = make_batches(total, cache, args.workers)

    import_seconds = backup_seconds = 0.0
    created = 0
    for region, path, _works in batches:
        seconds, plan = timed(lambda r=region, p=path: plan_import(db, contest_id, r, p))
        try:
            backup_seconds += timed(lambda: safety.auto_backup(db, "import"))[0]
            spent, result = timed(lambda pl=plan: commit_import(db, pl))
        finally:
            discard_plan(plan)
        import_seconds += seconds + spent
        created += result.created
    figures["import"] = (import_seconds, created, "work")
    figures["backup before each import"] = (backup_seconds, len(batches), "backup")

    with db.session() as session, session.begin():
        jurors = [add_juror(session, contest_id, f"Juror {n}").id for n in range(JURORS)]
        round_id = create_round(session, contest_id).id
        assign(session, round_id, per_work=1, seed=1)
        todo = [(j, entry.id, item.code) for j in jurors
                for entry, item in works_for_juror(session, round_id, j)]
    keys = ("theme", "creativity", "composition", "technique")

    def score_all() -> None:
        for n, (juror, entry_id, _code) in enumerate(todo):
            with db.session() as session, session.begin():  # one save, one transaction
                save_score(session, round_id, juror, entry_id,
                           ScoreItem(values={k: 1 + (n * 7 + i) % 19 / 2
                                             for i, k in enumerate(keys)}))

    figures["scoring"] = (timed(score_all)[0], len(todo), "score")

    def propose() -> int:
        with db.session() as session, session.begin():
            return len(decisions.propose(session, contest_id).allocation.tiers)

    figures["awards proposal"] = (timed(propose)[0], created, "work")
    if not args.no_certificates:
        _certificates(db, contest_id, folder, figures)
    if not args.no_gui:
        _entries_page(db, contest_id, figures)
    db.dispose()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def _certificates(db: Any, contest_id: int, folder: Path,
                  figures: dict[str, tuple[float, int, str]]) -> None:
    try:
        from contest_app.reports.certificates import GenerateOptions, generate_certificates
    except ImportError:
        print("certificates: not in this build, skipped", file=sys.stderr)
        return
    from contest_app.core.awards import decisions

    with db.session() as session, session.begin():
        decisions.approve_provisional(session, contest_id)
    seconds, result = timed(lambda: generate_certificates(
        db, contest_id, folder / "certificates", GenerateOptions(allow_provisional=True)))
    figures["certificates"] = (seconds, result.total, "certificate")


def _entries_page(db: Any, contest_id: int, figures: dict[str, tuple[float, int, str]]) -> None:
    from PySide6.QtWidgets import QApplication

    from contest_app.gui.pages.entries_page import EntriesPage

    app = QApplication.instance() or QApplication([])
    page = EntriesPage(db)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    seconds, _ = timed(lambda: (page.set_contest(contest_id), app.processEvents()))
    rows = page.model.rowCount()
    figures["entries page: load"] = (seconds, 1, "load")

    def settle() -> None:
        page.table.viewport().repaint()
        app.processEvents()

    latencies: dict[str, list[float]] = {"search": [], "country": []}
    for needle in ("kim", "li", "a", "school", "zz-no-match", "12-"):
        latencies["search"].append(timed(lambda n=needle: (page.search.setText(n), settle()))[0])
        page.search.clear()
        settle()
    for index in range(1, page.country_filter.count()):
        latencies["country"].append(timed(lambda i=index: (
            page.country_filter.setCurrentIndex(i), settle()))[0])
    page.country_filter.setCurrentIndex(0)
    settle()
    for kind, values in latencies.items():
        figures[f"entries page: filter by {kind} (median)"] = (statistics.median(values), 1,
                                                                "filter")
        figures[f"entries page: filter by {kind} (worst)"] = (max(values), 1, "filter")

    bar = page.table.verticalScrollBar()
    step = max(1, bar.pageStep() // 4)
    frames = []
    bar.setValue(0)
    settle()
    for n in range(300):
        bar.setValue((n * step * 37) % max(bar.maximum(), 1) if n % 50 == 49 else
                     bar.value() + step)
        frames.append(timed(settle)[0])
    frames.sort()
    figures["entries page: scroll frame (median)"] = (statistics.median(frames), 1, "frame")
    figures["entries page: scroll frame (95th percentile)"] = (
        frames[int(len(frames) * 0.95)], 1, "frame")
    figures["entries page: scroll frame (worst)"] = (frames[-1], 1, "frame")
    print(f"entries page: {rows} rows", file=sys.stderr)
    page.close()
    page.deleteLater()
    app.processEvents()


def report(results: dict[int, dict[str, tuple[float, int, str]]]) -> None:
    sizes = sorted(results)
    names = list(dict.fromkeys(n for r in results.values() for n in r))
    head = f"{'step':<44}" + "".join(f"{f'{s} works':>22}" for s in sizes)
    if len(sizes) == 2:
        head += f"{'ratio':>8}"
    print(head)
    print("-" * len(head))
    for name in names:
        cells, per = [], []
        for size in sizes:
            seconds, items, unit = results[size].get(name, (float("nan"), 1, ""))
            value = seconds / max(items, 1) * 1000
            per.append(value)
            total = f" ({seconds:.1f} s)" if items > 1 else ""
            cells.append(f"{value:8.2f} ms/{unit}{total}")
        line = f"{name:<44}" + "".join(f"{c:>22}" for c in cells)
        if len(per) == 2 and per[0] > 0:
            line += f"{per[1] / per[0]:>8.2f}"
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[700, 10_000])
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-certificates", action="store_true")
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args()
    work = args.out or Path(tempfile.mkdtemp(prefix="bench-load-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CONTEST_APP_DATA", str(work / "data"))
    cache = work / "cache"
    results = {}
    for size in args.sizes:
        started = time.perf_counter()
        results[size] = bench_size(size, work, cache, args)
        print(f"{size} works: {time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
