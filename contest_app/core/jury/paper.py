"""Paper judging: a blank .xlsx score sheet per juror, and importing typed-up scores.

The sheet holds codes only, never a name, school, region or entry number. An import checks every
row the way a screen save is checked; valid rows are saved (source "paper"), invalid rows are
refused with their row, column and value. It runs in the caller's transaction, so a crash part
way leaves nothing behind. A row whose criterion cells are all empty is a work the juror has not
scored yet and is skipped; a row with some boxes filled and others empty is refused, because a
missing box on paper is more often a slip than a choice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.contests import get_contest
from contest_app.core.errors import InvalidValue, NotFound
from contest_app.core.intake.sheet import read_sheet
from contest_app.core.jury.jurors import find_juror, get_juror
from contest_app.core.jury.rounds import criterion_rows, get_round, latest_open_round, open_round
from contest_app.core.jury.scoring import (
    active_assignment,
    as_number,
    check_values,
    save_score,
    works_for_juror,
)
from contest_app.core.jury.source import ScoreItem
from contest_app.core.languages import pick
from contest_app.db.models import Entry, Juror, Round, Score

CODE, JUROR, COMMENT, TITLE = "code", "juror", "comment", "title"
# text a spreadsheet would run as a formula (a title "=HYPERLINK(...)" from a region): written
# with a leading apostrophe, taken off again when the sheet comes back
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def _unsafe(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


@dataclass
class ScoreProblem:
    """One refused cell or row: row as Excel shows it, column as in the header."""

    code: str
    row: int
    column: str
    value: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        return {**self.detail, "row": self.row, "column": self.column, "value": self.value}


@dataclass
class PaperImportReport:
    round_id: int
    rows: int = 0
    saved: int = 0
    replaced: int = 0  # saved over an earlier score (from the screen, a package or paper)
    blank: int = 0  # rows without any score yet
    problems: list[ScoreProblem] = field(default_factory=list)

    @property
    def refused(self) -> int:
        """Rows refused (a row may have several problems)."""
        return len({p.row for p in self.problems})


def resolve_round(session: Session, contest_id: int, round_id: int | None) -> Round:
    if round_id is None:
        return latest_open_round(session, contest_id)
    round_ = get_round(session, round_id)
    if round_.contest_id != contest_id:
        raise NotFound("round_not_found", id=round_id)
    return round_


def write_score_sheet(session: Session, contest_id: int, juror_id: int, round_id: int | None,
                      path: Path, media_root: Path | None = None) -> Path:
    """A .pdf or .xlsx sheet, by path's suffix; round None: the latest open round.

    media_root (for the PDF's thumbnails) defaults to the one the database's URL implies.
    """
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidValue("sheet_format_unknown", value=path.name)
    round_ = resolve_round(session, contest_id, round_id)
    juror = get_juror(session, juror_id)
    if juror.contest_id != contest_id:
        raise NotFound("juror_not_found", ref=str(juror_id))
    if suffix == ".xlsx":
        return write_score_sheet_xlsx(session, round_.id, juror_id, path)
    from contest_app.core.jury.paper_pdf import write_score_sheet_pdf
    from contest_app.db.session import media_root_for

    if media_root is None:
        url = session.get_bind().engine.url.render_as_string(hide_password=False)
        media_root = media_root_for(url)
    return write_score_sheet_pdf(session, round_.id, juror_id, path, media_root)


def write_score_sheet_xlsx(session: Session, round_id: int, juror_id: int, path: Path) -> Path:
    """Rows of code and juror, an empty cell per criterion (validated to the scale), a comment."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    round_ = get_round(session, round_id)
    juror = get_juror(session, juror_id)
    criteria = criterion_rows(session, round_)
    works = works_for_juror(session, round_id, juror_id)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "scores"
    headers = [CODE, JUROR, *(c.key for c in criteria), COMMENT]
    if round_.show_titles:
        headers.insert(1, TITLE)
    sheet.append(headers)
    for _entry, work in works:
        row: list[object] = [work.code, _safe(juror.name), *([None] * len(criteria)), None]
        if round_.show_titles:
            row.insert(1, _safe(work.title or ""))
        sheet.append(row)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
    first = headers.index(criteria[0].key) + 1 if criteria else 0
    for offset, crit in enumerate(criteria):
        letter = sheet.cell(row=1, column=first + offset).column_letter
        rule = DataValidation(type="decimal", operator="between", formula1=str(crit.scale_min),
                              formula2=str(crit.scale_max), allow_blank=True, showErrorMessage=True,
                              error=f"{crit.scale_min:g}-{crit.scale_max:g}")
        sheet.add_data_validation(rule)
        if works:
            rule.add(f"{letter}2:{letter}{len(works) + 1}")
        sheet.column_dimensions[letter].width = 13
    sheet.column_dimensions["A"].width = 11
    for index, name in enumerate(headers, start=1):
        if name in (JUROR, TITLE, COMMENT):
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = 28
    for cell in sheet["A"][1:]:
        cell.font = Font(name="Consolas", size=12, bold=True)
        cell.alignment = Alignment(horizontal="center")
    sheet.freeze_panes = "B2"
    _criteria_sheet(book, session, round_, juror)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _criteria_sheet(book: Any, session: Session, round_: Round, juror: Juror) -> None:
    """What each column means, in the juror's language; the import reads only the first sheet."""
    info = book.create_sheet("criteria")
    contest = get_contest(session, round_.contest_id)
    info.append([pick(contest.title, juror.language), round_.name or round_.kind])
    info.append(["key", "name", "weight", "min", "max"])
    for crit in criterion_rows(session, round_):
        info.append([crit.key, pick(crit.names, juror.language), crit.weight, crit.scale_min,
                     crit.scale_max])
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 36


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def import_scores(session: Session, contest_id: int, path: Path, *, round_id: int | None = None,
                  encoding: str | None = None) -> PaperImportReport:
    """Check every row, save the valid ones (source paper), report the rest."""
    round_ = resolve_round(session, contest_id, round_id)
    open_round(session, round_.id)  # a closed round refuses the whole sheet up front
    criteria = criterion_rows(session, round_)
    sheet = read_sheet(path, encoding=encoding)
    headers = [h.strip().lower() for h in sheet.headers]
    for needed in (CODE, JUROR, *(c.key for c in criteria)):
        if needed not in headers:
            sheet.close()
            raise InvalidValue("paper_column_missing", column=needed)
    col = {name: headers.index(name) for name in headers if name}
    codes = {code.upper(): entry_id for entry_id, code in session.execute(
        select(Entry.id, Entry.anon_code).where(Entry.contest_id == contest_id))}
    jurors: dict[str, Juror | None] = {}
    report = PaperImportReport(round_.id)
    checked: list[tuple[int, int, int, ScoreItem]] = []  # row, juror id, entry id, item
    seen: dict[tuple[int, int], list[int]] = defaultdict(list)
    entry_codes: dict[int, str] = {}

    for number, cells in sheet.rows:
        report.rows += 1

        def cell(name: str, cells: list[object] = cells) -> object:
            index = col.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        problems: list[ScoreProblem] = []
        raw = {c.key: cell(c.key) for c in criteria}
        comment = _text(cell(COMMENT))
        if all(_text(v) == "" for v in raw.values()) and not comment:
            report.blank += 1
            continue
        code = _text(cell(CODE)).upper()
        entry_id = codes.get(code)
        if entry_id is None:
            problems.append(ScoreProblem("score_code_unknown", number, CODE, code))
        ref = _unsafe(_text(cell(JUROR)))
        if ref not in jurors:
            try:
                jurors[ref] = find_juror(session, contest_id, ref) if ref else None
            except NotFound:
                jurors[ref] = None
        juror = jurors[ref]
        if juror is None:
            problems.append(ScoreProblem("score_juror_unknown", number, JUROR, ref))
        if entry_id is not None and juror is not None and active_assignment(
                session, round_.id, juror.id, entry_id) is None:
            problems.append(ScoreProblem("work_not_assigned", number, CODE, code,
                                         {"code": code, "juror": juror.name}))
        filled = {k: v for k, v in raw.items() if _text(v) != ""}
        for key in raw:
            if key not in filled:
                problems.append(ScoreProblem("score_missing", number, key, ""))
        _, value_problems = check_values(criteria, filled)
        for problem_code, values in value_problems:
            key = str(values.get("key", ""))
            problems.append(ScoreProblem(problem_code, number, key, _text(values.get("value")),
                                         {k: v for k, v in values.items() if k != "value"}))
        if problems:
            report.problems.extend(problems)
            continue
        assert juror is not None and entry_id is not None
        seen[(juror.id, entry_id)].append(number)
        numbers = {k: as_number(v) for k, v in filled.items()}
        item = ScoreItem(values={k: v for k, v in numbers.items() if v is not None},
                         comment=comment)
        checked.append((number, juror.id, entry_id, item))
        entry_codes[entry_id] = code

    # two rows for one code and juror: neither can be trusted over the other, both are refused
    for (_juror_id, entry_id), rows in seen.items():
        if len(rows) > 1:
            for number in rows:
                others = ", ".join(str(r) for r in rows if r != number)
                report.problems.append(ScoreProblem("score_row_duplicate", number, CODE,
                                                    entry_codes[entry_id], {"rows": others}))
    duplicated = {r for rows in seen.values() if len(rows) > 1 for r in rows}
    for number, juror_id, entry_id, item in checked:
        if number in duplicated:
            continue
        earlier = session.scalar(select(Score.id).where(
            Score.round_id == round_.id, Score.juror_id == juror_id, Score.entry_id == entry_id))
        save_score(session, round_.id, juror_id, entry_id, item, source="paper")
        report.saved += 1
        report.replaced += earlier is not None
    report.problems.sort(key=lambda p: (p.row, p.column))
    return report

