"""Demo batches: the 2024 shape, scaling, ages, scripts, determinism and sheet round-trips."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pycountry
import pytest
from openpyxl import load_workbook
from PIL import Image

from contest_app.core.demo_data import (
    EDITION_12_REPORTED_TOTAL,
    EDITION_12_WORKS,
    SHEET_HEADERS,
    DemoBatch,
    DemoStudent,
    generate_batches,
    scale_counts,
    write_batch_folder,
)

REFERENCE = date(2024, 9, 13)
CANONICAL = ["entry_no", "student_name", "student_name_latin", "birth_date", "grade", "school",
             "guardian_consent", "title", "title_en", "medium", "width_cm", "height_cm", "image"]


@pytest.fixture(scope="module")
def batches() -> list[DemoBatch]:
    return generate_batches()


def _students(batches: list[DemoBatch], country: str) -> list[DemoStudent]:
    return [s for b in batches if b.country_code == country for w in b.works for s in w.students]


def _age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _has(text: str, low: int, high: int) -> bool:
    return any(low <= ord(ch) <= high for ch in text)


def test_edition_12_regions_match_the_report() -> None:
    assert len(EDITION_12_WORKS) == 39
    per_country: Counter[str] = Counter()
    for code, works in EDITION_12_WORKS.items():
        assert pycountry.subdivisions.get(code=code) is not None, code
        per_country[code.split("-")[0]] += works
    assert per_country == {"CN": 377, "JP": 116, "KR": 102, "MN": 22, "RU": 59}
    # the report's headline (678) counts Mongolia as 24; its regions list only 22
    assert sum(EDITION_12_WORKS.values()) == 676
    assert EDITION_12_REPORTED_TOTAL == 678


def test_default_batches_have_the_2024_counts(batches: list[DemoBatch]) -> None:
    assert len(batches) == 39
    assert {b.region_code: len(b.works) for b in batches} == EDITION_12_WORKS
    assert all(b.country_code == b.region_code.split("-")[0] for b in batches)


@pytest.mark.parametrize("total", [39, 100, 676, 700, 10_000])
def test_scaled_batches_sum_to_total(total: int) -> None:
    counts = scale_counts(total)
    assert sum(counts.values()) == total
    assert min(counts.values()) >= 1
    assert set(counts) == set(EDITION_12_WORKS)
    if total in (39, 100, 700):  # generating 10,000 works is covered by scale_counts above
        assert sum(len(b.works) for b in generate_batches(total=total)) == total


def test_scaling_keeps_shares() -> None:
    assert scale_counts(676) == EDITION_12_WORKS
    assert set(scale_counts(39).values()) == {1}
    big = scale_counts(10_000)
    assert big["CN-AH"] > big["JP-16"] > big["KR-11"] > big["MN-046"]


def test_scaling_below_one_work_per_region_is_refused() -> None:
    with pytest.raises(ValueError):
        scale_counts(38)


def test_ages_and_grades(batches: list[DemoBatch]) -> None:
    students = [s for b in batches for w in b.works for s in w.students]
    ages = {_age(s.birth_date, REFERENCE) for s in students}
    assert min(ages) >= 12 and max(ages) <= 19
    assert len(ages) >= 6
    for s in students:
        assert s.grade.isdigit() and 7 <= int(s.grade) <= 12


def test_reference_date_moves_birth_dates() -> None:
    later = date(2030, 9, 13)
    for b in generate_batches(total=60, reference_date=later):
        for w in b.works:
            for s in w.students:
                assert 12 <= _age(s.birth_date, later) <= 19


def test_group_works_and_missing_consent(batches: list[DemoBatch]) -> None:
    works = [w for b in batches for w in b.works]
    groups = [w for w in works if len(w.students) > 1]
    assert 0.04 * len(works) <= len(groups) <= 0.13 * len(works)
    assert {len(w.students) for w in groups} <= {2, 3}
    assert all(len({s.school for s in w.students}) == 1 for w in groups)
    students = [s for w in works for s in w.students]
    missing = sum(not s.guardian_consent for s in students)
    assert 0 < missing <= 0.07 * len(students)


def test_entry_numbers_and_fields(batches: list[DemoBatch]) -> None:
    for b in batches:
        numbers = [w.entry_no for w in b.works]
        assert len(set(numbers)) == len(numbers)
        for w in b.works:
            assert w.entry_no.startswith(b.region_code + "-")
            assert w.image_name == f"{w.entry_no}.jpg"
            assert w.medium in {"watercolour", "acrylic", "oil pastel", "ink", "gouache",
                                "mixed media"}
            assert 20 < w.width_cm < 100 and 20 < w.height_cm < 100
            assert w.title and w.title_en.isascii()
            assert all(s.name_latin.isascii() and s.school for s in w.students)


def test_names_are_in_each_countrys_script(batches: list[DemoBatch]) -> None:
    hangul, cjk, kana, cyrillic = (0xAC00, 0xD7A3), (0x4E00, 0x9FFF), (0x3040, 0x30FF), (0x400, 0x4FF)
    kr, cn, jp = _students(batches, "KR"), _students(batches, "CN"), _students(batches, "JP")
    ru, mn = _students(batches, "RU"), _students(batches, "MN")
    assert all(_has(s.name, *hangul) for s in kr)
    assert all(_has(s.name, *cjk) for s in cn + jp)
    assert any(_has(s.name, *kana) for s in jp)
    assert all(_has(s.name, *cyrillic) and not _has(s.name, *cjk) for s in ru + mn)
    assert any(ch in s.name for s in mn for ch in "ӨөҮү")
    assert not any(ch in s.name for s in ru for ch in "ӨөҮү")
    assert all(_has(s.school, *hangul) for s in kr)
    assert all(_has(s.school, *cyrillic) for s in ru + mn)


def test_names_rarely_repeat(batches: list[DemoBatch]) -> None:
    for b in batches:
        names = [s.name for w in b.works for s in w.students]
        assert len(set(names)) == len(names)


def test_generation_is_deterministic() -> None:
    assert generate_batches(seed=5, total=80) == generate_batches(seed=5, total=80)
    assert generate_batches(seed=5, total=80) != generate_batches(seed=6, total=80)


def _korean_batch() -> DemoBatch:
    return next(b for b in generate_batches() if b.region_code == "KR-47")


def test_csv_cp949_round_trip(tmp_path: Path) -> None:
    batch = _korean_batch()
    sheet = write_batch_folder(batch, tmp_path / "kr", sheet="csv", encoding="cp949",
                               image_size=(120, 90))
    assert sheet == tmp_path / "kr" / "entries.csv"
    with sheet.open(encoding="cp949", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == CANONICAL == list(SHEET_HEADERS)
    students = [(w, s) for w in batch.works for s in w.students]
    assert len(rows) - 1 == len(students)
    for row, (work, student) in zip(rows[1:], students, strict=True):
        record = dict(zip(CANONICAL, row, strict=True))
        assert record["entry_no"] == work.entry_no
        assert record["student_name"] == student.name
        assert date.fromisoformat(record["birth_date"]) == student.birth_date
        assert record["guardian_consent"] == ("yes" if student.guardian_consent else "no")
        assert float(record["width_cm"]) == work.width_cm
        assert record["image"] == work.image_name
    images = sorted((tmp_path / "kr" / "images").iterdir())
    assert [p.name for p in images] == sorted(w.image_name for w in batch.works)
    with Image.open(images[0]) as image:
        assert image.format == "JPEG" and image.size == (120, 90)


def test_xlsx_round_trip(tmp_path: Path) -> None:
    batch = next(b for b in generate_batches(total=100) if b.country_code == "MN")
    sheet = write_batch_folder(batch, tmp_path / "mn", image_size=(60, 45), seed=3)
    assert sheet.name == "entries.xlsx"
    rows = list(load_workbook(sheet).active.iter_rows())
    assert [c.value for c in rows[0]] == CANONICAL
    students = [s for w in batch.works for s in w.students]
    assert len(rows) - 1 == len(students)
    for row, student in zip(rows[1:], students, strict=True):
        cell = row[CANONICAL.index("birth_date")]
        assert cell.is_date
        assert cell.value.date() == student.birth_date
        assert row[CANONICAL.index("student_name")].value == student.name
        assert row[CANONICAL.index("guardian_consent")].value in ("yes", "no")
    assert len(list((tmp_path / "mn" / "images").glob("*.jpg"))) == len(batch.works)


def test_images_differ_between_works(tmp_path: Path) -> None:
    batch = _korean_batch()
    write_batch_folder(batch, tmp_path, sheet="csv", image_size=(64, 48))
    contents = {p.read_bytes() for p in (tmp_path / "images").iterdir()}
    assert len(contents) == len(batch.works)


def test_unknown_sheet_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_batch_folder(_korean_batch(), tmp_path, sheet="ods")


def test_demo_modules_do_not_import_qt() -> None:
    code = ("import sys, contest_app.core.demo_data, contest_app.core.demo_images; "
            "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
