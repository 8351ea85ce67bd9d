"""Deterministic synthetic batches shaped like the 12th edition (2024), in each country's script."""

from __future__ import annotations

import csv
import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from contest_app.core.demo_images import painting_bytes

# Works per region as NEAR's 2024 annual report lists them, in the report's order.
EDITION_12_WORKS: dict[str, int] = {
    "CN-HN": 29, "CN-HA": 51, "CN-SX": 31, "CN-SN": 2, "CN-LN": 30, "CN-HB": 12,
    "CN-HL": 16, "CN-GS": 55, "CN-NX": 38, "CN-NM": 43, "CN-AH": 56, "CN-TJ": 14,
    "JP-16": 46, "JP-28": 14, "JP-31": 41, "JP-32": 9, "JP-04": 6,
    "KR-26": 8, "KR-27": 6, "KR-29": 2, "KR-31": 7, "KR-41": 22, "KR-44": 2,
    "KR-46": 6, "KR-47": 24, "KR-48": 1, "KR-49": 19, "KR-11": 5,
    "MN-067": 8, "MN-059": 3, "MN-055": 9, "MN-046": 1, "MN-037": 1,
    "RU-KHA": 4, "RU-PRI": 2, "RU-KAM": 16, "RU-TOM": 18, "RU-IRK": 13, "RU-SAK": 6,
}
# The report's headline says 678, but its Mongolian regions add up to 22 where its Mongolia
# subtotal says 24; the per-region figures are kept as printed, so they sum to 676.
EDITION_12_REPORTED_TOTAL = 678

SHEET_HEADERS = (
    "entry_no", "student_name", "student_name_latin", "birth_date", "grade", "school",
    "guardian_consent", "title", "title_en", "medium", "width_cm", "height_cm", "image",
)
MEDIA = ("watercolour", "acrylic", "oil pastel", "ink", "gouache", "mixed media")
# Paper and canvas formats schools in the region actually use (Korean 4절/8절, 四开, A-sizes, 호).
SIZES_CM = ((54.5, 39.4), (72.7, 53.0), (39.4, 27.2), (78.8, 54.5), (42.0, 29.7),
            (59.4, 42.0), (45.5, 37.9), (60.6, 50.0), (65.1, 53.0))
GROUP_SHARE = 0.08
NO_CONSENT_SHARE = 0.03
MIN_AGE, MAX_AGE = 12, 19


@dataclass
class DemoStudent:
    name: str
    name_latin: str
    birth_date: date
    grade: str
    school: str
    guardian_consent: bool


@dataclass
class DemoWork:
    entry_no: str
    students: list[DemoStudent]
    title: str
    title_en: str
    medium: str
    width_cm: float
    height_cm: float
    image_name: str


@dataclass
class DemoBatch:
    region_code: str
    country_code: str
    works: list[DemoWork]


Pair = tuple[str, str]


def _pairs(text: str) -> list[Pair]:
    """Parse "native:Latin" tokens; "_" stands for a space inside the Latin form."""
    return [(n, lat.replace("_", " ")) for n, lat in (t.split(":") for t in text.split())]


def _titles(text: str) -> list[Pair]:
    """Parse "native|English" titles separated by ";" (titles themselves contain spaces)."""
    return [(a.strip(), b.strip()) for a, b in (t.split("|") for t in text.split(";"))]


_KR_FAMILY = _pairs("""김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim
 한:Han 오:Oh 서:Seo 신:Shin 권:Kwon 황:Hwang 안:Ahn 송:Song 류:Ryu 전:Jeon 홍:Hong 고:Ko 문:Moon
 양:Yang 손:Son 배:Bae 백:Baek 허:Heo 유:Yoo 남:Nam 심:Shim 노:Noh 하:Ha 곽:Kwak 성:Sung 차:Cha
 주:Joo 우:Woo 구:Koo 민:Min""")
