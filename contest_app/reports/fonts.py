"""Fonts for PDF documents: register embedded TrueType faces, split text into runs per font.

ReportLab draws every glyph from one font per text run and silently draws boxes for characters
the font lacks; it never falls back by itself. Our documents mix Latin, Cyrillic (with the
Mongolian Ө ө Ү ү), Hangul, hanzi, kanji and kana in one line ("Övörkhangai / Өвөрхангай",
"Toyama / 富山県"), so each line is cut into runs, each set in the first face of a chain that has
all of its glyphs. See /work/shared/FONTS.md for what was measured.

Usage::

    fontset = register_fonts(scripts_for(texts))   # only the faces the job needs (memory)
    canvas = Canvas(path, initialFontName=fontset.regular)   # never start in Helvetica
    draw_runs(canvas, x, y, "Tomsk / Томск", fontset, 11)
    Paragraph(markup("富山県 Toyama", fontset), style)        # platypus: <font> per run
    missing_glyphs(name, fontset)  # before printing: characters that would come out as boxes

Faces, in fallback order:
- ``NotoSans`` (resources/fonts/NotoSans-Regular/Bold.ttf): Latin, Cyrillic incl. Mongolian.
  It comes first because the CJK face has no Ө/Ү and its Latin is poorer.
- ``WQYMicroHei`` (wqy-microhei.ttc, subfontIndex 0): Hangul, hanzi, kanji, kana. It has no bold
  face, so bold CJK text is set in the regular face. Its glyphs follow Chinese forms: a Japanese
  name shows Chinese shapes of unified ideographs (ReportLab applies no ``locl``). A Japanese or
  Korean glyf face, when one is added to resources/fonts, goes in ``CJK_FACES`` ahead of it for
  documents in that language (``register_fonts(..., cjk_language="ja")``).

All faces are TrueType outlines, embedded as subsets (``/FontFile2``). Text is normalised to NFC
first, since ReportLab does no shaping of combining marks.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from contest_app import paths

LATIN, CYRILLIC, CJK = "latin", "cyrillic", "cjk"
SCRIPTS = (LATIN, CYRILLIC, CJK)


@dataclass(frozen=True)
class FaceFile:
    """A face on disk: the name it is registered under, regular and bold files (bold optional)."""

    name: str
    regular: str
    bold: str | None
    scripts: tuple[str, ...]
    subfont_index: int = 0


SANS_FACES: tuple[FaceFile, ...] = (
    FaceFile("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", (LATIN, CYRILLIC)),
)
SERIF_FACES: tuple[FaceFile, ...] = (
    FaceFile("NotoSerif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", (LATIN, CYRILLIC)),
)
# language -> CJK faces to try first for it; "" is the default chain
CJK_FACES: dict[str, tuple[FaceFile, ...]] = {
    "": (FaceFile("WQYMicroHei", "wqy-microhei.ttc", None, (CJK,), subfont_index=0),),
}


@dataclass(frozen=True)
class Face:
    """A registered face: the names to pass to setFont / fontName and the code points it has."""

    regular: str
    bold: str
    coverage: frozenset[int] = field(repr=False)
    bold_coverage: frozenset[int] = field(repr=False)

    def has(self, ch: str, bold: bool = False) -> bool:
        return ord(ch) in (self.bold_coverage if bold else self.coverage)


@dataclass(frozen=True)
class FontSet:
    """Registered faces in fallback order; the first is the document's base font."""

    faces: tuple[Face, ...]

    @property
    def regular(self) -> str:
        return self.faces[0].regular

    @property
    def bold(self) -> str:
        return self.faces[0].bold

    def font_for(self, ch: str, bold: bool = False) -> str | None:
        """The first face that has ch, or None when none has it."""
        for face in self.faces:
            if face.has(ch, bold):
                return face.bold if bold else face.regular
        return None


_lock = threading.Lock()
_registered: dict[tuple[str, str], tuple[str, frozenset[int]]] = {}


def _register(face: FaceFile, file_name: str, suffix: str,
              folder: Path) -> tuple[str, frozenset[int]]:
    """Register one file once per process (each CJK face costs about 50 MB: never twice)."""
    key = (face.name + suffix, str(folder / file_name))
    with _lock:
        if key not in _registered:
            font = TTFont(key[0], key[1], subfontIndex=face.subfont_index)
            pdfmetrics.registerFont(font)
            _registered[key] = (key[0], frozenset(font.face.charToGlyph))
        return _registered[key]


