"""The hostile inputs too large to keep (zip bombs, a 100,000-row sheet, over-long cells):
built at test time by tests/reliability/test_rel_hostile.py, from make_corpus's pieces."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from tests.data.hostile.make_corpus import STAMP, _zip, csv_bytes, sheet_rows

# built at test time (too large to keep, or a bomb): name -> (code, what)
GENERATED: dict[str, tuple[str, str]] = {
    "ratio_bomb.zip": ("zip_too_large", "one member of 64 MB of zeros compressed 1000:1"),
    "lying_sizes.zip": ("zip_unreadable",
                        "members declaring 1 KB that unpack to 8 MB (sizes in the headers lie)"),
    "many_members.zip": ("zip_too_large", "20,001 members"),
    "huge_declared.zip": ("zip_too_large", "members declaring 3 GB each, 9 GB together"),
    "rows_100000.csv": ("image_missing", "a sheet of 100,000 rows naming images the batch "
                        "does not hold"),
    "long_cell.csv": ("sheet_cell_too_long", "a CSV cell of 50,000 characters"),
    "longer_cell.csv": ("sheet_unreadable", "a CSV cell of 140,000 characters (over the CSV "
                        "reader's own limit)"),
}


def ratio_bomb(path: Path) -> Path:
    _zip(path, [("entries.csv", csv_bytes(sheet_rows(1))), ("images/1.jpg", b"\0" * 64 * 2**20)])
    return path


def lying_sizes(path: Path) -> Path:
    """Declared sizes of 1 KB in both headers; the deflated data unpacks to 8 MB each."""
    _zip(path, [("entries.csv", csv_bytes(sheet_rows(1))), ("images/1.jpg", b"\0" * 8 * 2**20)])
    data = bytearray(path.read_bytes())
    real = struct.pack("<I", 8 * 2**20)
    for at in [i for i in range(len(data) - 4) if data[i:i + 4] == real]:
        data[at:at + 4] = struct.pack("<I", 1024)
    path.write_bytes(bytes(data))
    return path


def many_members(path: Path, count: int = 20_001) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(count):
            archive.writestr(zipfile.ZipInfo(f"images/{n}.jpg", STAMP), b"")
    return path


def huge_declared(path: Path) -> Path:
    """Three members that declare 3 GB each (central directory patched): refused unread."""
    _zip(path, [("entries.csv", csv_bytes(sheet_rows(1)))]
         + [(f"images/{n}.jpg", b"x" * 70_000) for n in range(3)], zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    size = struct.pack("<I", 70_000)
    for at in [i for i in range(len(data) - 4) if data[i:i + 4] == size]:
        data[at:at + 4] = struct.pack("<I", 3 * 2**30)
    path.write_bytes(bytes(data))
    return path


def rows_csv(path: Path, count: int = 100_000) -> Path:
    path.write_bytes(csv_bytes(sheet_rows(count)))
    return path


def long_cell_csv(path: Path, length: int = 50_000) -> Path:
    rows = sheet_rows(1)
    rows[1][7] = "x" * length
    path.write_bytes(csv_bytes(rows))
    return path
