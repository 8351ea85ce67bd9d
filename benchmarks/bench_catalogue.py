"""Benchmark of the printed catalogue: 155 awarded works of two editions, 12-megapixel originals.

    .venv/bin/python benchmarks/bench_catalogue.py [--out DIR] [--workers N] [--lang ko]

Figures, printed as a table:
- first export: no print images cached (the cache folder is emptied first): each original is
  decoded and scaled to 300 dpi at its printed size, then the pages are drawn (goal < 60 s);
- after a text change (the title and foreword edited): the cached print images are reused, only
  the pages are drawn again (goal < 15 s);
- the file size a print shop receives (MB), pages, pictures, lowest and highest dpi;
- the same for B5 with bleed and crop marks (its boxes differ, so its first export prepares its
  own print images).

The originals (4000 x 3000 JPEG, a demo painting scaled up with film grain, 3-5 MB each) and the
database with the two imported editions are made once into DIR/cache and reused.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageChops  # noqa: E402

from contest_app.core.demo_data import EDITION_12_WORKS  # noqa: E402
from contest_app.core.demo_images import painting  # noqa: E402

SIZE = (4000, 3000)  # 12 MP
# up to 3 works from each of the 39 regions of 2024 (some sent fewer): 107 per edition
WORKS_PER_REGION = 3
PER_EDITION = sum(min(WORKS_PER_REGION, n) for n in EDITION_12_WORKS.values())
EDITIONS = ((11, 2023, 78 / PER_EDITION), (12, 2024, 77 / PER_EDITION))  # 155 awarded


def _grain(size: tuple[int, int]) -> Image.Image:
    """Film-grain-like noise: a photograph's entropy, so the JPEG is 3-5 MB at quality 90."""
    return Image.merge("RGB", [Image.effect_noise(size, 9) for _ in range(3)])


_GRAIN: list[Image.Image] = []


def make_photo(job: tuple[int, str]) -> int:
    seed, path = job
    if not _GRAIN:
        _GRAIN.append(_grain(SIZE))
    picture = painting(seed, (SIZE[0] // 4, SIZE[1] // 4)).resize(SIZE, Image.Resampling.BICUBIC)
    picture = ImageChops.add(picture, _GRAIN[0], scale=1.0, offset=-128)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    Path(path).write_bytes(out.getvalue())
    return len(out.getvalue())


def photos(folder: Path, count: int, workers: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(1000 + i, str(folder / f"photo-{i:04d}.jpg")) for i in range(count)]
    todo = [job for job in jobs if not Path(job[1]).exists()]
    if todo:
        print(f"generating {len(todo)} 12 MP originals in {folder} ...", file=sys.stderr)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, _ in enumerate(pool.map(make_photo, todo, chunksize=2), start=1):
                if done % 25 == 0:
                    print(f"  {done}/{len(todo)}", file=sys.stderr)
    return [Path(path) for _seed, path in jobs]


def build(cache: Path, workers: int) -> tuple[str, Path, int]:
    """The database with both editions and the tour, made once; returns (url, media, tour id)."""
    from contest_app.core.database import open_database
    from contest_app.core.tours.demo import EditionPlan, build_demo_tour

    db_file, media, marker = cache / "tour.sqlite", cache / "media", cache / "tour.id"
    os.environ["CONTEST_APP_MEDIA"] = str(media)
    url = f"sqlite:///{db_file}"
    if marker.exists():
        return url, media, int(marker.read_text())
    for stale in (db_file, media):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    originals = iter(photos(cache / "originals", 2 * 39 * WORKS_PER_REGION, workers))
    # (a few regions sent fewer works than WORKS_PER_REGION: some photos stay unused)

    def writer(path: Path, _seed: int) -> None:
        shutil.copyfile(next(originals), path)

    db = open_database(url)
    started = time.perf_counter()
    print("importing two editions with 12 MP originals ...", file=sys.stderr)
    made = build_demo_tour(
        db, cache / "batches",
        [EditionPlan(e, y, works_per_region=WORKS_PER_REGION, awarded_share=share)
         for e, y, share in EDITIONS],
        regions=_all_regions(), image_size=(64, 48), image_writer=writer,
        workers=workers)
    print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    db.dispose()
    marker.write_text(str(made.tour_id))
    return url, media, made.tour_id


def _all_regions() -> list[str]:
    return list(EDITION_12_WORKS)


def run(url: str, media: Path, tour_id: int, out: Path, page_size: str, print_shop: bool,
        lang: str, workers: int | None) -> list[tuple[str, str]]:
    from contest_app.core.database import open_database
    from contest_app.core.tours.settings import load_settings, save_settings
    from contest_app.reports.catalogue import CatalogueOptions, export_catalogue
    from contest_app.reports.image_prep import CACHE_FOLDER

    db = open_database(url)
    options = CatalogueOptions(language=lang, page_size=page_size, print_shop=print_shop,
                               workers=workers)
    shutil.rmtree(media.joinpath(*CACHE_FOLDER), ignore_errors=True)
    rows: list[tuple[str, str]] = []
    label = f"{page_size}{' + bleed' if print_shop else ''}"

    class Clock:
        """Notes when each step ended: pictures come first, then pages."""

        def __init__(self) -> None:
            self.times: dict[int, float] = {}

        def report(self, done: int, total: int) -> None:
            self.times[done] = time.perf_counter()

    for step in ("first export", "after a text change"):
        if step != "first export":
            with db.session() as session, session.begin():
                settings = load_settings(session, tour_id)
                settings.title = {"en": f"Winning works {time.time():.0f}"}
                settings.forewords = {lang: "Changed foreword text. " * 40, "en": "Changed. " * 80}
                save_settings(session, tour_id, settings)
        path = out / f"catalogue-{page_size}{'-bleed' if print_shop else ''}.pdf"
        clock = Clock()
        started = time.perf_counter()
        result = export_catalogue(db, tour_id, path, options, control=clock)
        seconds = time.perf_counter() - started
        pictures = len(result.placements)  # the works and the cover
        prep = clock.times.get(pictures, started) - started
        size = path.stat().st_size / 1e6
        dpis = [p.pixels[0] / (p.printed[0] / 72) for p in result.placements]
        rows.append((f"{label}: {step}",
                     f"{seconds:6.1f} s (pictures {prep:5.1f} s, pages {seconds - prep:5.1f} s)"
                     f"  {size:6.1f} MB  {result.pages} pages, {len(dpis)} pictures, "
                     f"{min(dpis):.0f}-{max(dpis):.0f} dpi"))
    db.dispose()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/bench_catalogue"))
    parser.add_argument("--workers", type=int, default=None,
                        help="processes preparing pictures (default: one per core, at most 6)")
    parser.add_argument("--lang", default="ko", help="the language beside English")
    args = parser.parse_args()
    cache = args.out / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    url, media, tour_id = build(cache, args.workers or os.cpu_count() or 2)
    rows = []
    for page_size, print_shop in (("A4", False), ("B5", True)):
        rows += run(url, media, tour_id, args.out, page_size, print_shop, args.lang,
                    args.workers)
    print(f"\ncatalogue of 155 works from 12 MP originals, {os.cpu_count()} cores")
    for name, figures in rows:
        print(f"  {name:<32} {figures}")
    print("  goals: first export < 60 s, after a text change < 15 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
