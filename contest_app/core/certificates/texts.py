"""The words printed on certificates and cover sheets, in the six working languages.

These are document texts (a certificate for a Russian region prints in Russian whatever language
staff work in), so they live with the data, not in the UI translation files; the template editor
lets staff change every one of them per contest. Placeholders in braces are filled per document
language by core.certificates.values.
"""

from __future__ import annotations

from datetime import date

# kind -> language -> the large title
TITLES: dict[str, dict[str, str]] = {
    "award": {"en": "Certificate of Award", "ko": "상장", "zh": "奖状", "ja": "賞状",
              "ru": "Диплом", "mn": "Өргөмжлөл"},
    "participation": {"en": "Certificate of Participation", "ko": "참가증", "zh": "参赛证书",
                      "ja": "参加証", "ru": "Сертификат участника",
                      "mn": "Оролцсоны гэрчилгээ"},
    "teacher": {"en": "Letter of Appreciation", "ko": "감사장", "zh": "感谢信", "ja": "感謝状",
                "ru": "Благодарственное письмо", "mn": "Талархлын бичиг"},
}

# Bodies name neither the contest nor the work (both have their own lines above), so no
# language needs to inflect a title it cannot know the grammar of.
BODIES: dict[str, dict[str, str]] = {
    "award": {
        "en": "Presented in recognition of the painting named above, honoured with the "
              "award “{tier}” for its imagination and artistry.",
        "ko": "위 학생은 본 대회에 출품한 작품이 뛰어난 평가를 받아 {tier} 수상자로 "
              "선정되었으므로 이 상장을 수여합니다.",
        "zh": "该同学的参赛作品在本届大赛中荣获{tier}。特发此状，以资鼓励。",
        "ja": "あなたは本コンテストに出品した作品が優れた評価を受け、{tier}に選ばれました。"
              "よってここにこれを賞します。",
        "ru": "Награждается за работу, указанную выше, удостоенную награды «{tier}», — за яркое "
              "воображение и мастерство исполнения.",
        "mn": "Дээрх бүтээлээрээ уралдаанд амжилттай оролцож, «{tier}» хүртсэн тул энэхүү "
              "өргөмжлөлөөр шагнав.",
    },
    "participation": {
        "en": "Presented with thanks for taking part in the contest with the painting named "
              "above, in recognition of the creativity and effort it shows.",
        "ko": "위 학생은 본 대회에 작품을 출품하여 성실히 참가하였으므로 그 노력을 기리어 "
              "이 증서를 드립니다.",
        "zh": "该同学积极参加本届大赛，认真创作，表现出色。特发此证，以资鼓励。",
        "ja": "あなたは本コンテストに作品を出品し、意欲的に参加されました。"
              "その努力をたたえ、ここにこれを証します。",
        "ru": "Вручается за участие в конкурсе с работой, указанной выше, в знак признания "
              "творческих усилий автора.",
        "mn": "Дээрх бүтээлээрээ уралдаанд идэвхтэй оролцсоныг үнэлж энэхүү гэрчилгээг олгов.",
    },
    "teacher": {
        "en": "With sincere thanks for guiding your students in the contest and for your "
              "dedication to young artists.",
        "ko": "귀하는 본 대회에 참가한 학생들을 정성껏 지도하여 청소년 미술 교류에 크게 "
              "기여하였으므로 깊은 감사의 뜻을 담아 이 감사장을 드립니다.",
        "zh": "您悉心指导学生参加本届大赛，为青少年艺术交流作出了积极贡献。特致此信，谨表谢忱。",
        "ja": "あなたは本コンテストに参加した生徒を熱心に指導し、青少年の美術交流に大きく"
              "貢献されました。ここに深く感謝の意を表します。",
        "ru": "Выражаем искреннюю благодарность за подготовку учащихся к конкурсу и вклад "
              "в развитие творчества молодёжи.",
        "mn": "Сурагчдаа уралдаанд бэлтгэн оролцуулж, залуучуудын урлагийн хөгжилд хувь нэмэр "
              "оруулсанд чин сэтгэлээсээ талархал илэрхийлье.",
    },
}

