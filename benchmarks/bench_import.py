"""Benchmark of intake: a region's batch of 12-megapixel photographs, planned and committed.

    .venv/bin/python benchmarks/bench_import.py [--works 700] [--out DIR] [--workers N]

Figures, printed as a table:
- floor: per image, read bytes + SHA-256 + JPEG draft decode + resize and encode at 2048 px,
  in this process; floor rate = workers x (1 / median seconds per image), the best an import
  could do on these cores if it did nothing else;
- import: plan_import + commit_import wall time on a fresh SQLite database, images/s, and the
  ratio import rate / floor rate (goal >= 0.67);
- peak RSS of the whole process tree (this process, the fork server, the workers; goal < 1 GB),
  sampled from /proc (or psutil when installed), else getrusage's per-process maxima;
- small batches of progressive, CMYK and 24-megapixel JPEGs, reported apart.

The images are generated once into DIR/cache (about 3 GB for 700 works) and reused; the
run's own database and media folder are removed afterwards unless --keep.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from PIL import Image, ImageChops  # noqa: E402

from contest_app.core.demo_images import painting  # noqa: E402

MAIN_SIZE = (4000, 3000)  # 12 MP, what a phone or a compact camera gives
LARGE_SIZE = (6000, 4000)  # 24 MP, a DSLR
KIND_WORKS = 20
REGION = "CN-HA"  # Henan sent 51 works in 2024; any region will do
KINDS = {"progressive": "CN-HN", "cmyk": "CN-SX", "24mp": "CN-LN"}


# --- the images --------------------------------------------------------------------------------
def _grain(size: tuple[int, int]) -> Image.Image:
    """Film-grain-like noise, so the JPEG has a photograph's entropy (3-5 MB at quality 90)."""
    channels = [Image.effect_noise(size, 9) for _ in range(3)]
    return Image.merge("RGB", channels)


_GRAIN: dict[tuple[int, int], Image.Image] = {}


def make_photo(job: tuple[int, str, str]) -> int:
    """Paint small, upscale, add grain, save: a 12 or 24 MP JPEG of a child's painting."""
    seed, kind, path = job
    size = LARGE_SIZE if kind == "24mp" else MAIN_SIZE
    if size not in _GRAIN:
        _GRAIN[size] = _grain(size)
    picture = painting(seed, (size[0] // 4, size[1] // 4)).resize(size, Image.Resampling.BICUBIC)
    picture = ImageChops.add(picture, _GRAIN[size], scale=1.0, offset=-128)
    out = io.BytesIO()
    if kind == "cmyk":
        picture.convert("CMYK").save(out, "JPEG", quality=90)
    else:
        picture.save(out, "JPEG", quality=90, progressive=kind == "progressive")
    Path(path).write_bytes(out.getvalue())
    return len(out.getvalue())


def write_batch(folder: Path, prefix: str, count: int, kind: str, seed0: int,
                workers: int) -> Path:
    """A batch folder (entries.xlsx + images/), its images made only when missing."""
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    jobs = [(seed0 + i, kind, str(images / f"{prefix}{i:04d}.jpg")) for i in range(count)]
    todo = [job for job in jobs if not Path(job[2]).exists()]
    if todo:
        print(f"generating {len(todo)} {kind} images in {images} ...", file=sys.stderr)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, _ in enumerate(pool.map(make_photo, todo, chunksize=4), start=1):
                if done % 50 == 0:
                    print(f"  {done}/{len(todo)}", file=sys.stderr)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["entry_no", "student_name", "student_name_latin", "birth_date",
                  "guardian_consent", "title", "title_en", "width_cm", "height_cm", "image"])
    for i in range(count):
        sheet.append([f"{prefix}{i:04d}", f"学生{i:04d}", f"Xuesheng {i:04d}", "2010-05-03", "是",
                      "女娲补天", "Nuwa Mends the Sky", 54.5, 39.4, f"{prefix}{i:04d}.jpg"])
    book.save(folder / "entries.xlsx")
    return folder


# --- the floor ---------------------------------------------------------------------------------
def floor_seconds(path: Path) -> float:
    start = time.perf_counter()
    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as image:
        image.draft("RGB", (2048, 2048))
        image.load()
        image.thumbnail((2048, 2048), Image.Resampling.LANCZOS)
        image.save(io.BytesIO(), "JPEG", quality=85)
    return time.perf_counter() - start


# --- memory ------------------------------------------------------------------------------------
def _tree_rss_proc(root: int) -> int:
    """Resident bytes of root and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(rss.get(pid, 0) for pid in tree)


def _tree_rss_psutil(root: int) -> int:
    import psutil

    process = psutil.Process(root)
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.Error:
            continue
    return int(total)


class PeakMemory:
    """Samples the process tree's RSS every 50 ms in a thread; .peak is the largest sum."""

    def __init__(self) -> None:
        self.peak = 0
        self.method = "getrusage"
        self._sample: Callable[[int], int] | None = None
        try:
            import psutil  # noqa: F401

            self._sample, self.method = _tree_rss_psutil, "psutil"
        except ImportError:
            if Path("/proc/self/stat").exists():
                self._sample, self.method = _tree_rss_proc, "/proc"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        assert self._sample is not None
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample(os.getpid()))
            self._stop.wait(0.05)

    def __enter__(self) -> PeakMemory:
        if self._sample is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._sample is not None:
            self._stop.set()
            self._thread.join()
        else:  # the largest single process, a lower bound of the tree's peak
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
            self.peak = own + kids


