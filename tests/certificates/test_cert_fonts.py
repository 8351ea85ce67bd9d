"""Fonts in certificate PDFs: text runs per script, extraction beyond the BMP, line breaking."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from contest_app.reports.fonts import CJK, CYRILLIC, LATIN, draw_runs, register_fonts
from contest_app.reports.text_fit import LineSpec, fit_lines, tokens, wrap


def test_characters_beyond_the_bmp_extract(tmp_path: Path,
                                           pdf_text: Callable[..., str]) -> None:
    fonts = register_fonts((LATIN, CYRILLIC, CJK))
    beyond = next(chr(c) for face in fonts.faces for c in sorted(face.coverage) if c > 0xFFFF)
    path = tmp_path / "beyond.pdf"
    canvas = Canvas(str(path), initialFontName=fonts.regular)
    draw_runs(canvas, 50, 700, f"名前{beyond}子 Өнөр", fonts, 20)
    canvas.save()
    assert f"名前{beyond}子 Өнөр" in pdf_text(path)


def test_line_breaking_by_script() -> None:
    assert tokens("위 학생은 본 대회에") == ["위 ", "학생은 ", "본 ", "대회에"]
    assert tokens("荣获优秀奖。特发") == ["荣", "获", "优", "秀", "奖。", "特", "发"]
    assert tokens("《白蛇传》") == ["《白", "蛇", "传》"]
    fonts = register_fonts((LATIN, CJK))
    lines = wrap("该同学的参赛作品在本届大赛中荣获优秀奖。特发此状，以资鼓励。", fonts, 11, 120)
    assert len(lines) > 1 and not any(line.startswith(("。", "，")) for line in lines)


def test_fitting_shrinks_then_squeezes() -> None:
    fonts = register_fonts((LATIN, CYRILLIC))
    long_name = "Үүрийнтуяа Нармандахбаатарын Эрдэнэбилэгсайхан"
    spec = LineSpec(long_name, 30, fonts, True, "#000000")
    placed = fit_lines([spec], 150, 40, wrap_lines=False)
    assert len(placed) == 1 and placed[0].size < 30
    tiny = fit_lines([spec], 60, 40, wrap_lines=False)
    assert tiny[0].hscale < 100  # at the least size it is squeezed, never cut or overflowing


def test_pdffonts_lists_only_embedded_truetype(tmp_path: Path) -> None:
    import shutil

    if shutil.which("pdffonts") is None:
        return
    fonts = register_fonts((LATIN, CYRILLIC, CJK), serif=True)
    path = tmp_path / "f.pdf"
    canvas = Canvas(str(path), initialFontName=fonts.regular)
    draw_runs(canvas, 50, 700, "김지유 杨昊潼 浜田さくら Өнөрмаа Степаненко", fonts, 14)
    canvas.save()
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all("TrueType" in row and " yes yes yes " in row for row in rows)
