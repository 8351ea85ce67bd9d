"""Checks of the shipped reference data: NEAR regions and countries (resources/reference/regions.json)."""
import json
from pathlib import Path

import pycountry
import pytest

REGIONS_PATH = Path(__file__).resolve().parents[1] / "resources/reference/regions.json"
LANGUAGES = ["en", "ko", "zh", "ja", "ru", "mn"]
MEMBERSHIPS = {"member", "associate", "special", "observer", "non_member"}

# The 39 regional governments that sent works to the 12th contest (2024).
PARTICIPANTS_2024 = {
    # China (12)
    "CN-HN": "Hunan", "CN-HA": "Henan", "CN-SX": "Shanxi", "CN-SN": "Shaanxi",
    "CN-LN": "Liaoning", "CN-HB": "Hubei", "CN-HL": "Heilongjiang", "CN-GS": "Gansu",
    "CN-NX": "Ningxia", "CN-NM": "Inner Mongolia", "CN-AH": "Anhui", "CN-TJ": "Tianjin",
    # Japan (5)
    "JP-16": "Toyama", "JP-28": "Hyogo", "JP-31": "Tottori", "JP-32": "Shimane", "JP-04": "Miyagi",
    # Korea (11)
    "KR-26": "Busan", "KR-27": "Daegu", "KR-29": "Gwangju", "KR-31": "Ulsan",
    "KR-41": "Gyeonggi-do", "KR-44": "Chungcheongnam-do", "KR-46": "Jeollanam-do",
    "KR-47": "Gyeongsangbuk-do", "KR-48": "Gyeongsangnam-do", "KR-49": "Jeju-do", "KR-11": "Seoul",
    # Mongolia (5)
    "MN-067": "Bulgan", "MN-059": "Dundgovi", "MN-055": "Övörkhangai", "MN-046": "Uvs",
    "MN-037": "Darkhan-Uul",
    # Russia (6)
    "RU-KHA": "Khabarovsk Krai", "RU-PRI": "Primorsky Krai", "RU-KAM": "Kamchatka Krai",
    "RU-TOM": "Tomsk Oblast", "RU-IRK": "Irkutsk Oblast", "RU-SAK": "Sakhalin Oblast",
}


@pytest.fixture(scope="module")
def data():
    return json.loads(REGIONS_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regions(data):
    return {r["code"]: r for r in data["regions"]}


def test_header(data):
    assert data["version"] == 1
    assert data["languages"] == LANGUAGES


def test_codes_unique(data):
    codes = [r["code"] for r in data["regions"]]
    assert len(codes) == len(set(codes))
    country_codes = [c["code"] for c in data["countries"]]
    assert len(country_codes) == len(set(country_codes))


def test_total_count(data):
    assert 80 <= len(data["regions"]) <= 110


def test_sorted_by_country_then_code(data):
    keys = [(r["country"], r["code"]) for r in data["regions"]]
    assert keys == sorted(keys)


def test_iso_codes_exist_in_pycountry(data):
    for r in data["regions"]:
        assert isinstance(r["iso"], bool), r["code"]
        if r["iso"]:
            sub = pycountry.subdivisions.get(code=r["code"])
            assert sub is not None, f"{r['code']} is not an ISO 3166-2 code in pycountry"
            assert sub.country_code == r["country"], r["code"]
        else:
            assert pycountry.subdivisions.get(code=r["code"]) is None, r["code"]
            assert r["code"].startswith(r["country"] + "-"), r["code"]
            assert r["code"].isascii() and r["code"] == r["code"].upper(), r["code"]


def test_countries_are_iso_and_have_languages(data):
    for c in data["countries"]:
        assert pycountry.countries.get(alpha_2=c["code"]) is not None, c["code"]
        assert c["language"] in LANGUAGES, c["code"]


def test_all_names_present(data):
    for item in data["countries"] + data["regions"]:
        names = item["names"]
        assert set(names) == set(LANGUAGES), item["code"]
        for lang in LANGUAGES:
            assert isinstance(names[lang], str) and names[lang].strip(), (item["code"], lang)


def test_membership_values(data):
    for r in data["regions"]:
        assert r["membership"] in MEMBERSHIPS, r["code"]


def test_region_countries_listed(data):
    listed = {c["code"] for c in data["countries"]}
    for r in data["regions"]:
        assert r["country"] in listed, r["code"]


def test_2024_participants_present(regions):
    assert len(PARTICIPANTS_2024) == 39
    missing = sorted(set(PARTICIPANTS_2024) - set(regions))
    assert not missing
    for code, en in PARTICIPANTS_2024.items():
        assert regions[code]["names"]["en"] == en, code


def test_2024_participants_membership(regions):
    for code in PARTICIPANTS_2024:
        expected = {"non_member"} if code == "KR-11" else {"member", "associate", "observer"}
        assert regions[code]["membership"] in expected, code


def test_seoul_is_non_member(regions):
    assert regions["KR-11"]["membership"] == "non_member"


def test_pohang_special_not_iso(regions):
    pohang = regions["KR-POHANG"]
    assert pohang["iso"] is False
    assert pohang["country"] == "KR"
    assert pohang["membership"] == "special"


def test_associates(regions):
    assert regions["KG-C"]["membership"] == "associate"
    assert regions["VN-SG"]["membership"] == "associate"


def test_mongolian_letters(regions):
    assert regions["MN-055"]["names"]["mn"] == "Өвөрхангай аймаг"
    assert "ү" in regions["MN-051"]["names"]["mn"]
