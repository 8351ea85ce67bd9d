"""Prove blindness by looking: find any identity string of a contest in bytes, files and zips.

The scanner is deliberately paranoid about encodings (UTF-8, UTF-16 LE/BE at both byte
alignments, NFC and NFD, case, JSON \\u escapes, XML/HTML entities, %-escapes, and the legacy
code pages the region's offices use), because a name that leaks does so through whatever
program wrote it last.

Entropy-coded image data and compressed streams look random: by pure chance they contain
every short byte sequence somewhere. There, only strings whose encoded form is at least
MIN_BINARY_BYTES long are looked for; everything structural (zip names, comments and extra
fields, JSON members, JPEG marker segments, EXIF, XMP, ICC, text after the image's end) is
scanned for every string. Nothing here decodes base64 or encryption: hiding a name on purpose
is not what this guards against; carrying one along by accident is.
"""

from __future__ import annotations

import html
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.db.models import Batch, Country, Entry, ImageFile, Region, Student

MIN_BINARY_BYTES = 6
LEGACY_CODECS = ("cp949", "cp932", "euc_jp", "gb18030", "big5")
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".gif", ".bmp")
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"RIFF", b"GIF8")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def canonical(text: str) -> str:
    """Caseless, canonically composed form: what two spellings of one name have in common."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())


def is_generic(text: str) -> bool:
    """Too short or too common to mean anyone: matching it would only produce noise.

    Latin strings of three characters or fewer ("Uvs", "KR") occur by chance in anonymous codes
    and hashes; their native-script forms are still checked. Pure digits shorter than four are
    page numbers, not entry numbers.
    """
    text = text.strip()
    if len(text) < 2:
        return True
    if text.isdigit() and len(text) < 4:
        return True
    return text.isascii() and len(text) <= 3


def _add(found: set[str], *values: Any) -> None:
    for value in values:
        if isinstance(value, str) and not is_generic(value):
            found.add(canonical(value.strip()))


def forbidden_strings(session: Session, contest_id: int, *, titles: bool = False) -> set[str]:
    """Every identity string of the contest, canonical: names (native and Latin), schools,
    entry numbers, original file names, the regions and countries (codes and all their names),
    unknown sheet columns; with titles=True also the works' titles (for rounds that hide them).
    """
    found: set[str] = set()
    students = session.scalars(select(Student).where(Student.contest_id == contest_id))
    for student in students:
        _add(found, student.name, student.name_latin, student.school)
    entries = list(session.scalars(select(Entry).where(Entry.contest_id == contest_id)))
    for entry in entries:
        _add(found, entry.entry_no, *[v for v in (entry.extra or {}).values()])
        if titles:
            _add(found, entry.title, entry.title_en)
    names = session.scalars(select(ImageFile.original_name).join(Entry)
                            .where(Entry.contest_id == contest_id))
    for name in names:
        _add(found, name, Path(name).stem)
    region_ids = {e.region_id for e in entries} | set(session.scalars(
        select(Batch.region_id).where(Batch.contest_id == contest_id)))
    region_ids |= set(session.scalars(
        select(Student.region_id).where(Student.contest_id == contest_id)))
    regions = list(session.scalars(select(Region).where(Region.id.in_(region_ids))))
    for region in regions:
        _add(found, region.code, *region.names.values())
    countries = session.scalars(select(Country).where(
        Country.code.in_({r.country_code for r in regions})))
    for country in countries:
        _add(found, *country.names.values())
    return found


def _json_unescape(text: str) -> str:
    def repl(match: re.Match[str]) -> str:
        return chr(int(match.group(1), 16))

    joined = _JSON_ESCAPE.sub(repl, text)
    # JSON writes characters beyond the BMP as surrogate pairs; join them back
    return joined.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _texts(data: bytes) -> Iterable[tuple[str, str]]:
    """(how, text) readings of data in every Unicode encoding a name could have been written in."""
    yield "utf-8", data.decode("utf-8", "replace")
    for codec in ("utf-16-le", "utf-16-be"):
        for shift in (0, 1):
            chunk = data[shift:]
            chunk = chunk[: len(chunk) - len(chunk) % 2]
            yield f"{codec}+{shift}", chunk.decode(codec, "replace")
    # the one single-byte code page among the region's: Cyrillic needs case folding, which a
    # byte pattern cannot do (the multi-byte ones hold scripts without case)
    yield "cp1251", data.decode("cp1251", "replace")


def _unescaped(text: str) -> Iterable[str]:
    yield text
    if "\\u" in text:
        yield _json_unescape(text)
    if "&" in text:
        yield html.unescape(text)
    if "%" in text:
        yield unquote(text, errors="replace")


def _min_encoded(value: str) -> int:
    return min(len(value.encode("utf-8")), 2 * len(value))


@lru_cache(maxsize=65536)
def _legacy_patterns(value: str) -> tuple[tuple[str, bytes], ...]:
    """value encoded in each legacy code page that can hold it (ASCII case folded)."""
    utf8 = value.encode("utf-8").lower()
    patterns = []
    for form in {unicodedata.normalize("NFC", value), value.upper()}:
        for codec in LEGACY_CODECS:
            try:
                encoded = form.encode(codec).lower()
            except UnicodeEncodeError:
                continue
            if encoded != utf8:
                patterns.append((codec, encoded))
    return tuple(patterns)


def _forms(text: str) -> list[tuple[str, bool]]:
    """(text, compatibility form?) pairs: canonical, and NFKC (fullwidth letters, circled
    digits, "№" written as "No")."""
    keyed = canonical(text)
    return [(keyed, False), (_compat(keyed), True)]


@lru_cache(maxsize=65536)
def _compat(value: str) -> str:
    """Caseless NFKC: compatibility forms can turn into capitals ("№" is "No")."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())


