"""Reading sheets: every CSV code page, XLSX, XLS, ODS; hostile and broken files refused."""

from __future__ import annotations

import csv
import io
import shutil
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from contest_app.core.demo_data import SHEET_HEADERS
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.sheet import RawSheet, read_sheet

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
NAME = SHEET_HEADERS.index("student_name")
BIRTH = SHEET_HEADERS.index("birth_date")


def _rows(sheet: RawSheet) -> list[tuple[int, list[object]]]:
    return list(sheet.rows)


def _refused(path: Path, code: str, **kwargs: object) -> IntakeError:
    with pytest.raises(IntakeError) as error:
        sheet = read_sheet(path, **kwargs)  # type: ignore[arg-type]
        _rows(sheet)
    assert error.value.code == code, error.value.values
    return error.value


@pytest.mark.parametrize(("name", "encoding", "twin"), [
    ("utf8.csv", "utf-8", "cp949.csv"),
    ("cp949.csv", "cp949", "utf8.csv"),
    ("utf8_sig.csv", "utf-8-sig", "gb18030.csv"),
    ("gb18030.csv", "gb18030", "utf8_sig.csv"),
    ("utf16.csv", "utf-16", "cp932.csv"),
    ("cp932.csv", "cp932", "utf16.csv"),
    ("cp1251.csv", "cp1251", None),
    ("mn_utf8.csv", "utf-8", None),
])
def test_csv_in_every_code_page(name: str, encoding: str, twin: str | None) -> None:
    sheet = read_sheet(DATA / name)
    assert sheet.format == "csv" and sheet.encoding == encoding and sheet.name == name
    assert sheet.headers == list(SHEET_HEADERS)
    rows = _rows(sheet)
    assert [number for number, _ in rows] == list(range(2, 2 + len(rows)))
    assert all(isinstance(cells[NAME], str) and cells[NAME] for _, cells in rows)
    if twin is not None:  # the same region's rows written in another code page
        assert [c[NAME] for _, c in rows] == [c[NAME] for _, c in _rows(read_sheet(DATA / twin))]


def test_csv_delimiters_and_local_dates() -> None:
    russian = _rows(read_sheet(DATA / "cp1251.csv"))  # semicolons, day.month.year
    assert russian[0][1][NAME] == "Захаров Дмитрий" and russian[0][1][BIRTH] == "15.01.2007"
    japanese = _rows(read_sheet(DATA / "utf16.csv"))  # tabs, Excel's "Unicode text"
    assert japanese[0][1][NAME] == "林 結衣"
    assert _rows(read_sheet(DATA / "gb18030.csv"))[0][1][BIRTH] == "2006年12月24日"
    assert _rows(read_sheet(DATA / "cp949.csv"))[0][1][BIRTH] == "2009. 10. 29."


def test_encoding_override(tmp_path: Path) -> None:
    sheet = read_sheet(DATA / "cp949.csv", encoding="cp949")
    assert sheet.encoding == "cp949"
    error = _refused(DATA / "cp949.csv", "encoding_unknown", encoding="utf-8")
    assert error.values["value"] == "utf-8"
    _refused(DATA / "cp949.csv", "encoding_unknown", encoding="klingon")


