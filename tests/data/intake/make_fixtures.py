"""Write the intake test fixtures next to this file: run `python tests/data/intake/make_fixtures.py`.

Sheets in every code page regions use, workbooks in each office format, batch zips as Windows
and macOS make them, and hostile files. Rows come from the demo generator, so they are realistic
and stable. The .xls file needs `xlwt` (only here: `pip install xlwt`); the app reads .xls with xlrd.
Zip bombs are not stored: tests build them at run time.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from contest_app.core.demo_data import SHEET_HEADERS, DemoBatch, generate_batches  # noqa: E402

STAMP = (2024, 9, 13, 10, 0, 0)
ROWS = 14


class RawNameInfo(zipfile.ZipInfo):
    """A member whose name bytes are written as given, with the UTF-8 flag clear, as Windows'
    "Send to compressed folder" and macOS' Archive Utility do (zipfile would write UTF-8)."""

    __slots__ = ("raw_name",)

    def __init__(self, raw_name: bytes) -> None:
        super().__init__(raw_name.decode("cp437"), STAMP)
        self.raw_name = raw_name
        self.compress_type = zipfile.ZIP_DEFLATED

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 (zipfile's name)
        return self.raw_name, self.flag_bits & ~0x800


def _batch(region: str) -> DemoBatch:
    return next(b for b in generate_batches(seed=12) if b.region_code == region)


def _rows(batch: DemoBatch, date_format: str = "{:%Y-%m-%d}") -> list[list[str]]:
    rows = []
    for work in batch.works:
        for s in work.students:
            birth = date_format.format(s.birth_date, d=s.birth_date)
            rows.append([work.entry_no, s.name, s.name_latin, birth, s.grade, s.school,
                         "yes" if s.guardian_consent else "no", work.title, work.title_en,
                         work.medium, str(work.width_cm), str(work.height_cm), work.image_name])
    return rows[:ROWS]


def _csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")  # as Excel writes
    writer.writerow(SHEET_HEADERS)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csvs() -> None:
    kr, cn, jp, ru, mn = (_batch(r) for r in ("KR-47", "CN-HA", "JP-31", "RU-TOM", "MN-055"))
    korean_dots = "{d.year}. {d.month}. {d.day}."
    sheets = {
        "utf8.csv": (_csv_text(_rows(kr)), "utf-8"),
        "utf8_sig.csv": (_csv_text(_rows(cn, "{:%Y.%m.%d}")), "utf-8-sig"),
        # Excel's "Unicode text" is tab-separated UTF-16 with a BOM
        "utf16.csv": (_csv_text(_rows(jp), "\t"), "utf-16"),
        "cp949.csv": (_csv_text(_rows(kr, korean_dots)), "cp949"),
        "cp932.csv": (_csv_text(_rows(jp, "{d.year}/{d.month}/{d.day}")), "cp932"),
        "gb18030.csv": (_csv_text(_rows(cn, "{d.year}年{d.month}月{d.day}日")), "gb18030"),
        # Russian Excel separates with semicolons and writes day.month.year
        "cp1251.csv": (_csv_text(_rows(ru, "{:%d.%m.%Y}"), ";"), "cp1251"),
        "mn_utf8.csv": (_csv_text(_rows(mn)), "utf-8"),
    }
    for name, (text, encoding) in sheets.items():
        (HERE / name).write_bytes(text.encode(encoding))
    (HERE / "nul.csv").write_bytes(b"entry_no,student_name\r\n001,Kim\x00Jiyu\r\n")
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "header_only.csv").write_bytes(",".join(SHEET_HEADERS).encode() + b"\r\n")
    (HERE / "fake.xlsx").write_text("entry_no,student_name\n001,Kim\n", encoding="utf-8")


def _fix_properties(book: object) -> None:
    props = book.properties  # type: ignore[attr-defined]
    props.created = props.modified = datetime(*STAMP)
    props.creator = "make_fixtures"


