"""Write the hostile-input corpus next to this file: `python tests/data/hostile/make_corpus.py`.

Broken and malicious files of the kinds forty regional offices (or someone pretending to be
one) can send: images, sheets and batch zips. Every file is small; what would be large (zip
bombs, a 100,000-row sheet, a 140 KB cell) is built at test time by bombs.py. Output is
deterministic (fixed seeds and zip timestamps): running this again changes nothing unless the
corpus changed.

CORPUS names each file, what it is, where it goes in a batch ("image": as one work's picture
in an otherwise good batch; "sheet": as the batch's sheet; "batch": the batch itself) and the
code the app must answer with. README.md's table lists the same with the app's words.
"""

from __future__ import annotations

import csv
import io
import random
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = (2024, 9, 13, 10, 0, 0)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True)
class Case:
    name: str
    where: str  # image | sheet | batch
    code: str  # the problem or error code the app must give
    what: str


CORPUS: tuple[Case, ...] = (
    # --- images: one work's picture in an otherwise good batch --------------------------------
    Case("truncated.jpg", "image", "image_unreadable", "a JPEG cut off half-way"),
    Case("corrupt_crc.png", "image", "image_unreadable", "a PNG whose pixel data is damaged"),
    Case("random_bytes.jpg", "image", "image_unreadable", "random bytes named .jpg"),
    Case("empty.jpg", "image", "image_unreadable", "a file of 0 bytes named .jpg"),
    Case("gif_named.jpg", "image", "image_unreadable", "a GIF named .jpg (a format not taken)"),
    Case("svg_named.png", "image", "image_unreadable", "an SVG (XML with a script) named .png"),
    Case("html_named.jpg", "image", "image_unreadable", "an HTML page named .jpg"),
    Case("bomb_dimensions.png", "image", "image_too_large",
         "a decompression bomb: a 2 KB PNG declaring 40,000 x 40,000 pixels"),
    Case("bomb_dimensions.jpg", "image", "image_too_large",
         "a JPEG header declaring 65,000 x 65,000 pixels"),
    Case("bomb_dimensions.tif", "image", "image_too_large",
         "a TIFF declaring 100,000 x 100,000 pixels"),
    Case("truncated.webp", "image", "image_unreadable", "a WebP cut off after its header"),
    Case("truncated.png", "image", "image_unreadable", "a PNG cut off in its pixel data"),
    Case("garbage.heic", "image", "image_unreadable", "garbage named .heic"),
    # --- sheets: the batch's sheet -----------------------------------------------------------
    Case("xxe.xlsx", "sheet", "sheet_unreadable",
         "an XLSX whose shared strings declare an external entity (file:///etc/passwd)"),
    Case("billion_laughs.xlsx", "sheet", "sheet_unreadable",
         "an XLSX with nested entities that expand to gigabytes"),
    Case("huge_shared_string.xlsx", "sheet", "sheet_cell_too_long",
         "a valid XLSX whose one title is a 120 MB shared string (120 KB compressed)"),
    Case("xxe.ods", "sheet", "sheet_unreadable", "an ODS whose content declares an external "
         "entity"),
    Case("truncated.xlsx", "sheet", "sheet_unreadable", "an XLSX cut off half-way"),
    Case("docx_named.xlsx", "sheet", "file_type_mismatch", "a Word document named .xlsx"),
    Case("pdf_named.xlsx", "sheet", "file_type_mismatch", "a PDF named .xlsx"),
    Case("png_named.csv", "sheet", "file_type_mismatch", "a PNG named .csv"),
    Case("text_named.xls", "sheet", "file_type_mismatch", "plain text named .xls"),
    Case("ole2_garbage.xls", "sheet", "sheet_unreadable",
         "an OLE2 header followed by garbage, named .xls"),
    Case("mixed_encodings.csv", "sheet", "encoding_unknown",
         "a CSV with UTF-8 rows and CP949 rows (two offices' files pasted together)"),
    Case("nul_bytes.csv", "sheet", "sheet_unreadable", "a CSV with NUL bytes in a row"),
    Case("empty.csv", "sheet", "sheet_empty", "a CSV of 0 bytes"),
    Case("header_only.csv", "sheet", "sheet_empty", "a CSV with the header row only"),
    Case("blank_rows.xlsx", "sheet", "sheet_empty", "an XLSX whose rows are all blank"),
    Case("no_columns.csv", "sheet", "header_missing", "a CSV whose header names no known column"),
    # --- batches: the zip itself -------------------------------------------------------------
    Case("absolute_path.zip", "batch", "zip_unsafe_path", "a member named /tmp/evil.jpg"),
    Case("dotdot.zip", "batch", "zip_unsafe_path", "a member named ../../evil.jpg"),
    Case("backslash_dotdot.zip", "batch", "zip_unsafe_path", "a member named ..\\..\\evil.jpg"),
    Case("drive_letter.zip", "batch", "zip_unsafe_path", "a member named C:/evil.jpg"),
    Case("symlink.zip", "batch", "zip_unsafe_path", "a member that is a link to /etc/passwd"),
    Case("device_name.zip", "batch", "zip_unsafe_path", "a member named images/CON.jpg"),
    Case("control_char.zip", "batch", "zip_unsafe_path", "a member name with a newline in it"),
    Case("nfc_duplicate.zip", "batch", "zip_unsafe_path",
         "two members whose names differ only in Unicode normalisation (é / e + ́)"),
    Case("encrypted.zip", "batch", "zip_unreadable", "a batch with a password-protected member"),
    Case("truncated.zip", "batch", "zip_unreadable", "a zip cut off half-way"),
    Case("not_a_zip.zip", "batch", "zip_unreadable", "plain text named .zip"),
    Case("crc_mismatch.zip", "batch", "zip_unreadable", "a member whose bytes fail their CRC"),
    Case("no_sheet.zip", "batch", "sheet_missing", "images only, no sheet"),
    Case("two_sheets.zip", "batch", "sheet_ambiguous", "two sheets in one batch"),
)

