"""A printable blank score sheet per juror: code, thumbnail and a box per criterion for each work.

Fonts are embedded TrueType only (never Helvetica, which is not embedded): Noto Sans for Latin
and Cyrillic, WenQuanYi Micro Hei, registered only when a text needs it, for Hangul, Han and
kana. Each line is set in one font, chosen by which font covers all of its characters, so text
extraction keeps lines whole. The sheet names the juror (it is their own) but no student,
school or region: works are known by code only.
"""

from __future__ import annotations

import io
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app import paths
from contest_app.core.contests import get_contest
from contest_app.core.jury.jurors import get_juror
from contest_app.core.jury.rounds import criterion_rows, get_round
from contest_app.core.jury.scoring import works_for_juror
from contest_app.core.jury.source import WorkItem
from contest_app.core.languages import pick
from contest_app.db.models import Contest, Criterion, Entry, ImageFile, Juror, Round

SANS, SANS_BOLD, CJK = "NotoSans", "NotoSans-Bold", "WenQuanYiMicroHei"
_FILES = {SANS: ("NotoSans-Regular.ttf", 0), SANS_BOLD: ("NotoSans-Bold.ttf", 0),
          CJK: ("wqy-microhei.ttc", 0)}
ROWS_PER_PAGE = 6
THUMB_PIXELS = 240  # about 150 dpi at the printed size: enough to recognise a work, small files
GREY, LIGHT = Color(0.35, 0.35, 0.35), Color(0.75, 0.75, 0.75)

# This document prints in the juror's language, whatever language the staff's screen is in.
LABELS: dict[str, dict[str, str]] = {
    "sheet": {"en": "Score sheet", "ko": "채점표", "zh": "评分表", "ja": "採点表",
              "ru": "Оценочный лист", "mn": "Үнэлгээний хуудас"},
    "juror": {"en": "Juror: {name}", "ko": "심사위원: {name}", "zh": "评委：{name}",
              "ja": "審査員：{name}", "ru": "Член жюри: {name}", "mn": "Шүүгч: {name}"},
    "page": {"en": "Page {page} of {pages}", "ko": "{page} / {pages} 쪽",
             "zh": "第 {page} 页，共 {pages} 页", "ja": "{page} / {pages} ページ",
             "ru": "Стр. {page} из {pages}", "mn": "Хуудас {page} / {pages}"},
    "comment": {"en": "Comment", "ko": "의견", "zh": "评语", "ja": "コメント",
                "ru": "Комментарий", "mn": "Тайлбар"},
    "works": {"en": "{count} works", "ko": "작품 {count}점", "zh": "作品 {count} 件",
              "ja": "作品 {count} 点", "ru": "Работ: {count}", "mn": "{count} бүтээл"},
    "how": {"en": "Write one score per box within the scale shown under it; half points such "
                  "as 7.5 are allowed.",
            "ko": "각 칸 아래에 표시된 범위 안에서 점수를 하나씩 적어 주십시오. 7.5와 같은 0.5점 "
                  "단위도 됩니다.",
            "zh": "请在每个格子中填写一个分数，分数须在格子下方所示范围内，可用半分（如 7.5）。",
            "ja": "各欄の下に示す範囲で点数を一つずつ記入してください。7.5 のような 0.5 点刻みも"
                  "可能です。",
            "ru": "Впишите в каждую клетку одну оценку в пределах шкалы под ней; допускаются "
                  "половины, например 7.5.",
            "mn": "Нүд бүрт доор заасан хязгаарт багтах нэг оноо бичнэ үү; 7.5 гэх мэт хагас "
                  "оноо болно."},
    "blind": {"en": "Works are identified by code only.", "ko": "작품은 코드로만 표시됩니다.",
              "zh": "作品仅以编号标识。", "ja": "作品はコードのみで表示されます。",
              "ru": "Работы обозначены только кодами.",
              "mn": "Бүтээлийг зөвхөн кодоор тэмдэглэсэн."},
    "no_image": {"en": "no image", "ko": "이미지 없음", "zh": "无图像", "ja": "画像なし",
                 "ru": "нет изображения", "mn": "зураггүй"},
    "preliminary": {"en": "Preliminary round", "ko": "예선 심사", "zh": "初评", "ja": "一次審査",
                    "ru": "Отборочный тур", "mn": "Урьдчилсан шат"},
    "final": {"en": "Final round", "ko": "본선 심사", "zh": "终评", "ja": "最終審査",
              "ru": "Финальный тур", "mn": "Шигшээ шат"},
    "boundary": {"en": "Boundary round", "ko": "경계 재심사", "zh": "复议评审", "ja": "境界審査",
                 "ru": "Дополнительный тур", "mn": "Нэмэлт шат"},
}


def label(key: str, language: str, **values: object) -> str:
    return pick(LABELS[key], language).format(**values)