_KR_GIVEN = _pairs("""지유:Ji_Yoo 민준:Min_Jun 서연:Seo_Yeon 하준:Ha_Jun 서윤:Seo_Yun 도윤:Do_Yun
 지우:Ji_Woo 예준:Ye_Jun 하은:Ha_Eun 시우:Si_Woo 수아:Su_A 주원:Ju_Won 지민:Ji_Min 건우:Geon_Woo
 채원:Chae_Won 현우:Hyun_Woo 지호:Ji_Ho 예은:Ye_Eun 은서:Eun_Seo 준서:Jun_Seo 다은:Da_Eun 유진:Yu_Jin
 승민:Seung_Min 수빈:Su_Bin 민서:Min_Seo 태윤:Tae_Yun 소윤:So_Yun 재원:Jae_Won 가은:Ga_Eun
 우진:Woo_Jin 하린:Ha_Rin 동현:Dong_Hyun 예린:Ye_Rin 성민:Seong_Min 나연:Na_Yeon 정우:Jung_Woo
 서진:Seo_Jin 윤아:Yun_A 은우:Eun_Woo 채은:Chae_Eun""")
_CN_FAMILY = _pairs("""王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou
 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie
 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao 彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong
 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai""")
_CN_GIVEN = _pairs("""昊潼:Haotong 子涵:Zihan 欣怡:Xinyi 梓萱:Zixuan 浩宇:Haoyu 一诺:Yinuo 雨桐:Yutong
 宇轩:Yuxuan 思彤:Sitong 俊杰:Junjie 佳怡:Jiayi 诗涵:Shihan 博文:Bowen 明轩:Mingxuan 若曦:Ruoxi
 天佑:Tianyou 可馨:Kexin 家豪:Jiahao 雅琪:Yaqi 皓然:Haoran 梦瑶:Mengyao 子墨:Zimo 语嫣:Yuyan
 晨阳:Chenyang 文博:Wenbo 欣然:Xinran 泽宇:Zeyu 静怡:Jingyi 思远:Siyuan 芷若:Zhiruo 睿:Rui 涛:Tao
 婷:Ting 鑫:Xin 嘉懿:Jiayi 紫萱:Zixuan 宏伟:Hongwei 雪梅:Xuemei 志强:Zhiqiang 乐天:Letian""")
_JP_FAMILY = _pairs("""浜田:Hamada 佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 田中:Tanaka 伊藤:Ito
 渡辺:Watanabe 山本:Yamamoto 中村:Nakamura 小林:Kobayashi 加藤:Kato 吉田:Yoshida 山田:Yamada
 佐々木:Sasaki 山口:Yamaguchi 松本:Matsumoto 井上:Inoue 木村:Kimura 林:Hayashi 清水:Shimizu
 山崎:Yamazaki 森:Mori 池田:Ikeda 橋本:Hashimoto 石川:Ishikawa 前田:Maeda 藤田:Fujita 岡田:Okada
 後藤:Goto 長谷川:Hasegawa 村上:Murakami 近藤:Kondo 坂本:Sakamoto 遠藤:Endo 青木:Aoki 福田:Fukuda""")
# Some given names are written in kana only, as many Japanese girls' names are.
_JP_GIVEN = _pairs("""淳正:Junsei 陽翔:Haruto 蓮:Ren 結衣:Yui 陽菜:Hina 湊:Minato 大翔:Hiroto 葵:Aoi
 悠真:Yuma 美咲:Misaki 健太:Kenta 翔太:Shota 拓海:Takumi 優奈:Yuna 彩花:Ayaka 真央:Mao 颯太:Sota
 凛:Rin 大輝:Daiki 美月:Mizuki 芽依:Mei 奏:Kanade 隼人:Hayato 莉子:Riko 智也:Tomoya 千尋:Chihiro
 悠人:Yuto 心春:Koharu さくら:Sakura ひなた:Hinata みゆ:Miyu あかり:Akari まこと:Makoto ゆうき:Yuki
 かえで:Kaede はるか:Haruka 咲良:Sakura 蒼空:Sora こころ:Kokoro 一花:Ichika""")
_RU_FAMILY = _pairs("""Иванов:Ivanov Смирнов:Smirnov Кузнецов:Kuznetsov Попов:Popov
 Васильев:Vasiliev Петров:Petrov Соколов:Sokolov Михайлов:Mikhailov Новиков:Novikov
 Фёдоров:Fyodorov Морозов:Morozov Волков:Volkov Алексеев:Alekseev Лебедев:Lebedev
 Семёнов:Semyonov Егоров:Egorov Павлов:Pavlov Козлов:Kozlov Степанов:Stepanov Николаев:Nikolaev
 Орлов:Orlov Андреев:Andreev Макаров:Makarov Никитин:Nikitin Захаров:Zakharov Зайцев:Zaitsev
 Соловьёв:Solovyov Борисов:Borisov Яковлев:Yakovlev Григорьев:Grigoriev Белов:Belov
 Комаров:Komarov Степаненко:Stepanenko Ковальчук:Kovalchuk Бондаренко:Bondarenko
 Шевченко:Shevchenko Ким:Kim Пак:Pak Тихомиров:Tikhomirov Ковалевский:Kovalevsky""")
