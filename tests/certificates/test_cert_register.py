"""Reprints keep the serial and mark the reissue; the register exports neutralised; the
verification page checks codes offline without holding them."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from contest_app.core.certificates.register import format_code, normalise_code
from contest_app.db.models import AuditLog, Certificate, Entry
from contest_app.reports.certificates import (
    GenerateOptions,
    generate_certificates,
    reprint_certificate,
)
from contest_app.reports.register import (
    HASH_PREFIX,
    code_hash,
    export_register,
    export_verification_html,
)


def _first_award(db: Any) -> Certificate:
    with db.session() as s:
        return s.scalars(select(Certificate).where(Certificate.kind == "award")
                         .order_by(Certificate.serial)).first()


def test_reprint_keeps_serial_and_marks_reissue(awarded: Any, tmp_path: Path,
                                                pdf_text: Callable[..., str]) -> None:
    generate_certificates(awarded.db, awarded.contest_id, tmp_path / "out")
    original = _first_award(awarded.db)
    result = reprint_certificate(awarded.db, awarded.contest_id, original.serial,
                                 tmp_path / "again.pdf", reason="lost in the post")
    assert result.serial == original.serial
    with awarded.db.session() as s:
        rows = list(s.scalars(select(Certificate).where(Certificate.serial == original.serial)
                              .order_by(Certificate.id)))
        assert len(rows) == 2
        first, again = rows
        assert first.reissue_of_id is None and again.reissue_of_id == first.id
        assert again.verification_code == first.verification_code
        assert again.student_id == first.student_id and again.kind == "award"
        assert again.file_name == "again.pdf" and len(again.file_sha256) == 64
        log = s.scalars(select(AuditLog).where(AuditLog.action == "certificates.reissue")).one()
        assert log.reason == "lost in the post"
    text = pdf_text(tmp_path / "again.pdf")
    assert original.serial in text and "Reissued" in text
    assert format_code(original.verification_code) in text
    # a regeneration afterwards still reuses the first row, not the reissue
    again_result = generate_certificates(awarded.db, awarded.contest_id, tmp_path / "b")
    assert again_result.new == 0


def test_register_export_is_formula_neutralised(awarded: Any, tmp_path: Path) -> None:
    with awarded.db.session() as s, s.begin():
        entry = s.scalars(select(Entry).where(Entry.contest_id == awarded.contest_id)).first()
        entry.title = '=HYPERLINK("http://evil.example","click")'
    generate_certificates(awarded.db, awarded.contest_id, tmp_path / "out")
    path = tmp_path / "register.xlsx"
    with awarded.db.session() as s:
        count = export_register(s, awarded.contest_id, path)
        total = len(list(s.scalars(select(Certificate))))
    assert count == total
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["Serial", "Verification code", "Kind"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    evil = [c for c in cells if "HYPERLINK" in str(c.value)]
    assert evil and all(c.data_type == "s" and str(c.value).startswith("'=") for c in evil)
    assert not any(c.data_type == "f" for c in cells)
    serials = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert all(re.fullmatch(r"NEAR-2024-[AP]-\d{4}", s) for s in serials)


def test_verification_page_holds_hashes_not_codes(awarded: Any, tmp_path: Path) -> None:
    generate_certificates(awarded.db, awarded.contest_id, tmp_path / "out")
    cert = _first_award(awarded.db)
    page = tmp_path / "verify.html"
    with awarded.db.session() as s:
        count = export_verification_html(s, awarded.contest_id, page)
        total = len(list(s.scalars(select(Certificate))))
    assert count == total
    text = page.read_text(encoding="utf-8")
    assert code_hash(cert.verification_code) in text
    assert cert.verification_code not in text and format_code(cert.verification_code) not in text
    for native, _latin in (("김지유", ""), ("Өнөрмаа Төмөрбаатар", "")):
        assert native not in text  # initials only, never a full name
    assert "K. J. Y." in text and cert.serial in text
    assert normalise_code(format_code(cert.verification_code).lower()) == cert.verification_code


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_verification_page_hash_matches_python(tmp_path: Path) -> None:
    from contest_app.reports.register import _SHA256_JS

    script = tmp_path / "check.js"
    script.write_text(_SHA256_JS + "\nconsole.log(sha256hex(process.argv[2]));\n")
    for code in ("7K3M9QX2TB", "0000000000"):
        out = subprocess.run(["node", str(script), HASH_PREFIX + code], capture_output=True,
                             text=True, check=True).stdout.strip()
        assert out == code_hash(code)


def test_register_lists_reissues(awarded: Any, tmp_path: Path) -> None:
    generate_certificates(awarded.db, awarded.contest_id, tmp_path / "out",
                          GenerateOptions(region_code="KR-11"))
    cert = _first_award(awarded.db)
    reprint_certificate(awarded.db, awarded.contest_id, cert.serial, tmp_path / "r.pdf")
    with awarded.db.session() as s:
        export_register(s, awarded.contest_id, tmp_path / "reg.xlsx")
    sheet = load_workbook(tmp_path / "reg.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    reissues = [r for r in rows if r[0] == cert.serial]
    assert len(reissues) == 2 and sorted(r[12] or "" for r in reissues) == ["", "yes"]
