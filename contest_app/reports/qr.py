"""QR codes drawn as vector paths (ReportLab's own encoder: no extra dependency, no bitmap).

The code carries "NEAR:<serial>:<verification code>": upper case, digits, ':' and '-' only,
so the encoder uses QR's alphanumeric mode and the symbol stays small (version 2, 25 modules).
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # the box includes a quiet zone; the layout keeps it white


def payload(serial: str, code: str) -> str:
    return f"NEAR:{serial}:{code}".upper()


def matrix(data: str, level: str = "M") -> list[list[bool]]:
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(data)
    qr.make()
    count = qr.getModuleCount()
    return [[bool(qr.isDark(r, c)) for c in range(count)] for r in range(count)]


def draw_qr(canvas: Canvas, x: float, y: float, size: float, data: str) -> None:
    """Draw data as a QR code in the square of side size (points) whose bottom-left is x, y."""
    modules = matrix(data)
    count = len(modules)
    step = size / (count + 2 * QUIET_MODULES)
    # One path of rectangles in module units, written as literal operators: ReportLab's number
    # formatting of 170 rectangles per code was the slowest part of a 700-certificate run.
    # A hair of overlap, because viewers anti-alias the seams between abutting rectangles.
    ops: list[str] = []
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            ops.append(f"{start} {count - r - 1.03:.2f} {c - start + 0.03:.2f} 1.06 re")
    canvas.saveState()
    canvas.translate(x + QUIET_MODULES * step, y + QUIET_MODULES * step)
    canvas.scale(step, step)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral("\n".join(ops) + "\nf")
    canvas.restoreState()
