"""Lines of text on a ReportLab canvas: fitted, aligned, wrapped; each line one text object.

Built on reports.fonts (per-character fallback between the Latin/Cyrillic and the CJK face).
Every line is drawn by fonts.draw_runs as ONE text object, so pdftotext and copy-paste keep it
one line; separate drawString calls per run would split it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from contest_app.reports.fonts import FontSet, draw_runs, string_width

ELLIPSIS = "…"
# characters that must not start a line (CJK closing punctuation), as kinsoku rules say
_NO_LINE_START = set("、。，．・：；？！）」』】〕〉》”’ー々〜,.;:!?)]}")


@dataclass(frozen=True)
class Style:
    fonts: FontSet
    size: float
    bold: bool = False
    colour: tuple[float, float, float] = (0.0, 0.0, 0.0)
    leading: float = 0.0  # 0: 1.3 x size

    @property
    def line_height(self) -> float:
        return self.leading or self.size * 1.3

    def scaled(self, size: float) -> Style:
        return Style(self.fonts, size, self.bold, self.colour, self.leading * size / self.size)

    def width(self, text: str) -> float:
        return string_width(text, self.fonts, self.size, self.bold)


def fit(text: str, style: Style, width: float, min_ratio: float = 0.8) -> tuple[str, Style]:
    """text in style, shrunk down to min_ratio of its size to fit width, then cut with an ellipsis.

    Captions keep one line per field: a fixed number of lines keeps every picture's printed box
    (and so its cached print image) independent of the words under it.
    """
    if width <= 0 or style.width(text) <= width:
        return text, style
    # 0.995: the exact ratio can land a hair over the width after rounding
    smaller = style.scaled(max(style.size * min_ratio,
                               style.size * width / style.width(text) * 0.995))
    if smaller.width(text) <= width:
        return text, smaller
    cut = text
    while cut and smaller.width(cut + ELLIPSIS) > width:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS, smaller


def draw(canvas: object, x: float, y: float, text: str, style: Style, *, width: float = 0,
         align: str = "left", min_ratio: float = 0.8) -> float:
    """Draw one line with its baseline at y; with width, fitted to it and aligned in it."""
    if not text:
        return 0.0
    used_style = style
    if width:
        text, used_style = fit(text, style, width, min_ratio)
    line_width = used_style.width(text)
    if align == "center" and width:
        x += (width - line_width) / 2
    elif align == "right" and width:
        x += width - line_width
    canvas.setFillColorRGB(*used_style.colour)  # type: ignore[attr-defined]
    return draw_runs(canvas, x, y, text, used_style.fonts, used_style.size, used_style.bold)


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Break opportunities: after spaces, and between CJK characters (which have no spaces)."""
    tokens: list[str] = []
    current = ""
    for ch in text:
        if ch in _NO_LINE_START and current == "" and tokens:
            tokens[-1] += ch  # keep closing punctuation with what it closes
            continue
        if _is_cjk(ch) and ch not in _NO_LINE_START:
            if current:
                tokens.append(current)
            current = ch
            continue
        if current and _is_cjk(current[-1]) and not ch.isspace() and ch not in _NO_LINE_START:
            tokens.append(current)
            current = ""
        current += ch
        if ch.isspace():
            tokens.append(current)
            current = ""
    if current:
        tokens.append(current)
    return tokens


def wrap(text: str, style: Style, width: float) -> list[str]:
    """Lines of one paragraph that fit width (a word longer than a line is cut by character)."""
    lines: list[str] = []
    line = ""
    for token in _tokens(unicodedata.normalize("NFC", text)):
        candidate = line + token
        if style.width(candidate.rstrip()) <= width or not line.strip():
            line = candidate
        else:
            lines.append(line.rstrip())
            line = token.lstrip()
        while style.width(line.rstrip()) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and style.width(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a typed text: a blank line separates them; single newlines are spaces,
    except in CJK text, where a line break joins without a space."""
    result = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        joined = lines[0]
        for ln in lines[1:]:
            glue = "" if _is_cjk(joined[-1]) or _is_cjk(ln[0]) else " "
            joined += glue + ln
        result.append(joined)
    return result
