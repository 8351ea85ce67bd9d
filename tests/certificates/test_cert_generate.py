"""Generated certificates: names extract back in their own scripts, fonts are embedded, counts
per kind and region follow the awards and the entries, serials are stable."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from contest_app.db.models import Award, AwardTier, Certificate, Entry, EntryStatus, Region
from contest_app.reports.certificates import GenerateOptions, generate_certificates


def test_names_extract_in_their_own_scripts(awarded: Any, tmp_path: Path, names: dict[str, Any],
                                            pdf_text: Callable[..., str]) -> None:
    result = generate_certificates(awarded.db, awarded.contest_id, tmp_path,
                                   GenerateOptions(combined=True))
    (pdf,) = [f.path for f in result.files]
    text = pdf_text(pdf, "-layout")
    for native, latin in names.values():
        assert native in text, native
        assert latin in text, latin
    assert "Ө" in text and "Ү" in text  # Mongolian Cyrillic survives the round trip
    # titles in both scripts, the edition in the document's language and in English
    assert "상장" in text and "奖状" in text and "賞状" in text and "Диплом" in text
    assert "Өргөмжлөл" in text and "Certificate of Award" in text
    assert "Certificate of Participation" in text
    assert "The 12th NEAR Youth Painting Contest" in text and "제12회" in text
    with awarded.db.session() as s:
        tomsk = s.scalar(select(Region).where(Region.code == "RU-TOM"))
        assert tomsk.names["ru"] in text  # region named in the document's language
        titles = [e.title for e in s.scalars(select(Entry).where(
            Entry.contest_id == awarded.contest_id))]
    assert sum(title in text for title in titles) >= len(titles) - 2


def test_fonts_are_embedded_subsets(awarded: Any, tmp_path: Path) -> None:
    result = generate_certificates(awarded.db, awarded.contest_id, tmp_path,
                                   GenerateOptions(region_code="KR-11"))
    data = result.files[0].path.read_bytes()
    assert b"/FontFile2" in data
    assert b"/BaseFont /Helvetica" not in data and b"/Helvetica" not in data
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(result.files[0].path)], capture_output=True,
                                 text=True, check=True).stdout.splitlines()[2:]
        assert listing and all(" yes yes yes " in line for line in listing), listing
        assert any("WenQuanYi" in line for line in listing)


def _expected_counts(awarded: Any) -> dict[str, dict[str, int]]:
    expected: dict[str, dict[str, int]] = {}
    with awarded.db.session() as s:
        awards = {a.entry_id for a in s.scalars(select(Award).where(
            Award.contest_id == awarded.contest_id, Award.status == "final"))}
        for entry in s.scalars(select(Entry).where(Entry.contest_id == awarded.contest_id)):
            if entry.status != EntryStatus.ELIGIBLE:
                continue
            code = s.get(Region, entry.region_id).code
            kind = "award" if entry.id in awards else "participation"
            counts = expected.setdefault(code, {})
            counts[kind] = counts.get(kind, 0) + len(entry.students)
    return expected


def test_counts_per_region_and_kind_match_awards(awarded: Any, tmp_path: Path,
                                                 pdf_text: Callable[..., str]) -> None:
    result = generate_certificates(awarded.db, awarded.contest_id, tmp_path)
    got = {f.region_code: f.counts for f in result.files}
    assert got == _expected_counts(awarded)
    assert all(f.path.name == f"certificates-12-{f.region_code}.pdf" for f in result.files)
    # each region's file: a cover sheet listing the counts, then one page per certificate
    anhui = next(f for f in result.files if f.region_code == "CN-AH")
    text = pdf_text(anhui.path)
    assert "Certificates for Anhui" in text and "李子涵" in text
    assert text.count("\f") == 1 + anhui.total


def test_group_work_gives_one_award_certificate_per_student(awarded: Any,
                                                            tmp_path: Path) -> None:
    generate_certificates(awarded.db, awarded.contest_id, tmp_path,
                          GenerateOptions(kind="award"))
    with awarded.db.session() as s:
        rows = list(s.scalars(select(Certificate).where(
            Certificate.entry_id == awarded.group_entry_id)))
        entry = s.get(Entry, awarded.group_entry_id)
        assert len(rows) == len(entry.students) >= 2
        assert {r.kind for r in rows} == {"award"} and {r.tier_key for r in rows} == {"finalist"}
        assert len({r.serial for r in rows}) == len(rows)
        tiers = {t.key for t in s.scalars(select(AwardTier))}
    assert tiers >= {"finalist"}


def test_serials_are_stable_on_regeneration(awarded: Any, tmp_path: Path) -> None:
    first = generate_certificates(awarded.db, awarded.contest_id, tmp_path / "a")
    with awarded.db.session() as s:
        before = {(c.student_id, c.kind): (c.serial, c.verification_code)
                  for c in s.scalars(select(Certificate))}
    second = generate_certificates(awarded.db, awarded.contest_id, tmp_path / "b")
    with awarded.db.session() as s:
        after = {(c.student_id, c.kind): (c.serial, c.verification_code)
                 for c in s.scalars(select(Certificate))}
        hashes = {c.file_sha256 for c in s.scalars(select(Certificate))}
    assert first.new == len(before) and second.new == 0 and second.reused == len(before)
    assert before == after
    assert all(re.fullmatch(r"NEAR-2024-[AP]-\d{4}", serial) for serial, _ in after.values())
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{10}", code) for _, code in after.values())
    assert "" not in hashes
    # the same certificates give the same bytes (invariant PDFs): hashes stay meaningful
    for a, b in zip(first.files, second.files, strict=True):
        assert a.path.read_bytes() == b.path.read_bytes()


def test_one_chosen_language(awarded: Any, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    result = generate_certificates(awarded.db, awarded.contest_id, tmp_path,
                                   GenerateOptions(region_code="RU-TOM", language="ko"))
    text = pdf_text(result.files[0].path)
    assert "상장" in text and "Степаненко София" in text and "Stepanenko Sofia" in text
    assert "Certificate of Award" not in text  # one language: no English line


def test_without_thumbnails_the_file_is_smaller(awarded: Any, tmp_path: Path) -> None:
    with_thumbs = generate_certificates(awarded.db, awarded.contest_id, tmp_path / "a",
                                        GenerateOptions(combined=True))
    without = generate_certificates(awarded.db, awarded.contest_id, tmp_path / "b",
                                    GenerateOptions(combined=True, thumbnails=False))
    big, small = with_thumbs.files[0].path, without.files[0].path
    assert small.stat().st_size < big.stat().st_size
    assert b"/DCTDecode" in big.read_bytes() and b"/DCTDecode" not in small.read_bytes()
