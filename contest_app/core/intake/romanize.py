"""Suggested Latin spellings of students' names, family name first, for staff to confirm.

A suggestion only: the spelling in a student's passport wins, and readings of Japanese names
are uncertain. The scheme follows the name's script; the country settles the two cases a script
leaves open (Han characters: Chinese or Japanese; Cyrillic: Russian or Mongolian).

- Korean: Revised Romanization (2000), syllable by syllable, since RR does not transcribe sound
  changes between the syllables of a given name (한복남 Han Boknam); ㄹㄹ is "ll". Given name as
  one word; common surnames in their customary spelling (김 Kim, 이 Lee, 박 Park ...).
- Chinese: Hanyu Pinyin without tones as in Chinese passports: given name syllables joined,
  ü as "yu" (吕 Lyu), surnames read as surnames (单 Shan, 曾 Zeng), compound surnames (欧阳).
- Japanese: readings from pykakasi, romanised in passport Hepburn: long vowels not marked
  (伊藤 Ito, 大野 Ono), ん before b, m, p as "m" (難波 Namba), っ as a doubled consonant.
- Russian (and Kyrgyz) Cyrillic: ICAO Doc 9303, as Russian passports since 2013 (Софья Sofia
  → "Sofia", София → "Sofiia", Ю iu, Я ia, Ц ts, Й i, Ъ ie); Kyrgyz Ң ng, Ө o, Ү u.
- Mongolian Cyrillic: MNS 5217:2012 (Ө ö, Ү ü, Х kh, Ц ts, Ж j, Е ye, Ё yo, Ю yu, Я ya, Й i).
Latin names come back unchanged (NFC); a name the scheme cannot read gives "".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# --- Korean ---------------------------------------------------------------------------------
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t").split()
_KO_SURNAMES = dict(pair.split(":") for pair in (
    "김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim 한:Han 오:Oh "
    "서:Seo 신:Shin 권:Kwon 황:Hwang 안:Ahn 송:Song 류:Ryu 전:Jeon 홍:Hong 고:Ko 문:Moon 양:Yang "
    "손:Son 배:Bae 백:Baek 허:Heo 유:Yoo 남:Nam 심:Sim 노:Noh 하:Ha 곽:Kwak 성:Sung 차:Cha 주:Joo "
    "우:Woo 구:Koo 민:Min 남궁:Namgung 황보:Hwangbo 제갈:Jegal 선우:Sunwoo 독고:Dokgo 사공:Sagong "
    "서문:Seomun").split())
# these never start a given name, so a three-syllable 남궁민 is 남궁 + 민; 황보람 stays 황 + 보람
_KO_STRONG_COMPOUND = ("남궁", "제갈", "독고", "사공")


def _hangul(text: str) -> str:
    out: list[str] = []
    prev_final = ""
    for char in text:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(char)
            prev_final = ""
            continue
        initial, medial, final = _INITIALS[code // 588], _MEDIALS[code % 588 // 28], \
            _FINALS[code % 28]
        if initial == "r" and prev_final == "l":
            initial = "l"  # ㄹㄹ is written ll (Seollal), the one assimilation RR spells
        out.append(initial.strip("-") + medial + final.strip("-"))
        prev_final = final
    return "".join(out)


def _korean(name: str) -> str:
    parts = name.split()
    if len(parts) > 1:
        family, given = parts[0], "".join(parts[1:])
    elif len(name) >= 3 and (name[:2] in _KO_STRONG_COMPOUND
                             or (len(name) >= 4 and name[:2] in _KO_SURNAMES)):
        family, given = name[:2], name[2:]
    else:
        family, given = name[:1], name[1:]
    latin_family = _KO_SURNAMES.get(family) or _hangul(family).capitalize()
    return f"{latin_family} {_hangul(given).capitalize()}".strip()


# --- Chinese --------------------------------------------------------------------------------
_CN_COMPOUND = set(
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 尉迟 公孙 慕容 夏侯 令狐 长孙 宇文 轩辕 端木 独孤 南宫 西门 "
    "百里 呼延 万俟 单于 闻人 澹台 公冶 太史 申屠 钟离 宗政 濮阳 淳于 赫连 拓跋".split())
# characters read differently as surnames than in running text
_CN_SURNAME_READINGS = dict(pair.split(":") for pair in (
    "单:shan 曾:zeng 解:xie 仇:qiu 查:zha 区:ou 朴:piao 乐:yue 覃:qin 缪:miao 盖:ge 种:chong "
    "翟:zhai 秘:bi 员:yun 繁:po 华:hua 任:ren 沈:shen 柏:bai 藏:zang 卜:bu 薄:bo 长:chang 车:che "
    "都:du 过:guo 句:gou 隗:wei 冼:xian 燕:yan 尉:wei 召:shao 相:xiang 重:chong 宿:su 谌:chen "
    "尉迟:yuchi 万俟:moqi 单于:chanyu 长孙:zhangsun 令狐:linghu").split())


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    # passports write ü as "yu" (吕 LYU); pypinyin's plain style writes it "v"
    return "".join(lazy_pinyin(text)).replace("v", "yu")


def _chinese(name: str) -> str:
    parts = re.split(r"[\s·•・]+", name.strip())
    if len(parts) > 1:
        family, given = parts[0], "".join(parts[1:])
    elif len(name) >= 3 and name[:2] in _CN_COMPOUND:
        family, given = name[:2], name[2:]
    else:
        family, given = name[:1], name[1:]
    latin_family = _CN_SURNAME_READINGS.get(family) or _pinyin(family)
    return f"{latin_family.capitalize()} {_pinyin(given).capitalize()}".strip()


# --- Japanese -------------------------------------------------------------------------------
_KANA_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "s": "さしすせそ", "t": "たちつてと", "n": "なにぬねの",
    "h": "はひふへほ", "m": "まみむめも", "y": "や-ゆ-よ", "r": "らりるれろ", "w": "わゐ-ゑを",
    "g": "がぎぐげご", "z": "ざじずぜぞ", "d": "だぢづでど", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
}
_KANA: dict[str, str] = {}
for _consonant, _row in _KANA_ROWS.items():
    for _vowel, _kana in zip("aiueo", _row, strict=True):
        _KANA[_kana] = _consonant + _vowel
_KANA.update({"し": "shi", "ち": "chi", "つ": "tsu", "ふ": "fu", "じ": "ji", "ぢ": "ji",
              "づ": "zu", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
              "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"})
_KANA.pop("-", None)  # "-" only held gaps in the y and w rows
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def _kana_syllables(hira: str) -> list[str]:
    out: list[str] = []
    double = False
    for char in hira:
        if char in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]  # き+ゃ kya, し+ゃ sha, ち+ゃ cha, じ+ゃ ja
            out[-1] = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[char]
        elif char == "っ":
            double = True
            continue
        elif char == "ー":
            continue  # passport Hepburn does not mark long vowels
        else:
            syllable = _KANA.get(char, char)
            if double and syllable[:1] not in "aiueo":
                syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            out.append(syllable)
        double = False
    return out


def _hepburn(hira: str) -> str:
    syllables = _kana_syllables(hira)
    text = ""
    for i, syllable in enumerate(syllables):
        following = syllables[i + 1][:1] if i + 1 < len(syllables) else ""
        prev = text[-1:]
        # long vowels: おう, うう and おお lose their second vowel unless a vowel follows
        # (いのうえ Inoue keeps it: there the う starts the next morpheme)
        long_vowel = (syllable == "u" and prev in ("o", "u")) or (syllable == "o" and prev == "o")
        if long_vowel and following not in ("a", "i", "u", "e", "o"):
            continue
        if syllable == "n" and following in ("b", "m", "p"):
            syllable = "m"  # 難波 Namba, 本間 Homma
        text += syllable
    return text


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi

    return pykakasi.kakasi()


def _to_hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


# Readings of popular given names of students born 2005-2012 (and of past winners): a kanji
# reader reads names as ordinary words (陽翔 "Yosho" instead of Haruto).
_JA_GIVEN = dict(pair.split(":") for pair in (
    "陽翔:haruto 大翔:hiroto 蓮:ren 悠真:yuma 颯太:sota 湊:minato 蒼空:sora 陽向:hinata "
    "大和:yamato 悠人:yuto 悠斗:yuto 陽斗:haruto 翔太:shota 拓海:takumi 健太:kenta 隼人:hayato "
    "大輝:daiki 智也:tomoya 樹:itsuki 湊斗:minato 朝陽:asahi 律:ritsu 碧:aoi 新:arata "
    "結衣:yui 陽菜:hina 葵:aoi 美咲:misaki 優奈:yuna 彩花:ayaka 真央:mao 凛:rin 美月:mizuki "
    "芽依:mei 奏:kanade 莉子:riko 千尋:chihiro 心春:koharu 咲良:sakura 一花:ichika 結菜:yuna "
    "結愛:yua 心愛:kokoa 陽葵:himari 紬:tsumugi 杏:an 澪:mio 美羽:miu 七海:nanami 花音:kanon "
    "愛莉:airi 琴音:kotone 未来:miku 楓:kaede 遥:haruka 翼:tsubasa 淳正:junsei").split())


def _japanese_words(text: str) -> list[tuple[str, str]]:
    """(written, reading) word by word: pykakasi splits 浜田淳正 as 浜田 | 淳 | 正."""
    if all(not _is_han(c) for c in text):
        return [(text, _to_hiragana(text))]
    try:
        items = _kakasi().convert(text)
    except ImportError:  # pykakasi is optional: kana names still get a suggestion
        return []
    return [(item["orig"], _to_hiragana(item["hira"])) for item in items if item["orig"].strip()]


def _reading(words: list[tuple[str, str]]) -> str:
    written = "".join(w for w, _ in words)
    return _JA_GIVEN.get(written) or _hepburn("".join(r for _, r in words))


def _japanese(name: str) -> str:
    parts = name.split()
    if len(parts) > 1:
        family, given = _japanese_words(parts[0]), _japanese_words("".join(parts[1:]))
    else:
        words = _japanese_words(name)  # no space: the reader's first word is the family name
        family, given = words[:1], words[1:]
    if not family or any(_is_han(c) for _, r in family + given for c in r):
        return ""
    latin = [_hepburn("".join(r for _, r in family)).capitalize(), _reading(given).capitalize()]
    return " ".join(word for word in latin if word)


# --- Cyrillic -------------------------------------------------------------------------------
def _table(letters: str, latin: str) -> dict[str, str]:
    """Letter -> Latin; "-" in `latin` stands for a letter left out (ь)."""
    return {c: "" if r == "-" else r for c, r in zip(letters, latin.split(), strict=True)}


_ICAO = _table("абвгдеёжзийклмнопрстуфхцчшщъыьэюя" "іїєґўңөү",
               "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia "
               "i i ie g u ng o u")
_MNS = {**_ICAO, **_table("еёжйхцщъьюяөү", "ye yo j i kh ts sh i i yu ya ö ü")}


def _cyrillic_name(name: str, table: dict[str, str]) -> str:
    words = []
    for word in name.split():
        parts = ["".join(table.get(c, c) for c in part.lower()) for part in word.split("-")]
        words.append("-".join(part.capitalize() for part in parts))  # Анна-Мария: Anna-Mariia
    return " ".join(words)


# --- dispatch -------------------------------------------------------------------------------
def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char in "々〆"


def _scripts(name: str) -> set[str]:
    found = set()
    for char in name:
        if "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff":
            found.add("hangul")
        elif "\u3040" <= char <= "\u30ff":
            found.add("kana")
        elif _is_han(char):
            found.add("han")
        elif "\u0400" <= char <= "\u04ff":
            found.add("cyrillic")
    return found


def suggest_latin(name: str, country_code: str) -> str:
    """A Latin spelling of a student's name for staff to confirm; "" when none can be made."""
    # NFKC folds the full-width space Japanese IMEs type between family and given name
    text = " ".join(unicodedata.normalize("NFKC", name).split())
    text = unicodedata.normalize("NFC", text)
    country = country_code.upper()[:2]
    scripts = _scripts(text)
    if not scripts:
        return text  # already Latin (or digits): nothing to suggest beyond the name itself
    if "hangul" in scripts:
        return _korean(text)
    if "kana" in scripts or ("han" in scripts and country == "JP"):
        return _japanese(text)
    if "han" in scripts:
        # Hanja names from Korea need Korean readings pinyin cannot give
        return "" if country in ("KR", "KP") else _chinese(text)
    mongolian = country == "MN" or (country not in ("RU", "KG") and any(c in text for c in "ӨөҮү"))
    return _cyrillic_name(text, _MNS if mongolian else _ICAO)
