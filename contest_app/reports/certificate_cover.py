"""The cover sheet of a region's bundle: what it holds (counts per kind and tier) and the names.

Regional governments hold their own ceremonies; the sheet lets whoever opens the envelope check
it against the list, in the region's language with English beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from contest_app.core.certificates.plan import CertificateData, ContestInfo
from contest_app.core.certificates.texts import COVER, TITLES, format_date
from contest_app.core.languages import pick
from contest_app.reports.certificate_layout import CertificateRenderer
from contest_app.reports.text_fit import LineSpec, draw_line, fit_lines

PAGE_W, PAGE_H = 210 * mm, 297 * mm
MARGIN = 18 * mm
ROW_H = 8.0 * mm  # two lines: a long school or tier name wraps
# (key, width in mm) of the list's columns
COLUMNS = (("no", 8.0), ("school", 50.0), ("name", 58.0), ("certificate", 33.0),
           ("serial", 25.0))
ACCENT = "#1F3A5F"


@dataclass
class Bundle:
    """The certificates of one region (one envelope), in print order."""

    region_code: str
    region_names: dict[str, str]
    country_names: dict[str, str]
    language: str
    items: list[CertificateData] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            out[item.kind] = out.get(item.kind, 0) + 1
        return out

    def tier_counts(self) -> list[tuple[dict[str, str], int]]:
        """(tier names, count) in the order the tiers first appear, highest first by key order."""
        seen: dict[str, tuple[dict[str, str], int]] = {}
        for item in self.items:
            if item.kind == "award":
                names, count = seen.get(item.tier_key, (item.tier_names, 0))
                seen[item.tier_key] = (names, count + 1)
        return list(seen.values())


class CoverWriter:
    def __init__(self, renderer: CertificateRenderer, contest: ContestInfo) -> None:
        self.renderer = renderer
        self.contest = contest

    def _cell(self, canvas: Canvas, x_mm: float, top: float, w_mm: float, h: float, text: str,
              size: float, lang: str, *, bold: bool = False, align: str = "left",
              color: str = "#1E1E1E", serif: bool = False, wrap: bool = False) -> None:
        if not text:
            return
        spec = LineSpec(text, size, self.renderer.fontset(text, serif, lang), bold, color)
        for line in fit_lines([spec], w_mm * mm, h, wrap):
            draw_line(canvas, x_mm * mm, top - line.baseline, line, align, w_mm * mm)

    def _bilingual(self, key: str, lang: str) -> str:
        own, english = COVER[key].get(lang, ""), COVER[key]["en"]
        return english if not own or own == english else f"{own} · {english}"

    def draw(self, canvas: Canvas, bundle: Bundle, generated_on: date) -> None:
        lang = bundle.language
        rows = bundle.items
        per_first, per_next = 22, 30
        pages = 1 + max(0, -(-(len(rows) - per_first) // per_next))
        start = 0
        for page in range(pages):
            canvas.setPageSize((PAGE_W, PAGE_H))
            top = PAGE_H - MARGIN
            if page == 0:
                top = self._header(canvas, bundle, generated_on, top)
            else:
                region = pick(bundle.region_names, lang)
                self._cell(canvas, 18, top, 174, 7 * mm, f"{region} ({page + 1}/{pages})", 10, lang,
                           bold=True, color=ACCENT)
                top -= 10 * mm
            count = per_first if page == 0 else per_next
            top = self._table(canvas, rows[start:start + count], start, lang, top)
            start += count
            if page == pages - 1:
                self._cell(canvas, 18, top - 4 * mm, 174, 6 * mm,
                           self._bilingual("note", lang), 8, lang, color="#5A5A5A")
            canvas.showPage()

    def _header(self, canvas: Canvas, bundle: Bundle, generated_on: date, top: float) -> float:
        lang = bundle.language
        region_own = pick(bundle.region_names, lang)
        region_en = pick(bundle.region_names, "en")
        self._cell(canvas, 18, top, 174, 6 * mm, "NEAR", 11, "en", bold=True, color=ACCENT,
                   serif=True)
        top -= 7 * mm
        edition = pick(self.contest.titles, lang)
        self._cell(canvas, 18, top, 174, 6 * mm, edition, 10, lang, color="#5A5A5A")
        top -= 10 * mm
        title = COVER["title"].get(lang, COVER["title"]["en"]).format(region=region_own)
        self._cell(canvas, 18, top, 174, 10 * mm, title, 18, lang, bold=True, serif=True)
        top -= 10 * mm
        if lang != "en":
            english = COVER["title"]["en"].format(region=region_en)
            self._cell(canvas, 18, top, 174, 7 * mm, english, 11, "en", serif=True)
            top -= 8 * mm
        when = format_date(generated_on, lang)
        self._cell(canvas, 18, top, 174, 6 * mm, f"{bundle.region_code} · {when}", 9, lang,
                   color="#5A5A5A")
        top -= 10 * mm
        lines: list[tuple[str, int | None, float]] = []  # label, count, indent (mm)
        tiers = bundle.tier_counts()
        if tiers:
            lines.append((self._bilingual("award", lang), None, 0.0))
        for names, count in tiers:
            tier_own, tier_en = pick(names, lang), pick(names, "en")
            lines.append((tier_own if tier_own == tier_en else f"{tier_own} · {tier_en}",
                          count, 6.0))
        counts = bundle.counts()
        for kind in ("participation", "teacher"):
            if counts.get(kind):
                lines.append((self._bilingual(kind, lang), counts[kind], 0.0))
        lines.append((self._bilingual("total", lang), len(bundle.items), 0.0))
        canvas.setStrokeColor(HexColor("#C8C8C8"))
        canvas.setLineWidth(0.5)
        for index, (label, shown, indent) in enumerate(lines):
            last = index == len(lines) - 1
            if last:
                canvas.line(18 * mm, top - 0.5 * mm, 150 * mm, top - 0.5 * mm)
            self._cell(canvas, 18 + indent, top, 112 - indent, 6 * mm, label, 10, lang,
                       bold=last)
            if shown is not None:
                self._cell(canvas, 130, top, 20, 6 * mm, str(shown), 10, "en", bold=last,
                           align="right")
            top -= 6.5 * mm
        return top - 6 * mm

    def _title(self, kind: str, lang: str) -> str:
        own, english = TITLES[kind].get(lang, ""), TITLES[kind]["en"]
        return english if not own or own == english else f"{own} · {english}"

    def _table(self, canvas: Canvas, rows: list[CertificateData], offset: int, lang: str,
               top: float) -> float:
        x = 18.0
        canvas.setFillColor(HexColor("#EEF2F6"))
        canvas.rect(18 * mm, top - ROW_H, 174 * mm, ROW_H, stroke=0, fill=1)
        for key, width in COLUMNS:
            label = "#" if key == "no" else self._bilingual(key, lang)
            self._cell(canvas, x + 1, top, width - 2, ROW_H, label, 8, lang, bold=True,
                       wrap=True)
            x += width
        top -= ROW_H
        canvas.setStrokeColor(HexColor("#DDDDDD"))
        canvas.setLineWidth(0.3)
        for index, item in enumerate(rows, start=offset + 1):
            name = item.name if not item.name_latin or item.name_latin == item.name else (
                f"{item.name}  {item.name_latin}")
            if item.kind == "award":
                kind_text = pick(item.tier_names, lang) or item.tier_key
            else:
                kind_text = TITLES[item.kind].get(lang) or TITLES[item.kind]["en"]
            cells = (str(index), item.school, name, kind_text, item.serial)
            x = 18.0
            for (key, width), text in zip(COLUMNS, cells, strict=True):
                self._cell(canvas, x + 1, top, width - 2, ROW_H, text,
                           7.5 if key == "serial" else 8.5, lang,
                           align="right" if key == "no" else "left", wrap=key != "serial")
                x += width
            canvas.line(18 * mm, top - ROW_H, 192 * mm, top - ROW_H)
            top -= ROW_H
        return top