@lru_cache(maxsize=65536)
def _chars(value: str) -> frozenset[str]:
    return frozenset(value)


def _found_in(text: str, wanted: list[str], compat: bool = False) -> set[str]:
    """The wanted strings in text (compared in NFKC when compat). A string can only be there
    if each of its characters is: testing that on the set of the text's characters is far
    cheaper than searching."""
    present = set(text)
    found = set()
    for value in wanted:
        key = _compat(value) if compat else value
        if _chars(key) <= present and key in text:
            found.add(value)
    return found


def _scan(data: bytes, forbidden: Iterable[str], *, binary: bool) -> list[str]:
    wanted = [f for f in forbidden if not binary or _min_encoded(f) >= MIN_BINARY_BYTES]
    if not wanted or not data:
        return []
    hits: set[str] = set()
    for how, raw in _texts(data):
        # escapes are how text files write names; pixel streams and UTF-16 readings of a
        # UTF-8 file are not text, and unescaping their noise only costs time
        readings = _unescaped(raw) if how == "utf-8" and not binary else [raw]
        for reading in readings:
            for form, compat in [(canonical(reading), False)] if binary else _forms(reading):
                hits |= _found_in(form, [v for v in wanted if v not in hits], compat)
    lowered = data.lower()
    for value in wanted:
        if value in hits:
            continue
        for _codec, pattern in _legacy_patterns(value):
            if (not binary or len(pattern) >= MIN_BINARY_BYTES) and pattern in lowered:
                hits.add(value)
                break
    return sorted(hits)


def scan_text(text: str, forbidden: Iterable[str]) -> list[str]:
    """The forbidden strings in a piece of text (a screen's labels, a window title)."""
    wanted = list(forbidden)
    found: set[str] = set()
    for form, compat in _forms(text):
        found |= _found_in(form, wanted, compat)
    return sorted(found)


def scan_bytes(data: bytes, forbidden: Iterable[str]) -> list[str]:
    """The forbidden strings found anywhere in data, every string, however short."""
    return _scan(data, forbidden, binary=False)


def _jpeg_parts(data: bytes) -> tuple[bytes, bytes] | None:
    """(marker segments and anything after the end, entropy-coded scan data) of a JPEG."""
    if not data.startswith(b"\xff\xd8"):
        return None
    structure, entropy = bytearray(data[:2]), bytearray()
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xD9:  # end of image: whatever follows is someone's appended payload
            structure += data[pos:]
            return bytes(structure), bytes(entropy)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            structure += data[pos:pos + 2]
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        structure += data[pos:pos + 2 + length]
        pos += 2 + length
        if marker == 0xDA:  # start of scan: entropy data runs to the next real marker
            end = pos
            while end + 1 < len(data):
                if data[end] == 0xFF and data[end + 1] not in (0x00, *range(0xD0, 0xD8)):
                    break
                end += 1
            entropy += data[pos:end]
            pos = end
    structure += data[pos:]
    return bytes(structure), bytes(entropy)