def register_fonts(scripts_needed: Iterable[str] = (LATIN,), *, serif: bool = False,
                   cjk_language: str = "", folder: Path | None = None) -> FontSet:
    """Register the faces the scripts need (LATIN, CYRILLIC, CJK) and return them as a chain.

    The Latin/Cyrillic face always comes first (base font, and the only one with Ө/Ү).
    serif picks Noto Serif for it; cjk_language picks a language's CJK faces when there are any.
    """
    wanted = set(scripts_needed) | {LATIN}
    unknown = wanted - set(SCRIPTS)
    if unknown:
        raise ValueError(f"unknown scripts: {sorted(unknown)}")
    folder = folder or paths.fonts_dir()
    files = list(SERIF_FACES if serif else SANS_FACES)
    if CJK in wanted:
        files += [*CJK_FACES.get(cjk_language, ()), *CJK_FACES[""]]
    faces: list[Face] = []
    for face in dict.fromkeys(files):
        regular, coverage = _register(face, face.regular, "", folder)
        if face.bold:
            bold, bold_coverage = _register(face, face.bold, "-Bold", folder)
        else:
            bold, bold_coverage = regular, coverage
        faces.append(Face(regular, bold, coverage, bold_coverage))
    return FontSet(tuple(faces))


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x1100 <= cp <= 0x11FF or 0x2E80 <= cp <= 0x9FFF or 0xA960 <= cp <= 0xA97F
            or 0xAC00 <= cp <= 0xD7FF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF)


def scripts_for(texts: Iterable[str]) -> set[str]:
    """The scripts a job's texts need: register only those (a CJK face is large)."""
    needed = {LATIN}
    for text in texts:
        for ch in text:
            if _is_cjk(ch):
                needed.add(CJK)
                return needed | {CYRILLIC}
            if 0x0400 <= ord(ch) <= 0x052F:
                needed.add(CYRILLIC)
    return needed


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def runs(text: str, fontset: FontSet, bold: bool = False) -> list[tuple[str, str]]:
    """Cut text into (font name, text) runs, each set in the first face that has its glyphs.

    Spaces and punctuation stay in the run they are in (when its face has them), so a line is
    cut only where the script changes; letters and digits always take the first face that has
    them (the CJK face has Latin letters too, but poorer ones). A character no face has goes
    into the base font's run (where it will show as a box): check missing_glyphs() first.
    """
    text = unicodedata.normalize("NFC", text)
    result: list[tuple[str, str]] = []
    base = fontset.bold if bold else fontset.regular
    current: str | None = None
    chunk: list[str] = []
    for ch in text:
        if current is not None and (_invisible(ch) or (
                _neutral(ch) and _has(fontset, current, ch, bold))):
            chunk.append(ch)
            continue
        font = fontset.font_for(ch, bold) or base
        if font != current and chunk:
            result.append((current or base, "".join(chunk)))
            chunk = []
        current = font
        chunk.append(ch)
    if chunk:
        result.append((current or base, "".join(chunk)))
    return result


def _neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("Z", "P")


def _has(fontset: FontSet, font_name: str, ch: str, bold: bool) -> bool:
    for face in fontset.faces:
        if font_name in (face.regular, face.bold):
            return face.has(ch, bold)
    return False


def missing_glyphs(text: str, fontset: FontSet, bold: bool = False) -> set[str]:
    """Characters of text that no face of fontset has (they would print as empty boxes)."""
    text = unicodedata.normalize("NFC", text)
    return {ch for ch in text
            if not _invisible(ch) and not ch.isspace() and fontset.font_for(ch, bold) is None}


def markup(text: str, fontset: FontSet, bold: bool = False) -> str:
    """Paragraph markup for text: XML-escaped, with a <font name=...> around each run."""
    return "".join(f'<font name="{font}">{escape(part)}</font>'
                   for font, part in runs(text, fontset, bold))


def string_width(text: str, fontset: FontSet, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text, fontset, bold))


def draw_runs(canvas: object, x: float, y: float, text: str, fontset: FontSet, size: float,
              bold: bool = False) -> float:
    """Draw one line on a ReportLab canvas as one text object (so text extraction keeps it one
    line), switching font per run; returns the width drawn."""
    text_object = canvas.beginText(x, y)  # type: ignore[attr-defined]
    width = 0.0
    for font, part in runs(text, fontset, bold):
        text_object.setFont(font, size)
        text_object.textOut(part)
        width += pdfmetrics.stringWidth(part, font, size)
    canvas.drawText(text_object)  # type: ignore[attr-defined]
    return width


def _utf16_hex(code_point: int) -> str:
    """A code point as the UTF-16BE hex a ToUnicode CMap wants (a surrogate pair beyond BMP)."""
    if code_point <= 0xFFFF:
        return f"{code_point:04X}"
    return chr(code_point).encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab 5.1's makeToUnicodeCMap with one fix: it writes a code point beyond the BMP
    (𠮷 U+20BB7) as five hex digits, which readers take as U+20BB, so copying and text
    extraction lost such characters. Here they are written as UTF-16 surrogate pairs."""
    cmap = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(cmap)


def _patch_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    # ttfonts looks the function up as a module global when it writes each subset
    if getattr(ttfonts.makeToUnicodeCMap, "__name__", "") != _to_unicode_cmap.__name__:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


_patch_to_unicode()
