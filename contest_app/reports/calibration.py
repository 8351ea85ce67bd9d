"""Print calibration for pre-printed certificate stock: offsets and scale per printer.

Printers feed paper a millimetre or two off and some shrink the page; on blank paper nobody
notices, on stock with a printed frame the name lands on the border. Staff print the
calibration page on plain paper, hold it against a sheet of stock (or measure it), and enter
how far the crosshairs landed from where they should: those numbers are stored per printer
(in the database, so every workstation printing to that printer shares them) and applied as
one transform at the start of every page printed for stock.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import InvalidValue
from contest_app.db.models import Setting
from contest_app.reports.fonts import LATIN, register_fonts

SETTING_KEY = "certificate_calibration"
CROSSHAIR_MARGIN_MM = 20.0


@dataclass(frozen=True)
class Calibration:
    dx_mm: float = 0.0  # positive: the print moves right
    dy_mm: float = 0.0  # positive: the print moves down
    scale: float = 1.0  # about the page's top-left corner

    def is_identity(self) -> bool:
        return self.dx_mm == 0 and self.dy_mm == 0 and self.scale == 1.0


def validate(calibration: Calibration) -> None:
    if not (0.8 <= calibration.scale <= 1.2 and abs(calibration.dx_mm) <= 30
            and abs(calibration.dy_mm) <= 30):
        raise InvalidValue("calibration_invalid", dx=calibration.dx_mm, dy=calibration.dy_mm,
                           scale=calibration.scale)


def load_calibrations(session: Session) -> dict[str, Calibration]:
    setting = session.get(Setting, SETTING_KEY)
    out: dict[str, Calibration] = {}
    for printer, values in dict(setting.value if setting else {}).items():
        if isinstance(values, dict):
            out[printer] = Calibration(float(values.get("dx_mm", 0.0)),
                                       float(values.get("dy_mm", 0.0)),
                                       float(values.get("scale", 1.0)))
    return out


def calibration_for(session: Session, printer: str | None) -> Calibration:
    return load_calibrations(session).get(printer or "", Calibration())


def save_calibration(session: Session, printer: str, calibration: Calibration) -> None:
    validate(calibration)
    setting = session.get(Setting, SETTING_KEY)
    if setting is None:
        setting = Setting(key=SETTING_KEY, value={})
        session.add(setting)
    before = dict(setting.value).get(printer)
    setting.value = {**dict(setting.value), printer: asdict(calibration)}
    session.flush()
    audit.record(session, "certificates.calibration", target_table="setting",
                 changes={printer: [before, asdict(calibration)]})


def apply(canvas: Canvas, page_height: float, calibration: Calibration | None) -> None:
    """Shift and scale what follows on this page (call right after the page starts).

    Scaling is about the top-left corner, where printers register the sheet: a point y points
    below the top lands at dy + scale * y.
    """
    if calibration is None or calibration.is_identity():
        return
    s = calibration.scale
    canvas.translate(calibration.dx_mm * mm, page_height - calibration.dy_mm * mm - s * page_height)
    canvas.scale(s, s)


def calibration_page(target: str | Path | IO[bytes], width_mm: float = 210.0,
                     height_mm: float = 297.0, calibration: Calibration | None = None) -> None:
    """A page with a millimetre grid and crosshairs at known places, to measure a printer."""
    fonts = register_fonts((LATIN,))
    width, height = width_mm * mm, height_mm * mm
    canvas = Canvas(target if not isinstance(target, Path) else str(target),
                    pagesize=(width, height), initialFontName=fonts.regular, invariant=True)
    canvas.setTitle("Certificate printer calibration")
    apply(canvas, height, calibration)
    for step, colour, line_width in ((1, "#E6EEF5", 0.2), (5, "#C3D3E3", 0.3),
                                     (10, "#7F9AB5", 0.45)):
        canvas.setStrokeColor(HexColor(colour))
        canvas.setLineWidth(line_width)
        for x in range(0, int(width_mm) + 1, step):
            canvas.line(x * mm, 0, x * mm, height)
        for y in range(0, int(height_mm) + 1, step):
            canvas.line(0, height - y * mm, width, height - y * mm)
    canvas.setFillColor(HexColor("#34495E"))
    for x in range(20, int(width_mm), 20):
        canvas.setFont(fonts.regular, 6)
        canvas.drawCentredString(x * mm, height - 4 * mm, str(x))
    for y in range(20, int(height_mm), 20):
        canvas.setFont(fonts.regular, 6)
        canvas.drawString(1.5 * mm, height - y * mm - 2, str(y))
    m = CROSSHAIR_MARGIN_MM
    for x_mm, y_mm in ((m, m), (width_mm - m, m), (m, height_mm - m),
                       (width_mm - m, height_mm - m), (width_mm / 2, height_mm / 2)):
        _crosshair(canvas, x_mm * mm, height - y_mm * mm, fonts.regular,
                   f"x {x_mm:g} mm, y {y_mm:g} mm")
    canvas.setFont(fonts.bold, 11)
    canvas.setFillColor(HexColor("#1E1E1E"))
    lines = [
        "Printer calibration for pre-printed certificate stock",
        "Print this page at 100 % (no 'fit to page'), on plain paper.",
        "Measure where each crosshair centre landed, from the sheet's top-left corner.",
        "Offset right = measured x - printed x; offset down = measured y - printed y.",
        "If the far crosshairs are off by more than the near ones, the printer scales:",
        "scale = measured distance between crosshairs / printed distance.",
    ]
    y = height / 2 - 30 * mm
    canvas.setFillColor(HexColor("#FFFFFF"))  # the instructions stay readable over the grid
    canvas.rect(width / 2 - 75 * mm, y - 32 * mm, 150 * mm, 40 * mm, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#1E1E1E"))
    for index, line in enumerate(lines):
        canvas.setFont(fonts.bold if index == 0 else fonts.regular, 11 if index == 0 else 9)
        canvas.drawCentredString(width / 2, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()


def _crosshair(canvas: Canvas, x: float, y: float, font: str, label: str) -> None:
    canvas.setStrokeColor(HexColor("#C0392B"))
    canvas.setLineWidth(0.5)
    canvas.line(x - 8 * mm, y, x + 8 * mm, y)
    canvas.line(x, y - 8 * mm, x, y + 8 * mm)
    canvas.circle(x, y, 3 * mm, stroke=1, fill=0)
    canvas.setFillColor(HexColor("#C0392B"))
    canvas.setFont(font, 6.5)
    if x > canvas._pagesize[0] / 2:  # labels point inwards, so none runs off the sheet
        canvas.drawRightString(x - 4 * mm, y + 1.5 * mm, label)
    else:
        canvas.drawString(x + 4 * mm, y + 1.5 * mm, label)
