"""Turn a sheet's rows into planned works: one work per entry_no, one row per student.

Checks here need only the sheet and the contest's rules; image checks, duplicates and the
comparison with the database come later in the pipeline.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from contest_app.core.errors import ContestAppError
from contest_app.core.intake import problems as P
from contest_app.core.intake.plan import PlannedStudent, PlannedWork
from contest_app.core.intake.problems import ProblemItem, problem

REQUIRED = ("entry_no", "student_name", "birth_date", "title", "image")
WORK_FIELDS = ("title", "title_en", "medium", "width_cm", "height_cm", "image", "award_tier")
# Words regions write for consent, in the six working languages and the usual ticks. Anything
# else is unclear, and unclear consent is no consent.
CONSENT_YES = frozenset("""yes y true 1 o ok v ✓ ✔ ○ 〇 ● 예 네 동의 있음 是 有 同意 已同意 はい
    有り あり 済 да д согласен согласна есть тийм тиймээ зөвшөөрсөн""".split())
CONSENT_NO = frozenset("""no n false 0 x × ✗ - — 아니오 아니요 미동의 없음 否 无 無 不同意 いいえ
    なし 無し нет н не үгүй""".split())
MAX_SIZE_CM = 1000.0  # larger is a typo (millimetres), not a painting


@dataclass
class Rules:
    """What a batch is checked against: the contest's age rule, its tiers, the region's country."""

    country_code: str
    reference_date: date
    min_age: int
    max_age: int
    tiers: dict[str, str] = field(default_factory=dict)  # folded key or tier name -> tier key


def fold(text: str) -> str:
    """For comparing what people typed: full-width forms, case and outer spaces don't count."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 7 as 7.0
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def parse_consent(text: str) -> bool | None:
    """True, False, or None when the cell says neither."""
    folded = fold(text)
    if folded in CONSENT_YES:
        return True
    if folded in CONSENT_NO or not folded:
        return False
    return None


def parse_size(text: str) -> float | None:
    """A size in cm from '54.5', '54,5', '54.5 cm'; None when it is not a positive number."""
    folded = fold(text).removesuffix("cm").strip().replace(",", ".")
    try:
        value = float(folded)
    except ValueError:
        return None
    return value if 0 < value < MAX_SIZE_CM else None


@dataclass
class _Row:
    number: int
    cells: dict[str, object]  # field -> raw value
    letters: dict[str, str]  # field -> column letter, for the report back to the region
    extra: dict[str, str]

    def text(self, name: str) -> str:
        return cell_text(self.cells.get(name))


def _rows(raw_rows: Iterable[tuple[int, list[object]]], fields: dict[int, str],
          extras: dict[int, str]) -> Iterable[_Row]:
    letters = {name: column_letter(col) for col, name in fields.items()}
    for number, values in raw_rows:
        if all(cell_text(v) == "" for v in values):
            continue  # blank lines between blocks are common and mean nothing
        cells = {name: values[col] if col < len(values) else None for col, name in fields.items()}
        extra = {header or f"#{col + 1}": cell_text(values[col]) for col, header in extras.items()
                 if col < len(values) and cell_text(values[col])}
        yield _Row(number, cells, letters, extra)


def _at(row: _Row, code: str, column: str, value: object = "", entry_no: str = "",
        **detail: Any) -> ProblemItem:
    cell = f"{row.letters.get(column, '')}{row.number}" if column in row.letters else ""
    if cell:
        detail.setdefault("cell", cell)
    return problem(code, row=row.number, column=column, value=value, entry_no=entry_no, **detail)


def build_works(
    raw_rows: Iterable[tuple[int, list[object]]],
    fields: dict[int, str],
    extras: dict[int, str],
    rules: Rules,
    find_image: Callable[[str], str | None],
    parse_date: Callable[..., date],
    suggest_latin: Callable[[str, str], str],
) -> tuple[list[PlannedWork], int]:
    """Planned works in sheet order, with their row-level problems; and the rows read."""
    groups: dict[str, list[_Row]] = {}
    rows_read = 0
    for row in _rows(raw_rows, fields, extras):
        rows_read += 1
        key = fold(row.text("entry_no"))
        # a row without entry_no cannot join any work: it stands alone and is refused
        groups.setdefault(key or f"\x00row{row.number}", []).append(row)
    works = [_work(rows, rules, find_image, parse_date, suggest_latin)
             for rows in groups.values()]
    return works, rows_read


def _first(rows: list[_Row], name: str) -> tuple[str, _Row]:
    for row in rows:
        if row.text(name):
            return row.text(name), row
    return "", rows[0]