# field -> language -> text; the same for every kind
COMMON: dict[str, dict[str, str]] = {
    "org": {"en": "Association of North East Asia Regional Governments",
            "ko": "동북아시아 지역자치단체연합", "zh": "东北亚地区地方政府联合会",
            "ja": "北東アジア地域自治体連合",
            "ru": "Ассоциация региональных администраций стран Северо-Восточной Азии",
            "mn": "Зүүн Хойд Азийн Бүс Нутгийн Засаг Захиргааны Холбоо"},
    "edition": {lang: "{edition_title}" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "theme": {"en": "Theme: {theme}", "ko": "주제: {theme}", "zh": "主题：{theme}",
              "ja": "テーマ：{theme}", "ru": "Тема: {theme}", "mn": "Сэдэв: {theme}"},
    "tier": {lang: "{tier}" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "region": {"en": "{region}, {country}", "ko": "{country} {region}",
               "zh": "{country}{region}", "ja": "{country}・{region}",
               "ru": "{region}, {country}", "mn": "{country}, {region}"},
    "school": {lang: "{school}" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "date": {lang: "{date}" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "sig1_name": {lang: "" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "sig1_title": {"en": "Secretary-General", "ko": "사무총장", "zh": "秘书长",
                   "ja": "事務総長", "ru": "Генеральный секретарь",
                   "mn": "Ерөнхий нарийн бичгийн дарга"},
    "sig2_name": {lang: "" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "sig2_title": {lang: "" for lang in ("en", "ko", "zh", "ja", "ru", "mn")},
    "reissue": {"en": "Reissued {reissue_date}", "ko": "재발급 {reissue_date}",
                "zh": "补发 {reissue_date}", "ja": "再発行 {reissue_date}",
                "ru": "Дубликат от {reissue_date}", "mn": "Дахин олгосон {reissue_date}"},
}

# the quotation marks a title is printed in, by the language of the title itself
TITLE_QUOTES: dict[str, tuple[str, str]] = {
    "en": ("“", "”"), "ko": ("「", "」"), "zh": ("《", "》"), "ja": ("「", "」"),
    "ru": ("«", "»"), "mn": ("«", "»"),
}

COVER: dict[str, dict[str, str]] = {
    "title": {"en": "Certificates for {region}", "ko": "{region} 증서 목록",
              "zh": "{region}证书清单", "ja": "{region} 証書一覧",
              "ru": "Дипломы и сертификаты: {region}",
              "mn": "{region}: өргөмжлөл, гэрчилгээний жагсаалт"},
    "award": {"en": "Award certificates", "ko": "상장", "zh": "奖状", "ja": "賞状",
              "ru": "Дипломы", "mn": "Өргөмжлөл"},
    "participation": {"en": "Participation certificates", "ko": "참가증", "zh": "参赛证书",
                      "ja": "参加証", "ru": "Сертификаты участника",
                      "mn": "Оролцсоны гэрчилгээ"},
    "teacher": {"en": "Letters of appreciation", "ko": "감사장", "zh": "感谢信", "ja": "感謝状",
                "ru": "Благодарственные письма", "mn": "Талархлын бичиг"},
    "total": {"en": "Total", "ko": "합계", "zh": "合计", "ja": "合計", "ru": "Всего",
              "mn": "Нийт"},
    "school": {"en": "School", "ko": "학교", "zh": "学校", "ja": "学校", "ru": "Школа",
               "mn": "Сургууль"},
    "name": {"en": "Name", "ko": "이름", "zh": "姓名", "ja": "氏名", "ru": "Имя",
             "mn": "Нэр"},
    "certificate": {"en": "Certificate", "ko": "증서", "zh": "证书", "ja": "証書",
                    "ru": "Документ", "mn": "Баримт"},
    "serial": {"en": "Serial", "ko": "번호", "zh": "编号", "ja": "番号", "ru": "Номер",
               "mn": "Дугаар"},
    "note": {"en": "The certificates follow this sheet in the order listed.",
             "ko": "증서는 이 목록의 순서대로 이어집니다.",
             "zh": "证书按本清单顺序排列于后。",
             "ja": "証書はこの一覧の順に続きます。",
             "ru": "Документы следуют за этим листом в указанном порядке.",
             "mn": "Баримтууд энэ жагсаалтын дарааллаар үргэлжилнэ."},
}

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")


def format_date(day: date, language: str) -> str:
    """A date as a certificate in that language writes it."""
    if language == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    if language in ("zh", "ja"):
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ru":
        return f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year} г."
    if language == "mn":
        return f"{day.year} оны {day.month} сарын {day.day}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def default_texts(kind: str) -> dict[str, dict[str, str]]:
    """language -> field -> text, for a new template of kind."""
    texts: dict[str, dict[str, str]] = {}
    for lang in ("en", "ko", "zh", "ja", "ru", "mn"):
        per_lang = {field: words[lang] for field, words in COMMON.items()}
        per_lang["title"] = TITLES[kind][lang]
        per_lang["body"] = BODIES[kind][lang]
        texts[lang] = per_lang
    return texts