# --- helpers ------------------------------------------------------------------------------------
def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]],
         compression: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, STAMP)
            info.compress_type = compression
            archive.writestr(info, data)


def jpeg(seed: int = 1, size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def png(size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 80, 40)).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def sheet_rows(count: int = 3, image: str = "images/{n}.jpg") -> list[list[str]]:
    """A valid header and rows for a batch's sheet (the app's English template headers)."""
    header = ["entry_no", "student_name", "student_name_latin", "birth_date", "grade", "school",
              "guardian_consent", "title", "title_en", "image"]
    rows = [[f"H-{n:03d}", f"Student {n}", f"Student {n}", "2010-05-03", "8", "School",
             "yes", f"Title {n}", f"Title {n}", image.format(n=n)] for n in range(1, count + 1)]
    return [header, *rows]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def _xlsx(shared_strings: bytes, *, rows: int = 1, grid: list[list[int]] | None = None
          ) -> bytes:
    """A minimal XLSX with the given sharedStrings.xml; each cell holds a shared string index
    (grid), or the first cell of each of `rows` rows holds string 0."""
    grid = grid or [[0] for _ in range(rows)]
    cells = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="s"><v>{index}</v></c>'
                                   for c, index in enumerate(line)) + "</row>"
        for r, line in enumerate(grid, start=1))
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml."
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}sharedStrings+xml"/>'
            '</Types>').encode(),
        "_rels/.rels": (
            f'{head}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{rel}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": (
            f'{head}<workbook xmlns="{MAIN}" xmlns:r="{rel}"><sheets><sheet name="Entries" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            f'{head}<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>').replace("{rel}", rel).encode(),
        "xl/worksheets/sheet1.xml": (
            f'{head}<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>'
        ).encode(),
        "xl/sharedStrings.xml": shared_strings,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


_SST = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<sst xmlns="' + MAIN
        + '" count="1" uniqueCount="1"><si><t>{text}</t></si></sst>')


