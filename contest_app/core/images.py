"""Keep each original image byte for byte; make clean derivatives (oriented, sRGB, no metadata)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

THUMB_SIZE = 320
PREVIEW_SIZE = 1600
JPEG_QUALITY = 85
_SRGB = ImageCms.createProfile("sRGB")


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


def to_srgb_rgb(image: Image.Image) -> Image.Image:
    """RGB in sRGB whatever came in: CMYK scans, 16-bit greys, palettes, alpha over white."""
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: fall back to a plain conversion below
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda v: v / 256).convert("L").convert("RGB")
    return image.convert("RGB")


def dhash(image: Image.Image, size: int = 8) -> str:
    """Difference hash: survives re-encoding and resizing, so near copies can be found."""
    small = image.convert("L").resize((size + 1, size), Image.Resampling.BILINEAR)
    pixels = list(small.getdata())
    bits = 0
    for row in range(size):
        for col in range(size):
            left = pixels[row * (size + 1) + col]
            right = pixels[row * (size + 1) + col + 1]
            bits = (bits << 1) | (left > right)
    return f"{bits:0{size * size // 4}x}"


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def _save_jpeg(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # a fresh image with no info dict: nothing of the original's metadata can ride along
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    clean.save(path, "JPEG", quality=JPEG_QUALITY, optimize=False)


def store_image(media_root: Path, folder: str, data: bytes, original_name: str) -> StoredImage:
    """Write the original under media_root/folder, named by its hash, and its derivatives."""
    digest = sha256_hex(data)
    with Image.open(io.BytesIO(data)) as probe:
        fmt = (probe.format or "").upper()
        width, height = probe.size
        suffix = Path(original_name).suffix.lower() or "." + fmt.lower()
        original_rel = f"{folder}/originals/{digest}{suffix}"
        target = media_root / original_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_bytes(data)
        if fmt == "JPEG":
            probe.draft("RGB", (PREVIEW_SIZE, PREVIEW_SIZE))  # decode at reduced scale: faster
        image = ImageOps.exif_transpose(probe) or probe
        image = to_srgb_rgb(image)
    preview = image.copy()
    preview.thumbnail((PREVIEW_SIZE, PREVIEW_SIZE), Image.Resampling.LANCZOS)
    thumb = preview.copy()
    thumb.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.LANCZOS)
    preview_rel = f"{folder}/previews/{digest}.jpg"
    thumb_rel = f"{folder}/thumbs/{digest}.jpg"
    _save_jpeg(preview, media_root / preview_rel)
    _save_jpeg(thumb, media_root / thumb_rel)
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
