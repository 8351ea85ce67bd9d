"""Safe image preparation: every kind regions send, metadata stripped, bombs refused unread."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageFile

from contest_app.core import images as core_images
from contest_app.core.demo_images import painting
from contest_app.core.intake import problems as P
from contest_app.core.intake.images import (
    ImageJob,
    PreparedImage,
    prepare_image,
    prepare_image_file,
    prepare_many,
)
from contest_app.core.intake.problems import ProblemItem


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def cmyk_profile() -> bytes:
    """A tiny CMYK printer profile (a lut8 A2B0 on a 2-point grid), as scanners embed one."""
    srgb, lab = ImageCms.createProfile("sRGB"), ImageCms.createProfile("LAB")
    corners = [tuple(round(255 * (1 - v) * (1 - k)) for v in (c, m, y))
               for c in (0, 1) for m in (0, 1) for y in (0, 1) for k in (0, 1)]
    rgb = Image.new("RGB", (16, 1))
    for x, colour in enumerate(corners):
        rgb.putpixel((x, 0), colour)
    lab_image = ImageCms.profileToProfile(rgb, srgb, lab, outputMode="LAB")
    # getpixel gives a and b offset by 128, as the ICC 8-bit Lab encoding wants (tobytes doesn't)
    clut = b"".join(bytes(lab_image.getpixel((x, 0))) for x in range(16))
    identity = b"".join(_s15(v) for v in (1, 0, 0, 0, 1, 0, 0, 0, 1))
    ramp = bytes(range(256))
    lut = b"mft1" + bytes(4) + bytes([4, 3, 2, 0]) + identity + ramp * 4 + clut + ramp * 3
    text = b"test CMYK"
    desc = b"desc" + bytes(4) + struct.pack(">I", len(text) + 1) + text + bytes(1 + 8 + 3 + 67)
    wtpt = b"XYZ " + bytes(4) + _s15(0.9642) + _s15(1.0) + _s15(0.8249)
    tags = [(b"desc", desc), (b"wtpt", wtpt), (b"cprt", b"text" + bytes(4) + b"none\0"),
            (b"A2B0", lut)]
    offset = 128 + 4 + 12 * len(tags)
    table, body = struct.pack(">I", len(tags)), b""
    for signature, data in tags:
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data + bytes(-len(data) % 4)
    header = (struct.pack(">I", offset + len(body)) + bytes(4) + struct.pack(">I", 0x02100000)
              + b"prtrCMYKLab " + bytes(12) + b"acsp" + bytes(28)
              + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + bytes(48))
    return header + table + body


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_rgb16(width: int, height: int) -> bytes:
    """A 16-bit-per-channel RGB PNG (Pillow cannot write one), a warm gradient."""
    raw = b""
    for _row in range(height):
        raw += b"\0" + b"".join(struct.pack(">HHH", 60000, (x * 65535) // width, 1000)
                                for x in range(width))
    ihdr = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(raw)) + png_chunk(b"IEND", b""))


def png_bomb(width: int = 40000, height: int = 40000) -> bytes:
    """A few hundred bytes whose header declares width x height pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(b"\0" * 1024)) + png_chunk(b"IEND", b""))


def red_cmyk() -> Image.Image:
    return Image.new("CMYK", (300, 200), (0, 255, 255, 0))


def rgba_picture() -> Image.Image:
    image = painting(3, (400, 300)).convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize((400, 300)))
    return image


def _grey16(fmt: str) -> bytes:
    return encode(Image.linear_gradient("L").resize((300, 200)).convert("I").point(
        lambda v: v * 256).convert("I;16"), fmt)


