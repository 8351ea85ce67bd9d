"""The catalogue's back matter: the index by country and region, and the statistics table."""

from __future__ import annotations

from contest_app.core.languages import pick
from contest_app.core.tours.texts import word, words
from contest_app.reports.catalogue_layout import MM
from contest_app.reports.catalogue_pages import Drawer
from contest_app.reports.catalogue_plan import ACCENT, IndexLine, Page
from contest_app.reports.catalogue_text import Style, draw


def draw_index(d: Drawer, page: Page) -> None:
    g = d.plan.geometry
    area, s = g.content, g.scale
    top = area.top - 14 * s
    if page.data["first"]:
        top = d.heading(words("index", d.langs()), top)
    else:
        top -= g.header_height * 0.6
    gap = 8 * MM * s
    col_w = (area.w - gap) / 2
    line_h = page.data["line_height"]
    size = g.caption_size
    for col, lines in enumerate(page.data["columns"]):
        x = area.x + col * (col_w + gap)
        y = top
        for i, line in enumerate(lines):
            y = _index_line(d, line, x, y, col_w, size, first=i == 0)
            y -= line_h
    d.folio(page)


def _index_line(d: Drawer, line: IndexLine, x: float, y: float, width: float, size: float,
                *, first: bool) -> float:
    styles = d.plan.styles
    if line.kind == "country":
        if not first:
            y -= size * 0.7  # air above a new country
        draw(d.c, x, y, line.text, Style(styles.sans, size * 1.15, True, ACCENT), width=width)
        return y
    if line.kind == "region":
        draw(d.c, x, y, line.text, styles.body(size, bold=True, grey=0.2), width=width)
        return y
    number = str(line.page)
    style = styles.body(size * 0.95)
    num_w = style.width(number) + 6
    draw(d.c, x + 3 * MM * d.plan.geometry.scale, y, line.text, style,
         width=width - num_w - 3 * MM * d.plan.geometry.scale)
    draw(d.c, x, y, number, styles.body(size * 0.95, grey=0.35), width=width, align="right")
    return y


def draw_statistics(d: Drawer, page: Page) -> None:
    plan, g, c = d.plan, d.plan.geometry, d.c
    area, s, langs = g.content, g.scale, d.langs()
    y = d.heading(words("statistics", langs), area.top - 14 * s)
    editions, rows = plan.editions, plan.stats
    first_w = area.w * 0.28
    columns = 2 * len(editions) + 3
    col_w = (area.w - first_w) / columns
    size = max(7.0, 9.5 * s)
    head = plan.styles.body(size, bold=True)
    sub = plan.styles.body(size * 0.9, grey=0.35)
    body = plan.styles.body(size)
    x0 = area.x + first_w
    # first header row: a year over its two columns, then "Total" over three
    for i, (_edition, year) in enumerate(editions):
        draw(c, x0 + 2 * i * col_w, y, str(year), head, width=2 * col_w, align="center")
    draw(c, x0 + 2 * len(editions) * col_w, y, words("total", langs), head, width=3 * col_w,
         align="center")
    y -= size * 1.5
    labels = [*(("entered", "awarded") * len(editions)), "entered", "awarded", "shown"]
    for lang in langs:
        style = head if lang == langs[0] else sub
        draw(c, area.x, y, word("country", lang), style, width=first_w)
        for i, key in enumerate(labels):
            draw(c, x0 + i * col_w, y, word(key, lang), style, width=col_w - 2, align="right")
        y -= size * 1.35
    _rule(d, y + size * 0.9, 0.8)
    y -= size * 0.4
    totals = [0] * columns
    for row in rows:
        names = " / ".join(dict.fromkeys(pick(row.names, lang) or row.country_code
                                         for lang in langs))
        values = [v for ed, _ in editions for v in row.per_edition.get(ed, (0, 0))]
        values += [row.entered, row.awarded, row.shown]
        _row(d, y, names, values, body, first_w, col_w)
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        y -= size * 1.6
    _rule(d, y + size * 1.1, 0.5)
    _row(d, y, words("total", langs), totals, head, first_w, col_w)
    d.folio(page)


def _row(d: Drawer, y: float, label: str, values: list[int], style: Style, first_w: float,
         col_w: float) -> None:
    area = d.plan.geometry.content
    draw(d.c, area.x, y, label, style, width=first_w - 4)
    for i, value in enumerate(values):
        draw(d.c, area.x + first_w + i * col_w, y, str(value), style, width=col_w - 2,
             align="right")


def _rule(d: Drawer, y: float, width: float) -> None:
    area = d.plan.geometry.content
    d.c.setStrokeColorRGB(0.55, 0.55, 0.55)
    d.c.setLineWidth(width)
    d.c.line(area.x, y, area.x + area.w, y)