# One row per form a date arrives in; the expected date is in the notes column.
DATE_FORMS: list[tuple[object, str]] = [
    (date(2010, 5, 3), "cell"), (datetime(2011, 6, 4, 0, 0), "cell"),
    ("2010-05-03", "iso"), ("2010.05.03", "dots"), ("2010/5/3", "slashes"),
    ("2010. 5. 3.", "korean dots"), ("2010년 5월 3일", "korean"), ("2010年5月3日", "cjk"),
    ("03.05.2010", "european"), (40301, "serial"),
]


def write_xlsx() -> None:
    from openpyxl import Workbook

    book = Workbook()
    _fix_properties(book)
    sheet = book.active
    sheet.title = "entries"
    sheet.append([*SHEET_HEADERS, "notes"])
    for index, (value, note) in enumerate(DATE_FORMS, start=1):
        sheet.append([f"KR-47-{index:03d}", "김지유", "", value, 8, "포항제철중학교", "yes",
                      "단군 신화", "The Myth of Dangun", "watercolour", 54.5, 39.4,
                      f"KR-47-{index:03d}.jpg", note])
        if isinstance(value, date):
            sheet.cell(row=sheet.max_row, column=4).number_format = "yyyy-mm-dd"
    sheet.append([])  # an empty row in the middle is skipped
    sheet.append(["KR-47-099", "이서연", "", "2009-01-02", 9, "포항중학교", "yes", "구미호",
                  "The Nine-Tailed Fox", "ink", 42, 29.7, "KR-47-099.jpg", ""])
    book.save(HERE / "dates.xlsx")

    empty = Workbook()
    _fix_properties(empty)
    empty.save(HERE / "empty.xlsx")


def write_xxe() -> None:
    """An XLSX whose worksheet declares an external entity: it must never be resolved."""
    from openpyxl import Workbook

    book = Workbook()
    _fix_properties(book)
    sheet = book.active
    sheet.append(["entry_no", "student_name", "birth_date", "title", "image"])
    sheet.append(["001", "XXE_HERE", "2010-05-03", "t", "001.jpg"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(HERE / "xxe.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # openpyxl writes inline strings
                text = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet '
                        '[<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + data.decode())
                data = text.replace("XXE_HERE", "&xxe;").encode()
            info.date_time = STAMP
            out.writestr(info, data)


def write_xls() -> None:
    import xlwt  # generator-only dependency

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("entries")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for col, header in enumerate(SHEET_HEADERS):
        sheet.write(0, col, header)
    for row, values in enumerate(_rows(_batch("JP-31"))[:5], start=1):
        for col, value in enumerate(values):
            if SHEET_HEADERS[col] == "birth_date":
                sheet.write(row, col, date.fromisoformat(value), date_style)
            elif SHEET_HEADERS[col] in ("width_cm", "height_cm", "grade"):
                sheet.write(row, col, float(value))
            else:
                sheet.write(row, col, value)
    book.save(str(HERE / "sheet.xls"))


def write_ods() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P, S

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Лист1")
    doc.spreadsheet.addElement(table)

    def text_cell(value: str, repeat: int = 1) -> TableCell:
        cell = TableCell(valuetype="string", numbercolumnsrepeated=repeat)
        cell.addElement(P(text=value))
        return cell

    header = TableRow()
    for name in SHEET_HEADERS:
        header.addElement(text_cell(name))
    header.addElement(TableCell(numbercolumnsrepeated=16000))  # LibreOffice's empty tail
    table.addElement(header)
    for values in _rows(_batch("RU-TOM"))[:5]:
        row = TableRow()
        for name, value in zip(SHEET_HEADERS, values, strict=True):
            if name == "birth_date":
                cell = TableCell(valuetype="date", datevalue=value)
                cell.addElement(P(text=value))
            elif name in ("width_cm", "height_cm", "grade"):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=value))
            elif name == "title":  # two spaces are stored as <text:s/>
                cell = TableCell(valuetype="string")
                paragraph = P(text=value.split(" ")[0])
                if " " in value:
                    paragraph.addElement(S(c=2))
                    paragraph.addText(value.split(" ", 1)[1])
                cell.addElement(paragraph)
            else:
                cell = text_cell(value)
            row.addElement(cell)
        row.addElement(TableCell(numbercolumnsrepeated=16000))
        table.addElement(row)
    table.addElement(TableRow(numberrowsrepeated=1048000))  # the empty rest of the sheet
    doc.save(str(HERE / "sheet.ods"))


def _jpeg(seed: int) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (24, 16), ((seed * 40) % 256, (seed * 90) % 256, 120))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=60)
    return buffer.getvalue()


