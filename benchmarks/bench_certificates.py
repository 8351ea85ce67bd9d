"""Benchmark of certificates: every certificate of an edition like 2024.

    .venv/bin/python benchmarks/bench_certificates.py [--works 676] [--keep DIR]

Builds the demo edition (676 works, about 745 students, 1200x900 paintings), marks 155 works
awarded across the four tiers (1 / 10 / 20 / 124, status final), then times:
- generation of one PDF per region with cover sheets, embedded CJK and Cyrillic fonts, painting
  thumbnails and QR codes (plan + serials + rendering + file hashes; goal < 30 s);
- the same into one combined PDF;
- a regeneration (serials reused) and pre-flight over the whole edition.
Prints seconds, certificates/s, total MB and MB per 100 certificates.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=None, help="default: the 2024 edition")
    parser.add_argument("--keep", type=Path, help="keep the database and PDFs in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-cert-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["CONTEST_APP_MEDIA"] = str(folder / "media")
    os.environ["CONTEST_APP_DATA"] = str(folder / "data")

    from sqlalchemy import select

    from contest_app.core.database import open_database
    from contest_app.core.demo import build_demo
    from contest_app.db.models import Award, AwardTier, Entry, EntryStatus
    from contest_app.reports.certificates import GenerateOptions, generate_certificates
    from contest_app.reports.preflight import preflight

    db_file = folder / "bench.sqlite"
    db_file.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{db_file}")
    started = time.perf_counter()
    contest_id = build_demo(db, total=args.works, workers=os.cpu_count() or 2)
    print(f"demo edition built in {time.perf_counter() - started:.1f} s")
    with db.session() as s, s.begin():
        tiers = list(s.scalars(select(AwardTier).where(AwardTier.contest_id == contest_id)
                               .order_by(AwardTier.position)))
        entries = list(s.scalars(select(Entry).where(Entry.contest_id == contest_id)))
        for entry in entries:
            entry.status = EntryStatus.ELIGIBLE
        chosen = random.Random(2024).sample(entries, min(155, len(entries)))
        slots = [t for t in tiers for _ in range(t.quota)]
        for entry, tier in zip(chosen, slots, strict=False):
            s.add(Award(contest_id=contest_id, entry_id=entry.id, tier_id=tier.id,
                        status="final"))
        students = sum(len(e.authors) for e in entries)
    print(f"{len(entries)} works, {students} students, {min(155, len(entries))} awarded")

    def run(label: str, out: Path, options: GenerateOptions) -> None:
        shutil.rmtree(out, ignore_errors=True)
        t0 = time.perf_counter()
        result = generate_certificates(db, contest_id, out, options)
        seconds = time.perf_counter() - t0
        size = sum(f.path.stat().st_size for f in result.files) / 1e6
        counts: dict[str, int] = {}
        for f in result.files:
            for kind, n in f.counts.items():
                counts[kind] = counts.get(kind, 0) + n
        total = result.total
        print(f"{label:<34} {seconds:6.2f} s  {total / seconds:6.0f} cert/s  "
              f"{len(result.files):3d} files  {size:6.2f} MB  "
              f"{size / total * 100:5.2f} MB/100  {counts}  new {result.new}")

    print(f"{'':<34} {'time':>8}  {'rate':>13}  {'files':>9}  {'size':>9}  {'per 100':>8}")
    run("per region, thumbnails + QR", folder / "regions", GenerateOptions())
    run("again (serials reused)", folder / "regions2", GenerateOptions())
    run("combined, thumbnails + QR", folder / "combined", GenerateOptions(combined=True))
    run("per region, no thumbnails", folder / "nothumbs", GenerateOptions(thumbnails=False))
    t0 = time.perf_counter()
    with db.session() as s:
        problems = preflight(s, contest_id, db.media_root)
    print(f"{'pre-flight':<34} {time.perf_counter() - t0:6.2f} s  {len(problems)} problems")
    db.dispose()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
