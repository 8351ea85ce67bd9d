"""A streaming reader for the first table of an OpenDocument spreadsheet (.ods).

odfpy builds the whole document tree and parses with the standard library's expat setup;
this reads content.xml with defusedxml's iterparse (no DTDs, no entities) and drops each row
once read. LibreOffice writes `number-columns-repeated="16384"` and
`number-rows-repeated="1048576"` for the empty rest of a sheet: empty repeats are counted,
never expanded, and non-empty repeats are expanded only up to the column limit.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from contest_app.core.intake.errors import IntakeError

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = f"{{{_TABLE_NS}}}table"
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELLS = (f"{{{_TABLE_NS}}}table-cell", f"{{{_TABLE_NS}}}covered-table-cell")
_ROWS_REPEATED = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLS_REPEATED = f"{{{_TABLE_NS}}}number-columns-repeated"
_TABLE_NAME = f"{{{_TABLE_NS}}}name"
_VALUE_TYPE = f"{{{_OFFICE_NS}}}value-type"
_P = f"{{{_TEXT_NS}}}p"
_SPACE, _TAB, _BREAK = (f"{{{_TEXT_NS}}}{n}" for n in ("s", "tab", "line-break"))

MAX_COLUMNS = 1024  # far more than a batch sheet has; bounds a hostile repeat count


def _repeat(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(attribute, "1")))
    except ValueError:
        return 1


def _text(element: Element) -> str:
    """A paragraph's text with <text:s c="3"/>, tabs and line breaks restored."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            parts.append(" " * _repeat(child, f"{{{_TEXT_NS}}}c"))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        else:
            parts.append(_text(child))  # spans, links
        parts.append(child.tail or "")
    return "".join(parts)


def _date(text: str) -> date | datetime | str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.date() if len(text) <= 10 else moment


def _value(cell: Element) -> object:
    """The typed value of a cell: numbers, dates and booleans as such, else its text."""
    kind = cell.get(_VALUE_TYPE)
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(f"{{{_OFFICE_NS}}}value", "")
        try:
            number = float(raw)
        except ValueError:
            return raw or None
        return number  # clean_cell turns whole numbers into int, as for XLS
    if kind == "date":
        return _date(cell.get(f"{{{_OFFICE_NS}}}date-value", ""))
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE_NS}}}boolean-value") == "true"
    paragraphs = [_text(p) for p in cell if p.tag == _P]
    return "\n".join(paragraphs) if paragraphs else None


def _first_table_rows(stream: object) -> Iterator[tuple[int, list[object]]]:
    number = 0
    stack: list[Element] = []
    cells: list[object] = []
    pending_empty = 0  # empty cells not yet appended: trailing ones never are
    in_table = False
    for event, element in iterparse(stream, events=("start", "end")):
        if event == "start":
            stack.append(element)
            if element.tag == _TABLE:
                in_table = True
            continue
        stack.pop()
        if not in_table:
            continue
        if element.tag in _CELLS:
            repeat = _repeat(element, _COLS_REPEATED)
            value = _value(element)
            if value is None or value == "":
                pending_empty += repeat
            else:
                room = MAX_COLUMNS - len(cells)
                cells.extend([None] * min(pending_empty, room))
                room = MAX_COLUMNS - len(cells)
                cells.extend([value] * min(repeat, room))
                pending_empty = 0
            element.clear()
        elif element.tag == _ROW:
            repeat = _repeat(element, _ROWS_REPEATED)
            if cells:
                for _ in range(repeat):  # the caller stops at its row limit
                    number += 1
                    yield number, list(cells)
            else:
                number += repeat
            cells, pending_empty = [], 0
            element.clear()
            if stack:
                stack[-1].remove(element)  # keeps memory flat over 100,000 rows
        elif element.tag == _TABLE:
            return  # only the first table is the batch sheet


def ods_rows(path: Path) -> tuple[str, Iterator[tuple[int, list[object]]]]:
    """(name of the first table, its rows as (row number, cells)); rows are read lazily."""
    try:
        archive = zipfile.ZipFile(path)
        name = _first_table_name(archive)
    except IntakeError:
        raise
    except Exception as error:  # broken zips and XML fail in many library-specific ways
        raise IntakeError("sheet_unreadable", file=path.name,
                          detail=f"{type(error).__name__}: {error}"[:300]) from None

    def rows() -> Iterator[tuple[int, list[object]]]:
        try:
            with archive.open("content.xml") as stream:
                yield from _first_table_rows(stream)
        except IntakeError:
            raise
        except Exception as error:
            raise IntakeError("sheet_unreadable", file=path.name,
                              detail=f"{type(error).__name__}: {error}"[:300]) from None
        finally:
            archive.close()

    return name, rows()


def _first_table_name(archive: zipfile.ZipFile) -> str:
    """Read content.xml up to the first table's start tag, for its name."""
    with archive.open("content.xml") as stream:
        for _, element in iterparse(stream, events=("start",)):
            if element.tag == _TABLE:
                return element.get(_TABLE_NAME, "")
    raise IntakeError("sheet_empty", file=Path(archive.filename or "").name)
