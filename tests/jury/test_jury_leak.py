"""Blindness, tested: every byte of a package and a results file is scanned for identities.

The scanner must find nothing in real files of a demo contest, and must find a student's name
planted wherever a careless program could put one: EXIF, XMP, ICC, a JPEG comment, bytes after
the image, the manifest, a zip member name, the zip comment, a juror's comment.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from contest_app.core.demo import build_demo
from contest_app.core.jury.assignment import assign
from contest_app.core.jury.jurors import add_juror
from contest_app.core.jury.leak_scan import (
    canonical,
    forbidden_strings,
    is_generic,
    scan_bytes,
    scan_file,
    scan_text,
    scan_zip,
)
from contest_app.core.jury.package import MANIFEST, export_package
from contest_app.core.jury.package_source import open_package
from contest_app.core.jury.rounds import create_round
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import Country, Entry, Region, Student


@pytest.fixture
def blind(db: Any, tmp_path: Path) -> SimpleNamespace:
    """A real package and results file of the demo contest, the contest's forbidden strings,
    and some of its students to plant."""
    contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    with db.session() as session, session.begin():
        juror = add_juror(session, contest_id, "Hong Gildong", language="ko").id
        round_id = create_round(session, contest_id).id
        assign(session, round_id, seed=5)  # every juror scores every work
        forbidden = forbidden_strings(session, contest_id)
        students = session.execute(select(Student, Region).join(
            Region, Region.id == Student.region_id).order_by(Student.id)).all()
        korean = next(s for s, r in students if r.country_code == "KR")
        chinese = next(s for s, r in students if r.country_code == "CN")
        russian = next(r for _s, r in students if r.country_code == "RU")
        people = SimpleNamespace(
            korean=(korean.name, korean.name_latin, korean.school),
            chinese=(chinese.name, chinese.name_latin, chinese.school),
            russian_region=russian.names["ru"],
            entry_no=session.scalars(select(Entry.entry_no)).first())
    package = export_package(db, round_id, juror, tmp_path / "hong")
    with open_package(package) as source:
        for number, work in enumerate(source.works()):
            if number % 3:  # partial, as a real juror's file often is
                source.save(work.code, ScoreItem(values={c.key: 5 + number % 5
                                                         for c in source.criteria},
                                                 comment="좋은 구도, 色彩 яркие", flagged=True))
        results = source.export_results(tmp_path)
    return SimpleNamespace(package=package, results=results, forbidden=forbidden,
                           people=people, tmp=tmp_path, db=db, contest_id=contest_id)


def _copy(src: Path, dst: Path, change: Any, comment: bytes = b"") -> Path:
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            name, data = change(info.filename, old.read(info))
            new.writestr(zipfile.ZipInfo(name, date_time=info.date_time), data)
        new.comment = comment
    return dst


def _plant_image(blind: SimpleNamespace, make: Any) -> Path:
    """A copy of the package whose first preview is replaced by make(original bytes)."""
    with zipfile.ZipFile(blind.package) as archive:
        first = next(n for n in archive.namelist() if n.startswith("previews/"))

    def change(name: str, data: bytes) -> tuple[str, bytes]:
        return (name, make(data)) if name == first else (name, data)

    return _copy(blind.package, blind.tmp / "planted.nearjury", change)


def _resave(data: bytes, **options: Any) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "JPEG", quality=85, **options)
    return out.getvalue()


# --- the real files are clean ----------------------------------------------------------------


def test_forbidden_strings_cover_the_contest(blind: SimpleNamespace) -> None:
    forbidden = blind.forbidden
    native, latin, school = blind.people.korean
    assert {canonical(native), canonical(latin), canonical(school)} <= forbidden
    assert canonical(blind.people.entry_no) in forbidden  # "KR-47-001" style numbers
    with blind.db.session() as session:
        gyeongbuk = session.scalars(select(Region).where(Region.code == "KR-47")).one()
        korea = session.get(Country, "KR")
        assert korea is not None
        for names in (gyeongbuk.names, korea.names):
            assert len(names) == 6
            assert {canonical(n) for n in names.values() if not is_generic(n)} <= forbidden
    assert canonical("KR-47") in forbidden
    assert all(len(f) >= 2 for f in forbidden)
    assert "uvs" not in forbidden and canonical("Увс") in forbidden  # Latin 3 letters: noise


def test_generic_strings_are_skipped() -> None:
    assert is_generic("7") and is_generic("001") and is_generic("KR") and is_generic("Uvs")
    assert not is_generic("0012") and not is_generic("김빛") and not is_generic("KR-47-001")


def test_a_real_package_reveals_nothing(blind: SimpleNamespace) -> None:
    assert scan_zip(blind.package, blind.forbidden) == []
    assert scan_file(blind.package, blind.forbidden) == []


def test_a_real_results_file_reveals_nothing(blind: SimpleNamespace) -> None:
    data = json.loads(blind.results.read_text(encoding="utf-8"))
    assert data["scores"], "the scan must see real scores and comments"
    assert scan_file(blind.results, blind.forbidden) == []


def test_previews_carry_no_metadata_at_all(blind: SimpleNamespace) -> None:
    with zipfile.ZipFile(blind.package) as archive:
        for name in archive.namelist():
            if not name.startswith("previews/"):
                continue
            data = archive.read(name)
            image = Image.open(io.BytesIO(data))
            assert [marker for marker, _body in image.applist] == ["APP0"], name
            assert image.applist[0][1].startswith(b"JFIF\x00")
            assert "icc_profile" not in image.info and "exif" not in image.info
            assert "comment" not in image.info and "xmp" not in image.info
            assert data.rstrip(b"\x00").endswith(b"\xff\xd9")  # nothing after the image


def test_titles_stay_out_of_a_round_that_hides_them(blind: SimpleNamespace) -> None:
    with blind.db.session() as session:
        with_titles = forbidden_strings(session, blind.contest_id, titles=True)
    assert len(with_titles) > len(blind.forbidden)
    assert scan_zip(blind.package, with_titles) == []


# --- and a planted name is found, wherever it hides --------------------------------------------


def test_planted_in_exif_description(blind: SimpleNamespace) -> None:
    latin = blind.people.korean[1]

    def make(data: bytes) -> bytes:
        exif = Image.Exif()
        exif[0x010E] = latin.upper()  # ImageDescription, shouting
        return _resave(data, exif=exif.tobytes())

    hits = scan_zip(_plant_image(blind, make), blind.forbidden)
    assert any(canonical(latin) in hit for hit in hits), hits


def test_planted_in_exif_xpcomment_utf16(blind: SimpleNamespace) -> None:
    native = blind.people.chinese[0]

    def make(data: bytes) -> bytes:
        exif = Image.Exif()
        exif[0x9C9C] = (native + "\x00").encode("utf-16-le")  # XPComment, as Windows writes it
        return _resave(data, exif=exif.tobytes())

    hits = scan_zip(_plant_image(blind, make), blind.forbidden)
    assert any(canonical(native) in hit for hit in hits), hits


def test_planted_in_jpeg_comment_decomposed(blind: SimpleNamespace) -> None:
    school = blind.people.korean[2]
    nfd = unicodedata.normalize("NFD", school)  # macOS file names decompose Hangul
    assert nfd != school
    hits = scan_zip(_plant_image(blind, lambda d: _resave(d, comment=nfd.encode())),
                    blind.forbidden)
    assert any(canonical(school) in hit for hit in hits), hits


def test_planted_in_xmp(blind: SimpleNamespace) -> None:
    entry_no = blind.people.entry_no
    xmp = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           f'dc:source="{entry_no}"/></rdf:RDF></x:xmpmeta>').encode()
    hits = scan_zip(_plant_image(blind, lambda d: _resave(d, xmp=xmp)), blind.forbidden)
    assert any(canonical(entry_no) in hit for hit in hits), hits


def test_planted_in_icc_profile(blind: SimpleNamespace) -> None:
    native = blind.people.korean[0]
    fake_icc = b"\x00" * 128 + b"mluc" + native.encode("utf-16-be")  # v4 descriptions: UTF-16BE
    hits = scan_zip(_plant_image(blind, lambda d: _resave(d, icc_profile=fake_icc)),
                    blind.forbidden)
    assert any(canonical(native) in hit for hit in hits), hits


def test_planted_after_the_end_of_the_image(blind: SimpleNamespace) -> None:
    native = blind.people.chinese[0]
    hits = scan_zip(_plant_image(blind, lambda d: d + native.encode("gb18030")), blind.forbidden)
    assert any(canonical(native) in hit for hit in hits), hits


def test_planted_in_the_manifest_escaped(blind: SimpleNamespace) -> None:
    native = blind.people.korean[0]

    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name != MANIFEST:
            return name, data
        manifest = json.loads(data)
        manifest["juror_label"] = f"Hong Gildong (teacher of {native})"
        return name, json.dumps(manifest, ensure_ascii=True).encode()  # \\uXXXX escapes

    planted = _copy(blind.package, blind.tmp / "m.nearjury", change)
    hits = scan_zip(planted, blind.forbidden)
    assert any(MANIFEST in hit and canonical(native) in hit for hit in hits), hits


def test_planted_in_a_member_name(blind: SimpleNamespace) -> None:
    latin = blind.people.chinese[1]

    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name.startswith("previews/"):
            return f"previews/{latin}.jpg", data
        return name, data

    with zipfile.ZipFile(blind.package) as archive:
        first = next(n for n in archive.namelist() if n.startswith("previews/"))
    renamed = 0

    def rename_one(name: str, data: bytes) -> tuple[str, bytes]:
        nonlocal renamed
        if name == first:
            renamed += 1
            return change(name, data)
        return name, data

    planted = _copy(blind.package, blind.tmp / "n.nearjury", rename_one)
    assert renamed == 1
    hits = scan_zip(planted, blind.forbidden)
    assert any("<member name>" in hit and canonical(latin) in hit for hit in hits), hits


def test_planted_in_the_zip_comment(blind: SimpleNamespace) -> None:
    region = blind.people.russian_region
    planted = _copy(blind.package, blind.tmp / "c.nearjury", lambda n, d: (n, d),
                    comment=region.encode("cp1251"))
    hits = scan_zip(planted, blind.forbidden)
    assert any("<zip comment>" in hit and canonical(region) in hit for hit in hits), hits


def test_planted_in_a_results_comment(blind: SimpleNamespace) -> None:
    school = blind.people.chinese[2]
    data = json.loads(blind.results.read_text(encoding="utf-8"))
    code = next(iter(data["scores"]))
    data["scores"][code]["comment"] = f"surely from {school}"
    planted = blind.tmp / "planted.nearresults"
    planted.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    hits = scan_file(planted, blind.forbidden)
    assert any(canonical(school) in hit for hit in hits), hits


# --- the byte scanner on its own ---------------------------------------------------------------


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: s.encode("utf-16-le"),
    lambda s: s.encode("utf-16-be"),
    lambda s: b"\x01" + s.encode("utf-16-le"),  # odd offset
    lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
    lambda s: s.upper().encode("utf-8"),
    lambda s: json.dumps(s).encode("ascii"),
    lambda s: "".join(f"&#{ord(c)};" for c in s).encode("ascii"),
    lambda s: s.encode("cp949"),
], ids=["utf8", "utf16le", "utf16be", "utf16-odd", "nfd", "upper", "json", "xml", "cp949"])
def test_scan_bytes_sees_every_encoding(encode: Any) -> None:
    name = "김하늘 Kim Haneul"
    data = b"\x89\x00junk " + encode(name) + b" more junk\xff"
    assert scan_bytes(data, {canonical(name)}) == [canonical(name)]
    assert scan_bytes(data, {canonical("이바다")}) == []


def test_scan_text_for_screens() -> None:
    forbidden = {canonical("Томск"), canonical("KR-47-001")}
    assert scan_text("Work 7 of 19 — ТОМСК", forbidden) == [canonical("Томск")]
    assert scan_text("Ｋｒ－４７－００１", forbidden) == [canonical("KR-47-001")]  # fullwidth
    assert scan_text("Preliminary round", forbidden) == []
    school = canonical("Школа № 55 г. Хабаровска")
    assert scan_text("ШКОЛА No 55 г. Хабаровска", {school}) == [school]  # "№" typed as "No"