# --- the run -----------------------------------------------------------------------------------
def run_import(db: object, contest_id: int, region: str, folder: Path,
               workers: int) -> tuple[float, int, object]:
    from contest_app.core.intake.pipeline import commit_import, plan_import

    start = time.perf_counter()
    plan = plan_import(db, contest_id, region, folder, workers=workers)  # type: ignore[arg-type]
    planned = time.perf_counter()
    result = commit_import(db, plan)  # type: ignore[arg-type]
    wall = time.perf_counter() - start
    print(f"  {region}: plan {planned - start:.1f} s, commit {wall - (planned - start):.1f} s",
          file=sys.stderr)
    return wall, len(plan.works), result


def main(argv: list[str] | None = None) -> int:
    from contest_app.core.intake.images import default_workers

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--works", type=int, default=700)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "contest-bench")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--floor-sample", type=int, default=40,
                        help="images timed for the floor (default 40)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the run's database and media (a copy of every image)")
    args = parser.parse_args(argv)
    cache = args.out / "cache"
    main_batch = write_batch(cache / f"main-{args.works}", "W", args.works, "baseline", 1000,
                             args.workers)
    kind_batches = {kind: write_batch(cache / kind, kind[:2].upper(), KIND_WORKS, kind,
                                      50_000 + 1000 * n, args.workers)
                    for n, kind in enumerate(KINDS)}
    files = sorted((main_batch / "images").glob("*.jpg"))
    sizes = [p.stat().st_size for p in files]

    sample = files[:: max(1, len(files) // args.floor_sample)][: args.floor_sample]
    floor_seconds(sample[0])  # warm the decoder and the page cache
    floor = statistics.median(floor_seconds(p) for p in sample)
    floor_rate = args.workers / floor

    os.environ["CONTEST_APP_MEDIA"] = str(args.out / f"run-{int(time.time())}" / "media")
    from contest_app.core.contests import ContestSpec, create_contest
    from contest_app.core.database import open_database

    run_dir = Path(os.environ["CONTEST_APP_MEDIA"]).parent
    db = open_database(f"sqlite:///{run_dir / 'bench.sqlite'}")
    with db.session() as session, session.begin():
        contest_id = create_contest(session, ContestSpec(
            edition=12, year=2024, deadline=date(2024, 9, 13))).id
    print(f"importing {len(files)} works with {args.workers} workers ...", file=sys.stderr)
    with PeakMemory() as memory:
        wall, works, result = run_import(db, contest_id, REGION, main_batch, args.workers)
    rate = works / wall
    kinds = {}
    for kind, folder in kind_batches.items():
        kind_wall, kind_works, _ = run_import(db, contest_id, KINDS[kind], folder, args.workers)
        kinds[kind] = (kind_works, kind_wall)
    db.dispose()
    if not args.keep:
        shutil.rmtree(run_dir, ignore_errors=True)

    rows = [
        ("works (12 MP JPEG, quality 90)", f"{works}"),
        ("mean / median file size", f"{statistics.mean(sizes) / 1e6:.2f} / "
                                    f"{statistics.median(sizes) / 1e6:.2f} MB"),
        ("workers (cores used)", f"{args.workers}"),
        ("floor: median s per image, 1 process", f"{floor:.3f} s"),
        ("floor rate (workers / median)", f"{floor_rate:.2f} images/s"),
        ("import wall time (plan + commit)", f"{wall:.1f} s"),
        ("import rate", f"{rate:.2f} images/s"),
        ("import rate / floor rate (goal >= 0.67)", f"{rate / floor_rate:.2f}"),
        (f"peak RSS, process tree ({memory.method}; goal < 1 GB)",
         f"{memory.peak / 2**20:.0f} MB"),
        ("created / refused", f"{getattr(result, 'created', '?')} / "
                              f"{getattr(result, 'refused', '?')}"),
    ]
    for kind, (count, seconds) in kinds.items():
        rows.append((f"{kind} JPEG: {count} works", f"{seconds:.1f} s, "
                                                    f"{count / seconds:.2f} images/s"))
    width = max(len(label) for label, _ in rows)
    print()
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
