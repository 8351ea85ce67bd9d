"""Spreadsheets for regions: the problems found in their batch, and a blank entry template.

Both are in the region's language (a document has its own language, whatever staff work in).

Formula neutralisation: a value a region typed goes back into a spreadsheet, where a cell
starting with = + - @ (or a tab or carriage return) would run as a formula when opened. Such text
is written with a leading apostrophe ' and as a string cell (data_type "s"), so spreadsheet
programs show it as text and never evaluate it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from contest_app.core.intake.headers import CANONICAL, HINTS, LOCALIZED_HEADERS, REQUIRED
from contest_app.core.intake.plan import ImportPlan
from contest_app.core.intake.problem_words import problem_words, report_word, template_word
from contest_app.core.intake.problems import ProblemItem
from contest_app.db.models import Batch

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEMPLATE_FIELDS = tuple(name for name in CANONICAL if name != "award_tier")  # past editions only
TEMPLATE_ROWS = 2000  # rows the template's validation covers
_ERROR_FILL = PatternFill("solid", fgColor="F8D7DA")
_WARNING_FILL = PatternFill("solid", fgColor="FFF3CD")
_BOLD = Font(bold=True)


def safe_text(value: object) -> str:
    """value as text that a spreadsheet program will never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
    else:
        cell.value = safe_text(value)
        cell.data_type = "s"  # openpyxl would otherwise take "=..." for a formula
    return cell


def _items(source: ImportPlan | Batch | Iterable[ProblemItem]) -> list[ProblemItem]:
    if isinstance(source, ImportPlan):
        return list(source.problems)
    if isinstance(source, Batch):
        return [ProblemItem(code=p.code, severity="error" if p.severity == "error" else "warning",
                            row=p.row, column=p.column, value=p.value, detail=dict(p.detail),
                            entry_no=str(p.detail.get("entry_no", "")))
                for p in source.problems]
    return list(source)


def _column_words(item: ProblemItem, language: str) -> str:
    name = LOCALIZED_HEADERS.get(item.column, {})
    words = name.get(language) or name.get("en") or item.column
    cell = str(item.detail.get("cell", ""))
    letter = cell.rstrip("0123456789")
    return f"{words} ({letter})" if letter and words else words


def write_problem_report(plan_or_batch: ImportPlan | Batch | Iterable[ProblemItem], path: Path,
                         language: str) -> Path:
    """An .xlsx listing each problem in plain words: row, column, value, problem, what to do.

    Errors (the work was refused) are shaded red, warnings (imported, to check) yellow.
    """
    items = sorted(_items(plan_or_batch),
                   key=lambda p: (p.row is None, p.row or 0, not p.is_error, p.code))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = report_word("sheet", language)[:31]
    keys = ("row", "column", "value", "problem", "action")
    for column, key in enumerate(keys, start=1):
        _put(sheet, 1, column, report_word(key, language)).font = _BOLD
    for row, item in enumerate(items, start=2):
        values: dict[str, Any] = {**item.values()}
        values["column"] = _column_words(item, language)
        what, todo = problem_words(item.code, language, values)
        status = report_word("error" if item.is_error else "warning", language)
        cells = (item.row if item.row is not None else "", values["column"], item.value,
                 f"{status}: {what}", todo)
        fill = _ERROR_FILL if item.is_error else _WARNING_FILL
        for column, value in enumerate(cells, start=1):
            cell = _put(sheet, row, column, value)
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (7, 24, 28, 60, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def write_template(path: Path, language: str, region_name: str = "") -> Path:
    """A blank entry sheet whose headers map_headers reads, with hints and input checks."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = template_word("sheet", language)[:31]
    columns: dict[str, str] = {}
    for index, name in enumerate(TEMPLATE_FIELDS, start=1):
        header = LOCALIZED_HEADERS[name].get(language) or LOCALIZED_HEADERS[name]["en"]
        cell = _put(sheet, 1, index, header)
        cell.font = Font(bold=name in REQUIRED)
        hint = HINTS.get(name, {}).get(language) or HINTS.get(name, {}).get("en", "")
        if hint:
            cell.comment = Comment(hint, "NEAR")
        columns[name] = _letter(index)
        sheet.column_dimensions[columns[name]].width = max(12, len(header) + 4)
    last = TEMPLATE_ROWS + 1
    yes, no = template_word("yes", language), template_word("no", language)
    consent = DataValidation(type="list", formula1=f'"{yes},{no}"', allow_blank=True)
    birth = DataValidation(type="date", operator="between", formula1="DATE(1990,1,1)",
                           formula2="DATE(2035,12,31)", allow_blank=True)
    size = DataValidation(type="decimal", operator="greaterThan", formula1="0", allow_blank=True)
    for validation, names in ((consent, ("guardian_consent", "publication_consent")),
                              (birth, ("birth_date",)), (size, ("width_cm", "height_cm"))):
        for name in names:
            validation.add(f"{columns[name]}2:{columns[name]}{last}")
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    help_sheet = book.create_sheet(template_word("help", language)[:31])
    lines = ([region_name] if region_name else []) + template_word("lines", language).split("|")
    for row, line in enumerate(lines, start=1):
        _put(help_sheet, row, 1, line)
    help_sheet.column_dimensions["A"].width = 100
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
