"""Code page detection on realistic short sheets in every script regions write."""

from __future__ import annotations

import codecs
import csv
import io

import pytest

from contest_app.core.demo_data import SHEET_HEADERS, DemoBatch, generate_batches
from contest_app.core.intake.encodings import CANDIDATES, decode, detect_encoding
from contest_app.core.intake.errors import IntakeError

BATCHES = {b.region_code: b for b in generate_batches(seed=7)}
LEGACY = {"KR": ("cp949", "euc-kr"), "CN": ("gb18030", "gbk"), "JP": ("cp932", "shift_jis"),
          "RU": ("cp1251",)}
EXPECTED = {"cp949": "cp949", "euc-kr": "cp949", "gb18030": "gb18030", "gbk": "gb18030",
            "cp932": "cp932", "shift_jis": "cp932", "cp1251": "cp1251"}


def _sheet(batch: DemoBatch, rows: int, *, native_only: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if not native_only:
        writer.writerow(SHEET_HEADERS)
    count = 0
    for work in batch.works:
        for s in work.students:
            if count == rows:
                return buffer.getvalue()
            count += 1
            if native_only:  # the hardest case: no ASCII columns to dilute anything
                writer.writerow([s.name, s.school, work.title])
            else:
                writer.writerow([work.entry_no, s.name, s.name_latin, s.birth_date, s.grade,
                                 s.school, "yes", work.title, work.title_en, work.medium,
                                 work.width_cm, work.height_cm, work.image_name])
    return buffer.getvalue()


CASES = [(region, encoding, rows)
         for region, batch in BATCHES.items() if batch.country_code in LEGACY
         for encoding in LEGACY[batch.country_code]
         for rows in (10, 25, 50)]


@pytest.mark.parametrize(("region", "encoding", "rows"), CASES,
                         ids=[f"{r}-{e}-{n}" for r, e, n in CASES])
def test_legacy_code_pages_of_every_region_are_detected(region: str, encoding: str,
                                                        rows: int) -> None:
    text = _sheet(BATCHES[region], rows)
    assert detect_encoding(text.encode(encoding)) == EXPECTED[encoding]


@pytest.mark.parametrize("region", ["KR-47", "KR-11", "CN-HA", "CN-NX", "JP-31", "JP-16",
                                    "RU-TOM", "RU-KAM"])
def test_native_columns_alone_are_enough(region: str) -> None:
    batch = BATCHES[region]
    for encoding in LEGACY[batch.country_code]:
        data = _sheet(batch, 10, native_only=True).encode(encoding)
        assert detect_encoding(data) == EXPECTED[encoding]


@pytest.mark.parametrize(("text", "encoding"), [
    ("홍길동,서울 역삼중학교,봄날의 꿈\r\n엄마와 함께 걷던 골목길,수채화\r\n", "cp949"),
    ("张伟,北京市海淀区第一中学,梦想的翅膀\r\n熊猫宝宝吃竹子,长城脚下的故事\r\n", "gb18030"),
    ("山田太郎,東京都立西高等学校,夏の思い出\r\nゴジラ,富士山と桜\r\n", "cp932"),
    ("Иван Петров;Школа № 5;Зимний лес\r\nЁжик в тумане;«Морозко»\r\n", "cp1251"),
])
def test_text_not_from_the_demo_generator(text: str, encoding: str) -> None:
    assert detect_encoding(text.encode(encoding)) == encoding


def test_unicode_forms() -> None:
    text = _sheet(BATCHES["MN-055"], 10)  # Mongolian Ө Ү exist in no legacy candidate
    assert detect_encoding(text.encode("utf-8")) == "utf-8"
    assert detect_encoding(codecs.BOM_UTF8 + text.encode("utf-8")) == "utf-8-sig"
    assert detect_encoding(text.encode("utf-16")) == "utf-16"
    assert detect_encoding(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == "utf-16"
    assert detect_encoding(text.encode("utf-16-le")) == "utf-16-le"  # no BOM: NUL pattern
    assert detect_encoding(text.encode("utf-16-be")) == "utf-16-be"
    assert detect_encoding(b"entry_no,title\r\n1,Dragon\r\n") == "utf-8"
    assert CANDIDATES == ("utf-8", "utf-16", "cp949", "gb18030", "cp932", "cp1251")


def test_decode_returns_text_and_encoding() -> None:
    text = _sheet(BATCHES["KR-26"], 10)
    assert decode(text.encode("cp949"), None) == (text, "cp949")
    assert decode(codecs.BOM_UTF8 + b"a,b", None) == ("a,b", "utf-8-sig")
    assert decode(codecs.BOM_UTF8 + b"a,b", "utf-8") == ("a,b", "utf-8")  # BOM still dropped
    assert decode("a,b".encode("utf-16"), None) == ("a,b", "utf-16")


def test_decode_with_an_override() -> None:
    data = "Мишээл;Өлзий".encode()
    assert decode("Жар-птица".encode("cp1251"), "cp1251")[0] == "Жар-птица"
    with pytest.raises(IntakeError) as error:
        decode(data, "ascii")
    assert error.value.code == "encoding_unknown"
    with pytest.raises(IntakeError) as error:
        decode(data, "no-such-codec")
    assert error.value.code == "encoding_unknown" and error.value.values["value"] == "no-such-codec"


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(IntakeError) as error:
        decode(b"entry_no,name\r\n1,Kim\x00\r\n", None)
    assert error.value.code == "sheet_unreadable"
    assert error.value.values["detail"] == "NUL bytes"


def test_bytes_no_candidate_decodes() -> None:
    with pytest.raises(IntakeError) as error:
        detect_encoding(b"\x98 \x98 \x98 ")  # invalid in UTF-8, CP949, GB18030, CP932, CP1251
    assert error.value.code == "encoding_unknown"