_RU_GIVEN_F = _pairs("""София:Sofia Анна:Anna Мария:Maria Алиса:Alisa Виктория:Viktoria
 Полина:Polina Анастасия:Anastasia Дарья:Daria Елизавета:Elizaveta Ксения:Ksenia Варвара:Varvara
 Екатерина:Ekaterina Вероника:Veronika Ульяна:Ulyana Арина:Arina Милана:Milana Таисия:Taisiya
 Валерия:Valeria Есения:Yesenia Алёна:Alyona""")
_RU_GIVEN_M = _pairs("""Александр:Aleksandr Михаил:Mikhail Максим:Maksim Артём:Artyom Иван:Ivan
 Дмитрий:Dmitry Кирилл:Kirill Егор:Egor Никита:Nikita Матвей:Matvey Андрей:Andrey
 Тимофей:Timofey Илья:Ilya Даниил:Daniil Роман:Roman Сергей:Sergey Павел:Pavel Глеб:Gleb
 Арсений:Arseny Мирон:Miron""")
# Mongolians go by a given name and their father's name; both pools lean on Ө and Ү.
_MN_FATHER = _pairs("""Өлзий:Ulzii Бат:Bat Болд:Bold Ганбаатар:Ganbaatar Төмөр:Tumur Дорж:Dorj
 Баатар:Baatar Сүхбаатар:Sukhbaatar Энхбаяр:Enkhbayar Мөнх:Munkh Ганболд:Ganbold Батбаяр:Batbayar
 Очир:Ochir Пүрэв:Purev Цэрэн:Tseren Даваа:Davaa Гантулга:Gantulga Эрдэнэ:Erdene Нямдорж:Nyamdorj
 Лхагва:Lkhagva Түвшин:Tuvshin Отгон:Otgon Жаргал:Jargal Баяр:Bayar Төгс:Tugs
 Хүрэлбаатар:Khurelbaatar Мөнхбат:Munkhbat Ганзориг:Ganzorig Амар:Amar Батсүх:Batsukh
 Нармандах:Narmandakh Цогт:Tsogt Үүрцайх:Uurtsaikh Гал:Gal Содном:Sodnom Чингис:Chingis""")
_MN_GIVEN = _pairs("""Гэрэлмаа:Gerelmaa Анударь:Anudari Номин:Nomin Солонго:Solongo Мөнхзул:Munkhzul
 Үүрийнтуяа:Uuriintuya Хулан:Khulan Оюунчимэг:Oyunchimeg Сарнай:Sarnai Энхжин:Enkhjin
 Төгөлдөр:Tuguldur Тэмүүлэн:Temuulen Билгүүн:Bilguun Ананд:Anand Батзориг:Batzorig
 Мөнхжин:Munkhjin Өсөхбаяр:Usukhbayar Хонгорзул:Khongorzul Нарантуяа:Narantuya Ундрах:Undrakh
 Дөлгөөн:Dulguun Тэнгис:Tengis Сүлд:Suld Болормаа:Bolormaa Цэлмэг:Tselmeg Эрдэнэбилэг:Erdenebileg
 Наранцэцэг:Narantsetseg Ариунаа:Ariunaa Түвшинбаяр:Tuvshinbayar Мишээл:Misheel Хүслэн:Khuslen
 Золбоо:Zolboo Гэрэмаа:Gerema Өнөрмаа:Unurmaa Номуун:Nomuun Гүнжээ:Gunjee""")

