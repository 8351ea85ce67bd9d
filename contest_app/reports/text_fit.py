"""Fitting text into a box: line breaking for Latin, Cyrillic, Hangul and CJK, shrink to fit,
and drawing one line as one text object (font runs inside it, see reports.fonts).

Chinese and Japanese break between any two characters, except before closing punctuation and
after opening punctuation (a little kinsoku); Korean, Latin and Cyrillic break at spaces.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from contest_app.reports.fonts import FontSet, runs

LEADING = 1.25
NO_LINE_START = set("、。，．・：；？！）」』】〉》〕］｝ー…‥,.!?)]}%’”»:;ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
NO_LINE_END = set("（「『【〈《〔［｛‘“«([")


def _breaks_anywhere(ch: str) -> bool:
    cp = ord(ch)
    return (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3FFFF)


def tokens(text: str) -> list[str]:
    """Pieces a line may break between; each keeps its trailing spaces."""
    out: list[str] = []
    word = ""
    for ch in text:
        if ch.isspace():
            word += " "
            continue
        if word.endswith(" ") or (word and (_breaks_anywhere(ch) or _breaks_anywhere(word[-1]))):
            if ch in NO_LINE_START or word[-1] in NO_LINE_END:
                word += ch
                continue
            out.append(word)
            word = ""
        word += ch
    if word:
        out.append(word)
    return out


@lru_cache(maxsize=65536)
def cached_runs(text: str, fontset: FontSet, bold: bool) -> tuple[tuple[str, str], ...]:
    """runs() of a text: fitting measures the same lines at several sizes, 700 times over."""
    return tuple(runs(unicodedata.normalize("NFC", text), fontset, bold))


@lru_cache(maxsize=65536)
def _unit_width(text: str, fontset: FontSet, bold: bool) -> float:
    # TrueType advance widths scale linearly with the size: measure once at 1 pt
    return sum(pdfmetrics.stringWidth(part, font, 1.0)
               for font, part in cached_runs(text, fontset, bold))


def fontset_width(text: str, fontset: FontSet, size: float, bold: bool = False,
                  tracking: float = 0.0) -> float:
    return _unit_width(text, fontset, bold) * size + tracking * max(len(text) - 1, 0)


def wrap(text: str, fontset: FontSet, size: float, width: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    current = ""
    for token in tokens(text):
        trial = current + token
        if current and fontset_width(trial.rstrip(), fontset, size, bold) > width:
            lines.append(current.rstrip())
            current = token
        else:
            current = trial
    if current.strip():
        lines.append(current.rstrip())
    return lines


@dataclass
class LineSpec:
    """One logical line of a field before fitting: the text and how it is set."""

    text: str
    size: float
    fontset: FontSet
    bold: bool
    color: str
    tracking: float = 0.0


@dataclass
class PlacedLine:
    text: str
    size: float
    fontset: FontSet
    bold: bool
    color: str
    tracking: float
    baseline: float  # from the box's top, in points
    hscale: float  # 100: as designed; less when one word is wider than the box at the least size


MIN_SCALE = 0.55
FAKE_BOLD_MIN = 12.0  # points


def fit_lines(specs: list[LineSpec], width: float, height: float, wrap_lines: bool
              ) -> list[PlacedLine]:
    """Lay the lines out in a width x height box (points), shrinking all of them together
    until they fit; centred vertically. A line still too wide at the least size is squeezed."""
    specs = [s for s in specs if s.text]
    if not specs:
        return []
    scale = 1.0
    while True:
        laid: list[tuple[LineSpec, str, float]] = []
        fits = True
        for spec in specs:
            size = spec.size * scale
            parts = (wrap(spec.text, spec.fontset, size, width, spec.bold) if wrap_lines
                     else [spec.text])
            for part in parts:
                if fontset_width(part, spec.fontset, size, spec.bold, spec.tracking) > width:
                    fits = False
                laid.append((spec, part, size))
        total = _height(laid)
        if (fits and total <= height) or scale <= MIN_SCALE:
            break
        scale = max(MIN_SCALE, scale * 0.93)
    top = max(0.0, (height - total) / 2)
    placed: list[PlacedLine] = []
    previous: LineSpec | None = None
    for spec, part, size in laid:
        if previous is not None and spec is not previous:
            top += size * 0.2  # a little air between the native and the English line
        previous = spec
        natural = fontset_width(part, spec.fontset, size, spec.bold, spec.tracking)
        hscale = min(100.0, 100.0 * width / natural) if natural > width else 100.0
        placed.append(PlacedLine(part, size, spec.fontset, spec.bold, spec.color, spec.tracking,
                                 top + size * 0.98, hscale))
        top += size * LEADING
    return placed


def _height(laid: list[tuple[LineSpec, str, float]]) -> float:
    total = 0.0
    previous: LineSpec | None = None
    for spec, _part, size in laid:
        if previous is not None and spec is not previous:
            total += size * 0.2
        previous = spec
        total += size * LEADING
    return total


def fake_bold_fonts(fontset: FontSet) -> set[str]:
    """Faces with no bold file (the CJK face): bold is imitated by stroking the outline too."""
    return {face.regular for face in fontset.faces if face.bold == face.regular}


def draw_line(canvas: Canvas, x: float, baseline: float, line: PlacedLine, align: str,
              width: float) -> float:
    """Draw a placed line in one text object; x is the box's left edge. Returns the drawn width."""
    natural = fontset_width(line.text, line.fontset, line.size, line.bold, line.tracking)
    drawn = natural * line.hscale / 100.0
    if align == "center":
        x += (width - drawn) / 2
    elif align == "right":
        x += width - drawn
    # stroked outlines thicken small text into blots on screen (a stroke is at least a pixel)
    fake = fake_bold_fonts(line.fontset) if line.bold and line.size >= FAKE_BOLD_MIN else set()
    # character spacing, horizontal scale and render mode are graphics state in PDF: they
    # would carry over into every later line unless the state is saved and restored
    canvas.saveState()
    text = canvas.beginText(x, baseline)
    if line.hscale < 100.0:
        text.setHorizScale(line.hscale)
    if line.tracking:
        text.setCharSpace(line.tracking)
    color = HexColor(line.color)
    canvas.setFillColor(color)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(line.size * 0.035)
    mode = 0
    for font, part in cached_runs(line.text, line.fontset, line.bold):
        wanted = 2 if font in fake else 0
        if wanted != mode:
            text.setTextRenderMode(wanted)
            mode = wanted
        text.setFont(font, line.size)
        text.textOut(part)
    canvas.drawText(text)
    canvas.restoreState()
    return drawn
