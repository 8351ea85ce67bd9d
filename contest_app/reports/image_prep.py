"""Images at print quality: each original scaled DOWN to 300 dpi at its printed size, never up.

The prepared JPEGs are cached under <media root>/cache/print/, named by the original's SHA-256
and the pixel size, so a catalogue exported again after a text change (or at another venue)
reuses them and only lays out pages. A picture smaller than its printed size needs is used at
its own size: it prints below 300 dpi, and preflight() lists it before export so staff can ask
the region for a better scan. An upright baseline RGB JPEG that needs no scaling is linked or
copied into the cache byte for byte (no second compression).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import shutil
import sys
import uuid
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from contest_app.core.images import PREVIEW_SIZE, decode_reduced, fit, orientation
from contest_app.core.intake.cancel import Control

PRINT_DPI = 300
JPEG_QUALITY = 90  # print shops see no loss at 90; 95 nearly doubles the file
CACHE_FOLDER = ("cache", "print")
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class ImageRequest:
    key: str  # the caller's handle, e.g. "012" or "cover"
    stored_path: str  # the original, relative to the media root
    sha256: str
    width: int  # upright pixel size of the original
    height: int
    box: tuple[float, float]  # the printed box in points; the picture is fitted inside
    preview_path: str = ""  # the screen-size derivative, for draft (preview) documents


@dataclass(frozen=True)
class PrintImage:
    key: str
    path: Path | None  # None: the original is missing or unreadable
    pixels: tuple[int, int]
    printed: tuple[float, float]  # points
    source: tuple[int, int]

    @property
    def dpi(self) -> float:
        return self.pixels[0] / (self.printed[0] / POINTS_PER_INCH) if self.printed[0] else 0.0


@dataclass(frozen=True)
class LowResolution:
    key: str
    dpi: float
    pixels: tuple[int, int]
    needed: tuple[int, int]


def printed_size(width: int, height: int, box: tuple[float, float]) -> tuple[float, float]:
    """The picture's size in points, fitted into box with its aspect ratio kept."""
    if width <= 0 or height <= 0:
        return box
    scale = min(box[0] / width, box[1] / height)
    return width * scale, height * scale


def target_pixels(width: int, height: int, printed: tuple[float, float],
                  dpi: int = PRINT_DPI) -> tuple[int, int]:
    """Pixels for dpi at the printed size, but never more than the original has."""
    need_w = math.ceil(printed[0] / POINTS_PER_INCH * dpi)
    if need_w >= width:
        return width, height
    return need_w, max(1, round(height * need_w / width))


def needed_pixels(printed: tuple[float, float], dpi: int = PRINT_DPI) -> tuple[int, int]:
    return (math.ceil(printed[0] / POINTS_PER_INCH * dpi),
            math.ceil(printed[1] / POINTS_PER_INCH * dpi))


def draft_images(requests: Iterable[ImageRequest], media_root: Path) -> dict[str, PrintImage]:
    """The stored screen previews (1600 px) in place of print images: a preview in the app
    needs no print resolution, and these exist already, so a draft costs no decoding."""
    results = {}
    for request in requests:
        printed = printed_size(request.width, request.height, request.box)
        path = media_root / request.preview_path if request.preview_path else None
        pixels = fit((request.width, request.height), PREVIEW_SIZE)
        results[request.key] = PrintImage(request.key, path if path and path.is_file() else None,
                                          pixels, printed, (request.width, request.height))
    return results


def cache_path(media_root: Path, sha256: str, pixels: tuple[int, int]) -> Path:
    return media_root.joinpath(*CACHE_FOLDER, sha256[:2], f"{sha256}-{pixels[0]}x{pixels[1]}.jpg")


def preflight(requests: Iterable[ImageRequest], media_root: Path,
              dpi: int = PRINT_DPI) -> tuple[list[LowResolution], list[str]]:
    """Before export, from the stored sizes alone: pictures below dpi, and missing originals."""
    low, missing = [], []
    for request in requests:
        if not request.stored_path or not (media_root / request.stored_path).is_file():
            missing.append(request.key)
            continue
        printed = printed_size(request.width, request.height, request.box)
        need = needed_pixels(printed, dpi)
        if request.width < need[0] - 1:  # one pixel of rounding is not a problem
            effective = request.width / (printed[0] / POINTS_PER_INCH)
            low.append(LowResolution(request.key, effective, (request.width, request.height),
                                     need))
    return low, missing


