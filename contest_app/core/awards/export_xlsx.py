"""Spreadsheets of the results: the ranked results for the secretariat, award lists per region.

Every text cell is written through ``put``: a value starting with = + - @ (or tab, CR) gets a
leading quote and is stored as a plain string (data type "s"), so a title such as
"=HYPERLINK(...)" typed by a student or a region can never run as a formula in Excel or Calc.

The award lists for the member governments are one workbook with one sheet per region (sheet
name = region code) and an index sheet: the secretariat sends each government its sheet, and a
spreadsheet is what the regional offices work in (their ceremonies, their own records). Each
sheet is headed in English and in the region's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from contest_app.core.awards.board import Board, audit_trail, build_board
from contest_app.core.awards.documents import (
    Facts,
    bilingual,
    load_facts,
    region_label,
    safe_text,
)
from contest_app.core.languages import pick

TIER_FILLS = ("FFD966", "A9C4EB", "B6D7A8", "EAD1DC", "D9D9D9", "F4CCCC")
BOLD = Font(bold=True)


def put(ws: Worksheet, row: int, column: int, value: Any) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = safe_text(value)
        cell.data_type = "s"  # openpyxl would type a text starting with "=" as a formula
    else:
        cell.value = value


def put_row(ws: Worksheet, row: int, values: list[Any], bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        put(ws, row, column, value)
        if bold:
            ws.cell(row=row, column=column).font = BOLD


def _widths(ws: Worksheet, widths: list[int]) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


RESULT_HEADERS = ["Rank", "Tier", "Code", "Work no.", "Title", "Title (English)", "Region",
                  "Country", "Students", "Students (Latin)", "Jurors", "Abstentions",
                  "Mean (raw)", "Trimmed mean", "Z-score", "Ranks", "Result", "Boundary",
                  "Moved by", "Status"]


def write_results(session: Session, contest_id: int, path: Path, *, method: str | None = None,
                  language: str = "en") -> Path:
    """The ranked results workbook: Results, Tiers, Method sensitivity, Decisions."""
    board = build_board(session, contest_id, method)
    facts = load_facts(session, board)
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Results"
    _results_sheet(ws, board, facts, language)
    _tiers_sheet(book.create_sheet("Tiers"), board, language)
    _sensitivity_sheet(book.create_sheet("Sensitivity"), board, language)
    trail = book.create_sheet("Decisions")
    put_row(trail, 1, ["When (UTC)", "Who", "Decision", "Work", "Changes", "Reason"], bold=True)
    for i, t in enumerate(audit_trail(session, contest_id), start=2):
        changes = "; ".join(f"{k}: {v[0]} → {v[1]}" for k, v in t.changes.items()
                            if isinstance(v, list) and len(v) == 2 and k != "code")
        put_row(trail, i, [t.at.isoformat(sep=" ", timespec="seconds"), t.actor, t.action,
                           t.code, changes, t.reason])
    _widths(trail, [20, 14, 20, 10, 60, 50])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _results_sheet(ws: Worksheet, board: Board, facts: Facts, language: str) -> None:
    put_row(ws, 1, [*RESULT_HEADERS[:16], f"Result ({board.method})", *RESULT_HEADERS[17:]],
            bold=True)
    fills = {q.key: PatternFill("solid", fgColor=TIER_FILLS[i % len(TIER_FILLS)])
             for i, q in enumerate(board.quotas)}
    for i, r in enumerate(board.rows, start=2):
        authors = facts.authors.get(r.entry_id, [])
        marks = ", ".join(f"{kind} ({tier})" for kind, tier in r.marks)
        put_row(ws, i, [
            r.rank, pick(board.tier_names.get(r.tier or "", {}), language) if r.tier else "",
            r.code, r.entry_no, r.title, r.title_en,
            region_label(r.region_names, language, facts.languages.get(r.country_code, "")),
            pick(r.country_names, language), ", ".join(a.name for a in authors),
            ", ".join(a.name_latin for a in authors), r.jurors, r.abstentions,
            *(_round(r.scores.get(m)) for m in ("mean", "trimmed", "zscore", "rank")),
            _round(r.score), marks, r.moved or "", r.status or ("preview" if r.tier else "")])
        if r.tier in fills:
            ws.cell(row=i, column=2).fill = fills[r.tier]
    ws.freeze_panes = "D2"
    _widths(ws, [6, 16, 9, 12, 30, 30, 28, 14, 24, 24, 7, 7, 9, 9, 9, 9, 9, 20, 18, 11])


def _tiers_sheet(ws: Worksheet, board: Board, language: str) -> None:
    counts = board.counts()
    put_row(ws, 1, ["Tier", "Quota", "Awarded"], bold=True)
    for i, q in enumerate(board.quotas, start=2):
        put_row(ws, i, [pick(board.tier_names.get(q.key, {}), language) or q.key, q.quota,
                        counts[q.key]])
    _widths(ws, [24, 8, 9])


def _sensitivity_sheet(ws: Worksheet, board: Board, language: str) -> None:
    methods = ("mean", "trimmed", "zscore", "rank")
    put_row(ws, 1, ["Code", "Region", *(f"Tier ({m})" for m in methods),
                    *(f"Rank ({m})" for m in methods)], bold=True)
    for i, r in enumerate(board.sensitivity, start=2):
        put_row(ws, i, [r.code, r.region_code,
                        *(pick(board.tier_names.get(r.tiers[m] or "", {}), language)
                          for m in methods), *(r.ranks[m] for m in methods)])
    _widths(ws, [9, 10, 16, 16, 16, 16, 9, 9, 9, 9])


def write_region_lists(session: Session, contest_id: int, path: Path) -> Path:
    """One sheet per region that entered works: its awarded works and their students."""
    board = build_board(session, contest_id, with_sensitivity=False)
    facts = load_facts(session, board)
    state = "final" if board.state() == "final" else "provisional"
    book = Workbook()
    index = book.active
    assert index is not None
    index.title = "Index"
    put_row(index, 1, ["Region", "Code", "Country", "Works entered", "Works awarded",
                       "Students awarded"], bold=True)
    order = {q.key: i for i, q in enumerate(board.quotas)}
    for i, region in enumerate(facts.regions.values(), start=2):
        language = facts.languages.get(region.country_code, "en")
        put_row(index, i, [region_label(region.names, "en", language), region.code,
                           pick(facts.country_names.get(region.country_code, {}), "en"),
                           region.works, sum(region.awarded.values()),
                           region.students_awarded])
        ws = book.create_sheet(region.code[:31])
        rows = sorted((r for r in board.rows if r.region_code == region.code and r.tier
                       and r.status != "withdrawn"),
                      key=lambda r: (order.get(r.tier or "", 99), r.rank or 0))
        _region_sheet(ws, board, facts, region.names, language, state, rows)
    _widths(index, [34, 10, 20, 14, 14, 16])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _region_sheet(ws: Worksheet, board: Board, facts: Facts, names: dict[str, str],
                  language: str, state: str, rows: list[Any]) -> None:
    put(ws, 1, 1, f"{region_label(names, 'en', language)} — {board.year}")
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    put(ws, 2, 1, bilingual(state, language))
    headers = ["tier", "entry_no", "title", "title_en", "students", "students_latin", "school"]
    put_row(ws, 4, [bilingual(h, language) for h in headers], bold=True)
    if not rows:
        put(ws, 5, 1, bilingual("no_award", language))
    for i, r in enumerate(rows, start=5):
        authors = facts.authors.get(r.entry_id, [])
        names = board.tier_names.get(r.tier or "", {})
        tier = pick(names, language)
        if tier != pick(names, "en"):
            tier = f"{pick(names, 'en')} / {tier}"
        put_row(ws, i, [tier, r.entry_no, r.title, r.title_en,
                        ", ".join(a.name for a in authors),
                        ", ".join(a.name_latin for a in authors),
                        ", ".join(dict.fromkeys(a.school for a in authors if a.school))])
    _widths(ws, [30, 14, 32, 32, 26, 26, 30])
