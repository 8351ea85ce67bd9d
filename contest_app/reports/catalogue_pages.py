"""Drawing the catalogue's pages from a CataloguePlan: cover, forewords, contents, section
openers and work pages. The index and statistics pages are in catalogue_back.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from contest_app.core.languages import pick
from contest_app.core.tours.captions import caption
from contest_app.core.tours.texts import WORDS, count_words, word, words
from contest_app.reports.catalogue_layout import MM, SINGLE, Box, PrintCanvas
from contest_app.reports.catalogue_plan import (
    ACCENT,
    COVER_KEY,
    CataloguePlan,
    Page,
    contents_step,
)
from contest_app.reports.catalogue_text import Style, draw, wrap
from contest_app.reports.image_prep import PrintImage

WHITE = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class Placement:
    """Where a picture went: for the checks that nothing was upsampled."""

    page: int
    key: str
    pixels: tuple[int, int]
    printed: tuple[float, float]  # points
    source: tuple[int, int]


@dataclass
class Drawer:
    plan: CataloguePlan
    pc: PrintCanvas
    images: dict[str, PrintImage]
    placements: list[Placement] = field(default_factory=list)

    @property
    def c(self):  # type: ignore[no-untyped-def]  # the ReportLab canvas
        return self.pc.canvas

    def langs(self) -> tuple[str, ...]:
        return self.plan.options.languages

    def folio(self, page: Page) -> None:
        g = self.plan.geometry
        style = self.plan.styles.body(8.5 * g.scale + 0.5, grey=0.35)
        draw(self.c, 0, g.bottom_margin * 0.45, str(page.number), style, width=g.width,
             align="center")

    def heading(self, text: str, y: float, size: float = 20.0) -> float:
        """A page heading at y (baseline); returns the y below it."""
        g = self.plan.geometry
        style = self.plan.styles.title(size * g.scale)
        draw(self.c, g.content.x, y, text, style, width=g.content.w)
        self.c.setStrokeColorRGB(*ACCENT)
        self.c.setLineWidth(0.8)
        rule = y - size * g.scale * 0.55
        self.c.line(g.content.x, rule, g.content.x + g.content.w, rule)
        return rule - size * g.scale * 1.3

    def picture(self, key: str, box: Box, page: int, *, middle: bool = False) -> Box:
        """The picture fitted in box, centred; returns where it went (placeholder if missing)."""
        image = self.images.get(key)
        if image is None:
            return box
        w, h = image.printed
        x = box.x + (box.w - w) / 2
        y = box.y + ((box.h - h) / 2 if middle else 0)
        if image.path is None:
            self.c.setFillColorRGB(0.9, 0.9, 0.9)
            self.c.rect(x, y, w, h, stroke=0, fill=1)
            draw(self.c, x, y + h / 2, "image missing", self.plan.styles.body(9, grey=0.4),
                 width=w, align="center")
        else:
            self.c.drawImage(str(image.path), x, y, w, h)
            self.placements.append(Placement(page, key, image.pixels, (w, h), image.source))
        return Box(x, y, w, h)


def _period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    one = start or end
    return one.isoformat() if one else ""


def draw_cover(d: Drawer, page: Page) -> None:
    plan, g, c = d.plan, d.plan.geometry, d.c
    s, area, langs = g.scale, g.content, d.langs()
    settings = plan.doc.settings
    y = g.height - 22 * MM * s
    for lang in langs:
        organiser = settings.organiser.get(lang) or word("organiser", lang)
        draw(c, area.x, y, organiser, plan.styles.body(8.5 * s + 0.5, grey=0.4),
             width=area.w, align="center")
        y -= 12 * s
    y -= 6 * s
    contest = Style(plan.styles.sans, 12 * s, True, ACCENT)
    draw(c, area.x, y, words("contest", langs), contest, width=area.w, align="center")
    y -= 34 * s
    for i, lang in enumerate(langs):
        title = settings.title.get(lang) or pick(WORDS["catalogue_title"], lang)
        style = plan.styles.title((30 if i == 0 else 20) * s)
        for line in wrap(title, style, area.w)[:2]:
            draw(c, area.x, y, line, style, width=area.w, align="center")
            y -= style.size * 1.25
        y -= 4 * s
    for lang in langs:
        theme = settings.theme.get(lang) or _single_theme(plan, lang)
        if theme:
            draw(c, area.x, y, theme, Style(plan.styles.serif, 13 * s, False, (0.3, 0.3, 0.3)),
                 width=area.w, align="center")
            y -= 18 * s
    if plan.cover is not None:
        box = g.cover_image()
        placed = d.picture(COVER_KEY, box, page.number, middle=True)
        cap = caption(plan.cover, langs[:1], plan.options.consent)
        line = f"{cap.number} · {cap.heading} · {cap.title}"
        draw(c, area.x, placed.y - 11 * s, line, plan.styles.body(8 * s + 0.5, grey=0.35),
             width=area.w, align="center")
    band = 34 * MM * s
    c.setFillColorRGB(*ACCENT)  # runs off three edges: into the bleed when printing
    c.rect(-g.bleed, -g.bleed, g.width + 2 * g.bleed, band + g.bleed, stroke=0, fill=1)
    name_style = Style(plan.styles.serif, 15 * s, True, WHITE)
    draw(c, area.x, band - 13 * MM * s, plan.doc.name, name_style, width=area.w, align="center")
    cities = " · ".join(dict.fromkeys(v.city or v.name for v in plan.doc.venues))
    detail = "   ".join(p for p in (_period(plan.doc.starts_on, plan.doc.ends_on), cities) if p)
    draw(c, area.x, band - 21 * MM * s, detail, Style(plan.styles.sans, 9.5 * s, False, WHITE),
         width=area.w, align="center")


def _single_theme(plan: CataloguePlan, lang: str) -> str:
    """With one edition, its theme; a tour across editions has no single theme to print."""
    themes = {tuple(sorted(s.edition_themes.items())) for s in plan.sections}
    if len(themes) != 1 or not plan.sections:
        return ""
    text = pick(plan.sections[0].edition_themes, lang)
    return word("theme", lang, theme=text) if text else ""


def draw_foreword(d: Drawer, page: Page) -> None:
    g, data = d.plan.geometry, page.data
    y = g.content.top - 14 * g.scale
    if data["first"]:
        y = d.heading(word("foreword", data["language"]), y)
    style: Style = data["style"]
    for line in data["lines"]:
        draw(d.c, g.content.x, y, line, style)
        y -= style.line_height
    d.folio(page)


def draw_contents(d: Drawer, page: Page) -> None:
    g, c = d.plan.geometry, d.c
    y = d.heading(words("contents", d.langs()), g.content.top - 14 * g.scale)
    for line in page.data["lines"]:
        size, advance = contents_step(line.level, g)
        style = d.plan.styles.body(size, bold=line.level == 0,
                                   grey=0.0 if line.level == 0 else 0.25)
        if line.level == 0:
            y -= advance - size * 1.75  # air above a part of the book
        indent = 0 if line.level == 0 else 8 * MM * g.scale
        number = str(line.page)
        num_w = style.width(number)
        text_w = min(style.width(line.text), g.content.w - indent - num_w - 12 * MM * g.scale)
        draw(c, g.content.x + indent, y, line.text, style, width=text_w)
        draw(c, g.content.x, y, number, style, width=g.content.w, align="right")
        c.setStrokeColorRGB(0.6, 0.6, 0.6)  # leader dots: graphics, so the text stays clean
        c.setDash(0.6, 2.4)
        c.setLineWidth(0.6)
        c.line(g.content.x + indent + text_w + 4, y + 1,
               g.content.x + g.content.w - num_w - 4, y + 1)
        c.setDash()
        y -= size * 1.75
    d.folio(page)


def draw_section(d: Drawer, page: Page) -> None:
    plan, g, c = d.plan, d.plan.geometry, d.c
    s, area, langs = g.scale, g.content, d.langs()
    first = page.data[0]
    y = area.top - area.h * 0.30
    draw(c, area.x, y, str(first.year), plan.styles.title(72 * s), width=area.w)
    y -= 34 * s
    for i, lang in enumerate(langs):
        title = pick(first.edition_titles, lang) or str(first.edition)
        draw(c, area.x, y, title, Style(plan.styles.serif, (18 if i == 0 else 14) * s, True),
             width=area.w)
        y -= 24 * s
    for lang in langs:
        theme = pick(first.edition_themes, lang)
        if theme:
            draw(c, area.x, y, word("theme", lang, theme=theme),
                 plan.styles.body(11 * s, grey=0.3), width=area.w)
            y -= 16 * s
    y -= 10 * s
    c.setStrokeColorRGB(*ACCENT)
    c.setLineWidth(0.8)
    c.line(area.x, y, area.x + area.w * 0.5, y)
    y -= 22 * s
    for section in page.data:
        tier = " / ".join(dict.fromkeys(pick(section.tier_names, lang) or section.tier_key
                                        for lang in langs))
        style = plan.styles.body(11 * s + 0.5)
        draw(c, area.x, y, tier, style, width=area.w * 0.38)
        count = count_words(len(section.entries), langs)
        draw(c, area.x + area.w * 0.38, y, count, plan.styles.body(11 * s + 0.5, grey=0.35),
             width=area.w * 0.22, align="right")
        y -= 19 * s
    d.folio(page)


def draw_works(d: Drawer, page: Page) -> None:
    plan, g, c = d.plan, d.plan.geometry, d.c
    s, area, langs = g.scale, g.content, d.langs()
    section, per = page.data["section"], page.data["per"]
    tiers = " / ".join(dict.fromkeys(pick(section.tier_names, lang) or section.tier_key
                                     for lang in langs))
    edition = pick(section.edition_titles, "en") or str(section.edition)
    base = area.top - g.header_height * 0.55
    heading = f"{section.year} · {tiers}"
    style = plan.styles.title(15 * s) if page.data["first"] else \
        plan.styles.body(8.5 * s + 0.5, grey=0.35)
    used = draw(c, area.x, base, heading, style, width=area.w, min_ratio=0.6)
    small = plan.styles.body(7.5 * s + 0.5, grey=0.45)
    if used + small.width(edition) + 18 * s < area.w:  # else the year in the heading says it
        draw(c, area.x, base, edition, small, width=area.w, align="right")
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.5)
    rule = area.top - g.header_height * 0.8
    c.line(area.x, rule, area.x + area.w, rule)
    for entry, slot in zip(page.data["slots"], g.slots(per), strict=False):
        image_box, caption_y = slot.image, slot.caption.y
        if per == SINGLE:  # a page of its own: picture and caption centred as one block
            printed = d.images[entry.label].printed if entry.label in d.images else (0, 0)
            lift = (slot.image.h - printed[1]) / 2
            image_box = Box(slot.image.x, slot.image.y + lift, slot.image.w, printed[1])
            caption_y += lift
        placed = d.picture(entry.label, image_box, page.number)
        _caption(d, entry, Box(placed.x, caption_y, slot.caption.x + slot.caption.w -
                               placed.x, slot.caption.h), per)
    d.folio(page)


def _caption(d: Drawer, entry: object, box: Box, per: int) -> None:
    plan, g = d.plan, d.plan.geometry
    cap = caption(entry, d.langs(), plan.options.consent)  # type: ignore[arg-type]
    size = g.caption_size_for(per)
    styles = plan.styles
    rows: list[tuple[str, Style]] = [
        (f"{cap.number}  {cap.heading}", Style(styles.sans, size, True, ACCENT)),
        (cap.title, styles.body(size * 1.08, bold=True)),
        (cap.title_en, styles.body(size, grey=0.3)),
        (cap.names, styles.body(size)),
        (cap.names_latin, styles.body(size, grey=0.3)),
        *[(text, styles.body(size * 0.94, grey=0.4)) for text in cap.age_place],
    ]
    y = box.top - 3 * MM * g.scale - size
    for text, style in rows:
        if text:
            draw(d.c, box.x, y, text, style, width=box.w)
            y -= size * 1.3