def _metadata_texts(data: bytes) -> list[tuple[str, bytes]]:
    """Every piece of metadata Pillow can read from an image, as bytes to scan."""
    found: list[tuple[str, bytes]] = []
    try:
        with Image.open(io.BytesIO(data)) as image:
            for key, value in image.info.items():
                if isinstance(value, bytes):
                    found.append((f"info:{key}", value))
                elif isinstance(value, str):
                    found.append((f"info:{key}", value.encode("utf-8")))
            exif = image.getexif()
            directories = [exif, *(exif.get_ifd(tag) for tag in (0x8769, 0x8825, 0xA005))]
            for directory in directories:
                for tag, value in directory.items():
                    if isinstance(value, bytes):
                        found.append((f"exif:{tag:#06x}", value))
                    elif isinstance(value, str):
                        found.append((f"exif:{tag:#06x}", value.encode("utf-8")))
            xmp = image.info.get("xmp") or getattr(image, "applist", None)
            if isinstance(xmp, list):  # JPEG APPn segments as Pillow kept them
                found.extend((f"app:{name}", body) for name, body in xmp)
    except Exception:  # not an image Pillow reads: its raw bytes are scanned all the same
        return found
    return found


def scan_image(data: bytes, forbidden: Iterable[str]) -> list[str]:
    """Hits in an image: its structure and metadata fully, its pixel stream for long strings."""
    forbidden = list(forbidden)
    hits: list[str] = []
    parts = _jpeg_parts(data)
    if parts is not None:
        hits += [f"structure: {h}" for h in _scan(parts[0], forbidden, binary=False)]
        hits += [f"pixels: {h}" for h in _scan(parts[1], forbidden, binary=True)]
    else:
        hits += [f"bytes: {h}" for h in _scan(data, forbidden, binary=True)]
    for where, chunk in _metadata_texts(data):
        hits += [f"{where}: {h}" for h in _scan(chunk, forbidden, binary=False)]
    return sorted(set(hits))


def _json_strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def scan_member(name: str, data: bytes, forbidden: Iterable[str]) -> list[str]:
    """Hits in one file's content, chosen by its kind (image, JSON, anything else)."""
    forbidden = list(forbidden)
    if name.lower().endswith(_IMAGE_SUFFIXES) or data.startswith(_IMAGE_MAGIC):
        return scan_image(data, forbidden)
    hits = [f"bytes: {h}" for h in scan_bytes(data, forbidden)]
    try:
        parsed = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return hits
    strings = "\n".join(_json_strings(parsed))
    hits += [f"json: {h}" for h in scan_text(strings, forbidden)]
    return sorted(set(hits))


def _outside_stored(raw: bytes, archive: zipfile.ZipFile) -> bytes:
    """The zip's bytes minus the data of stored (uncompressed) members: those are scanned as
    members already, byte for byte; headers, compressed data and any gaps stay."""
    cuts: list[tuple[int, int]] = []
    for info in archive.infolist():
        if info.compress_type != zipfile.ZIP_STORED:
            continue
        local = raw[info.header_offset:info.header_offset + 30]
        if len(local) < 30 or not local.startswith(b"PK\x03\x04"):
            continue
        start = (info.header_offset + 30 + int.from_bytes(local[26:28], "little")
                 + int.from_bytes(local[28:30], "little"))
        cuts.append((start, start + info.compress_size))
    kept, pos = bytearray(), 0
    for start, end in sorted(cuts):
        kept += raw[pos:start] + b"\x00"  # a break, so text cannot join across a cut
        pos = max(pos, end)
    return bytes(kept + raw[pos:])


def scan_zip(path: Path, forbidden: Iterable[str]) -> list[str]:
    """Every hit in a zip file, as "where: string": member names, comments and extra fields,
    each member's stored and decompressed bytes (images with their metadata), and the raw file.
    """
    forbidden = list(forbidden)
    raw = Path(path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        hits = [f"<raw file>: {h}"
                for h in _scan(_outside_stored(raw, archive), forbidden, binary=True)]
        hits += [f"<zip comment>: {h}" for h in scan_bytes(archive.comment, forbidden)]
        for info in archive.infolist():
            label = info.filename
            hits += [f"<member name> {label}: {h}" for h in scan_text(info.filename, forbidden)]
            hits += [f"<member name> {label}: {h}"
                     for h in scan_bytes(info.orig_filename.encode("utf-8", "replace"),
                                         forbidden)]
            hits += [f"{label} <comment>: {h}" for h in scan_bytes(info.comment, forbidden)]
            hits += [f"{label} <extra>: {h}" for h in scan_bytes(info.extra, forbidden)]
            data = archive.read(info)
            hits += [f"{label} {h}" for h in scan_member(info.filename, data, forbidden)]
    return sorted(set(hits))


def scan_file(path: Path, forbidden: Iterable[str]) -> list[str]:
    """A zip (package) through scan_zip, any other file (results JSON) through scan_member."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        return scan_zip(path, forbidden)
    return [f"{path.name} {h}" for h in scan_member(path.name, path.read_bytes(), forbidden)]