def _register(name: str) -> None:
    if name in pdfmetrics.getRegisteredFontNames():
        return
    file_name, index = _FILES[name]
    pdfmetrics.registerFont(TTFont(name, str(paths.fonts_dir() / file_name), subfontIndex=index))


def font_for(text: str, bold: bool = False) -> str:
    """Noto Sans when it covers every character, else the CJK face (registered on first use)."""
    base = SANS_BOLD if bold else SANS
    _register(base)
    covered = pdfmetrics.getFont(base).face.charToGlyph  # type: ignore[attr-defined]
    if all(ord(ch) in covered or ch.isspace() for ch in text):
        return base
    _register(CJK)
    return CJK


@dataclass(frozen=True)
class _Box:
    name: str
    scale: str


class _Sheet:
    """Draws the pages; geometry in points from the bottom-left corner."""

    def __init__(self, canvas: Canvas, language: str) -> None:
        self.c, self.lang = canvas, language
        self.width, self.height = A4
        self.left, self.right = 14 * mm, self.width - 14 * mm
        self.top = self.height - 12 * mm
        self.rows_top = self.top - 24 * mm
        self.row_h = (self.rows_top - 14 * mm) / ROWS_PER_PAGE

    def text(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             align: str = "left", colour: Color | None = None, max_width: float | None = None
             ) -> None:
        text = unicodedata.normalize("NFC", text)
        font = font_for(text, bold)
        while max_width and size > 5 and pdfmetrics.stringWidth(text, font, size) > max_width:
            size -= 0.25  # shrink a long criterion name rather than overrun its box
        width = pdfmetrics.stringWidth(text, font, size)
        x = x - width if align == "right" else x - width / 2 if align == "centre" else x
        self.c.setFillColor(colour or Color(0, 0, 0))
        obj = self.c.beginText(x, y)
        obj.setFont(font, size)
        obj.textOut(text)
        self.c.drawText(obj)

    def header(self, title: str, round_name: str, juror: str, page: int, pages: int,
               count: int) -> None:
        self.text(self.left, self.top - 3 * mm, title, 9, colour=GREY)
        self.text(self.right, self.top - 3 * mm, label("juror", self.lang, name=juror), 10,
                  align="right")
        self.text(self.left, self.top - 11 * mm, f"{label('sheet', self.lang)} · {round_name}",
                  16, bold=True)
        self.text(self.right, self.top - 11 * mm,
                  label("page", self.lang, page=page, pages=pages), 10, align="right")
        self.text(self.left, self.top - 18 * mm, label("how", self.lang), 8.5, colour=GREY,
                  max_width=self.right - self.left - 30 * mm)
        self.text(self.right, self.top - 18 * mm, label("works", self.lang, count=count), 8.5,
                  align="right", colour=GREY)
        self.c.setStrokeColor(Color(0, 0, 0))
        self.c.setLineWidth(0.8)
        self.c.line(self.left, self.top - 21 * mm, self.right, self.top - 21 * mm)

    def footer(self, page: int, pages: int) -> None:
        y = 8 * mm
        self.text(self.left, y, label("blind", self.lang), 7.5, colour=GREY)
        self.text(self.right, y, label("page", self.lang, page=page, pages=pages), 7.5,
                  align="right", colour=GREY)

    def wrapped(self, x: float, y: float, text: str, size: float, width: float) -> None:
        """Centred on x; a name too wide for its box goes on two lines before it shrinks."""
        font = font_for(text)
        words = text.split()
        if pdfmetrics.stringWidth(text, font, size) <= width or len(words) < 2:
            self.text(x, y, text, size, align="centre", max_width=width)
            return
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        first, second = min(splits, key=lambda pair: max(
            pdfmetrics.stringWidth(part, font, size) for part in pair))
        self.text(x, y + size * 0.55, first, size, align="centre", max_width=width)
        self.text(x, y - size * 0.55, second, size, align="centre", max_width=width)

    def row(self, slot: int, number: int, code: str, title: str | None,
            thumb: ImageReader | None, boxes: list[_Box]) -> None:
        top = self.rows_top - slot * self.row_h
        bottom = top - self.row_h
        self.text(self.left, top - 5 * mm, f"#{number}", 8, colour=GREY)
        self.text(self.left, top - 13 * mm, code, 20, bold=True, max_width=31 * mm)
        if title:  # only when the round shows titles
            self.text(self.left, top - 19 * mm, title, 7.5, colour=GREY, max_width=31 * mm)
        # thumbnail, fitted into its frame without distortion
        fx, fw, fh = self.left + 33 * mm, 44 * mm, 33 * mm
        fy = top - 3 * mm - fh
        self.c.setStrokeColor(LIGHT)
        self.c.setLineWidth(0.5)
        self.c.rect(fx, fy, fw, fh)
        if thumb is not None:
            iw, ih = thumb.getSize()
            scale = min((fw - 2) / iw, (fh - 2) / ih)
            w, h = iw * scale, ih * scale
            self.c.drawImage(thumb, fx + (fw - w) / 2, fy + (fh - h) / 2, w, h)
        else:
            self.text(fx + fw / 2, fy + fh / 2, label("no_image", self.lang), 8,
                      align="centre", colour=GREY)
        # one box per criterion, its name above and its scale below
        x0 = fx + fw + 5 * mm
        gap = 2.5 * mm
        width = (self.right - x0 - gap * (len(boxes) - 1)) / max(len(boxes), 1)
        for i, box in enumerate(boxes):
            bx = x0 + i * (width + gap)
            self.wrapped(bx + width / 2, top - 6 * mm, box.name, 8, width)
            self.c.setStrokeColor(Color(0, 0, 0))
            self.c.setLineWidth(0.9)
            self.c.rect(bx, top - 26 * mm, width, 16.5 * mm)
            self.text(bx + width / 2, top - 29.5 * mm, box.scale, 7, align="centre",
                      colour=GREY)
        # the comment line, across the criteria
        y = bottom + 4.5 * mm
        words = label("comment", self.lang)
        self.text(x0, y + 0.8 * mm, words, 7.5, colour=GREY)
        self.c.setStrokeColor(LIGHT)
        self.c.setLineWidth(0.5)
        self.c.line(x0 + pdfmetrics.stringWidth(words, font_for(words), 7.5) + 2 * mm, y,
                    self.right, y)
        self.c.line(self.left, bottom, self.right, bottom)