def test_code_page_judged_past_a_long_ascii_start(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    lines = ["entry_no,student_name,birth_date,title,image"]
    lines += [f"{i},Kim,2010-05-03,Dragon,{i}.jpg" for i in range(20_000)]  # > 512 KB of ASCII
    lines += ["20000,김지유,2010-05-03,단군 신화,20000.jpg"]
    path.write_bytes("\r\n".join(lines).encode("cp949"))
    sheet = read_sheet(path)
    assert sheet.encoding == "cp949"
    assert _rows(sheet)[-1][1][1] == "김지유"


def test_csv_cells_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "nfd.csv"
    text = 'entry_no,student_name,title\r\n 001 ,"\u1100\u1175\u11b7",""\r\n,,\r\n' \
           '002,"Multi\r\nline",x,extra\r\n003\r\n'
    path.write_text(text, encoding="utf-8", newline="")
    rows = _rows(read_sheet(path))
    assert rows[0] == (2, ["001", "김", None])  # stripped, NFC, "" as None
    assert rows[1] == (4, ["002", "Multi\r\nline", "x", "extra"])  # empty row 3 skipped
    assert rows[2] == (5, ["003", None, None])  # short rows padded to the header


def test_xlsx_date_cells_and_text_dates() -> None:
    sheet = read_sheet(DATA / "dates.xlsx")
    assert sheet.format == "xlsx" and sheet.name == "entries" and sheet.encoding is None
    assert sheet.headers == [*SHEET_HEADERS, "notes"]
    rows = dict(_rows(sheet))
    assert rows[2][BIRTH] == date(2010, 5, 3) and rows[3][BIRTH] == date(2011, 6, 4)
    assert rows[4][BIRTH] == "2010-05-03" and rows[8][BIRTH] == "2010년 5월 3일"
    assert rows[11][BIRTH] == 40301  # a plain number cell
    assert rows[2][SHEET_HEADERS.index("width_cm")] == 54.5 and rows[2][4] == 8
    assert rows[2][2] is None  # an empty cell
    assert 12 not in rows and rows[13][0] == "KR-47-099"  # the empty row 12 is skipped


def test_xls_written_by_excel_97() -> None:
    sheet = read_sheet(DATA / "sheet.xls")
    assert sheet.format == "xls" and sheet.name == "entries"
    rows = _rows(sheet)
    assert len(rows) == 5 and rows[0][0] == 2
    first = rows[0][1]
    assert first[NAME] == "林 結衣" and first[BIRTH] == date(2010, 4, 7)
    assert first[SHEET_HEADERS.index("grade")] == 9  # Excel stores 9.0


def test_ods_with_dates_spaces_and_huge_repeats() -> None:
    sheet = read_sheet(DATA / "sheet.ods")
    assert sheet.format == "ods" and sheet.name == "Лист1"
    assert sheet.headers == list(SHEET_HEADERS)  # 16,000 repeated empty cells not expanded
    rows = _rows(sheet)  # 1,048,000 repeated empty rows counted, not expanded
    assert [n for n, _ in rows] == [2, 3, 4, 5, 6]
    first = rows[0][1]
    assert len(first) == len(SHEET_HEADERS)
    assert first[NAME] == "Захаров Дмитрий" and first[BIRTH] == date(2007, 1, 15)
    assert first[SHEET_HEADERS.index("width_cm")] in (54.5, 72.7, 39.4, 78.8, 42, 59.4, 45.5,
                                                      60.6, 65.1, 39.4, 29.7, 27.2, 53, 37.9,
                                                      50)
    title = first[SHEET_HEADERS.index("title")]
    assert isinstance(title, str) and ("   " in title or " " not in title)  # <text:s c="2"/>


def test_ods_streams_a_long_sheet(tmp_path: Path) -> None:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    row = ('<table:table-row><table:table-cell office:value-type="string"><text:p>{0}</text:p>'
           '</table:table-cell><table:table-cell office:value-type="date" '
           'office:date-value="2010-05-03"/><table:table-cell table:number-columns-repeated='
           '"9000"/></table:table-row>')
    body = "".join(row.format(i) for i in range(25_000))
    content = (f'<?xml version="1.0"?><office:document-content {ns}><office:body>'
               f'<office:spreadsheet><table:table table:name="big">{row.format("entry_no")}'
               f'{body}</table:table><table:table table:name="second"/></office:spreadsheet>'
               f'</office:body></office:document-content>')
    path = tmp_path / "big.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    del content, body
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_sheet(path).rows)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 25_000
    assert peak < 8 * 1024**2  # a document tree of 25,000 rows would take hundreds of MB