# --- the corpus ---------------------------------------------------------------------------------
def _images() -> dict[str, bytes]:
    good = jpeg(7, (320, 240))
    rng = random.Random(12)
    broken_png = bytearray(png((64, 48)))
    idat = broken_png.index(b"IDAT")
    for i in range(idat + 8, idat + 40):
        broken_png[i] ^= 0x5A
    ihdr = struct.pack(">IIBBBBB", 40_000, 40_000, 8, 0, 0, 0, 0)
    # a real zlib stream of zeros for a few rows: small, and every header check sees 1.6 Gpx
    bomb_png = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
                + _chunk(b"IDAT", zlib.compress(b"\x00" * 40_001 * 30, 9))
                + _chunk(b"IEND", b""))
    soi = good.index(b"\xff\xc0")  # baseline SOF0: height and width follow the precision byte
    big_jpeg = bytearray(good)
    big_jpeg[soi + 5:soi + 9] = struct.pack(">HH", 65_000, 65_000)
    tiff = (b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 4)
            + struct.pack("<HHII", 256, 4, 1, 100_000) + struct.pack("<HHII", 257, 4, 1, 100_000)
            + struct.pack("<HHII", 258, 3, 1, 8) + struct.pack("<HHII", 273, 4, 1, 8)
            + struct.pack("<I", 0))
    webp = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (64, 48), (1, 2, 3)).save(webp, "WEBP")
    noisy = io.BytesIO()
    Image.frombytes("RGB", (64, 48), bytes(rng.randrange(256) for _ in range(64 * 48 * 3))
                    ).save(noisy, "PNG")
    noisy_png = noisy.getvalue()
    gif = io.BytesIO()
    Image.new("P", (16, 16)).save(gif, "GIF")
    return {
        "truncated.jpg": good[: len(good) // 2],
        "corrupt_crc.png": bytes(broken_png),
        "random_bytes.jpg": bytes(rng.randrange(256) for _ in range(4096)),
        "empty.jpg": b"",
        "gif_named.jpg": gif.getvalue(),
        "svg_named.png": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
                         b'</svg>',
        "html_named.jpg": b"<!DOCTYPE html><html><body><img src=x onerror=alert(1)></html>",
        "bomb_dimensions.png": bomb_png,
        "bomb_dimensions.jpg": bytes(big_jpeg),
        "bomb_dimensions.tif": tiff,
        "truncated.webp": webp.getvalue()[:30],
        "truncated.png": noisy_png[: len(noisy_png) * 2 // 3],
        "garbage.heic": b"\x00\x00\x00\x18ftypheic" + bytes(rng.randrange(256)
                                                             for _ in range(2000)),
    }


def _sheets() -> dict[str, bytes]:
    rows = sheet_rows()
    entity = ('<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;")
    laughs = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    ods_content = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE office:document-content '
                   '[<!ENTITY xxe SYSTEM "file:///etc/passwd">]><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                   '<office:spreadsheet><table:table table:name="Entries"><table:table-row>'
                   '<table:table-cell><text:p>&xxe;</text:p></table:table-cell></table:table-row>'
                   '</table:table></office:spreadsheet></office:body></office:document-content>')
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", STAMP),
                         b"application/vnd.oasis.opendocument.spreadsheet")
        info = zipfile.ZipInfo("content.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, ods_content.encode())
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr(zipfile.ZipInfo("word/document.xml", STAMP), b"<w:document/>")
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", STAMP), b"<Types/>")
    workbook = _xlsx(_SST.format(doctype="", text="entry_no").encode())
    blank = _xlsx(_SST.format(doctype="", text=" ").encode(), rows=5)
    # a valid sheet whose one title is a 120 MB shared string
    strings = [*rows[0], *rows[1][:7], "A" * 120_000_000, *rows[1][8:]]
    sst = ("".join(f"<si><t>{text}</t></si>" for text in strings))
    huge = _xlsx(_SST.format(doctype="", text="").replace("<si><t></t></si>", sst).encode(),
                 grid=[list(range(10)), list(range(10, 20))])
    korean = ["김지유", "Kim Ji Yoo", "2010-05-03", "8", "포항중학교", "yes", "환웅의 홍익인간",
              "Hwanung"]
    utf8 = csv_bytes([rows[0], ["H-001", *korean, "images/1.jpg"],
                      ["H-002", "Степаненко София", "Stepanenko Sofia", "2009-01-02", "9",
                       "Школа №7", "да", "Легенда", "Legend", "images/2.jpg"]])
    cp949 = csv_bytes([["H-003", *korean, "images/3.jpg"]], "cp949")
    return {
        "xxe.xlsx": _xlsx(_SST.format(doctype=entity[0], text=entity[1]).encode()),
        "billion_laughs.xlsx": _xlsx(_SST.format(doctype=f"<!DOCTYPE sst [{laughs}]>",
                                                 text="&l9;").encode()),
        "huge_shared_string.xlsx": huge,
        "xxe.ods": ods.getvalue(),
        "truncated.xlsx": workbook[: len(workbook) // 2],
        "docx_named.xlsx": docx.getvalue(),
        "pdf_named.xlsx": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
        "png_named.csv": png(),
        "text_named.xls": csv_bytes(rows),
        "ole2_garbage.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(
            random.Random(3).randrange(256) for _ in range(1536)),
        "mixed_encodings.csv": utf8 + cp949 * 3,
        "nul_bytes.csv": csv_bytes(rows[:2]) + b"H-002,Stu\x00dent,x,2010-05-03\r\n",
        "empty.csv": b"",
        "header_only.csv": csv_bytes(rows[:1]),
        "blank_rows.xlsx": blank,
        "no_columns.csv": csv_bytes([["foo", "bar", "baz"], ["1", "2", "3"]]),
    }


def _batches() -> dict[str, bytes]:
    sheet = csv_bytes(sheet_rows(1, "images/1.jpg"))
    image = jpeg()
    out: dict[str, bytes] = {}

    def build(name: str, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> None:
        path = io.BytesIO()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members:
                info = member if isinstance(member, zipfile.ZipInfo) else zipfile.ZipInfo(
                    member, STAMP)
                if info.compress_type == zipfile.ZIP_STORED and not isinstance(member,
                                                                                zipfile.ZipInfo):
                    info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        out[name] = path.getvalue()

    base: list[tuple[str | zipfile.ZipInfo, bytes]] = [("entries.csv", sheet),
                                                      ("images/1.jpg", image)]
    build("absolute_path.zip", [*base, ("/tmp/evil.jpg", image)])
    build("dotdot.zip", [*base, ("../../evil.jpg", image)])
    build("backslash_dotdot.zip", [*base, ("..\\..\\evil.jpg", image)])
    build("drive_letter.zip", [*base, ("C:/evil.jpg", image)])
    link = zipfile.ZipInfo("images/2.jpg", STAMP)
    link.external_attr = (0o120777 << 16)
    build("symlink.zip", [*base, (link, b"/etc/passwd")])
    build("device_name.zip", [*base, ("images/CON.jpg", image)])
    build("control_char.zip", [*base, ("images/evil\n.jpg", image)])
    build("nfc_duplicate.zip", [*base, ("images/caf\u00e9.jpg", image),
                                ("images/cafe\u0301.jpg", image)])
    build("encrypted.zip", base)
    locked = bytearray(out["encrypted.zip"])
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        # zipfile clears the flag when writing: set bit 0 (encrypted) of images/1.jpg by hand
        at = -1
        while (at := locked.find(signature, at + 1)) != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if locked[name_at:name_at + 12] == b"images/1.jpg":
                locked[at + flags_at] |= 0x1
    out["encrypted.zip"] = bytes(locked)
    whole = out["absolute_path.zip"]
    out["truncated.zip"] = whole[: len(whole) // 2]
    out["not_a_zip.zip"] = b"This is not a zip file.\n"
    build("crc_mismatch.zip", base)
    damaged = bytearray(out["crc_mismatch.zip"])
    at = damaged.index(b"images/1.jpg") + len(b"images/1.jpg") + 40
    damaged[at] ^= 0xFF  # inside the deflated image bytes: a CRC error on extraction
    out["crc_mismatch.zip"] = bytes(damaged)
    build("no_sheet.zip", [("images/1.jpg", image)])
    build("two_sheets.zip", [*base, ("copy/entries.csv", sheet)])
    return out


def corpus_bytes() -> dict[str, bytes]:
    return {**_images(), **_sheets(), **_batches()}


def main() -> None:
    for name, data in corpus_bytes().items():
        (HERE / name).write_bytes(data)
    names = {case.name for case in CORPUS}
    assert names == set(corpus_bytes()), names ^ set(corpus_bytes())
    print(f"{len(names)} files in {HERE}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    main()
