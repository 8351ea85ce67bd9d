"""Suggested Latin spellings, per script and scheme."""

from __future__ import annotations

import pytest

from contest_app.core.intake.romanize import suggest_latin


@pytest.mark.parametrize(("name", "expected"), [
    ("김지유", "Kim Jiyu"), ("이서연", "Lee Seoyeon"), ("박민준", "Park Minjun"),
    ("최하은", "Choi Haeun"), ("정우진", "Jung Ujin"), ("심은우", "Sim Eunu"),
    ("정 하은", "Jung Haeun"), ("남궁민", "Namgung Min"), ("황보람", "Hwang Boram"),
    ("선우재원", "Sunwoo Jaewon"), ("마동석", "Ma Dongseok"),
    # RR spells given names syllable by syllable: no assimilation, finals as written
    ("한복남", "Han Boknam"), ("홍빛나", "Hong Bitna"), ("장별이", "Jang Byeoli"),
    ("윤설리", "Yoon Seolli"),  # ㄹㄹ is ll
])
def test_korean_revised_romanization(name: str, expected: str) -> None:
    assert suggest_latin(name, "KR") == expected
    assert suggest_latin(name, "KP") == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("杨昊潼", "Yang Haotong"), ("王子涵", "Wang Zihan"), ("欧阳子涵", "Ouyang Zihan"),
    ("司马懿", "Sima Yi"), ("诸葛亮", "Zhuge Liang"), ("单雨桐", "Shan Yutong"),
    ("曾浩宇", "Zeng Haoyu"), ("吕雪梅", "Lyu Xuemei"), ("张 伟", "Zhang Wei"),
])
def test_chinese_pinyin(name: str, expected: str) -> None:
    assert suggest_latin(name, "CN") == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("浜田淳正", "Hamada Junsei"), ("浜田 淳正", "Hamada Junsei"),
    ("伊藤\u3000千尋", "Ito Chihiro"),  # full-width space
    ("佐藤陽翔", "Sato Haruto"), ("井上さくら", "Inoue Sakura"), ("大野 ゆうき", "Ono Yuki"),
    ("本間 健太", "Homma Kenta"), ("難波 こころ", "Namba Kokoro"), ("ハマダ タロウ", "Hamada Taro"),
    ("佐々木 まこと", "Sasaki Makoto"), ("松本 ちゃこ", "Matsumoto Chako"),
    ("服部 はっち", "Hattori Hatchi"),
])
def test_japanese_passport_hepburn(name: str, expected: str) -> None:
    assert suggest_latin(name, "JP") == expected


def test_kana_decides_japanese_whatever_the_country() -> None:
    assert suggest_latin("さくら", "KR") == "Sakura"


@pytest.mark.parametrize(("name", "expected"), [
    ("Степаненко София", "Stepanenko Sofiia"), ("Захаров Дмитрий", "Zakharov Dmitrii"),
    ("Соловьёв Артём", "Solovev Artem"), ("Цой Юлия", "Tsoi Iuliia"),
    ("Щукина Анна-Мария", "Shchukina Anna-Mariia"), ("Подъячев Илья", "Podieiachev Ilia"),
    ("ИВАНОВА ЕЛИЗАВЕТА", "Ivanova Elizaveta"),
])
def test_russian_icao_9303(name: str, expected: str) -> None:
    assert suggest_latin(name, "RU") == expected


def test_kyrgyz_letters() -> None:
    assert suggest_latin("Өмүрбек Асанов", "KG") == "Omurbek Asanov"
    assert suggest_latin("Аңгыр", "KG") == "Anggyr"


@pytest.mark.parametrize(("name", "expected"), [
    ("Гэрэлмаа Өлзий", "Gerelmaa Ölzii"), ("Үүрийнтуяа Баяр", "Üüriintuyaa Bayar"),
    ("Цэцэг Жаргал", "Tsetseg Jargal"), ("Хулан Ёндон", "Khulan Yondon"),
    ("Ерөөлт Юмжир", "Yeröölt Yumjir"),
])
def test_mongolian_mns_5217(name: str, expected: str) -> None:
    assert suggest_latin(name, "MN") == expected


def test_mongolian_letters_outside_mongolia() -> None:
    assert suggest_latin("Өлзий", "KR") == "Ölzii"


@pytest.mark.parametrize("name", ["Kim Jiyu", "Gal Gerema", "Stepaneko Sophia", "Ölzii",
                                  "O'Brien-Smith"])
def test_latin_names_come_back_unchanged(name: str) -> None:
    for country in ("KR", "CN", "JP", "RU", "MN"):
        assert suggest_latin(name, country) == name


def test_nfd_latin_is_returned_nfc_and_hanja_from_korea_is_not_guessed() -> None:
    assert suggest_latin("O\u0308lzii", "MN") == "Ölzii"
    assert suggest_latin("金志柔", "KR") == ""
    assert suggest_latin("  김지유 ", "kr") == "Kim Jiyu"
