"""Demo paintings: deterministic, distinct per seed, RGB, clean JPEG, fast enough for 10,000."""

from __future__ import annotations

import io
import itertools
import time

from PIL import Image

from contest_app.core.demo_images import painting, painting_bytes


def _average_hash(image: Image.Image) -> int:
    small = image.convert("L").resize((8, 8), Image.Resampling.BILINEAR)
    pixels = small.tobytes()
    mean = sum(pixels) / 64
    return sum(1 << i for i, value in enumerate(pixels) if value > mean)


def test_painting_is_rgb_of_the_requested_size() -> None:
    image = painting(1)
    assert image.mode == "RGB"
    assert image.size == (1200, 900)
    assert painting(1, (300, 400)).size == (300, 400)


def test_painting_is_deterministic() -> None:
    assert painting(42, (240, 180)).tobytes() == painting(42, (240, 180)).tobytes()
    assert painting_bytes(42, (240, 180)) == painting_bytes(42, (240, 180))


def test_paintings_differ_per_seed() -> None:
    # consecutive seeds as the demo builder uses them, and seeds far apart
    seeds = [*range(200), *range(1_200_000, 1_200_050)]
    hashes = [_average_hash(painting(seed, (240, 180))) for seed in seeds]
    assert len(set(hashes)) == len(seeds)
    closest = min(bin(a ^ b).count("1") for a, b in itertools.combinations(hashes, 2))
    assert closest >= 1


def test_painting_looks_painted_not_flat() -> None:
    image = painting(7, (240, 180))
    colours = image.getcolors(maxcolors=240 * 180)
    assert colours is not None and len(colours) > 2000


def test_painting_bytes_are_jpeg_without_exif() -> None:
    data = painting_bytes(3, (320, 240))
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert image.mode == "RGB"
    assert image.size == (320, 240)
    assert "exif" not in image.info
    assert len(image.getexif()) == 0


def test_painting_bytes_quality_matters() -> None:
    assert len(painting_bytes(5, quality=40)) < len(painting_bytes(5, quality=95))


def test_painting_is_fast() -> None:
    painting(0)  # first call pays for imports and allocator warm-up
    timings = []
    for seed in range(9):
        start = time.perf_counter()
        painting(seed, (1200, 900))
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[len(timings) // 2] < 0.060
