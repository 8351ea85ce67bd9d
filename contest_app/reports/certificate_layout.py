"""Drawing one certificate page from a template and a CertificateData.

Coordinates in templates are millimetres from the page's top-left corner; here they become
ReportLab points from the bottom-left. Every text field is fitted into its box (text_fit), so a
long Mongolian line or a four-person group's title shrinks instead of running into the next field.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from contest_app.core.certificates.plan import CertificateData, ContestInfo
from contest_app.core.certificates.templates import FieldBox, ImageBox, Template, TemplateSet
from contest_app.core.certificates.values import fill, placeholder_values
from contest_app.reports import qr
from contest_app.reports.calibration import Calibration, apply
from contest_app.reports.fonts import FontSet, register_fonts, scripts_for
from contest_app.reports.text_fit import LineSpec, draw_line, fit_lines

THUMB_DPI = 160  # at the size it prints: sharp enough for a 4 cm picture, small in the file
THUMB_JPEG_QUALITY = 80
# fields whose neutral text is in the student's own language (the CJK face follows it)
_OWN_LANGUAGE_FIELDS = ("name", "work")


class CertificateRenderer:
    """Draws certificates of one contest; keeps fonts and thumbnails for the whole job."""

    def __init__(self, contest: ContestInfo, templates: TemplateSet, media_root: Path, *,
                 thumbnails: bool = True, stock: bool = False,
                 calibration: Calibration | None = None) -> None:
        self.contest = contest
        self.templates = templates
        self.media_root = media_root
        self.thumbnails = thumbnails
        self.stock = stock
        self.calibration = calibration
        self._fontsets: dict[tuple[frozenset[str], bool, str], FontSet] = {}

    # --- fonts ------------------------------------------------------------------------------
    def fontset(self, text: str, serif: bool, language: str) -> FontSet:
        """The chain for text: only the scripts it uses are registered (a CJK face is large)."""
        scripts = frozenset(scripts_for([text]))
        key = (scripts, serif, language)
        if key not in self._fontsets:
            self._fontsets[key] = register_fonts(scripts, serif=serif, cjk_language=language)
        return self._fontsets[key]

    def base_font(self) -> str:
        return register_fonts(serif=True).regular

    # --- one page ---------------------------------------------------------------------------
    def template_for(self, item: CertificateData) -> Template:
        return self.templates.get(item.kind, item.tier_key)

    def draw(self, canvas: Canvas, item: CertificateData, template: Template | None = None
             ) -> None:
        """Draw item on the canvas's current page, then end the page."""
        template = template or self.template_for(item)
        width, height = template.width_mm * mm, template.height_mm * mm
        canvas.setPageSize((width, height))
        canvas.saveState()
        apply(canvas, height, self.calibration)
        if not self.stock:
            self._draw_image(canvas, template.images.get("background"), height, cover=True)
            if template.border == "double":
                self._draw_border(canvas, template, width, height)
            for key in ("logo",):
                self._draw_image(canvas, template.images.get(key), height)
        values = {lang: placeholder_values(item, self.contest, lang)
                  for lang in dict.fromkeys((*item.languages, "en"))}
        for key, box in template.fields.items():
            if box.visible and (box.on_stock or not self.stock):
                self._draw_field(canvas, template, key, box, item, values, height)
        self._draw_signatures(canvas, template, height)
        self._draw_qr(canvas, template.images.get("qr"), item, height)
        if self.thumbnails:
            self._draw_thumbnail(canvas, template.images.get("thumbnail"), item, height)
        canvas.restoreState()
        canvas.showPage()

    # --- text -------------------------------------------------------------------------------
    def field_lines(self, template: Template, key: str, box: FieldBox, item: CertificateData,
                    values: dict[str, dict[str, str]]) -> list[tuple[str, float, str]]:
        """(text, size, language) of the field's lines, before fitting: the document's main
        language first, then English on bilingual documents."""
        main = item.languages[0]
        second = item.languages[1] if len(item.languages) > 1 else None
        if box.text or box.text2:
            own = item.country_language if key in _OWN_LANGUAGE_FIELDS else main
            first = fill(box.text or _text(template, main, key), values[main])
            other = fill(box.text2, values[main]) if box.text2 else ""
            lines = [(first, box.size, own), (other, box.size2 or box.size, "en")]
        else:
            first = fill(_text(template, main, key), values[main])
            other = (fill(_text(template, second, key), values[second])
                     if second and box.size2 > 0 else "")
            lines = [(first, box.size, main), (other, box.size2, second or main)]
        if lines[1][0] == lines[0][0]:
            lines = lines[:1]
        return [line for line in lines if line[0].strip()]

    def _draw_field(self, canvas: Canvas, template: Template, key: str, box: FieldBox,
                    item: CertificateData, values: dict[str, dict[str, str]],
                    page_height: float) -> None:
        lines = self.field_lines(template, key, box, item, values)
        if not lines:
            return
        serif = box.style.startswith("serif")
        bold = box.style.endswith("bold")
        color = template.color(box.color)
        specs = [LineSpec(text, size, self.fontset(text, serif, lang), bold and i == 0, color,
                          box.tracking) for i, (text, size, lang) in enumerate(lines)]
        width, height = box.w * mm, box.h * mm
        top = page_height - box.y * mm
        for line in fit_lines(specs, width, height, box.wrap):
            draw_line(canvas, box.x * mm, top - line.baseline, line, box.align, width)

    # --- graphics ---------------------------------------------------------------------------
    def _draw_border(self, canvas: Canvas, template: Template, width: float,
                     height: float) -> None:
        accent = HexColor(template.accent)
        canvas.setStrokeColor(accent)
        outer, inner = 8 * mm, 11 * mm
        canvas.setLineWidth(1.8)
        canvas.rect(outer, outer, width - 2 * outer, height - 2 * outer)
        canvas.setLineWidth(0.6)
        canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
        canvas.setFillColor(accent)
        for x in (inner, width - inner):  # small diamonds where the inner rule turns
            for y in (inner, height - inner):
                _diamond(canvas, x, y, 1.6 * mm)
        title = template.fields.get("title")
        if title is not None and title.visible:
            y = height - (title.y + title.h + 3.5) * mm
            centre = (title.x + title.w / 2) * mm
            canvas.setLineWidth(0.7)
            canvas.line(centre - 22 * mm, y, centre - 3 * mm, y)
            canvas.line(centre + 3 * mm, y, centre + 22 * mm, y)
            _diamond(canvas, centre, y, 1.3 * mm)

    def _draw_signatures(self, canvas: Canvas, template: Template, page_height: float) -> None:
        for key in ("sig1", "sig2"):
            box = template.images.get(key)
            if box is None or not box.visible or (self.stock and not box.on_stock):
                continue
            self._draw_image(canvas, box, page_height)
            y = page_height - (box.y + box.h) * mm
            canvas.setStrokeColor(HexColor(template.grey))
            canvas.setLineWidth(0.5)
            canvas.line(box.x * mm, y, (box.x + box.w) * mm, y)
        if not self.stock:
            self._draw_image(canvas, template.images.get("seal"), page_height)

    def _draw_image(self, canvas: Canvas, box: ImageBox | None, page_height: float,
                    cover: bool = False) -> None:
        if box is None or not box.visible or not box.file:
            return
        path = self.media_root / box.file
        if not path.is_file():
            return  # a missing asset leaves its place empty; pre-flight reports it
        canvas.drawImage(str(path), box.x * mm, page_height - (box.y + box.h) * mm,
                         box.w * mm, box.h * mm, mask="auto", preserveAspectRatio=not cover,
                         anchor="c")

    def _draw_qr(self, canvas: Canvas, box: ImageBox | None, item: CertificateData,
                 page_height: float) -> None:
        if box is None or not box.visible or not item.code or (self.stock and not box.on_stock):
            return
        size = min(box.w, box.h) * mm
        qr.draw_qr(canvas, box.x * mm, page_height - box.y * mm - size, size,
                   qr.payload(item.serial, item.code))

    def _draw_thumbnail(self, canvas: Canvas, box: ImageBox | None, item: CertificateData,
                        page_height: float) -> None:
        if (box is None or not box.visible or not item.thumb_path
                or (self.stock and not box.on_stock)):
            return
        image = self.thumbnail(item, box)
        if image is None:
            return
        px_w, px_h = image.getSize()
        scale = min(box.w / px_w, box.h / px_h)
        w, h = px_w * scale * mm, px_h * scale * mm
        x = box.x * mm + (box.w * mm - w) / 2
        y = page_height - box.y * mm - box.h * mm + (box.h * mm - h) / 2
        canvas.drawImage(image, x, y, w, h)
        canvas.setStrokeColor(HexColor("#9A9A9A"))
        canvas.setLineWidth(0.4)
        canvas.rect(x, y, w, h)

    def thumbnail(self, item: CertificateData, box: ImageBox) -> ImageReader | None:
        """The painting at about THUMB_DPI for its printed size, as JPEG.

        The stored 320 px thumbnail goes in untouched when it is about that size already;
        otherwise it (or, when it is too small, the 1600 px preview) is reduced to fit.
        """
        need = max(box.w, box.h) / 25.4 * THUMB_DPI
        thumb = self.media_root / item.thumb_path
        source = thumb
        if thumb.is_file():
            with Image.open(thumb) as probe:
                size = max(probe.size)
            if need * 0.8 <= size <= need * 1.1:
                return ImageReader(str(thumb))
            if size < need * 0.8 and item.preview_path:
                preview = self.media_root / item.preview_path
                source = preview if preview.is_file() else thumb
        elif item.preview_path:
            source = self.media_root / item.preview_path
        if not source.is_file():
            return None
        target = (round(need), round(need))
        with Image.open(source) as image:
            image.draft("RGB", target)  # JPEG: decode at 1/2, 1/4 or 1/8 when that suffices
            reduced = image.convert("RGB")
        reduced.thumbnail(target, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        reduced.save(buffer, "JPEG", quality=THUMB_JPEG_QUALITY, optimize=True)
        buffer.seek(0)
        return ImageReader(buffer)


def _text(template: Template, language: str, key: str) -> str:
    """The field's text in language; English when that language has none at all."""
    words = template.texts.get(language, {})
    if key in words:
        return words[key]
    return template.texts.get("en", {}).get(key, "")


def _diamond(canvas: Canvas, x: float, y: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
