"""Birth dates as regional offices type them, and as spreadsheet programs store them.

Accepted: date and datetime objects; Excel serial numbers (1900 system, as a number-formatted
cell gives them); 8-digit numbers and strings YYYYMMDD; year-first strings with `-` `.` `/`
(2010-05-03, 2010.05.03, 2010/5/3, 2010. 5. 3.); 2010년 5월 3일; 2010年5月3日 and the Japanese
eras 平成22年5月3日 / H22.5.3 / 令和; year-last strings 03.05.2010, 03/05/2010, 03-05-2010;
English and Russian month names (3 May 2010, May 3, 2010, 3 мая 2010 г.).

Year-last ambiguity: with `day_first=None`, 03/05/2010 (any separator) is read day first, as
every country sending works writes it (Russia, Mongolia; Korea, Japan, China write year first),
unless day first is impossible and month first is not (05/13/2010 is 13 May). `day_first=True`
or `False` forces one reading, and an impossible one is then `date_impossible`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from contest_app.core.intake.errors import IntakeError

# Excel's 1900 date system counts from 1899-12-30 once past its phantom 29 February 1900.
_EXCEL_EPOCH = date(1899, 12, 30)
# Plausible serials only: 10000 is 1927-05-18; a smaller number is more likely a year (2010)
# or a grade typed in the wrong column, and below 61 Excel's 1900 leap-year bug shifts days.
_SERIAL_MIN = 10000
_SERIAL_MAX = 73050       # 2099-12-31: a larger number is not a date someone meant

_SEP = r"\s*[-./]\s*"
_YEAR_FIRST = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})\.?")
_YEAR_LAST = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})(?:\s*г\.?)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_TIME_TAIL = re.compile(r"[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")

# Japanese offices may write birth dates in the era calendar: 平成22年 is 2010.
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}
_ERA_KANJI = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_ERA_LETTER = re.compile(r"([RHS])\s*(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})")

_MONTHS = {
    **{name: i for i, name in enumerate(
        ("january february march april may june july august september october "
         "november december").split(), start=1)},
    **{name: i for i, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)},
    "sept": 9,
    # Russian writes the month in the genitive after a day number
    **{name: i for i, name in enumerate(
        ("января февраля марта апреля мая июня июля августа сентября октября "
         "ноября декабря").split(), start=1)},
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(?:\s*г\.?)?")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")


def _make(year: int, month: int, day: int, original: object) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise IntakeError("date_impossible", value=str(original)) from None


def _from_serial(number: float, original: object) -> date:
    if not _SERIAL_MIN <= number <= _SERIAL_MAX:
        raise IntakeError("date_unparseable", value=str(original))
    return _EXCEL_EPOCH + timedelta(days=int(number))  # a time of day is dropped


def _from_number(value: float, original: object) -> date:
    if float(value).is_integer() and 1900_01_01 <= value <= 2099_12_31:
        # 20100503 typed into a number cell: Excel kept it as a number, not a date
        whole = int(value)
        return _make(whole // 10000, whole // 100 % 100, whole % 100, original)
    return _from_serial(value, original)


def _possible(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _year_last(first: int, second: int, year: int, day_first: bool | None,
               original: object) -> date:
    if day_first is None:
        day_first = _possible(year, second, first) or not _possible(year, first, second)
    day, month = (first, second) if day_first else (second, first)
    return _make(year, month, day, original)


def _from_text(text: str, day_first: bool | None, original: object) -> date:
    text = _TIME_TAIL.sub("", text).strip()  # "2010-05-03 00:00:00" from a datetime's str()
    for pattern in (_YEAR_FIRST, _CJK, _COMPACT):
        if match := pattern.fullmatch(text):
            year, month, day = map(int, match.groups())
            return _make(year, month, day, original)
    if match := _YEAR_LAST.fullmatch(text):
        first, second, year = map(int, match.groups())
        return _year_last(first, second, year, day_first, original)
    if match := _ERA_KANJI.fullmatch(text) or _ERA_LETTER.fullmatch(text.upper()):
        era, era_year, era_month, era_day = match.groups()
        offset = 1 if era_year == "元" else int(era_year)  # 元年: the era's first year
        return _make(_ERAS[era] + offset, int(era_month), int(era_day), original)
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day_text, name, year_text = match.groups()
    elif match := _MONTH_DAY_YEAR.fullmatch(text):
        name, day_text, year_text = match.groups()
    if match and (month_number := _MONTHS.get(name.casefold())) is not None:
        return _make(int(year_text), month_number, int(day_text), original)
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return _from_number(float(text), original)  # a serial number that became text in CSV
    raise IntakeError("date_unparseable", value=str(original))


def parse_date(value: object, *, day_first: bool | None = None) -> date:
    """A calendar date from a cell value; raises date_unparseable or date_impossible."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):  # bool is an int: TRUE in a date column is not day 1
        raise IntakeError("date_unparseable", value=str(value))
    if isinstance(value, int | float):
        return _from_number(value, value)
    if isinstance(value, str):
        # NFKC folds full-width digits (２０１０) and the ideographic space typed with IMEs
        text = unicodedata.normalize("NFKC", value).strip()
        if text:
            return _from_text(text, day_first, value)
    raise IntakeError("date_unparseable", value="" if value is None else str(value))
