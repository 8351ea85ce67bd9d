"""One sheet of a batch, read row by row whatever office program or code page made it.

The format is chosen by the file's content, not its name (offices rename files); a name that
promises a spreadsheet whose content is not one is refused as file_type_mismatch. Rows come
lazily for XLSX (openpyxl read-only), ODS (a streaming parser) and CSV, so a 100,000-row sheet
never sits in memory. Errors found while iterating are IntakeErrors too.
"""

from __future__ import annotations

import codecs
import csv
import unicodedata
import warnings
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path

from contest_app.core.intake.encodings import detect_encoding
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.ods import ods_rows

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")  # what a batch's sheet may be

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
# Files people attach by mistake: refused by name rather than decoded as garbage text.
_BINARY = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b",
           b"II*\x00", b"MM\x00*", b"RIFF", b"\x00\x00\x00")
_MAX_CONTAINER_BYTES = 1024**3  # unpacked XML of an XLSX/ODS; a 100,000-row sheet is ~60 MB
_SAMPLE_BYTES = 256 * 1024       # CSV bytes looked at to choose the code page (twice at most)
# Excel's own limit for a cell: longer text was not typed into a spreadsheet (a 120 MB shared
# string compresses to 120 KB and would otherwise become a title in the database)
MAX_CELL_CHARS = 32_767


@dataclass
class RawSheet:
    path: Path
    name: str                 # worksheet name, or the file name for CSV
    encoding: str | None      # the code page of a CSV file; None for spreadsheets
    headers: list[str]
    rows: Iterator[tuple[int, list[object]]]  # (row number as Excel shows it, cells)
    format: str = field(default="")            # "xlsx", "xls", "ods" or "csv"

    def close(self) -> None:
        """Release the file early when the rows are not read to the end."""
        close = getattr(self.rows, "close", None)
        if close is not None:
            close()


def clean_cell(value: object) -> object:
    """Strings stripped and NFC (macOS and some IMEs give NFD), "" as None, whole floats as int
    (XLS and ODS store every number as a float), midnight datetimes as dates."""
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value.strip())
        return text or None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time() and not value.tzinfo:
        return value.date()
    return value