# Titles on the 2024 theme, "Myths and legends of our region / country".
_TITLES: dict[str, list[Pair]] = {
    "KR": _titles("""단군 신화|The Myth of Dangun; 환웅의 홍익인간|Hwanung's Hongik Ingan;
        선녀와 나무꾼|The Fairy and the Woodcutter;
        해와 달이 된 오누이|The Siblings Who Became the Sun and the Moon;
        연오랑과 세오녀|Yeonorang and Seonyeo; 주몽 신화|The Legend of Jumong;
        설문대할망|Grandmother Seolmundae; 바리공주|Princess Bari; 견우와 직녀|The Herdsman and the Weaver;
        용궁 이야기|A Tale of the Dragon Palace; 구미호|The Nine-Tailed Fox; 도깨비 방망이|The Goblin's Club"""),
    "CN": _titles("""女娲补天|Nuwa Mends the Sky; 精卫填海|Jingwei Fills the Sea; 后羿射日|Houyi Shoots the Suns;
        嫦娥奔月|Chang'e Flies to the Moon; 夸父逐日|Kuafu Chases the Sun;
        盘古开天|Pangu Separates Heaven and Earth; 大禹治水|Yu Tames the Flood;
        愚公移山|The Foolish Old Man Moves the Mountains; 白蛇传|The Legend of the White Snake;
        牛郎织女|The Cowherd and the Weaver Girl; 哪吒闹海|Nezha Stirs Up the Sea;
        鲤鱼跃龙门|The Carp Leaps over the Dragon Gate; 神农尝百草|Shennong Tastes a Hundred Herbs"""),
    "JP": _titles("""羽衣伝説|The Legend of the Feather Robe; 因幡の白うさぎ|The White Hare of Inaba;
        ヤマタノオロチ|The Eight-Headed Serpent; 浦島太郎|Urashima Taro; かぐや姫|Princess Kaguya;
        天岩戸|The Heavenly Rock Cave; 桃太郎|Momotaro; 雪女|The Snow Woman; 鶴の恩返し|The Grateful Crane;
        河童のいる川|The River of the Kappa; 天狗の森|The Forest of the Tengu; 竜神様|The Dragon God"""),
    "RU": _titles("""Дракон Байкала|The Dragon of Baikal; Жар-птица|The Firebird; Баба-Яга|Baba Yaga;
        Кощей Бессмертный|Koschei the Deathless; Царевна-лягушка|The Frog Princess;
        Ангара и Енисей|Angara and Yenisei;
        Хозяйка Медной горы|The Mistress of the Copper Mountain; Ворон Кутх|Kutkh the Raven;
        Амурский тигр|The Amur Tiger; Морской царь|The Sea King; Снегурочка|The Snow Maiden;
        Золотая рыбка|The Golden Fish"""),
    "MN": _titles("""Гэсэр хаан|King Geser; Бөртэ чоно, Гуа марал|The Blue Wolf and the Fallow Doe;
        Морин хуурын домог|The Legend of the Horse-Head Fiddle; Хөхөө Намжил|Namjil the Cuckoo;
        Эрхий мэргэн|Erkhii the Archer; Жангар|Jangar; Тэмээ, буга хоёр|The Camel and the Deer;
        Гарьд шувуу|The Garuda Bird; Алтан мэлхий|The Golden Frog;
        Хан Хөхий уулын домог|The Legend of Khan Khukhii Mountain; Сүүн далай|The Milk Ocean"""),
}

# Where each region's schools are, in the form the school name needs it.
_PLACES: dict[str, str] = {
    "CN-HN": "长沙", "CN-HA": "郑州", "CN-SX": "太原", "CN-SN": "西安", "CN-LN": "沈阳",
    "CN-HB": "武汉", "CN-HL": "哈尔滨", "CN-GS": "兰州", "CN-NX": "银川", "CN-NM": "呼和浩特",
    "CN-AH": "合肥", "CN-TJ": "天津",
    "JP-16": "富山/富山", "JP-28": "兵庫/神戸", "JP-31": "鳥取/鳥取", "JP-32": "島根/松江",
    "JP-04": "宮城/仙台",
    "KR-26": "부산", "KR-27": "대구", "KR-29": "광주", "KR-31": "울산", "KR-41": "수원",
    "KR-44": "천안", "KR-46": "목포", "KR-47": "포항", "KR-48": "창원", "KR-49": "제주",
    "KR-11": "서울",
    "MN-067": "Булган", "MN-059": "Дундговь", "MN-055": "Өвөрхангай", "MN-046": "Увс",
    "MN-037": "Дархан-Уул",
    "RU-KHA": "Хабаровска", "RU-PRI": "Владивостока", "RU-KAM": "Петропавловска-Камчатского",
    "RU-TOM": "Томска", "RU-IRK": "Иркутска", "RU-SAK": "Южно-Сахалинска",
}
_CN_NUMERALS = "一二三四五六七八九十"
_JP_AREAS = ("堀川", "東部", "西部", "南部", "北部", "中央", "城山", "緑ヶ丘", "桜丘", "旭", "青葉")
_KR_MARKS = ("", "제일", "중앙", "동", "서", "남", "북", "신흥", "예술", "여자")