def _can_pass_through(probe: Image.Image) -> bool:
    """A JPEG a PDF can carry as it is: baseline-or-progressive RGB/grey, upright, no profile."""
    return (probe.format == "JPEG" and probe.mode in ("RGB", "L") and orientation(probe) == 1
            and not probe.info.get("icc_profile"))


def _write_atomic(target: Path, write: object) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(temp)  # type: ignore[operator]
        os.replace(temp, target)  # readers never see half a file, even with two exports at once
    finally:
        temp.unlink(missing_ok=True)


def _prepare(args: tuple[str, str, str, int, int]) -> tuple[str, tuple[int, int]]:
    """In a worker: make the cached JPEG for one original; returns (key, pixel size made)."""
    source, target, key, width, height = args
    out = Path(target)
    if out.is_file():
        return key, (width, height)
    with Image.open(source) as probe:
        upright = probe.size if orientation(probe) not in (5, 6, 7, 8) else probe.size[::-1]
        if upright == (width, height) and _can_pass_through(probe):
            def link(temp: Path) -> None:
                try:
                    os.link(source, temp)  # same file system as the media root: no copy
                except OSError:
                    shutil.copyfile(source, temp)
            _write_atomic(out, link)
            return key, (width, height)
        image = decode_reduced(probe, max(width, height))
    if image.size != (width, height):  # rounding of the long side: make it exact
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    _write_atomic(out, lambda temp: image.save(temp, "JPEG", quality=JPEG_QUALITY,
                                                optimize=False, exif=b"", comment=b""))
    return key, (width, height)


def _pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (fork is unsafe in the GUI's threaded process); a frozen
    app can only spawn."""
    if not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 6))  # each worker may hold a 24 MP picture decoded


def prepare_images(requests: list[ImageRequest], media_root: Path, *, dpi: int = PRINT_DPI,
                   workers: int | None = None, control: Control | None = None,
                   progress_offset: int = 0, progress_total: int | None = None,
                   ) -> dict[str, PrintImage]:
    """The print JPEG of every request (from the cache when it is there), keyed by request.key.

    control.report(done, total) runs after each picture; its exception (Cancelled) stops the
    pool and propagates. Cache files are written atomically, so a cancelled run leaves none
    half-written.
    """
    results: dict[str, PrintImage] = {}
    jobs: dict[str, tuple[str, str, str, int, int]] = {}  # one job per cache file
    waiting: dict[str, list[ImageRequest]] = {}
    for request in requests:
        source = media_root / request.stored_path if request.stored_path else None
        printed = printed_size(request.width, request.height, request.box)
        if source is None or not source.is_file():
            results[request.key] = PrintImage(request.key, None, (0, 0), printed,
                                              (request.width, request.height))
            continue
        pixels = target_pixels(request.width, request.height, printed, dpi)
        target = cache_path(media_root, request.sha256, pixels)
        results[request.key] = PrintImage(request.key, target, pixels, printed,
                                          (request.width, request.height))
        if not target.is_file():
            jobs.setdefault(str(target), (str(source), str(target), str(target), *pixels))
            waiting.setdefault(str(target), []).append(request)
    total = progress_total if progress_total is not None else len(requests)
    done = progress_offset + len(requests) - sum(len(w) for w in waiting.values())
    if control is not None:
        control.report(done, total)
    for made, _size in _run(list(jobs.values()), workers):
        done += len(waiting[made])
        if control is not None:
            control.report(done, total)
    return results


def _run(jobs: list[tuple[str, str, str, int, int]],
         workers: int | None) -> Iterable[tuple[str, tuple[int, int]]]:
    count = min(workers or default_workers(), len(jobs))
    if count <= 1:
        for job in jobs:
            yield _prepare(job)
        return
    pending = iter(jobs)
    in_flight: set[Future[tuple[str, tuple[int, int]]]] = set()
    with ProcessPoolExecutor(max_workers=count, mp_context=_pool_context()) as pool:
        try:
            while True:
                while len(in_flight) < count * 2:  # a few per worker: memory stays flat
                    queued = next(pending, None)
                    if queued is None:
                        break
                    in_flight.add(pool.submit(_prepare, queued))
                if not in_flight:
                    return
                finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    yield future.result()
        finally:
            for future in in_flight:
                future.cancel()
