"""How fast the juror's screen moves on, and how fast a package opens.

    .venv/bin/python benchmarks/bench_scoring.py [--works 700] [--presses 60]

Key press to the next image shown at screen size (decoded, scaled and painted), with the
neighbours prefetched as the window does; a juror looks at a work for a while, so presses are
spaced by --think milliseconds. Also the time to open a 700-work package (export from a demo
contest, then open it as a juror would), when the package module is available.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from contest_app.core.demo_images import painting  # noqa: E402
from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem  # noqa: E402


class FolderSource:
    juror_label, round_label, show_titles = "Juror 1", "Preliminary round", False

    def __init__(self, folder: Path, codes: list[str]) -> None:
        self.folder, self.codes = folder, codes
        self.criteria = [CriterionInfo(k, {"en": k}, 1.0, 1.0, 10.0)
                         for k in ("theme", "creativity", "composition", "technique")]

    def works(self) -> list[WorkItem]:
        return [WorkItem(c) for c in self.codes]

    def image_path(self, code: str) -> Path:
        return self.folder / f"{code}.jpg"

    def scores(self) -> dict[str, ScoreItem]:
        return {}

    def save(self, code: str, item: ScoreItem) -> None:
        pass

    def close(self) -> None:
        pass


def make_previews(folder: Path, count: int) -> list[str]:
    codes = [f"W{i:05d}" for i in range(count)]
    base = [painting(seed, (1600, 1200)) for seed in range(8)]
    for i, code in enumerate(codes):
        path = folder / f"{code}.jpg"
        if not path.exists():
            base[i % len(base)].rotate(i % 4 * 90, expand=True).save(path, quality=85)
    return codes


def settle(app: QApplication, ms: int) -> None:
    # QEventLoop's processEvents: PySide6 6.12's static one leaks a reference to None per call
    loop = QEventLoop()
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        loop.processEvents()
        time.sleep(0.002)


def bench_next_image(count: int, presses: int, think_ms: int) -> list[float]:
    from contest_app.gui.scoring.scoring_window import ScoringWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-previews-"))
    codes = make_previews(folder, count)
    window = ScoringWindow(FolderSource(folder, codes))
    window.resize(1600, 1000)
    window.show()
    settle(app, 300)
    timer = QElapsedTimer()
    times = []
    for _ in range(presses):
        settle(app, think_ms)  # the juror looks; prefetch runs meanwhile
        timer.start()
        window.next_work()
        window.image.viewport().repaint()  # painted, not just scheduled
        times.append(timer.nsecsElapsed() / 1e6)
    window.close()
    window.cache.wait()
    window.deleteLater()
    settle(app, 50)
    return times


def export_demo_package(count: int) -> Path:
    """A demo contest of count works, one juror scoring all of them, exported as a package."""
    from contest_app.core.database import open_database
    from contest_app.core.demo import build_demo
    from contest_app.core.jury import assignment, jurors, rounds
    from contest_app.core.jury.package import export_package

    folder = Path(tempfile.mkdtemp(prefix="bench-package-"))
    db = open_database(f"sqlite:///{folder / 'contest.sqlite'}")
    contest_id = build_demo(db, total=count, image_size=(1600, 1200))
    with db.session() as session, session.begin():
        juror = jurors.add_juror(session, contest_id, "Juror One")
        round_ = rounds.create_round(session, contest_id)
        assignment.assign(session, round_.id)
        ids = (round_.id, juror.id)
    path = export_package(db, ids[0], ids[1], folder / "juror.nearjury")
    db.dispose()
    return path


def bench_open_package(count: int) -> tuple[float, float] | None:
    from contest_app.core.jury.package_source import open_package

    path = export_demo_package(count)
    start = time.perf_counter()
    source = open_package(path)
    works = source.works()
    source.image_path(works[0].code)
    elapsed = time.perf_counter() - start
    source.close()
    return elapsed, path.stat().st_size / 1e6


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--works", type=int, default=700)
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--think", type=int, default=250, help="ms between key presses")
    args = parser.parse_args()
    times = bench_next_image(args.works, args.presses, args.think)
    times_sorted = sorted(times)
    print(f"next image shown: median {statistics.median(times):.1f} ms, "
          f"p95 {times_sorted[int(len(times) * 0.95) - 1]:.1f} ms, "
          f"max {max(times):.1f} ms over {len(times)} presses ({args.works} works, "
          f"1600 px previews, window 1600x1000; target median < 50 ms)")
    cold = bench_next_image(args.works, 20, 0)
    print(f"next image, keys held down (no time to prefetch): median "
          f"{statistics.median(cold):.1f} ms")
    opened = bench_open_package(args.works)
    if opened is None:
        print("package open: the package module is not available")
    else:
        print(f"package open: {opened[0]:.2f} s for {args.works} works, "
              f"{opened[1]:.1f} MB (target < 2 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