KINDS = {
    "baseline.jpg": lambda: encode(painting(1, (800, 600)), "JPEG", quality=90),
    "progressive.jpg": lambda: encode(painting(2, (800, 600)), "JPEG", quality=90,
                                      progressive=True),
    "alpha.png": lambda: encode(rgba_picture(), "PNG"),
    "palette.png": lambda: encode(painting(4, (400, 300)).convert("P"), "PNG"),
    "grey16.png": lambda: _grey16("PNG"),
    "rgb16.png": lambda: png_rgb16(120, 80),
    "grey16.tif": lambda: _grey16("TIFF"),
    "rgb.tif": lambda: encode(painting(5, (400, 300)), "TIFF", compression="tiff_lzw"),
    "cmyk.jpg": lambda: encode(red_cmyk(), "JPEG", quality=95),
    "cmyk_icc.jpg": lambda: encode(red_cmyk(), "JPEG", quality=95, icc_profile=cmyk_profile()),
    "photo.webp": lambda: encode(painting(6, (400, 300)), "WEBP", quality=90),
    "photo.heic": lambda: encode(painting(7, (400, 300)), "HEIF", quality=90),
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_is_decoded_to_clean_srgb_derivatives(name: str, tmp_path: Path) -> None:
    data = KINDS[name]()
    result = prepare_image(data, name, tmp_path)
    assert isinstance(result, PreparedImage), result
    original = tmp_path / result.original
    assert original.read_bytes() == data  # kept byte for byte
    assert result.sha256 == core_images.sha256_hex(data) and len(result.phash) == 16
    for rel, box in ((result.preview, core_images.PREVIEW_SIZE),
                     (result.thumb, core_images.THUMB_SIZE)):
        with Image.open(tmp_path / rel) as saved:
            assert saved.format == "JPEG" and saved.mode == "RGB"
            assert max(saved.size) <= box
    if name.startswith("cmyk"):
        with Image.open(tmp_path / result.preview) as saved:
            red, green, blue = saved.getpixel((saved.width // 2, saved.height // 2))
        assert red > 180 and green < 90 and blue < 90, (red, green, blue)
    if name == "alpha.png":
        with Image.open(tmp_path / result.preview) as saved:
            # the transparent corner is laid over white, not black
            assert min(saved.getpixel((2, 2))) > 200


def test_exif_rotated_jpeg_is_turned_upright_and_loses_its_exif(tmp_path: Path) -> None:
    image = Image.new("RGB", (400, 300), (255, 0, 0))
    image.paste((0, 0, 255), (200, 0, 400, 300))  # left red, right blue as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    exif[0x010F] = "PhoneMaker"
    data = encode(image, "JPEG", exif=exif.tobytes(), quality=95)
    result = prepare_image(data, "turned.jpg", tmp_path)
    assert isinstance(result, PreparedImage)
    assert (result.width, result.height) == (300, 400)
    with Image.open(tmp_path / result.preview) as saved:
        assert saved.size == (300, 400)
        assert not saved.getexif()
        # clockwise turn: the stored left (red) is now on top
        assert saved.getpixel((150, 20))[0] > 200 and saved.getpixel((150, 380))[2] > 200


def test_derivatives_carry_no_metadata(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "SecretCamera"
    exif[0x8825] = {1: "N"}  # a GPS block
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>SecretXMP</rdf:RDF></x:xmpmeta>'
    data = encode(painting(9, (800, 600)), "JPEG", exif=exif.tobytes(), icc_profile=srgb,
                  comment=b"SecretComment", xmp=xmp)
    with Image.open(io.BytesIO(data)) as source:  # the source really has it all
        assert source.info.get("icc_profile") and source.info.get("comment")
    result = prepare_image(data, "meta.jpg", tmp_path)
    assert isinstance(result, PreparedImage)
    for rel in (result.preview, result.thumb):
        raw = (tmp_path / rel).read_bytes()
        for marker in (b"Exif", b"SecretCamera", b"ICC_PROFILE", b"SecretComment",
                       b"SecretXMP", b"http://ns.adobe.com/xap"):
            assert marker not in raw, (rel, marker)
        with Image.open(tmp_path / rel) as saved:
            assert not saved.getexif()
            for key in ("icc_profile", "comment", "xmp", "exif"):
                assert key not in saved.info, (rel, key)


def _forbid_decoding(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def refuse(self: Image.Image, *args: object, **kwargs: object) -> None:
        calls.append(type(self).__name__)
        raise AssertionError("a bomb must never be decoded")

    monkeypatch.setattr(Image.Image, "load", refuse)
    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    return calls


@pytest.mark.parametrize("size", [(40000, 40000), (12000, 10000)])
def test_decompression_bomb_is_refused_without_decoding(
        size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = png_bomb(*size)
    assert len(data) < 2000
    calls = _forbid_decoding(monkeypatch)
    result = prepare_image(data, "bomb.png", tmp_path)
    assert isinstance(result, ProblemItem) and result.code == P.IMAGE_TOO_LARGE
    assert result.severity == "error" and result.value == "bomb.png"
    assert calls == []
    assert not any(tmp_path.rglob("*.*"))  # nothing staged


def test_truncated_and_foreign_files_are_unreadable(tmp_path: Path) -> None:
    jpeg = KINDS["baseline.jpg"]()
    cases = {
        "cut.jpg": jpeg[: len(jpeg) * 6 // 10],
        "empty.jpg": b"",
        "text.png": b"this is not a picture at all",
        "anim.gif": encode(painting(1, (100, 80)), "GIF"),  # not a format regions may send
        "broken.png": KINDS["alpha.png"]()[:200],
    }
    for name, data in cases.items():
        result = prepare_image(data, name, tmp_path)
        assert isinstance(result, ProblemItem), name
        assert result.code == P.IMAGE_UNREADABLE, (name, result)


def test_file_based_preparation_and_pool(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    jobs = []
    for index, name in enumerate(("a.jpg", "b.png", "c.webp", "bad.jpg")):
        path = folder / name
        data = b"junk" if name == "bad.jpg" else KINDS[
            {"a.jpg": "baseline.jpg", "b.png": "alpha.png", "c.webp": "photo.webp"}[name]]()
        path.write_bytes(data)
        jobs.append(ImageJob(f"k{index}", path, name))
    staging = tmp_path / "staging"
    ticks: list[int] = []
    results = dict(prepare_many(jobs, staging, workers=2, on_done=lambda: ticks.append(1)))
    assert len(ticks) == 4 and set(results) == {"k0", "k1", "k2", "k3"}
    assert isinstance(results["k3"], ProblemItem)
    assert all(isinstance(results[k], PreparedImage) for k in ("k0", "k1", "k2"))
    single = prepare_image_file(folder / "a.jpg", "a.jpg", tmp_path / "one")
    assert isinstance(single, PreparedImage)
    assert single.sha256 == results["k0"].sha256  # type: ignore[union-attr]
    missing = prepare_image_file(folder / "nope.jpg", "nope.jpg", tmp_path / "one")
    assert isinstance(missing, ProblemItem) and missing.code == P.IMAGE_UNREADABLE


def test_near_copy_has_a_close_hash_and_other_paintings_do_not(tmp_path: Path) -> None:
    base = painting(21, (900, 700))
    first = prepare_image(encode(base, "JPEG", quality=92), "a.jpg", tmp_path)
    copy = base.resize((600, 467), Image.Resampling.BICUBIC)
    second = prepare_image(encode(copy, "WEBP", quality=70), "b.webp", tmp_path)
    other = prepare_image(encode(painting(22, (900, 700)), "JPEG"), "c.jpg", tmp_path)
    assert isinstance(first, PreparedImage) and isinstance(second, PreparedImage)
    assert isinstance(other, PreparedImage)
    assert first.sha256 != second.sha256
    assert core_images.hamming(first.phash, second.phash) <= 6
    assert core_images.hamming(first.phash, other.phash) > 6


def test_store_image_still_serves_the_demo(tmp_path: Path) -> None:
    data = KINDS["baseline.jpg"]()
    stored = core_images.store_image(tmp_path, "contest-1", data, "x.jpg")
    assert (tmp_path / stored.stored_path).read_bytes() == data
    assert (stored.width, stored.height) == (800, 600)
    with Image.open(tmp_path / stored.preview_path) as preview:
        assert max(preview.size) <= core_images.PREVIEW_SIZE