def _school(country: str, region: str, grade: int, rng: random.Random) -> str:
    """A plausible school name in the country's script; middle or high school by grade."""
    place, high = _PLACES[region], grade >= 10
    if country == "CN":
        kind = "高级中学" if high and rng.random() < 0.3 else "中学"
        return rng.choice([f"{place}市第{rng.choice(_CN_NUMERALS)}{kind}",
                           f"{place}市实验{kind}", f"{place}外国语学校"])
    if country == "JP":
        pref, city = place.split("/")
        if high:
            return f"{pref}県立{city}{rng.choice('東西南北')}高等学校"
        return f"{city}市立{rng.choice(_JP_AREAS)}中学校"
    if country == "KR":
        extra = ("제철",) if region == "KR-47" else ()  # Pohang's steelworks schools
        return f"{place}{rng.choice(_KR_MARKS + extra)}{'고등학교' if high else '중학교'}"
    if country == "RU":
        kind = rng.choice(["Школа", "Школа", "Гимназия", "Лицей"])
        return f"{kind} № {rng.randint(1, 60)} г. {place}"
    kind = rng.choice(["сургууль", "сургууль", "цогцолбор сургууль"])
    return f"{place} аймгийн {rng.randint(1, 12)}-р {kind}"


def _ru_feminine(native: str, latin: str) -> Pair:
    """Russian surnames agree with the bearer: Иванов -> Иванова, Ковалевский -> Ковалевская."""
    if native.endswith("ский"):
        return native[:-4] + "ская", latin.removesuffix("sky") + "skaya"
    if native.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return native + "а", latin + "a"
    return native, latin


