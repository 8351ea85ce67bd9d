"""Wall labels: a caption card per work shown at a venue, in the venue's language plus English,
several to an A4 sheet with cut marks.

The cards touch each other (one cut separates two), and the marks sit in the sheet's margin on
every cut line, so nothing of them shows on a card. Cards follow the venue's hanging order;
names of authors without publication consent are left off (a label is a publication too).
"""

from __future__ import annotations

import math
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from contest_app.core.errors import InvalidValue
from contest_app.core.intake.cancel import Control
from contest_app.core.tours.captions import ConsentMode, caption, size_text
from contest_app.core.tours.content import TourEntry, VenueInfo, load_document
from contest_app.core.tours.tours import find_venue
from contest_app.db.session import Database
from contest_app.reports.catalogue_layout import MM, Box
from contest_app.reports.catalogue_plan import ACCENT
from contest_app.reports.catalogue_text import Style, draw
from contest_app.reports.fonts import FontSet, register_fonts, scripts_for

SHEET_MM = (210.0, 297.0)
SHEET_MARGIN_MM = 5.0  # what office printers can reach; the cut marks live in the margin
LABEL_SIZES = ("100x70", "90x55", "120x80", "148x105")
DEFAULT_SIZE = "100x70"
MIN_MM, MAX_MM = (50.0, 30.0), (SHEET_MM[0] - 2 * SHEET_MARGIN_MM,
                                 SHEET_MM[1] - 2 * SHEET_MARGIN_MM)


@dataclass(frozen=True)
class LabelsResult:
    path: Path
    venue: str
    language: str
    labels: int
    sheets: int
    per_sheet: int
    labels_text: list[list[str]]  # each card's lines, for checks