def _sniff_kind(path: Path) -> str:
    """xlsx, ods, xls or csv, from the content; raise file_type_mismatch for other files."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise IntakeError("sheet_unreadable", file=path.name, detail=str(error)) from None
    suffix = path.suffix.lower()
    if magic.startswith(_ZIP):
        kind = _zip_kind(path)
    elif magic == _OLE2:
        kind = "xls"
    elif magic.startswith(_BINARY):
        kind = "binary"
    else:
        kind = "csv"
    if kind == "binary" or (kind == "csv" and suffix in SPREADSHEET_SUFFIXES):
        raise IntakeError("file_type_mismatch", file=path.name, value=suffix, detail=kind)
    return kind


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if sum(info.file_size for info in infos) > _MAX_CONTAINER_BYTES:
                raise IntakeError("sheet_too_large", file=path.name, value=_MAX_CONTAINER_BYTES)
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "content.xml" in names and "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                    return "ods"
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise IntakeError("sheet_unreadable", file=path.name, detail=str(error)) from None
    return "binary"  # a zip, but not a workbook (a .docx, or a batch zip named .xlsx)


def _unreadable(path: Path, error: Exception) -> IntakeError:
    return IntakeError("sheet_unreadable", file=path.name,
                       detail=f"{type(error).__name__}: {error}"[:300])


def _xlsx(path: Path) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    import openpyxl  # heavy: imported when a workbook is actually read

    if openpyxl.DEFUSEDXML is not True:
        # without defusedxml openpyxl parses DTDs: an external entity could read local files
        raise IntakeError("sheet_unreadable", file=path.name, detail="defusedxml not active")
    # a file object, not a path: openpyxl refuses names not ending in .xlsx, and the content
    # has already been found to be a workbook
    handle = path.open("rb")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # style and extension warnings mean nothing here
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True,
                                          keep_links=False)
        sheet = book.worksheets[0]
    except Exception as error:  # hostile or broken input fails in many library-specific ways
        handle.close()
        raise _unreadable(path, error) from None
    sheet.reset_dimensions()  # a wrong <dimension> (written by many tools) would cut columns

    def rows() -> Iterator[tuple[int, list[object]]]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(values)
        except IntakeError:
            raise
        except Exception as error:
            raise _unreadable(path, error) from None
        finally:
            book.close()
            handle.close()

    return sheet.title, rows()


def _xls(path: Path) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        sheet = book.sheet_by_index(0)
    except Exception as error:  # xlrd raises its own errors, struct.error, AssertionError...
        raise _unreadable(path, error) from None

    def value(cell: xlrd.sheet.Cell) -> object:
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
            except (xlrd.xldate.XLDateError, OverflowError, ValueError):
                return cell.value
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if cell.ctype == xlrd.XL_CELL_ERROR:
            return xlrd.error_text_from_code.get(cell.value, "#ERR")
        return cell.value

    def rows() -> Iterator[tuple[int, list[object]]]:
        try:
            for index in range(sheet.nrows):
                yield index + 1, [value(cell) for cell in sheet.row(index)]
        finally:
            book.release_resources()

    return sheet.name, rows()


def _csv_sample(path: Path) -> bytes:
    """Up to 512 KB for code page detection: the start of the file, cut at a line end, then
    later lines with non-ASCII bytes (a sheet may start with many ASCII-only rows)."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE_BYTES)
        if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
                or b"\x00" in head:
            return head[: len(head) // 2 * 2]
        more = handle.read(1)
        if not more:
            return head
        # a line feed is never a trail byte in CP949, GBK or Shift_JIS: a safe place to cut
        sample = bytearray(head[: head.rfind(b"\n") + 1] or head)
        handle.seek(len(sample))
        for line in handle:
            if len(sample) >= 2 * _SAMPLE_BYTES:
                break
            if any(byte >= 0x80 for byte in line):
                sample += line
        return bytes(sample)


def _delimiter(line: str) -> str:
    counts = {sep: line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: (counts[sep], sep == ","))
    return best if counts[best] else ","


def _csv(path: Path, encoding: str | None) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    sample = _csv_sample(path)
    if encoding is None:
        try:
            encoding = detect_encoding(sample)
        except IntakeError as error:
            raise IntakeError(error.code, file=path.name, **error.values) from None
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise IntakeError("encoding_unknown", file=path.name, value=encoding) from None
    if b"\x00" in sample and not encoding.startswith("utf-16"):
        raise IntakeError("sheet_unreadable", file=path.name, detail="NUL bytes")
    handle = path.open(encoding=encoding, errors="strict", newline="")

    def lines() -> Iterator[str]:
        for line in handle:
            if "\x00" in line:
                raise IntakeError("sheet_unreadable", file=path.name, detail="NUL bytes")
            yield line.removeprefix("\ufeff")  # an explicit "utf-8" keeps the BOM

    def rows() -> Iterator[tuple[int, list[object]]]:
        number = 0
        try:
            source = lines()
            first = next(source, "")
            reader = csv.reader(chain([first], source), delimiter=_delimiter(first))
            for number, cells in enumerate(reader, start=1):
                yield number, list(cells)
        except UnicodeDecodeError:
            raise IntakeError("encoding_unknown", file=path.name, row=number + 1,
                              value=encoding) from None
        except csv.Error as error:
            raise IntakeError("sheet_unreadable", file=path.name, row=number + 1,
                              detail=str(error)) from None
        finally:
            handle.close()

    return encoding, rows()


def _non_empty_rows(source: Iterator[tuple[int, list[object]]], path: Path,
                    max_rows: int) -> Generator[tuple[int, list[object]], None, None]:
    """Cleaned rows that have a value; the first is the header, then at most max_rows."""
    count = 0
    try:
        for number, cells in source:
            cleaned = [clean_cell(cell) for cell in cells]
            if not any(cell is not None for cell in cleaned):
                continue
            if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARS for cell in cleaned):
                raise IntakeError("sheet_cell_too_long", file=path.name, row=number,
                                  value=MAX_CELL_CHARS)
            count += 1
            if count > max_rows + 1:
                raise IntakeError("sheet_too_large", file=path.name, value=max_rows)
            yield number, cleaned
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()


def _header_and_rows(source: Iterator[tuple[int, list[object]]], path: Path, max_rows: int
                     ) -> tuple[list[str], Iterator[tuple[int, list[object]]]]:
    """The first non-empty row is the header; a sheet without data rows is sheet_empty."""
    data = _non_empty_rows(source, path, max_rows)
    header = next(data, None)
    first = next(data, None) if header is not None else None
    if header is None or first is None:
        data.close()
        raise IntakeError("sheet_empty", file=path.name)
    cells = ["" if cell is None else str(cell) for cell in header[1]]
    while cells and not cells[-1]:
        cells.pop()

    def rows() -> Iterator[tuple[int, list[object]]]:
        for number, values in chain([first], data):
            if len(values) < len(cells):  # each row at least as wide as the header
                values.extend([None] * (len(cells) - len(values)))
            yield number, values

    return cells, rows()


def read_sheet(path: Path, *, encoding: str | None = None, max_rows: int = 200_000) -> RawSheet:
    """Open a sheet and read its header row; data rows are read as `rows` is iterated.

    `encoding` overrides code page detection for CSV files and is ignored for spreadsheets.
    """
    path = Path(path)
    kind = _sniff_kind(path)
    used: str | None = None
    if kind == "xlsx":
        name, source = _xlsx(path)
    elif kind == "ods":
        name, source = ods_rows(path)
    elif kind == "xls":
        name, source = _xls(path)
    else:
        used, source = _csv(path, encoding)
        name = path.name
    headers, rows = _header_and_rows(source, path, max_rows)
    return RawSheet(path=path, name=name, encoding=used, headers=headers, rows=rows, format=kind)


def is_sheet_name(name: str) -> bool:
    """True for a file name a batch's sheet may have (.xlsx .xlsm .xls .ods .csv)."""
    return name.lower().endswith(SHEET_SUFFIXES)

