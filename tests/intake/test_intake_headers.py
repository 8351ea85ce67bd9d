"""Header mapping: canonical names, the localised template in six languages, aliases, --map."""

from __future__ import annotations

import pytest

from contest_app.core.intake.errors import IntakeError
from contest_app.core.intake.headers import (
    CANONICAL,
    HINTS,
    LANGUAGES,
    LOCALIZED_HEADERS,
    REQUIRED,
    is_hint_row,
    map_headers,
    normalise_header,
    parse_map_option,
)


def test_canonical_headers_in_any_order_and_case() -> None:
    headers = [name.upper() for name in reversed(CANONICAL)]
    result = map_headers(headers)
    assert sorted(result.fields.values()) == sorted(CANONICAL)
    assert result.fields[0] == "award_tier" and result.extras == {} and result.unknown == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_localised_template_headers(language: str) -> None:
    headers = [LOCALIZED_HEADERS[name][language] for name in CANONICAL]
    result = map_headers(headers)
    assert [result.fields[i] for i in range(len(CANONICAL))] == list(CANONICAL)


def test_localised_headers_are_complete_and_distinct() -> None:
    assert set(LOCALIZED_HEADERS) == set(CANONICAL) == set(HINTS)
    seen: dict[str, str] = {}
    for name, texts in LOCALIZED_HEADERS.items():
        assert set(texts) == set(LANGUAGES)
        assert set(HINTS[name]) == set(LANGUAGES)
        for text in set(texts.values()):
            key = normalise_header(text)
            assert seen.setdefault(key, name) == name, f"{text!r} names two fields"
    assert LOCALIZED_HEADERS["student_name"]["ko"] == "학생 이름"
    assert LOCALIZED_HEADERS["student_name"]["mn"] == "Сурагчийн нэр"


@pytest.mark.parametrize(("header", "expected"), [
    ("Birth-Date", "birth_date"), ("  BIRTH DATE ", "birth_date"), ("birthday", "birth_date"),
    ("DOB", "birth_date"), ("생년월일", "birth_date"), ("Student name *", "student_name"),
    ("name", "student_name"), ("이름", "student_name"), ("氏名", "student_name"),
    ("学生姓名（拼音）", None), ("姓名(拼音)", "student_name_latin"),
    ("姓名（拼音）", "student_name_latin"),  # full-width parentheses fold under NFKC
    ("Date of birth\nYYYY-MM-DD", "birth_date"), ("Title / 작품 제목", "title"),
    ("Entry-No", "entry_no"), ("No.", "entry_no"), ("Image file", "image"),
    ("ファイル名", "image"), ("Ширина (см)", "width_cm"),
])
def test_aliases_and_spelling_variants(header: str, expected: str | None) -> None:
    headers = ["entry_no", "student_name", "birth_date", "title", "image"]
    if expected in headers:
        headers[headers.index(expected)] = header
    else:
        headers.append(header)
    result = map_headers(headers)
    index = headers.index(header)
    assert result.fields.get(index) == expected


def test_unknown_headers_become_extras() -> None:
    result = map_headers(["entry_no", "student_name", "birth_date", "title", "image",
                          "담당 교사", "", "Remarks"])
    assert result.extras == {5: "담당 교사", 6: "", 7: "Remarks"}
    assert result.unknown == ["담당 교사", "Remarks"]
    cells: list[object] = ["001", "김지유", "2010-05-03", "단군", "001.jpg", "박선생", None, None]
    assert result.record(cells)["student_name"] == "김지유"
    assert result.notes(cells) == {"담당 교사": "박선생"}
    assert result.column("image") == 4 and result.column("school") is None


def test_overrides_map_unknown_headers_and_win_over_matching() -> None:
    headers = ["No", "성명", "생일", "작품", "사진 파일명", "name"]
    overrides = parse_map_option(["사진 파일명=image", "성명=student_name"])
    result = map_headers(headers, overrides)
    assert result.fields == {0: "entry_no", 1: "student_name", 2: "birth_date", 3: "title",
                             4: "image"}
    assert result.extras == {5: "name"}  # would be student_name, which the override claimed
    # an override key matches in normalised form too
    result = map_headers(["entry_no", "student_name", "birth_date", "title", "Bild"],
                         {"BILD": "image"})
    assert result.fields[4] == "image"


def test_missing_required_field() -> None:
    with pytest.raises(IntakeError) as error:
        map_headers(["entry_no", "student_name", "title", "image", "Geburtstag"])
    assert error.value.code == "header_missing"
    assert error.value.values["field"] == "birth_date"
    assert error.value.values["unknown"] == ["Geburtstag"]
    with pytest.raises(IntakeError) as error:
        map_headers([])
    assert error.value.values["missing"] == list(REQUIRED)


def test_duplicate_field() -> None:
    with pytest.raises(IntakeError) as error:
        map_headers(["entry_no", "student_name", "birth_date", "title", "image", "DOB"])
    assert error.value.code == "header_duplicate"
    assert error.value.values["header"] == "DOB" and error.value.values["field"] == "birth_date"
    with pytest.raises(IntakeError) as error:  # two overrides naming one field
        map_headers(["entry_no", "student_name", "birth_date", "a", "b", "image"],
                    {"a": "title", "b": "title"})
    assert error.value.code == "header_duplicate" and error.value.values["header"] == "b"
    # an override naming a field another column matches takes the field from it
    result = map_headers(["entry_no", "student_name", "birth_date", "title", "image", "x"],
                         {"x": "title"})
    assert result.fields[5] == "title" and result.extras == {3: "title"}


def test_parse_map_option() -> None:
    assert parse_map_option([]) == {}
    assert parse_map_option(["Фото=image", " a=b = title "]) == {"Фото": "image", "a=b": "title"}
    for bad in ["image", "=image", "Фото=photo", "Фото="]:
        with pytest.raises(IntakeError) as error:
            parse_map_option([bad])
        assert error.value.code == "map_invalid" and error.value.values["value"] == bad


def test_template_hint_row_is_recognised() -> None:
    header_map = map_headers(list(CANONICAL))
    hints = [HINTS[name]["ru"] for name in CANONICAL]
    assert is_hint_row(hints, header_map)
    assert not is_hint_row(["001", *hints[1:]], header_map)
    assert not is_hint_row([None] * len(CANONICAL), header_map)