def parse_size(text: str) -> tuple[float, float]:
    """'100x70' (mm, width x height) -> (100.0, 70.0); refuses sizes that fit no A4 sheet."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×X*]\s*(\d+(?:\.\d+)?)\s*(mm)?\s*", text or "")
    if not match:
        raise InvalidValue("label_size_invalid", value=text)
    w, h = float(match.group(1)), float(match.group(2))
    if not (MIN_MM[0] <= w <= MAX_MM[0] and MIN_MM[1] <= h <= MAX_MM[1]):
        raise InvalidValue("label_size_invalid", value=text)
    return w, h


def grid(size_mm: tuple[float, float]) -> tuple[int, int]:
    """(columns, rows) of cards on an A4 sheet."""
    usable = (SHEET_MM[0] - 2 * SHEET_MARGIN_MM, SHEET_MM[1] - 2 * SHEET_MARGIN_MM)
    return max(1, int(usable[0] // size_mm[0])), max(1, int(usable[1] // size_mm[1]))


def label_lines(entry: TourEntry, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """(role, text) lines of one card; roles pick the type style."""
    cap = caption(entry, languages, ConsentMode.ANONYMISE)
    work = entry.work
    lines = [("number", cap.number), ("heading", cap.heading), ("title", cap.title),
             ("title_en", cap.title_en), ("names", cap.names), ("latin", cap.names_latin)]
    lines += [("place", text) for text in cap.age_place]
    lines.append(("size", " · ".join(p for p in (work.medium, size_text(work)) if p)))
    return [(role, text) for role, text in lines if text]


def _draw_card(canvas: object, box: Box, lines: list[tuple[str, str]], fonts: FontSet) -> None:
    unit = box.h / (70 * MM)  # type sizes are set for a 70 mm high card and scale with it
    pad = 6 * MM * unit
    x, width = box.x + pad, box.w - 2 * pad
    sizes = {"number": 20, "heading": 8.5, "title": 14, "title_en": 10, "names": 10.5,
             "latin": 9.5, "place": 8.5, "size": 7.5}
    grey = {"title_en": 0.3, "latin": 0.3, "place": 0.35, "size": 0.45}
    y = box.top - pad - 20 * unit
    number_baseline = y
    for role, text in lines:
        size = sizes[role] * unit
        style = Style(fonts, size, role in ("number", "title", "heading"),
                      ACCENT if role in ("number", "heading") else (grey.get(role, 0.0),) * 3)
        if role == "heading":  # beside the number, right-aligned on its baseline
            draw(canvas, x + width * 0.3, number_baseline, text, style, width=width * 0.7,
                 align="right")
            continue
        if role == "size":
            draw(canvas, x, box.y + pad, text, style, width=width)
            continue
        draw(canvas, x, y, text, style, width=width)
        y -= size * (1.6 if role in ("number", "title") else 1.35)


def _cut_marks(canvas: object, origin: tuple[float, float], cols: int, rows: int,
               size: tuple[float, float]) -> None:
    c = canvas
    x0, y0 = origin
    xs = [x0 + i * size[0] for i in range(cols + 1)]
    ys = [y0 + j * size[1] for j in range(rows + 1)]
    top, right = ys[-1], xs[-1]
    room = min(x0, y0)  # the narrowest margin around the grid
    gap, length = 1 * MM, max(2 * MM, min(6 * MM, room - 1.5 * MM))  # short of the cards
    c.setStrokeColorRGB(0, 0, 0)  # type: ignore[attr-defined]
    c.setLineWidth(0.3)  # type: ignore[attr-defined]
    for x in xs:
        c.line(x, y0 - gap, x, y0 - gap - length)  # type: ignore[attr-defined]
        c.line(x, top + gap, x, top + gap + length)  # type: ignore[attr-defined]
    for y in ys:
        c.line(x0 - gap, y, x0 - gap - length, y)  # type: ignore[attr-defined]
        c.line(right + gap, y, right + gap + length, y)  # type: ignore[attr-defined]


def export_labels(db: Database, tour_id: int, venue_ref: str | int, out: Path, *,
                  size: str = DEFAULT_SIZE, control: Control | None = None) -> LabelsResult:
    from reportlab.pdfgen.canvas import Canvas

    size_mm = parse_size(size)
    with db.session() as session:
        venue_id = find_venue(session, tour_id, str(venue_ref)).id
        doc = load_document(session, tour_id)
    venue: VenueInfo = doc.venue(venue_id)
    entries = doc.hanging_order(venue_id)
    if not entries:
        raise InvalidValue("venue_no_works", venue=venue.name)
    languages = tuple(dict.fromkeys((venue.language, "en")))
    cards = [label_lines(e, languages) for e in entries]
    fonts = register_fonts(scripts_for(t for card in cards for _, t in card),
                           cjk_language=venue.language if venue.language in ("ko", "zh", "ja")
                           else "")
    cols, rows = grid(size_mm)
    per_sheet = cols * rows
    w, h = size_mm[0] * MM, size_mm[1] * MM
    sheet = (SHEET_MM[0] * MM, SHEET_MM[1] * MM)
    origin = ((sheet[0] - cols * w) / 2, (sheet[1] - rows * h) / 2)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
    sheets = math.ceil(len(cards) / per_sheet)
    try:
        canvas = Canvas(str(temp), pagesize=sheet, initialFontName=fonts.regular,
                        pageCompression=1)
        canvas.setTitle(f"{doc.name} — {venue.name}")
        for index, card in enumerate(cards):
            slot = index % per_sheet
            col, row = slot % cols, slot // cols
            box = Box(origin[0] + col * w, origin[1] + (rows - 1 - row) * h, w, h)
            _draw_card(canvas, box, card, fonts)
            if slot == per_sheet - 1 or index == len(cards) - 1:
                _cut_marks(canvas, origin, cols, rows, (w, h))
                canvas.showPage()
                if control is not None:
                    control.report(index // per_sheet + 1, sheets)
        canvas.save()
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return LabelsResult(out, venue.name, venue.language, len(cards), sheets, per_sheet,
                        [[t for _, t in card] for card in cards])
