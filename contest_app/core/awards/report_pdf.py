"""The results report (PDF): tiers, the awarded works of each tier, counts per country and region.

Set with ReportLab's platypus in embedded TrueType faces only (contest_app.reports.fonts): the
document starts in NotoSans (initialFontName), every table cell is a Paragraph whose text is cut
into per-font runs, so Hangul, hanzi, kana and Mongolian Cyrillic each get a face that has them
and Helvetica (never embedded) is never used. Headings are in English, the committee's working
language; names of regions, tiers and works are printed in their own scripts beside English.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from contest_app.core.awards.board import Board, build_board
from contest_app.core.awards.documents import Facts, load_facts, region_label
from contest_app.core.languages import LANGUAGES, pick
from contest_app.messages import message
from contest_app.reports.fonts import FontSet, draw_runs, markup, register_fonts, scripts_for

TIER_COLOURS = ("#FFE699", "#C9DAF8", "#D9EAD3", "#EAD1DC", "#EEEEEE", "#F4CCCC")
METHOD_WORDS = {
    "mean": "mean of the jurors' weighted scores",
    "trimmed": "trimmed mean (highest and lowest juror score dropped when 3 or more)",
    "zscore": "per-juror z-scores rescaled to the scale, then the mean",
    "rank": "per-juror rank percentiles rescaled to the scale, then the mean",
}
STATE_WORDS = {
    "final": "Final results (locked)",
    "provisional": "Provisional results",
    "proposed": "Proposal of the app, not yet approved by the committee",
    "none": "Preview: no proposal saved yet",
}


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts

        def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=fonts.regular, bulletFontName=fonts.regular,
                                  fontSize=size, leading=leading, **extra)

        self.title = style("title", 17, 22, spaceAfter=4)
        self.h1 = style("h1", 13, 17, spaceBefore=10, spaceAfter=4)
        self.body = style("body", 9, 12)
        self.small = style("small", 7.5, 9.5, textColor=colors.HexColor("#444444"))
        self.cell = style("cell", 7.5, 9.2)
        self.head = style("head", 7, 8.6)

    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.fonts, bold), style)

    def lines(self, texts: Iterable[str], style: ParagraphStyle) -> Paragraph:
        return Paragraph("<br/>".join(markup(t, self.fonts) for t in texts if t), style)


def _table(rows: list[list[Any]], widths: list[float], fonts: FontSet,
           backgrounds: dict[int, str] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),  # any plain-string cell: never Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#555555")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        # narrow side padding: "Encouragement" must fit a count column without breaking
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, colour in (backgrounds or {}).items():
        commands.append(("BACKGROUND", (0, row), (0, row), colors.HexColor(colour)))
    table.setStyle(TableStyle(commands))
    return table


def _all_texts(board: Board, facts: Facts) -> list[str]:
    texts = [r.title for r in board.rows] + [r.title_en for r in board.rows]
    texts += [n for names in board.tier_names.values() for n in names.values()]
    texts += [n for r in facts.regions.values() for n in r.names.values()]
    texts += [n for names in facts.country_names.values() for n in names.values()]
    texts += [a.name for authors in facts.authors.values() for a in authors]
    return texts


def write_report(session: Session, contest_id: int, path: Path, *, method: str | None = None,
                 language: str = "en") -> Path:
    board = build_board(session, contest_id, method, with_sensitivity=False)
    facts = load_facts(session, board)
    fonts = register_fonts(scripts_for(_all_texts(board, facts)))
    s = _Styles(fonts)
    title = f"NEAR Youth Painting Contest {board.year} (edition {board.edition})"
    story: list[Any] = [s.p(title, s.title, bold=True),
                        s.p("Results report", s.h1, bold=True),
                        s.p(STATE_WORDS[board.state()], s.body, bold=True),
                        s.p(f"Ranking method: {METHOD_WORDS[board.method]}.", s.body)]
    if board.constraints.any():
        caps = ", ".join(f"{k} at most {v} per country"
                         for k, v in board.constraints.max_per_country.items())
        region = "at least one award per region" if board.constraints.finalist_per_region else ""
        story.append(s.p("Constraints: " + "; ".join(x for x in (caps, region) if x) + ".",
                         s.body))
    story += [s.p(f"Printed {datetime.now():%Y-%m-%d %H:%M}.", s.small), Spacer(1, 4 * mm)]
    story += _tier_summary(board, s, language)
    for index, quota in enumerate(board.quotas):
        story += _tier_section(board, facts, s, language, index, quota.key)
    story += _country_table(board, facts, s, language)
    story += _region_table(board, facts, s, language)
    notes = [message(n.code, n.values) for n in board.notices]
    if notes:
        story.append(s.p("Notes", s.h1, bold=True))
        story += [s.p("• " + text, s.body) for text in notes]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#666666"))
        draw_runs(canvas, doc.leftMargin, 10 * mm,
                  f"{title} — results report — page {doc.page}", fonts, 7)
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=title,
                            author="NEAR secretariat", initialFontName=fonts.regular)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def _tier_names(names: dict[str, str], language: str) -> str:
    """"Grand Prize · 최우수상 · 最优秀奖 · 最優秀賞 · Гран-при · Тэргүүн шагнал"."""
    first = pick(names, language)
    others = [names[lang] for lang in LANGUAGES if names.get(lang) and names[lang] != first]
    return " · ".join(dict.fromkeys([first, *others]))


def _tier_summary(board: Board, s: _Styles, language: str) -> list[Any]:
    counts = board.counts()
    rows: list[list[Any]] = [[s.p(h, s.head, bold=True) for h in ("Tier", "Quota", "Awarded")]]
    for q in board.quotas:
        rows.append([s.p(_tier_names(board.tier_names.get(q.key, {}), language), s.cell),
                     s.p(str(q.quota), s.cell), s.p(str(counts[q.key]), s.cell)])
    return [s.p("Tiers", s.h1, bold=True),
            _table(rows, [130 * mm, 20 * mm, 20 * mm], s.fonts,
                   {i + 1: TIER_COLOURS[i % len(TIER_COLOURS)] for i in range(len(board.quotas))})]


def _tier_section(board: Board, facts: Facts, s: _Styles, language: str, index: int,
                  key: str) -> list[Any]:
    works = [r for r in board.rows if r.tier == key and r.status != "withdrawn"]
    heading = f"{pick(board.tier_names.get(key, {}), language) or key} ({len(works)})"
    if not works:
        return [s.p(heading, s.h1, bold=True), s.p("No work holds this tier.", s.body)]
    headers = ("Rank", "Code", "Title", "Region", "Students", "Result")
    rows: list[list[Any]] = [[s.p(h, s.head, bold=True) for h in headers]]
    for r in works:
        authors = facts.authors.get(r.entry_id, [])
        native = facts.languages.get(r.country_code, "")
        rows.append([
            s.p(str(r.rank or "–"), s.cell), s.p(r.code, s.cell),
            s.lines([r.title, r.title_en if r.title_en != r.title else ""], s.cell),
            s.lines([region_label(r.region_names, language, native),
                     pick(r.country_names, language)], s.cell),
            s.lines([", ".join(a.name for a in authors),
                     ", ".join(a.name_latin for a in authors if a.name_latin != a.name)],
                    s.cell),
            s.p("–" if r.score is None else f"{r.score:.3f}", s.cell)])
    colour = TIER_COLOURS[index % len(TIER_COLOURS)]
    return [s.p(heading, s.h1, bold=True),
            _table(rows, [10 * mm, 17 * mm, 55 * mm, 45 * mm, 36 * mm, 15 * mm], s.fonts,
                   {i: colour for i in range(1, len(rows))})]


def _count_headers(board: Board, s: _Styles, first: str, language: str) -> list[Any]:
    tiers = [pick(board.tier_names.get(q.key, {}), language) or q.key for q in board.quotas]
    return [s.p(h, s.head, bold=True)
            for h in (first, "Works entered", *tiers, "Students awarded")]


def _count_widths(board: Board, first: float) -> list[float]:
    rest = (178 * mm - first) / (len(board.quotas) + 2)
    return [first] + [rest] * (len(board.quotas) + 2)


def _country_table(board: Board, facts: Facts, s: _Styles, language: str) -> list[Any]:
    rows: list[list[Any]] = [_count_headers(board, s, "Country", language)]
    for country in dict.fromkeys(r.country_code for r in facts.regions.values()):
        regions = [r for r in facts.regions.values() if r.country_code == country]
        names = facts.country_names.get(country, {})
        rows.append([s.p(region_label(names, language, facts.languages.get(country, "")), s.cell),
                     s.p(str(sum(r.works for r in regions)), s.cell),
                     *(s.p(str(sum(r.awarded[q.key] for r in regions)), s.cell)
                       for q in board.quotas),
                     s.p(str(sum(r.students_awarded for r in regions)), s.cell)])
    return [s.p("Per country", s.h1, bold=True), _table(rows, _count_widths(board, 40 * mm),
                                                        s.fonts)]


def _region_table(board: Board, facts: Facts, s: _Styles, language: str) -> list[Any]:
    rows: list[list[Any]] = [_count_headers(board, s, "Region", language)]
    for region in facts.regions.values():
        native = facts.languages.get(region.country_code, "")
        rows.append([s.lines([region_label(region.names, language, native), region.code],
                             s.cell),
                     s.p(str(region.works), s.cell),
                     *(s.p(str(region.awarded[q.key]), s.cell) for q in board.quotas),
                     s.p(str(region.students_awarded), s.cell)])
    return [s.p("Per region", s.h1, bold=True), _table(rows, _count_widths(board, 46 * mm),
                                                       s.fonts)]