def test_a_100000_row_csv_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="cp949", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SHEET_HEADERS)
        for i in range(100_000):
            writer.writerow([f"KR-47-{i:06d}", "김지유", "", "2010-05-03", 8, "포항제철중학교",
                             "yes", "단군 신화", "The Myth of Dangun", "ink", 54.5, 39.4,
                             f"{i}.jpg"])
    sheet = read_sheet(path)
    assert sum(1 for _ in sheet.rows) == 100_000 and sheet.encoding == "cp949"
    # memory while the first 30,000 rows are read (tracing all would be slow): reading the
    # whole file up front would show here, the ~12 MB file as text and its rows as lists
    tracemalloc.start()
    try:
        rows = read_sheet(path).rows
        for _ in zip(range(30_000), rows, strict=False):
            pass
        peak = tracemalloc.get_traced_memory()[1]
        rows.close()  # type: ignore[attr-defined]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2
    error = _refused(path, "sheet_too_large", max_rows=1000)
    assert error.values["value"] == 1000


def test_a_long_xlsx_is_read_lazily(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("big")
    sheet.append(list(SHEET_HEADERS))
    for i in range(5000):
        sheet.append([f"{i}", "김지유", None, date(2010, 5, 3), 8, "학교", "yes", "t", "t", "ink",
                      1, 2, f"{i}.jpg"])
    book.save(tmp_path / "big.xlsx")
    rows = read_sheet(tmp_path / "big.xlsx").rows
    assert next(rows)[0] == 2
    rows.close()  # type: ignore[attr-defined]
    _refused(tmp_path / "big.xlsx", "sheet_too_large", max_rows=100)


def test_external_entities_are_never_resolved() -> None:
    error = _refused(DATA / "xxe.xlsx", "sheet_unreadable")
    assert "root:" not in str(error.values)


def test_xlsx_is_refused_without_defusedxml(monkeypatch: pytest.MonkeyPatch) -> None:
    assert openpyxl.DEFUSEDXML is True  # installed and not disabled by OPENPYXL_DEFUSEDXML
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    error = _refused(DATA / "dates.xlsx", "sheet_unreadable")
    assert error.values["detail"] == "defusedxml not active"


def test_broken_and_empty_files() -> None:
    assert _refused(DATA / "nul.csv", "sheet_unreadable").values["detail"] == "NUL bytes"
    _refused(DATA / "empty.csv", "sheet_empty")
    _refused(DATA / "header_only.csv", "sheet_empty")
    _refused(DATA / "empty.xlsx", "sheet_empty")
    error = _refused(DATA / "fake.xlsx", "file_type_mismatch")
    assert error.values["file"] == "fake.xlsx" and error.values["value"] == ".xlsx"


def test_wrong_content_for_the_extension(tmp_path: Path) -> None:
    png = tmp_path / "entries.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    _refused(png, "file_type_mismatch")
    docx = tmp_path / "entries.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    _refused(docx, "file_type_mismatch")
    truncated = tmp_path / "broken.xlsx"
    truncated.write_bytes((DATA / "dates.xlsx").read_bytes()[:2000])
    _refused(truncated, "sheet_unreadable")
    ole = tmp_path / "old.xls"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    _refused(ole, "sheet_unreadable")
    # the content decides: a workbook saved with a .csv name is read as the workbook it is
    renamed = tmp_path / "entries_renamed.csv"
    shutil.copy(DATA / "dates.xlsx", renamed)
    assert read_sheet(renamed).format == "xlsx"


def test_close_releases_a_sheet_read_halfway() -> None:
    sheet = read_sheet(DATA / "dates.xlsx")
    next(sheet.rows)
    sheet.close()
    assert list(sheet.rows) == []


def test_sheet_too_large_counts_data_rows_only(tmp_path: Path) -> None:
    path = tmp_path / "three.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["entry_no"], ["1"], ["2"], ["3"]])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    assert len(_rows(read_sheet(path, max_rows=3))) == 3
    _refused(path, "sheet_too_large", max_rows=2)


def test_text_no_code_page_decodes(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"entry_no,title\r\n1,\x98 \x98 \x98 \r\n")
    error = _refused(path, "encoding_unknown")
    assert error.values["file"] == "garbage.csv"
