"""Prepare a region's image files safely: refuse bombs unread, decode what is good, stage the rest.

Each image is checked, then decoded once at reduced scale, in a pool of worker processes that get
file paths (never the bytes) and hand back small records: memory stays flat whatever the batch.
What a worker writes goes to a staging folder; commit_import moves it into the media root.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
import warnings
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from contest_app.core.images import (
    PIXEL_LIMIT,
    PREVIEW_SIZE,
    decode_reduced,
    derivatives,
    dhash,
    orientation,
    save_clean_jpeg,
    sha256_hex,
)
from contest_app.core.intake import problems as P
from contest_app.core.intake.problems import ProblemItem, problem

try:  # iPhones send HEIC; without pillow-heif such files are refused as unreadable
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a dependency of the app
    pass
Image.init()  # load every plugin now: open(formats=...) looks each named format up

# Only these parsers ever see a region's bytes: fewer decoders, fewer ways in. (The JPEG parser
# also opens the multi-picture JPEGs many cameras write; Pillow calls those MPO.)
FORMATS = tuple(f for f in ("JPEG", "PNG", "TIFF", "WEBP", "HEIF") if f in Image.OPEN)
MAX_FILE_BYTES = 200 * 1024 * 1024  # a 100 MP uncompressed TIFF is 300 MB; paintings are smaller
ORIGINALS, THUMBS, PREVIEWS = "originals", "thumbs", "previews"


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to store; paths are relative to the staging folder."""

    original_name: str
    original: str  # originals/<sha256><suffix>, byte for byte the file the region sent
    thumb: str
    preview: str
    sha256: str
    phash: str
    format: str
    width: int  # as shown, after the EXIF orientation
    height: int
    size_bytes: int

    @property
    def suffix(self) -> str:
        return Path(self.original).suffix


def _refuse(code: str, name: str, **detail: Any) -> ProblemItem:
    return problem(code, column="image", value=name, **detail)


def prepare_image(data: bytes, name: str, staging: Path) -> PreparedImage | ProblemItem:
    """Check, decode and stage one image; a ProblemItem (row unset) says why it was refused.

    The declared width x height is read from the header and checked against PIXEL_LIMIT before
    anything is decoded, so a decompression bomb costs nothing.
    """
    if len(data) > MAX_FILE_BYTES:
        return _refuse(P.IMAGE_TOO_LARGE, name, bytes=len(data), limit_bytes=MAX_FILE_BYTES)
    digest = sha256_hex(data)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it: a warning is a refusal here
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as probe:
                width, height = probe.size
                if width * height > PIXEL_LIMIT:
                    return _refuse(P.IMAGE_TOO_LARGE, name, width=width, height=height,
                                   limit=PIXEL_LIMIT)
                fmt = "JPEG" if probe.format == "MPO" else (probe.format or "")
                if orientation(probe) in (5, 6, 7, 8):
                    width, height = height, width
                image = decode_reduced(probe, PREVIEW_SIZE)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        return _refuse(P.IMAGE_TOO_LARGE, name, limit=PIXEL_LIMIT, reason=str(exc)[:200])
    except Image.UnidentifiedImageError:
        return _refuse(P.IMAGE_UNREADABLE, name, reason="format")
    except Exception as exc:  # a broken file can fail in any decoder in any way
        return _refuse(P.IMAGE_UNREADABLE, name, reason=type(exc).__name__,
                       error=str(exc)[:200])
    preview, thumb = derivatives(image)
    suffix = Path(name).suffix.lower() or "." + fmt.lower()
    original = f"{ORIGINALS}/{digest}{suffix}"
    thumb_rel, preview_rel = f"{THUMBS}/{digest}.jpg", f"{PREVIEWS}/{digest}.jpg"
    target = staging / original
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        target.write_bytes(data)
    save_clean_jpeg(preview, staging / preview_rel)
    save_clean_jpeg(thumb, staging / thumb_rel)
    return PreparedImage(
        original_name=name, original=original, thumb=thumb_rel, preview=preview_rel,
        sha256=digest, phash=dhash(thumb), format=fmt, width=width, height=height,
        size_bytes=len(data),
    )


def prepare_image_file(path: Path, name: str, staging: Path) -> PreparedImage | ProblemItem:
    """prepare_image for a file on disk; a file too big to be a painting is never read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _refuse(P.IMAGE_TOO_LARGE, name, bytes=size, limit_bytes=MAX_FILE_BYTES)
        data = path.read_bytes()
    except OSError as exc:
        return _refuse(P.IMAGE_UNREADABLE, name, reason=type(exc).__name__)
    return prepare_image(data, name, staging)


@dataclass(frozen=True)
class ImageJob:
    key: str  # the caller's handle for the result (the file's path inside the batch)
    path: Path
    name: str


def _run_job(job: tuple[str, str, str, str]) -> tuple[str, PreparedImage | ProblemItem]:
    key, path, name, staging = job
    return key, prepare_image_file(Path(path), name, Path(staging))


def default_workers() -> int:
    """One worker per core we may use, at most 6: each may hold a 24 MP picture decoded."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 6))


def _pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: fork is unsafe in a GUI's threaded process, spawn is slow.

    A frozen (PyInstaller) app can only spawn.
    """
    if not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # workers forked from a server that has the decoders loaded start in milliseconds
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def prepare_many(
    jobs: Iterable[ImageJob],
    staging: Path,
    *,
    workers: int | None = None,
    on_done: Callable[[], None] | None = None,
) -> Generator[tuple[str, PreparedImage | ProblemItem], None, None]:
    """(key, result) for each job, in the order they finish.

    At most a few jobs per worker are in flight, so a batch of any size costs the same memory.
    on_done runs after each image in the calling process; an exception from it (Cancelled)
    stops the pool, waits for the running jobs and propagates.
    """
    todo = list(jobs)
    count = min(workers or default_workers(), len(todo))
    if count <= 1:
        for job in todo:
            yield job.key, prepare_image_file(job.path, job.name, staging)
            if on_done is not None:
                on_done()
        return
    pending = iter(todo)
    in_flight: set[Future[tuple[str, PreparedImage | ProblemItem]]] = set()
    with ProcessPoolExecutor(max_workers=count, mp_context=_pool_context()) as pool:
        try:
            while True:
                while len(in_flight) < count * 3:
                    queued = next(pending, None)
                    if queued is None:
                        break
                    args = (queued.key, str(queued.path), queued.name, str(staging))
                    in_flight.add(pool.submit(_run_job, args))
                if not in_flight:
                    return
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
                    if on_done is not None:
                        on_done()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