def _name(country: str, rng: random.Random) -> Pair:
    """(native, Latin) in each country's usual order, family name first except in Mongolia."""
    if country == "KR":
        (fn, fl), (gn, gl) = rng.choice(_KR_FAMILY), rng.choice(_KR_GIVEN)
        return fn + gn, f"{fl} {gl}"
    if country == "CN":
        (fn, fl), (gn, gl) = rng.choice(_CN_FAMILY), rng.choice(_CN_GIVEN)
        return fn + gn, f"{fl} {gl}"
    if country == "JP":
        (fn, fl), (gn, gl) = rng.choice(_JP_FAMILY), rng.choice(_JP_GIVEN)
        return f"{fn} {gn}", f"{fl} {gl}"
    if country == "RU":
        female = rng.random() < 0.55  # girls enter painting contests somewhat more often
        fn, fl = rng.choice(_RU_FAMILY)
        if female:
            fn, fl = _ru_feminine(fn, fl)
        gn, gl = rng.choice(_RU_GIVEN_F if female else _RU_GIVEN_M)
        return f"{fn} {gn}", f"{fl} {gl}"
    (gn, gl), (pn, pl) = rng.choice(_MN_GIVEN), rng.choice(_MN_FATHER)
    return f"{gn} {pn}", f"{gl} {pl}"


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _birth_date(age: int, reference: date, rng: random.Random) -> date:
    """A birth date at which the student is exactly `age` on the reference date."""
    latest = _years_before(reference, age)
    earliest = _years_before(reference, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def scale_counts(total: int) -> dict[str, int]:
    """Share `total` works among the 2024 regions by largest remainder, at least one each."""
    if total < len(EDITION_12_WORKS):
        raise ValueError(f"total must be at least {len(EDITION_12_WORKS)}, got {total}")
    weight = sum(EDITION_12_WORKS.values())
    quotas = {code: total * n / weight for code, n in EDITION_12_WORKS.items()}
    counts = {code: max(1, int(q)) for code, q in quotas.items()}
    order = sorted(quotas, key=lambda c: (-(quotas[c] - int(quotas[c])), c))
    for code in order[: max(0, total - sum(counts.values()))]:
        counts[code] += 1
    # raising small regions to one work may overshoot: take back from the smallest remainders
    for code in reversed(order):
        if sum(counts.values()) <= total:
            break
        if counts[code] > 1:
            counts[code] -= 1
    while sum(counts.values()) > total:  # many tiny quotas: trim the largest regions
        counts[max(counts, key=lambda c: counts[c])] -= 1
    return counts


def _student(country: str, region: str, age: int, school: str | None, reference: date,
             rng: random.Random, used: set[str]) -> DemoStudent:
    for _ in range(20):  # within a batch a repeated name would look like a duplicate entry
        name, latin = _name(country, rng)
        if name not in used:
            break
    used.add(name)
    grade = min(12, age - 5)  # age 12 at the September deadline is a first-year middle schooler
    return DemoStudent(
        name=name, name_latin=latin, birth_date=_birth_date(age, reference, rng),
        grade=str(grade), school=school or _school(country, region, grade, rng),
        guardian_consent=rng.random() >= NO_CONSENT_SHARE,
    )


_AGE_WEIGHTS = (7, 11, 12, 12, 11, 9, 5, 2)  # ages 12..19: most entrants are 13-16


def _work(country: str, region: str, number: int, reference: date,
          rng: random.Random, used: set[str]) -> DemoWork:
    entry_no = f"{region}-{number:03d}"
    size = 1 if rng.random() >= GROUP_SHARE else rng.choice((2, 2, 3))
    lead_age = rng.choices(range(MIN_AGE, MAX_AGE + 1), weights=_AGE_WEIGHTS)[0]
    lead = _student(country, region, lead_age, None, reference, rng, used)
    students = [lead]
    for _ in range(size - 1):  # classmates from the same school, within a year of each other
        age = min(MAX_AGE, max(MIN_AGE, lead_age + rng.choice((-1, 0, 0, 1))))
        students.append(_student(country, region, age, lead.school, reference, rng, used))
    title, title_en = rng.choice(_TITLES[country])
    width, height = rng.choice(SIZES_CM)
    if rng.random() < 0.3:
        width, height = height, width
    return DemoWork(entry_no=entry_no, students=students, title=title, title_en=title_en,
                    medium=rng.choice(MEDIA), width_cm=width, height_cm=height,
                    image_name=f"{entry_no}.jpg")


def generate_batches(seed: int = 12, total: int | None = None,
                     reference_date: date = date(2024, 9, 13)) -> list[DemoBatch]:
    """One batch per 2024 region: the printed counts, or `total` works shared out alike."""
    counts = dict(EDITION_12_WORKS) if total is None else scale_counts(total)
    batches = []
    for region, count in counts.items():
        country = region.split("-")[0]
        rng = random.Random(f"demo:{seed}:{region}")  # per region, so batches are independent
        used: set[str] = set()
        works = [_work(country, region, i, reference_date, rng, used)
                 for i in range(1, count + 1)]
        batches.append(DemoBatch(region_code=region, country_code=country, works=works))
    return batches


def _rows(batch: DemoBatch) -> list[list[object]]:
    """One row per student; a group work repeats its entry fields on each of its rows."""
    return [[w.entry_no, s.name, s.name_latin, s.birth_date, s.grade, s.school,
             "yes" if s.guardian_consent else "no", w.title, w.title_en, w.medium,
             w.width_cm, w.height_cm, w.image_name]
            for w in batch.works for s in w.students]


def _text(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _write_csv(rows: list[list[object]], path: Path, encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SHEET_HEADERS)
        writer.writerows([_text(v) for v in row] for row in rows)


def _write_xlsx(rows: list[list[object]], path: Path) -> None:
    from openpyxl import Workbook  # only needed here; keeps importing this module cheap

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "entries"
    sheet.append(list(SHEET_HEADERS))
    date_col = SHEET_HEADERS.index("birth_date") + 1
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=date_col).number_format = "yyyy-mm-dd"
    book.save(path)


def write_batch_folder(batch: DemoBatch, folder: Path, *, sheet: str = "xlsx",
                       encoding: str = "utf-8-sig", image_size: tuple[int, int] = (1200, 900),
                       seed: int = 0) -> Path:
    """Write the batch as a region would send it: entries.xlsx or .csv plus images/*.jpg."""
    if sheet not in ("xlsx", "csv"):
        raise ValueError(f"sheet must be 'xlsx' or 'csv', got {sheet!r}")
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    path = folder / f"entries.{sheet}"
    if sheet == "csv":
        _write_csv(_rows(batch), path, encoding)
    else:
        _write_xlsx(_rows(batch), path)
    for work in batch.works:
        # crc32 of the entry, not hash(): stable across runs, distinct across regions
        image_seed = zlib.crc32(f"{seed}:{work.entry_no}".encode())
        (images / work.image_name).write_bytes(painting_bytes(image_seed, image_size, quality=88))
    return path
