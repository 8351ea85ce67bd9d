"""Calibration moves the output; stock printing leaves out what the stock has printed; the CLI
writes the files it says it wrote."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from contest_app.cli import main
from contest_app.core.certificates.plan import contest_info
from contest_app.core.certificates.templates import (
    TemplateSet,
    default_template,
    import_asset,
)
from contest_app.reports.calibration import (
    Calibration,
    calibration_for,
    calibration_page,
    save_calibration,
)
from contest_app.reports.certificate_layout import CertificateRenderer
from contest_app.reports.certificates import render_items, sample_item

MM = 72 / 25.4


def _word_boxes(pdf: bytes, tmp_path: Path, pdf_text: Callable[..., str]) -> dict[str, tuple]:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    html = pdf_text(path, "-bbox")
    boxes: dict[str, tuple] = {}
    for x0, y0, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</word>',
            html):
        boxes.setdefault(word, (float(x0), float(y0)))
    return boxes


def _render(db: Any, contest_id: int, **options: Any) -> bytes:
    with db.session() as s:
        contest = contest_info(s, contest_id)
    renderer = CertificateRenderer(contest, TemplateSet(), db.media_root, **options)
    return render_items(renderer, [sample_item(contest, "award")])


def test_calibration_offsets_move_the_output(awarded: Any, tmp_path: Path,
                                             pdf_text: Callable[..., str]) -> None:
    with awarded.db.session() as s, s.begin():
        save_calibration(s, "Office HP", Calibration(dx_mm=5.0, dy_mm=-3.0))
    with awarded.db.session() as s:
        calibration = calibration_for(s, "Office HP")
    assert calibration == Calibration(5.0, -3.0, 1.0)
    plain = _word_boxes(_render(awarded.db, awarded.contest_id), tmp_path, pdf_text)
    moved = _word_boxes(_render(awarded.db, awarded.contest_id, calibration=calibration),
                        tmp_path, pdf_text)
    for word in ("Kim", "Secretary-General"):
        dx = moved[word][0] - plain[word][0]
        dy = moved[word][1] - plain[word][1]  # poppler's y grows downwards, as ours does
        assert abs(dx - 5.0 * MM) < 0.2 and abs(dy + 3.0 * MM) < 0.2, (word, dx, dy)
    scaled = _word_boxes(_render(awarded.db, awarded.contest_id,
                                 calibration=Calibration(0, 0, 0.9)), tmp_path, pdf_text)
    assert abs(scaled["Kim"][0] - 0.9 * plain["Kim"][0]) < 0.5


def test_stock_leaves_out_the_printed_parts(awarded: Any, tmp_path: Path,
                                            pdf_text: Callable[..., str]) -> None:
    full = _word_boxes(_render(awarded.db, awarded.contest_id), tmp_path, pdf_text)
    stock = _word_boxes(_render(awarded.db, awarded.contest_id, stock=True), tmp_path, pdf_text)
    assert "Kim" in stock and "Hongik" in stock and "Prize" in stock
    assert "Certificate" in full and "Certificate" not in stock
    assert "Secretary-General" not in stock


def test_background_and_logo_images_are_drawn(awarded: Any, tmp_path: Path) -> None:
    logo_file = tmp_path / "logo.png"
    Image.new("RGBA", (60, 60), (30, 60, 90, 255)).save(logo_file)
    template = default_template("award")
    template.images["logo"].file = import_asset(awarded.db.media_root, logo_file)
    with awarded.db.session() as s:
        contest = contest_info(s, awarded.contest_id)
    renderer = CertificateRenderer(contest, TemplateSet({"award": template}),
                                   awarded.db.media_root)
    with_logo = render_items(renderer, [sample_item(contest, "award")])
    assert b"/Subtype /Image" in with_logo


def test_calibration_page(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    buffer = io.BytesIO()
    calibration_page(buffer)
    (tmp_path / "cal.pdf").write_bytes(buffer.getvalue())
    text = pdf_text(tmp_path / "cal.pdf")
    assert "x 20 mm, y 20 mm" in text and "x 105 mm, y 148.5 mm" in text


def test_cli_generate_reports_files_and_counts(awarded: Any, db_url: str, capsys: Any,
                                               tmp_path: Path) -> None:
    out = tmp_path / "pdfs"
    code = main(["--db", db_url, "certificates", "--contest", str(awarded.contest_id),
                 "--out", str(out), "--kind", "award", "--no-thumbnails"])
    printed = capsys.readouterr().out
    assert code == 0
    files = sorted(p.name for p in out.glob("*.pdf"))
    assert files and all(name.endswith("-award.pdf") for name in files)
    assert "certificates-12-KR-11-award.pdf: 1 award" in printed
    # six awarded works; group works give one certificate per student
    assert re.search(r"total: (\d+) award in 6 files \(\1 new serials, 0 reused\)", printed), printed
    code = main(["--db", db_url, "certificates", "--contest", str(awarded.contest_id),
                 "--out", str(out), "--combined", "--region", "RU-TOM"])
    assert code == 0 and "certificates-12-all.pdf" in capsys.readouterr().out
    assert main(["--db", db_url, "certificates", "register", "--contest",
                 str(awarded.contest_id), str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").exists()
    assert main(["--db", db_url, "certificates", "reprint", "--contest",
                 str(awarded.contest_id), "--serial", "NEAR-2024-A-0001", "--out",
                 str(tmp_path / "one.pdf")]) == 0
    assert main(["--db", db_url, "certificates", "reprint", "--contest",
                 str(awarded.contest_id), "--serial", "NEAR-2024-A-9999", "--out",
                 str(tmp_path / "none.pdf")]) == 2
    assert "NEAR-2024-A-9999" in capsys.readouterr().err


def test_qr_code_draws_its_matrix(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from reportlab.pdfgen.canvas import Canvas

    from contest_app.reports import qr

    if shutil.which("pdftoppm") is None:
        return
    data = qr.payload("NEAR-2024-A-0001", "7K3M9QX2TB")
    assert data == "NEAR:NEAR-2024-A-0001:7K3M9QX2TB"
    canvas = Canvas(str(tmp_path / "qr.pdf"), pagesize=(300, 300))
    qr.draw_qr(canvas, 10, 10, 290, data)
    canvas.save()
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(tmp_path / "qr.pdf"),
                    str(tmp_path / "qr")], check=True)
    image = Image.open(next(tmp_path.glob("qr*.png"))).convert("L")
    modules = qr.matrix(data)
    count = len(modules)
    step = 290 / (count + 2 * qr.QUIET_MODULES)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            x = 10 + (qr.QUIET_MODULES + c + 0.5) * step
            y = 300 - 10 - 290 + (qr.QUIET_MODULES + r + 0.5) * step
            assert (image.getpixel((int(x), int(y))) < 128) == dark, (r, c)