def _thumbnail(media_root: Path, image: ImageFile | None) -> ImageReader | None:
    """A small JPEG of the work's thumbnail, made in memory; None when the file is gone."""
    if image is None:
        return None
    for relative in (image.thumb_path, image.preview_path):
        if not relative:
            continue
        try:
            with Image.open(media_root / relative) as source:
                source.draft("RGB", (THUMB_PIXELS, THUMB_PIXELS))  # JPEG: decode at reduced size
                small = source.convert("RGB")
                small.thumbnail((THUMB_PIXELS, THUMB_PIXELS))
                data = io.BytesIO()
                small.save(data, "JPEG", quality=72, optimize=True)
            data.seek(0)
            return ImageReader(data)
        except OSError:
            continue  # a missing or broken derivative: try the next, then print the frame empty
    return None


def _scale(criterion: Criterion) -> str:
    text = f"{criterion.scale_min:g}–{criterion.scale_max:g}"
    return text if criterion.weight == 1 else f"{text}  ×{criterion.weight:g}"


def write_score_sheet_pdf(session: Session, round_id: int, juror_id: int, path: Path,
                          media_root: Path) -> Path:
    round_ = get_round(session, round_id)
    juror = get_juror(session, juror_id)
    contest = get_contest(session, round_.contest_id)
    language = juror.language
    boxes = [_Box(pick(c.names, language) or c.key, _scale(c))
             for c in criterion_rows(session, round_)]
    works = works_for_juror(session, round_id, juror_id)
    _register(SANS)
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=SANS,
                    initialFontSize=10, lang=language)
    # JPEG thumbnails go in as they are; ASCII85 around them would only add a quarter in size
    previous_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        _draw(canvas, session, round_, juror, contest, works, boxes, media_root)
        canvas.save()
    finally:
        rl_config.useA85 = previous_a85
    return path


def _draw(canvas: Canvas, session: Session, round_: Round, juror: Juror, contest: Contest,
          works: list[tuple[Entry, WorkItem]], boxes: list[_Box], media_root: Path) -> None:
    language = juror.language
    images: dict[int, ImageFile] = {}
    for image in session.scalars(select(ImageFile).where(
            ImageFile.entry_id.in_([e.id for e, _w in works])).order_by(ImageFile.id.desc())):
        images[image.entry_id] = image  # descending ids: the first image of each work wins
    round_name = round_.name or label(round_.kind, language)
    canvas.setTitle(f"{label('sheet', 'en')} {round_.name or round_.kind} {juror.name}")
    canvas.setCreator("contest_app")
    sheet = _Sheet(canvas, language)
    pages = max(1, math.ceil(len(works) / ROWS_PER_PAGE))
    for page in range(1, pages + 1):
        sheet.header(pick(contest.title, language), round_name, juror.name, page, pages,
                     len(works))
        chunk = works[(page - 1) * ROWS_PER_PAGE:page * ROWS_PER_PAGE]
        for slot, (entry, work) in enumerate(chunk):
            number = (page - 1) * ROWS_PER_PAGE + slot + 1
            thumb = _thumbnail(media_root, images.get(entry.id))
            sheet.row(slot, number, work.code, work.title, thumb, boxes)
        sheet.footer(page, pages)
        canvas.showPage()
