"""The catalogue's pages, planned before anything is drawn, so the contents and the index know
every page number: cover, forewords, contents, per edition a section page and its works by
tier, the index by country and region, the statistics table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contest_app.core.errors import InvalidValue
from contest_app.core.languages import LANGUAGES, pick
from contest_app.core.tours.captions import ConsentMode, caption, included
from contest_app.core.tours.content import (
    IndexCountry,
    Section,
    StatRow,
    TourDocument,
    TourEntry,
    index,
    sections,
)
from contest_app.core.tours.texts import words
from contest_app.reports.catalogue_layout import PAGE_SIZES_MM, Geometry, per_page
from contest_app.reports.catalogue_text import Style, paragraphs, wrap
from contest_app.reports.fonts import FontSet, register_fonts, scripts_for
from contest_app.reports.image_prep import PRINT_DPI, ImageRequest

COVER_KEY = "cover"


@dataclass(frozen=True)
class CatalogueOptions:
    language: str = "en"  # the language printed beside English; "en": English alone
    page_size: str = "A4"
    print_shop: bool = False  # 3 mm bleed and crop marks
    consent: ConsentMode = ConsentMode.ANONYMISE
    dpi: int = PRINT_DPI
    workers: int | None = None
    draft: bool = False  # screen previews instead of print images: for looking, not printing

    @property
    def languages(self) -> tuple[str, ...]:
        return ("en",) if self.language in ("", "en") else ("en", self.language)

    def validate(self) -> None:
        if self.language and self.language not in LANGUAGES:
            raise InvalidValue("language_invalid", value=self.language)
        if self.page_size not in PAGE_SIZES_MM:
            raise InvalidValue("page_size_invalid", value=self.page_size)


@dataclass
class Page:
    kind: str  # cover, foreword, contents, section, works, index, statistics
    data: Any = None
    number: int = 0


@dataclass(frozen=True)
class ContentsLine:
    text: str
    page: int
    level: int  # 0: a part of the book, 1: a tier within an edition


@dataclass(frozen=True)
class IndexLine:
    kind: str  # country, region, work
    text: str
    page: int = 0


@dataclass
class Styles:
    serif: FontSet
    sans: FontSet

    def body(self, size: float, bold: bool = False, grey: float = 0.0) -> Style:
        return Style(self.sans, size, bold, (grey, grey, grey))

    def title(self, size: float, bold: bool = True) -> Style:
        return Style(self.serif, size, bold, ACCENT)


ACCENT = (0.08, 0.25, 0.36)  # a deep blue-green: the band, headings and numbers


@dataclass
class CataloguePlan:
    doc: TourDocument
    options: CatalogueOptions
    geometry: Geometry
    styles: Styles
    entries: list[TourEntry]  # what is printed, catalogue order
    omitted: list[str]  # labels left out for want of consent
    withheld: list[str]  # labels printed without (some) names
    sections: list[Section]
    cover: TourEntry | None
    editions: list[tuple[int, int]]
    stats: list[StatRow]
    pages: list[Page] = field(default_factory=list)
    work_pages: dict[str, int] = field(default_factory=dict)  # label -> page number
    contents: list[ContentsLine] = field(default_factory=list)

    def image_requests(self) -> list[ImageRequest]:
        requests = []
        for page in self.pages:
            if page.kind != "works":
                continue
            slots = self.geometry.slots(page.data["per"])
            for entry, slot in zip(page.data["slots"], slots, strict=False):
                request = _request(entry.label, entry, (slot.image.w, slot.image.h))
                if request is not None:
                    requests.append(request)
        if self.cover is not None:
            box = self.geometry.cover_image()
            request = _request(COVER_KEY, self.cover, (box.w, box.h))
            if request is not None:
                requests.append(request)
        return requests


def _request(key: str, entry: TourEntry, box: tuple[float, float]) -> ImageRequest | None:
    image = entry.work.image
    if image is None:
        return ImageRequest(key, "", "", 0, 0, box)
    return ImageRequest(key, image.stored_path, image.sha256, image.width, image.height, box,
                        image.preview_path)


def _texts(doc: TourDocument, entries: list[TourEntry], stats: list[StatRow],
           languages: tuple[str, ...]) -> list[str]:
    texts = [doc.name, *doc.settings.title.values(), *doc.settings.theme.values(),
             *doc.settings.forewords.values(), *(v.city for v in doc.venues)]
    for entry in entries:
        texts += caption(entry, languages).lines()
        texts += [*entry.work.edition_titles.values(), *entry.work.edition_themes.values()]
    texts += [pick(r.names, lang) for r in stats for lang in languages]
    texts += [words(key, languages) for key in ("contents", "index", "statistics", "foreword")]
    return texts


def choose_cover(doc: TourDocument, entries: list[TourEntry]) -> TourEntry | None:
    """The work staff chose, else the highest award of the newest edition."""
    chosen = doc.settings.cover_entry_id
    for entry in entries:
        if entry.work.entry_id == chosen:
            return entry
    if not entries:
        return None
    return min(entries, key=lambda e: (-e.work.year, e.work.tier_position, e.number))


def plan_catalogue(doc: TourDocument, editions: list[tuple[int, int]], stats: list[StatRow],
                   options: CatalogueOptions) -> CataloguePlan:
    options.validate()
    entries = included(doc.entries, options.consent)
    if not entries:
        raise InvalidValue("tour_empty", tour=doc.name)
    shown = {e.label for e in entries}
    omitted = [e.label for e in doc.entries if e.label not in shown]
    withheld = [e.label for e in entries if caption(e, ("en",), options.consent).names_withheld]
    languages = options.languages
    needed = scripts_for(_texts(doc, entries, stats, languages))
    cjk = options.language if options.language in ("ko", "zh", "ja") else ""
    styles = Styles(register_fonts(needed, serif=True, cjk_language=cjk),
                    register_fonts(needed, cjk_language=cjk))
    plan = CataloguePlan(doc, options, Geometry.of(options.page_size, options.print_shop),
                         styles, entries, omitted, withheld, sections(entries),
                         choose_cover(doc, entries), editions, stats)
    _paginate(plan)
    return plan


def _foreword_pages(plan: CataloguePlan) -> list[Page]:
    g, pages = plan.geometry, []
    style = Style(plan.styles.serif, 10.5 * g.scale + 1, leading=(10.5 * g.scale + 1) * 1.55)
    room = g.content.h - 75 * g.scale  # below the heading (see Drawer.heading)
    per = max(1, int(room // style.line_height))
    for lang in plan.options.languages:
        text = plan.doc.settings.forewords.get(lang, "").strip()
        if not text:
            continue
        lines: list[str] = []
        for para in paragraphs(text):
            lines += wrap(para, style, g.content.w) + [""]
        lines = lines[:-1]
        for start in range(0, len(lines), per):
            pages.append(Page("foreword", {"language": lang, "lines": lines[start:start + per],
                                           "first": start == 0, "style": style}))
    return pages


def _index_lines(plan: CataloguePlan, countries: list[IndexCountry]) -> list[IndexLine]:
    languages = plan.options.languages
    lines = []
    for country in countries:
        names = " / ".join(dict.fromkeys(pick(country.names, lang) or country.code
                                         for lang in languages))
        lines.append(IndexLine("country", names))
        for region in country.regions:
            rnames = " / ".join(dict.fromkeys(pick(region.names, lang) or region.code
                                              for lang in languages))
            lines.append(IndexLine("region", rnames))
            for entry in region.entries:
                w = entry.work
                title = w.title if not w.title_en or w.title_en == w.title else \
                    f"{w.title} · {w.title_en}"
                lines.append(IndexLine("work", f"{entry.label}  {title}",
                                       plan.work_pages[entry.label]))
    return lines


def _columns(lines: list[IndexLine], per_column: int) -> list[list[IndexLine]]:
    """Fill columns, never leaving a country or region heading at the foot of one."""
    columns: list[list[IndexLine]] = [[]]
    for i, line in enumerate(lines):
        column = columns[-1]
        heading_room = 3 if line.kind == "country" else 2
        if len(column) >= per_column or (
                line.kind != "work" and len(column) + heading_room > per_column
                and i + 1 < len(lines)):
            columns.append([])
        columns[-1].append(line)
    return columns


def contents_step(level: int, g: Geometry) -> tuple[float, float]:
    """(type size, advance) of a contents line: parts of the book larger and spaced apart."""
    size = (11.5 if level == 0 else 10) * g.scale + 0.5
    return size, size * (2.35 if level == 0 else 1.75)


def _chunks(levels: list[int], g: Geometry) -> list[int]:
    """How many contents lines go on each contents page (six or more editions need two)."""
    room = g.content.h - 75 * g.scale  # below the heading
    chunks, used, count = [], 0.0, 0
    for level in levels:
        step = contents_step(level, g)[1]
        if count and used + step > room:
            chunks.append(count)
            used, count = 0.0, 0
        used, count = used + step, count + 1
    return [*chunks, count]


def _paginate(plan: CataloguePlan) -> None:
    g = plan.geometry
    by_edition: dict[int, list[Section]] = {}
    for section in plan.sections:
        by_edition.setdefault(section.edition, []).append(section)
    forewords = _foreword_pages(plan)
    levels = [0] * bool(forewords) + [lv for parts in by_edition.values()
                                      for lv in [0] + [1] * len(parts)] + [0, 0]
    chunks = _chunks(levels, g)
    pages: list[Page] = [Page("cover"), *forewords]
    contents_pages = [Page("contents") for _ in chunks]
    pages += contents_pages
    section_pages: list[tuple[int, list[tuple[Section, int]]]] = []
    for edition_sections in by_edition.values():
        opener = len(pages)
        pages.append(Page("section", edition_sections))
        tiers = []
        for section in edition_sections:
            per = per_page(section.entries[0].work.tier_position)
            tiers.append((section, len(pages)))
            for start in range(0, len(section.entries), per):
                chunk = list(section.entries[start:start + per])
                pages.append(Page("works", {"section": section, "per": per, "slots": chunk,
                                            "first": start == 0}))
        section_pages.append((opener, tiers))
    for number, page in enumerate(pages, start=1):
        page.number = number
        if page.kind == "works":
            for entry in page.data["slots"]:
                plan.work_pages[entry.label] = number
    line_h = g.caption_size * 1.45
    # country headings add air above them: leave room for a few
    per_column = max(8, int((g.content.h - g.header_height * 1.6 - 5 * g.caption_size)
                            // line_h))
    columns = _columns(_index_lines(plan, index(plan.entries)), per_column)
    index_at = len(pages)
    for start in range(0, len(columns), 2):
        pages.append(Page("index", {"columns": columns[start:start + 2], "first": start == 0,
                                    "line_height": line_h}))
    stats_at = len(pages)
    pages.append(Page("statistics"))
    for number, page in enumerate(pages, start=1):
        page.number = number
    plan.pages = pages
    languages = plan.options.languages
    contents = []
    if forewords:
        contents.append(ContentsLine(words("foreword", languages), forewords[0].number, 0))
    for opener, tiers in section_pages:
        first = tiers[0][0]
        title = " / ".join(dict.fromkeys(pick(first.edition_titles, lang) or str(first.edition)
                                         for lang in languages))
        contents.append(ContentsLine(f"{first.year}  {title}", pages[opener].number, 0))
        for section, at in tiers:
            tier = " / ".join(dict.fromkeys(pick(section.tier_names, lang) or section.tier_key
                                            for lang in languages))
            contents.append(ContentsLine(f"{tier} ({len(section.entries)})", pages[at].number, 1))
    contents.append(ContentsLine(words("index", languages), pages[index_at].number, 0))
    contents.append(ContentsLine(words("statistics", languages), pages[stats_at].number, 0))
    plan.contents = contents
    at = 0
    for page, count in zip(contents_pages, chunks, strict=True):
        page.data = {"lines": contents[at:at + count], "first": at == 0}
        at += count