def _raw_member(archive: zipfile.ZipFile, raw: bytes, data: bytes) -> None:
    archive.writestr(RawNameInfo(raw), data)


def write_zips() -> None:
    kr = _rows(_batch("KR-26"))[:4]
    for row in kr:  # Korean offices name files after the student
        row[-1] = f"{row[1]}.jpg"
    with zipfile.ZipFile(HERE / "windows_cp949.zip", "w") as archive:
        _raw_member(archive, "부산/출품목록.csv".encode("cp949"),
                    _csv_text(kr).encode("cp949"))
        for i, row in enumerate(kr):
            _raw_member(archive, f"부산/그림/{row[-1]}".encode("cp949"), _jpeg(i))

    jp = _rows(_batch("JP-16"))[:3]
    for row in jp:
        row[-1] = f"{row[1].replace(' ', '')}.JPG"
    with zipfile.ZipFile(HERE / "windows_cp932.zip", "w") as archive:
        _raw_member(archive, "応募作品一覧.csv".encode("cp932"), _csv_text(jp).encode("cp932"))
        for i, row in enumerate(jp):
            _raw_member(archive, f"画像/{row[-1]}".encode("cp932"), _jpeg(i))

    # macOS: UTF-8 names in NFD, no UTF-8 flag, AppleDouble files under __MACOSX/, .DS_Store
    mac = _rows(_batch("KR-27"))[:3]
    for row in mac:
        row[-1] = f"images/{row[1]}.jpg"  # the sheet names them in NFC
    with zipfile.ZipFile(HERE / "macos_nfd.zip", "w") as archive:
        def nfd(text: str) -> bytes:
            return unicodedata.normalize("NFD", text).encode("utf-8")
        _raw_member(archive, nfd("대구 출품/출품목록.csv"), _csv_text(mac).encode("utf-8"))
        _raw_member(archive, nfd("대구 출품/.DS_Store"), b"\x00\x00\x00\x01Bud1")
        for i, row in enumerate(mac):
            _raw_member(archive, nfd(f"대구 출품/{row[-1]}"), _jpeg(i))
            _raw_member(archive, nfd(f"__MACOSX/대구 출품/images/._{row[1]}.jpg"),
                        b"\x00\x05\x16\x07")

    sheet = _csv_text(kr[:1]).encode("utf-8")
    hostile = {
        "evil_dotdot.zip": "../evil.jpg",
        "evil_absolute.zip": "/tmp/evil.jpg",
        "evil_drive.zip": "C:/Windows/evil.jpg",
    }
    for file_name, member in hostile.items():
        with zipfile.ZipFile(HERE / file_name, "w") as archive:
            _raw_member(archive, b"entries.csv", sheet)
            _raw_member(archive, member.encode(), _jpeg(0))
    with zipfile.ZipFile(HERE / "evil_symlink.zip", "w") as archive:
        _raw_member(archive, b"entries.csv", sheet)
        link = RawNameInfo(b"images/link.jpg")
        link.create_system = 3  # Unix, so external_attr carries the file mode
        link.external_attr = 0o120777 << 16  # S_IFLNK
        archive.writestr(link, "/etc/passwd")


def _restamp(path: Path) -> None:
    """Rewrite a zip-based file with fixed member times, so regenerating changes no bytes."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as out:
        for info, data in members:
            info.date_time = STAMP
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-13T10:00:00Z",
                              data)
            out.writestr(info, data)


def main() -> None:
    write_csvs()
    write_xlsx()
    write_xxe()
    write_xls()
    write_ods()
    write_zips()
    for name in ("dates.xlsx", "empty.xlsx", "xxe.xlsx", "sheet.ods"):
        _restamp(HERE / name)
    total = sum(p.stat().st_size for p in HERE.iterdir() if p.suffix != ".py")
    print(f"fixtures written to {HERE} ({total / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
