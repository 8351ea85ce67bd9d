"""Keep each original image byte for byte; make clean derivatives (oriented, sRGB, no metadata).

The primitives here (reduced decoding, orientation, colour, clean saving) are shared by the demo
builder and by intake (core/intake/images.py), which adds the safety checks a region's files need.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms

THUMB_SIZE = 320
PREVIEW_SIZE = 1600
JPEG_QUALITY = 85
# Largest picture accepted, in pixels: a 24 MP camera file is common, 100 MP is a scan of a wall.
# Pillow warns above its limit and refuses above twice it; intake turns both into a refusal.
PIXEL_LIMIT = 100_000_000
Image.MAX_IMAGE_PIXELS = PIXEL_LIMIT

_SRGB = ImageCms.createProfile("sRGB")
_ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIXTEEN_BIT = ("I;16", "I;16B", "I;16L", "I;16N", "I")


@dataclass(frozen=True)
class StoredImage:
    stored_path: str  # relative to the media root
    thumb_path: str
    preview_path: str
    sha256: str
    phash: str
    format: str
    width: int
    height: int
    size_bytes: int


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_srgb_rgb(image: Image.Image, icc: bytes | None = None) -> Image.Image:
    """RGB in sRGB whatever came in: CMYK scans, 16-bit greys, palettes, alpha over white.

    icc: the source's profile when image no longer carries it (a resized copy); by default the
    image's own.
    """
    icc = icc if icc is not None else image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken or mismatched profile: fall back to a plain conversion below
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode == "P" and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in _SIXTEEN_BIT:
        return image.point(lambda v: v / 256).convert("L").convert("RGB")
    if image.mode == "F":
        return image.convert("L").convert("RGB")
    return image.convert("RGB")


def dhash(image: Image.Image, size: int = 8) -> str:
    """Difference hash: survives re-encoding and resizing, so near copies can be found."""
    small = image.convert("L").resize((size + 1, size), Image.Resampling.BILINEAR)
    pixels = small.tobytes()  # mode L: one byte per pixel, row by row
    bits = 0
    for row in range(size):
        for col in range(size):
            left = pixels[row * (size + 1) + col]
            right = pixels[row * (size + 1) + col + 1]
            bits = (bits << 1) | (left > right)
    return f"{bits:0{size * size // 4}x}"


def hamming(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def fit(size: tuple[int, int], box: int) -> tuple[int, int]:
    """size scaled down (never up) to fit a box x box square, keeping the aspect ratio."""
    width, height = size
    scale = min(1.0, box / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) of an opened image; 1 when absent or unreadable."""
    if image.format == "PNG":
        # a PNG may keep its EXIF after the pixels, so Pillow decodes them to find it: a damaged
        # picture must fail here, not be swallowed below as a damaged EXIF block (Pillow then
        # hands out the half-decoded, black picture as if it were whole)
        image.load()
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a broken EXIF block must not refuse an otherwise good picture
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def decode_reduced(probe: Image.Image, box: int) -> Image.Image:
    """Decode probe small enough for a box x box derivative: oriented, RGB, sRGB, no metadata.

    The box is square, so it fits the same whether the picture is turned upright before or
    after scaling; scaling first turns fewer pixels.
    """
    turn = orientation(probe)
    icc = probe.info.get("icc_profile")
    target = fit(probe.size, box)
    if probe.format in ("JPEG", "MPO"):
        # libjpeg decodes at 1/2, 1/4 or 1/8 scale for a fraction of the full cost
        probe.draft(None, target)
    probe.load()
    image: Image.Image = probe
    if image.mode in ("P", "PA", "1"):
        # Pillow resizes palette and bilevel pictures with NEAREST only: widen them first
        has_alpha = image.mode == "PA" or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else ("L" if image.mode == "1" else "RGB"))
    if image.size != target:
        # reducing_gap: a cheap box reduce() first, then LANCZOS over the last factor of two
        image = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    image = to_srgb_rgb(image, icc or None)
    if turn in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[turn])
    image.info.clear()  # nothing of the original's metadata rides along
    return image


def derivatives(image: Image.Image) -> tuple[Image.Image, Image.Image]:
    """(preview, thumbnail) of an RGB image already at most PREVIEW_SIZE on its long side."""
    preview = image
    if max(preview.size) > PREVIEW_SIZE:
        preview = preview.resize(fit(preview.size, PREVIEW_SIZE), Image.Resampling.LANCZOS,
                                 reducing_gap=2.0)
    thumb = preview.resize(fit(preview.size, THUMB_SIZE), Image.Resampling.LANCZOS,
                           reducing_gap=2.0)
    return preview, thumb


def save_clean_jpeg(image: Image.Image, path: Path) -> None:
    """A JPEG with no EXIF, XMP, ICC profile or comment: only what the pixels are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clean = image if image.mode == "RGB" else image.convert("RGB")
    clean.info.clear()
    # explicit empty values: Pillow would otherwise copy some of them from info or encoderinfo
    clean.save(path, "JPEG", quality=JPEG_QUALITY, optimize=False, exif=b"", comment=b"")


def store_image(media_root: Path, folder: str, data: bytes, original_name: str) -> StoredImage:
    """Write the original under media_root/folder, named by its hash, and its derivatives."""
    digest = sha256_hex(data)
    with Image.open(io.BytesIO(data)) as probe:
        fmt = (probe.format or "").upper()
        suffix = Path(original_name).suffix.lower() or "." + fmt.lower()
        original_rel = f"{folder}/originals/{digest}{suffix}"
        target = media_root / original_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_bytes(data)
        raw_width, raw_height = probe.size
        turned = orientation(probe) in (5, 6, 7, 8)
        image = decode_reduced(probe, PREVIEW_SIZE)
    width, height = (raw_height, raw_width) if turned else (raw_width, raw_height)
    preview, thumb = derivatives(image)
    preview_rel = f"{folder}/previews/{digest}.jpg"
    thumb_rel = f"{folder}/thumbs/{digest}.jpg"
    save_clean_jpeg(preview, media_root / preview_rel)
    save_clean_jpeg(thumb, media_root / thumb_rel)
    return StoredImage(
        stored_path=original_rel,
        thumb_path=thumb_rel,
        preview_path=preview_rel,
        sha256=digest,
        phash=dhash(thumb),
        format=fmt,
        width=width,
        height=height,
        size_bytes=len(data),
    )