def _work(rows: list[_Row], rules: Rules, find_image: Callable[[str], str | None],
          parse_date: Callable[..., date], suggest_latin: Callable[[str, str], str]) -> PlannedWork:
    head = rows[0]
    entry_no = unicodedata.normalize("NFKC", head.text("entry_no"))
    found: list[ProblemItem] = []
    if not entry_no:
        found.append(_at(head, P.FIELD_MISSING, "entry_no"))
    values = {name: _first(rows, name)[0] for name in WORK_FIELDS}
    for name in ("title", "image"):
        if not values[name]:
            found.append(_at(head, P.FIELD_MISSING, name, entry_no=entry_no))
            continue
        for row in rows[1:]:
            other = row.text(name)
            if other and fold(other) != fold(values[name]):
                found.append(_at(row, P.GROUP_INCONSISTENT, name, other, entry_no,
                                 first_row=head.number, first_value=values[name]))
    sizes: dict[str, float | None] = {}
    for name in ("width_cm", "height_cm"):
        text, row = _first(rows, name)
        sizes[name] = parse_size(text) if text else None
        if text and sizes[name] is None:
            found.append(_at(row, P.NUMBER_INVALID, name, text, entry_no))
    tier = ""
    if values["award_tier"]:
        tier = rules.tiers.get(fold(values["award_tier"]), "")
        if not tier:
            found.append(_at(_first(rows, "award_tier")[1], P.AWARD_TIER_UNKNOWN, "award_tier",
                             values["award_tier"], entry_no,
                             known=sorted(set(rules.tiers.values()))))
    image_rel = None
    image_row = _first(rows, "image")[1]
    if values["image"]:
        image_rel = find_image(values["image"])
        if image_rel is None:
            found.append(_at(image_row, P.IMAGE_MISSING, "image", values["image"], entry_no))
    students: list[PlannedStudent] = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        student = _student(row, rules, parse_date, suggest_latin, entry_no, found)
        if student is None:
            continue
        identity = (fold(student.name), str(student.birth_date or row.text("birth_date")))
        if identity in seen:
            found.append(_at(row, P.DUPLICATE_ROW, "student_name", student.name, entry_no,
                             first_row=seen[identity]))
            continue
        seen[identity] = row.number
        students.append(student)
    extra: dict[str, str] = {}
    for row in rows:
        for header, text in row.extra.items():
            extra.setdefault(header, text)
    return PlannedWork(
        entry_no=entry_no, rows=[r.number for r in rows], students=students,
        title=values["title"], title_en=values["title_en"], medium=values["medium"],
        width_cm=sizes["width_cm"], height_cm=sizes["height_cm"], image_name=values["image"],
        image=None, extra=extra, legacy_tier=tier, problems=found, image_rel=image_rel,
        image_row=image_row.number,
    )


def _birth_date(row: _Row, parse_date: Callable[..., date], entry_no: str,
                found: list[ProblemItem]) -> date | None:
    raw = row.cells.get("birth_date")
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    try:
        return parse_date(raw if isinstance(raw, int | float) else row.text("birth_date"))
    except ContestAppError as exc:
        code = exc.code if exc.code in (P.DATE_IMPOSSIBLE, P.DATE_UNPARSEABLE) else \
            P.DATE_UNPARSEABLE
        detail = {k: v for k, v in exc.values.items() if k != "value"}
        found.append(_at(row, code, "birth_date", row.text("birth_date"), entry_no, **detail))
        return None


def _student(row: _Row, rules: Rules, parse_date: Callable[..., date],
             suggest_latin: Callable[[str, str], str], entry_no: str,
             found: list[ProblemItem]) -> PlannedStudent | None:
    name = row.text("student_name")
    if not name:
        found.append(_at(row, P.FIELD_MISSING, "student_name", entry_no=entry_no))
    birth: date | None = None
    if not row.text("birth_date"):
        found.append(_at(row, P.FIELD_MISSING, "birth_date", entry_no=entry_no))
    else:
        birth = _birth_date(row, parse_date, entry_no, found)
    age = age_on(birth, rules.reference_date) if birth else None
    if birth and birth > rules.reference_date:
        found.append(_at(row, P.DATE_IMPOSSIBLE, "birth_date", birth.isoformat(), entry_no,
                         reason="future"))
    elif age is not None and not rules.min_age <= age <= rules.max_age:
        found.append(_at(row, P.AGE_OUT_OF_RANGE, "birth_date", birth, entry_no, age=age,
                         min=rules.min_age, max=rules.max_age,
                         reference_date=rules.reference_date.isoformat()))
    latin, suggested = row.text("student_name_latin"), False
    if name and not latin:
        latin = suggest_latin(name, rules.country_code)
        suggested = bool(latin)
        if suggested:
            found.append(_at(row, P.NAME_LATIN_SUGGESTED, "student_name_latin", latin, entry_no,
                             name=name))
    consent_text = row.text("guardian_consent")
    consent = parse_consent(consent_text)
    if consent is None:
        found.append(_at(row, P.CONSENT_UNCLEAR, "guardian_consent", consent_text, entry_no))
    elif not consent:
        found.append(_at(row, P.CONSENT_MISSING, "guardian_consent", consent_text, entry_no,
                         name=name))
    if not name:
        return None
    return PlannedStudent(
        row=row.number, name=name, name_latin=latin, name_latin_suggested=suggested,
        birth_date=birth, age=age, grade=row.text("grade"), school=row.text("school"),
        guardian_consent=bool(consent),
        publication_consent=bool(parse_consent(row.text("publication_consent"))),
    )
