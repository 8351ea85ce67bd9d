"""Property-based tests (hypothesis) of the readers that take files from outside:
- the sheet reader: CSV text written in any supported code page, with any delimiter, reads
  back cell for cell (the code page found by detection alone);
- the date parser: any valid date written in each supported format parses back; any other
  input gives a date or an IntakeError, nothing else;
- the juror results import: random mutations of a valid .nearresults file (byte damage, and
  changes re-signed with the package's key, as a juror with the file could) are refused with
  a ContestAppError or saved exactly as reported, never a crash, never a partial write."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from contest_app.core.demo_data import generate_batches
from contest_app.core.errors import ContestAppError
from contest_app.core.intake.dates import parse_date
from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.sheet import read_sheet
from contest_app.core.jury.package import export_package, read_manifest, sign_json
from contest_app.core.jury.package_source import open_package
from contest_app.core.jury.results_import import import_results
from contest_app.core.jury.scoring import round_half
from contest_app.core.jury.source import ScoreItem
from contest_app.db.models import Criterion, Entry, JuryPackage, Score
from tests.reliability.conftest import scored_contest

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


# --- the sheet reader ---------------------------------------------------------------------------
def _words_by_country() -> dict[str, list[str]]:
    """Real-looking names, schools and titles of each country, from the demo generator."""
    words: dict[str, set[str]] = {}
    for batch in generate_batches(seed=12):
        country = batch.region_code[:2]
        for work in batch.works:
            words.setdefault(country, set()).update([work.title, work.title_en])
            for student in work.students:
                words[country].update([student.name, student.name_latin, student.school])
    return {c: sorted(w for w in ws if w) for c, ws in words.items()}


WORDS = _words_by_country()
# code page -> the countries whose text it can hold (UTF-8 and UTF-16 hold everything)
ENCODINGS = {
    "utf-8": ("KR", "JP", "CN", "RU", "MN"), "utf-8-sig": ("KR", "JP", "CN", "RU", "MN"),
    "utf-16": ("KR", "JP", "CN", "RU", "MN"), "cp949": ("KR",), "cp932": ("JP",),
    "gb18030": ("CN",), "cp1251": ("RU",),
}
ASCII_CELL = st.one_of(
    st.from_regex(r"[A-Z]{2}-[0-9]{2,3}-[0-9]{3}", fullmatch=True),  # a work number
    st.dates(date(1990, 1, 1), date(2020, 12, 31)).map(date.isoformat),
    st.integers(1, 12).map(str), st.sampled_from(["yes", "no", "watercolour", "ink"]),
    st.text(st.characters(codec="ascii", categories=("L", "N", "P", "Zs"),
                          exclude_characters='",;\t'), min_size=1, max_size=12),
)
HEADER = ["entry_no", "student_name", "student_name_latin", "birth_date", "title", "image"]


@st.composite
def csv_sheets(draw: st.DrawFn) -> tuple[str, str, list[list[str]]]:
    encoding = draw(st.sampled_from(sorted(ENCODINGS)))
    country = draw(st.sampled_from(ENCODINGS[encoding]))
    local = st.sampled_from(WORDS[country])
    cell = st.one_of(local, local, ASCII_CELL)
    width = len(HEADER)
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1,
                         max_size=30))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    return encoding, delimiter, rows


def _clean(text: str) -> str | None:
    return unicodedata.normalize("NFC", text.strip()) or None


@SETTINGS
@given(sheet=csv_sheets())
def test_csv_in_any_code_page_reads_back(sheet: tuple[str, str, list[list[str]]],
                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    encoding, delimiter, rows = sheet
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "entries.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    found = read_sheet(path)
    assert found.headers == HEADER
    got = [cells for _number, cells in found.rows]
    assert got == [[_clean(c) for c in row] for row in rows], (found.encoding, delimiter)


# --- the date parser ----------------------------------------------------------------------------
ERAS = ((date(2019, 5, 1), date(2099, 12, 31), "令和", "R", 2018),
        (date(1989, 1, 8), date(2019, 4, 30), "平成", "H", 1988),
        (date(1926, 12, 25), date(1989, 1, 7), "昭和", "S", 1925))
MONTHS_EN = ("January February March April May June July August September October November "
             "December").split()
MONTHS_RU = ("января февраля марта апреля мая июня июля августа сентября октября ноября "
             "декабря").split()
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def written(day: date) -> list[object]:
    """Every way the supported formats write day (the spreadsheet types too)."""
    y, m, d = day.year, day.month, day.day
    ways: list[object] = [
        day, datetime(y, m, d), datetime(y, m, d, 13, 5),
        f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}/{m}/{d}", f"{y}. {m}. {d}.",
        f"{y}{m:02d}{d:02d}", int(f"{y}{m:02d}{d:02d}"), f"{y}년 {m}월 {d}일",
        f"{y}年{m}月{d}日", f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y} г.",
        f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}",
        f"{d} {MONTHS_EN[m - 1][:3]} {y}", f"{d} {MONTHS_RU[m - 1]} {y} г.",
        f"{y}-{m:02d}-{d:02d} 00:00:00", f"{y}-{m:02d}-{d:02d}".translate(FULL_WIDTH),
    ]
    if d > 12 or d == m:  # otherwise day first and month first are both possible
        ways += [f"{d}/{m}/{y}", f"{m}/{d}/{y}" if d > 12 else f"{d}/{m}/{y}"]
    serial = (day - date(1899, 12, 30)).days
    if 10_000 <= serial:
        ways += [serial, float(serial) + 0.25, str(serial)]
    for start, end, kanji, letter, offset in ERAS:
        if start <= day <= end:
            era_year = y - offset
            ways += [f"{kanji}{era_year}年{m}月{d}日", f"{letter}{era_year}.{m}.{d}"]
            if era_year == 1:
                ways.append(f"{kanji}元年{m}月{d}日")
    return ways


@settings(max_examples=300, deadline=None)
@given(day=st.dates(date(1927, 1, 1), date(2099, 12, 31)))
def test_every_valid_date_in_every_format_parses_back(day: date) -> None:
    for value in written(day):
        assert parse_date(value) == day, value


garbage = st.one_of(
    st.text(), st.text(alphabet="0123456789./-年月日년월일 гHRS令和平成元", max_size=20),
    st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.binary(), st.lists(st.integers(), max_size=3), st.datetimes().map(str),
    st.from_regex(r"\d{1,5}[./-]\d{1,5}[./-]\d{1,6}", fullmatch=True),
    st.integers(0, 10**400).map(str),
)


@settings(max_examples=1000, deadline=None)
@given(value=garbage)
def test_anything_else_gives_a_date_or_an_intake_error(value: object) -> None:
    try:
        result = parse_date(value)
    except IntakeError as exc:
        assert exc.code in ("date_unparseable", "date_impossible")
        return
    assert isinstance(result, date)


# --- the results import -------------------------------------------------------------------------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-10**400, 10**400)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _set(copy[path[0]], path[1:], new)
    return copy


def _db_state(db: Any) -> dict[tuple[int, int], tuple[Any, ...]]:
    with db.session() as session:
        return {(s.juror_id, s.entry_id): (s.comment, s.flagged, s.favourite, s.abstained,
                                           tuple(sorted((v.criterion_id, v.value)
                                                        for v in s.values)))
                for s in session.scalars(select(Score))}


def test_mutated_results_files_never_crash_nor_half_save(db: Any, tmp_path: Path) -> None:
    scored = scored_contest(db, total=39, score=False)
    juror = scored.jurors[0]
    package = export_package(db, scored.round_id, juror, tmp_path / "p")
    with open_package(package) as source:
        for index, work in enumerate(source.works()[:6]):
            source.save(work.code, ScoreItem(values={c.key: 3 + index for c in source.criteria},
                                             comment="bold"))
        results = source.export_results(tmp_path / "r")
    key = bytes.fromhex(read_manifest(package)["key"])
    original = results.read_bytes()
    body = json.loads(original)
    body.pop("sig")
    with db.session() as session:
        codes = dict(session.execute(select(Entry.anon_code, Entry.id)).all())
        keys = {c.id: c.key for c in session.scalars(select(Criterion))}
    counter = iter(range(10**9))

    def check(path: Path) -> None:
        before = _db_state(db)
        try:
            report = import_results(db, path)
        except ContestAppError:
            assert _db_state(db) == before  # refused whole: nothing written
            return
        after = _db_state(db)
        data = json.loads(path.read_bytes())
        changed = {k for k in after if after[k] != before.get(k)}
        # what changed is exactly what the report says was saved, with the file's values
        assert changed <= {(juror, codes[c]) for c in report.scored}
        for code in report.scored:
            item = data["scores"][code]
            values = item.get("values", {}) if not item.get("abstained") else {}
            stored = dict(after[(juror, codes[code])][4])
            assert {keys[c]: v for c, v in stored.items()} == {
                k: round_half(float(v)) for k, v in values.items()}

    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(data=st.data())
    def mutate(data: st.DataObject) -> None:
        target = tmp_path / f"m{next(counter)}.nearresults"
        if data.draw(st.booleans()):  # damage: flip, cut or insert bytes
            raw = bytearray(original)
            for _ in range(data.draw(st.integers(1, 4))):
                at = data.draw(st.integers(0, len(raw) - 1))
                kind = data.draw(st.sampled_from(["flip", "cut", "insert"]))
                if kind == "flip":
                    raw[at] ^= data.draw(st.integers(1, 255))
                elif kind == "cut":
                    del raw[at:]
                    break
                else:
                    raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
            target.write_bytes(bytes(raw))
        else:  # a change signed with the package's key: the checks past the signature
            paths = _paths(body)
            changed = body
            for _ in range(data.draw(st.integers(1, 3))):
                where = data.draw(st.sampled_from(paths))
                changed = _set(changed, where, data.draw(JSON))
                paths = _paths(changed)
            assume(isinstance(changed, dict))
            signed = {**changed, "sig": sign_json(key, changed)}
            target.write_text(json.dumps(signed), encoding="utf-8")
        check(target)

    mutate()
    with db.session() as session:  # the package record was only ever moved forward
        record = session.scalars(select(JuryPackage)).one()
        assert record.results_created_at is None or record.results_created_at <= datetime.now()
