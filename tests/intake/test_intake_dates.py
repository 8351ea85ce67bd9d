"""Birth dates in every form offices type them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from contest_app.core.intake.dates import parse_date
from contest_app.core.intake.errors import IntakeError

MAY_3 = date(2010, 5, 3)


@pytest.mark.parametrize("value", [
    "2010-05-03", "2010-5-3", "2010.05.03", "2010.5.3", "2010/05/03", "2010/5/3",
    "2010. 5. 3.", "2010. 05. 03", "2010년 5월 3일", "2010년5월3일", "2010年5月3日", "2010年05月03日",
    "03.05.2010", "3.5.2010", "20100503", " 2010-05-03 ", "２０１０－０５－０３", "２０１０年５月３日",
    "2010-05-03 00:00:00", "2010-05-03T00:00:00", "03.05.2010 г.", "3 May 2010", "May 3, 2010",
    "3 мая 2010 г.", "平成22年5月3日", "H22.5.3", "40301",
])
def test_text_forms(value: str) -> None:
    assert parse_date(value) == MAY_3


def test_objects_and_numbers() -> None:
    assert parse_date(MAY_3) == MAY_3
    assert parse_date(datetime(2010, 5, 3, 14, 30)) == MAY_3
    assert parse_date(40301) == MAY_3          # Excel serial, 1900 date system
    assert parse_date(40301.0) == MAY_3        # xlrd gives floats
    assert parse_date(40301.75) == MAY_3       # a time of day is dropped
    assert parse_date(20100503) == MAY_3       # YYYYMMDD typed into a number cell
    assert parse_date(20100503.0) == MAY_3


def test_year_last_ambiguity_rule() -> None:
    # day first unless that is impossible (documented in dates.py)
    assert parse_date("03/05/2010") == MAY_3
    assert parse_date("03-05-2010") == MAY_3
    assert parse_date("05/13/2010") == date(2010, 5, 13)   # 13 cannot be a month
    assert parse_date("13/05/2010") == date(2010, 5, 13)
    assert parse_date("03/05/2010", day_first=False) == date(2010, 3, 5)
    assert parse_date("03.05.2010", day_first=True) == MAY_3
    with pytest.raises(IntakeError) as error:
        parse_date("05/13/2010", day_first=True)
    assert error.value.code == "date_impossible"


@pytest.mark.parametrize("value", ["2010-13-45", "2010-02-30", "2011.2.29", "31.04.2010",
                                   "2010년 2월 30일", "2010年13月1日", "20101332", "32/13/2010"])
def test_impossible_dates(value: str) -> None:
    with pytest.raises(IntakeError) as error:
        parse_date(value)
    assert error.value.code == "date_impossible"
    assert error.value.values["value"] == value


def test_leap_day_is_possible() -> None:
    assert parse_date("2012-02-29") == date(2012, 2, 29)


@pytest.mark.parametrize("value", ["", "   ", "yesterday", "2010", "05/2010", "10.05.03",
                                   "2010-05", "3 Mai 2010", None, True, 5, 10**9, "ABC-1"])
def test_unparseable(value: object) -> None:
    with pytest.raises(IntakeError) as error:
        parse_date(value)
    assert error.value.code == "date_unparseable"
