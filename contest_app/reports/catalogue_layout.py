"""Page geometry of the catalogue, and a canvas that adds bleed and crop marks for a print shop.

All positions are in points in TRIM coordinates: (0, 0) is the bottom-left corner of the
finished page. With the print-shop option the sheet is larger: 3 mm of bleed plus a slug for the
crop marks on every side; TrimBox and BleedBox tell the printer where to cut, and elements meant
to run off the page (the cover band) are drawn out to the bleed edge.

The picture boxes depend only on the page size and the layout of a tier, never on the words
around them, so a text change reuses every cached print image.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

MM = 72.0 / 25.4
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "B5": (176.0, 250.0)}
BLEED_MM = 3.0
SLUG_MM = 12.0  # outside the trim: 3 mm bleed, then 6 mm marks, then air
MARK_LENGTH_MM = 6.0
CAPTION_LINES = 7  # the most a caption has (see core.tours.captions.Caption.lines)

# tier position -> works per page: the grand prize and excellence awards get a page each
SINGLE, DOUBLE, QUAD = 1, 2, 4


def per_page(tier_position: int) -> int:
    if tier_position <= 2:
        return SINGLE
    return DOUBLE if tier_position == 3 else QUAD


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # bottom
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Slot:
    image: Box  # the picture is fitted in here, centred, resting on its bottom edge
    caption: Box  # caption lines run down from its top


@dataclass(frozen=True)
class Geometry:
    page_size: str
    width: float  # trim, points
    height: float
    bleed: float  # 0 without the print-shop option
    slug: float

    @classmethod
    def of(cls, page_size: str, print_shop: bool) -> Geometry:
        w, h = PAGE_SIZES_MM[page_size]
        return cls(page_size, w * MM, h * MM, BLEED_MM * MM if print_shop else 0.0,
                   SLUG_MM * MM if print_shop else 0.0)

    @property
    def scale(self) -> float:
        """Type and spacing scale with the page: B5 is 0.84 of A4."""
        return self.width / (210.0 * MM)

    @property
    def margin(self) -> float:
        return 16 * MM * self.scale

    @property
    def bottom_margin(self) -> float:
        return 20 * MM * self.scale  # the page number lives here

    @property
    def content(self) -> Box:
        m = self.margin
        return Box(m, self.bottom_margin, self.width - 2 * m,
                   self.height - m - self.bottom_margin)

    @property
    def header_height(self) -> float:
        return 12 * MM * self.scale

    @property
    def caption_size(self) -> float:
        return max(7.5, 8.5 * self.scale)

    def caption_size_for(self, per: int) -> float:
        return self.caption_size * (1.2 if per == SINGLE else 1.0)

    def slots(self, per: int) -> list[Slot]:
        """The picture and caption boxes of a work page holding per works."""
        area = self.content
        top = area.top - self.header_height
        gap = 8 * MM * self.scale
        cols, rows = {SINGLE: (1, 1), DOUBLE: (1, 2), QUAD: (2, 2)}[per]
        slot_w = (area.w - gap * (cols - 1)) / cols
        slot_h = (top - area.y - gap * (rows - 1)) / rows
        caption_h = CAPTION_LINES * self.caption_size_for(per) * 1.3 + 3 * MM * self.scale
        result = []
        for row in range(rows):
            for col in range(cols):
                x = area.x + col * (slot_w + gap)
                slot_top = top - row * (slot_h + gap)
                caption = Box(x, slot_top - slot_h, slot_w, caption_h)
                image = Box(x, caption.top, slot_w, slot_h - caption_h)
                result.append(Slot(image, caption))
        return result

    def cover_image(self) -> Box:
        area = self.content
        h = self.height * 0.44
        return Box(area.x, self.height * 0.205, area.w, h)


class PrintCanvas:
    """A ReportLab canvas drawing in trim coordinates, with bleed, crop marks and page boxes."""

    def __init__(self, path: Path, geometry: Geometry, initial_font: str, title: str) -> None:
        g = geometry
        self.geometry = g
        sheet = (g.width + 2 * g.slug, g.height + 2 * g.slug)
        # initialFontName: a Canvas starts in Helvetica otherwise, which is never embedded
        self.canvas = Canvas(str(path), pagesize=sheet, initialFontName=initial_font,
                             pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("contest_app")
        if g.slug:
            s, b = g.slug, g.bleed
            self.canvas.setTrimBox((s, s, s + g.width, s + g.height))
            self.canvas.setBleedBox((s - b, s - b, s + g.width + b, s + g.height + b))
        self.pages = 0

    def begin_page(self) -> None:
        self.pages += 1
        self.canvas.saveState()
        self.canvas.translate(self.geometry.slug, self.geometry.slug)

    def end_page(self) -> None:
        self.canvas.restoreState()
        if self.geometry.slug:
            self._crop_marks()
        self.canvas.showPage()

    def _crop_marks(self) -> None:
        g, c = self.geometry, self.canvas
        s, w, h = g.slug, g.width, g.height
        near, far = g.bleed, g.bleed + MARK_LENGTH_MM * MM  # marks stay out of the bleed
        c.saveState()
        c.setStrokeColorCMYK(1, 1, 1, 1)  # registration: shows on every printing plate
        c.setLineWidth(0.25)
        for x in (s, s + w):
            c.line(x, s - near, x, s - far)
            c.line(x, s + h + near, x, s + h + far)
        for y in (s, s + h):
            c.line(s - near, y, s - far, y)
            c.line(s + w + near, y, s + w + far, y)
        c.restoreState()

    def save(self) -> None:
        self.canvas.save()
