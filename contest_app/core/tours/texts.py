"""Words printed in catalogues, wall labels and work lists, in the six working languages.

Documents have their own language (a label at a Korean venue prints in Korean whatever language
staff work in), so these live with the data, not in the UI translation files. Placeholders in
braces are filled by captions.py and the report modules.
"""

from __future__ import annotations

from contest_app.core.languages import pick

WORDS: dict[str, dict[str, str]] = {
    "contest": {"en": "NEAR Youth Painting Contest", "ko": "NEAR 청소년 미술대회",
                "zh": "NEAR青少年绘画大赛", "ja": "NEAR青少年絵画コンテスト",
                "ru": "Молодёжный конкурс живописи NEAR",
                "mn": "NEAR-ын Залуучуудын уран зургийн уралдаан"},
    "catalogue_title": {"en": "Touring Exhibition of Winning Works", "ko": "수상작 순회 전시",
                        "zh": "获奖作品巡回展", "ja": "受賞作品巡回展",
                        "ru": "Передвижная выставка работ-победителей",
                        "mn": "Шагналт бүтээлүүдийн явуулын үзэсгэлэн"},
    "organiser": {"en": "Association of North East Asia Regional Governments",
                  "ko": "동북아시아 지역자치단체연합", "zh": "东北亚地区地方政府联合会",
                  "ja": "北東アジア地域自治体連合",
                  "ru": "Ассоциация региональных администраций стран Северо-Восточной Азии",
                  "mn": "Зүүн Хойд Азийн Бүс Нутгийн Засаг Захиргааны Холбоо"},
    "foreword": {"en": "Foreword", "ko": "인사말", "zh": "前言", "ja": "ごあいさつ",
                 "ru": "Предисловие", "mn": "Өмнөх үг"},
    "contents": {"en": "Contents", "ko": "목차", "zh": "目录", "ja": "目次", "ru": "Содержание",
                 "mn": "Гарчиг"},
    "index": {"en": "Index by country and region", "ko": "국가·지역별 색인",
              "zh": "国家和地区索引", "ja": "国・地域別索引",
              "ru": "Указатель по странам и регионам", "mn": "Улс, бүс нутгийн заагч"},
    "statistics": {"en": "Works entered and awarded", "ko": "출품 및 수상 현황",
                   "zh": "参赛及获奖作品统计", "ja": "応募・受賞作品数",
                   "ru": "Поданные и отмеченные работы",
                   "mn": "Ирүүлсэн ба шагнагдсан бүтээл"},
    "country": {"en": "Country", "ko": "국가", "zh": "国家", "ja": "国", "ru": "Страна",
                "mn": "Улс"},
    "entered": {"en": "Entered", "ko": "출품", "zh": "参赛", "ja": "応募", "ru": "Подано",
                "mn": "Ирүүлсэн"},
    "awarded": {"en": "Awarded", "ko": "수상", "zh": "获奖", "ja": "受賞", "ru": "Награждено",
                "mn": "Шагнагдсан"},
    "shown": {"en": "On show", "ko": "전시", "zh": "展出", "ja": "展示", "ru": "На выставке",
              "mn": "Үзэсгэлэнд"},
    "total": {"en": "Total", "ko": "합계", "zh": "合计", "ja": "合計", "ru": "Итого",
              "mn": "Нийт"},
    "age": {"en": "age {age}", "ko": "{age}세", "zh": "{age}岁", "ja": "{age}歳",
            "ru": "{age} лет", "mn": "{age} настай"},
    "theme": {"en": "Theme: {theme}", "ko": "주제: {theme}", "zh": "主题：{theme}",
              "ja": "テーマ：{theme}", "ru": "Тема: {theme}", "mn": "Сэдэв: {theme}"},
    "works_count": {"en": "{count} works", "ko": "{count}점", "zh": "{count}件作品",
                    "ja": "{count}点", "ru": "Работ: {count}", "mn": "{count} бүтээл"},
    "works_count_one": {"en": "1 work", "ko": "1점", "zh": "1件作品", "ja": "1点",
                        "ru": "Работ: 1", "mn": "1 бүтээл"},
    "place": {"en": "{region}, {country}", "ko": "{country} {region}",
              "zh": "{country}{region}", "ja": "{country}・{region}",
              "ru": "{region}, {country}", "mn": "{country}, {region}"},
    "number": {"en": "No.", "ko": "번호", "zh": "编号", "ja": "番号", "ru": "№",
               "mn": "Дугаар"},
    "page": {"en": "Page", "ko": "쪽", "zh": "页", "ja": "ページ", "ru": "Стр.", "mn": "Хуудас"},
    "title": {"en": "Title", "ko": "제목", "zh": "作品名称", "ja": "作品名", "ru": "Название",
              "mn": "Нэр"},
    "title_en": {"en": "Title in English", "ko": "영문 제목", "zh": "英文名称",
                 "ja": "英語題名", "ru": "Название по-английски", "mn": "Англи нэр"},
    "artist": {"en": "Artist", "ko": "작가", "zh": "作者", "ja": "作者", "ru": "Автор",
               "mn": "Зохиогч"},
    "artist_latin": {"en": "Artist (Latin)", "ko": "작가(영문)", "zh": "作者(拼音)",
                     "ja": "作者(ローマ字)", "ru": "Автор (латиницей)",
                     "mn": "Зохиогч (латинаар)"},
    "age_col": {"en": "Age", "ko": "나이", "zh": "年龄", "ja": "年齢", "ru": "Возраст",
                "mn": "Нас"},
    "region": {"en": "Region", "ko": "지역", "zh": "地区", "ja": "地域", "ru": "Регион",
               "mn": "Бүс нутаг"},
    "year": {"en": "Year", "ko": "연도", "zh": "年份", "ja": "年", "ru": "Год", "mn": "Он"},
    "edition": {"en": "Edition", "ko": "회차", "zh": "届次", "ja": "回", "ru": "Конкурс",
                "mn": "Уралдаан"},
    "tier": {"en": "Award", "ko": "상", "zh": "奖项", "ja": "賞", "ru": "Награда",
             "mn": "Шагнал"},
    "medium": {"en": "Medium", "ko": "재료", "zh": "材料", "ja": "画材", "ru": "Материалы",
               "mn": "Материал"},
    "width_cm": {"en": "Width (cm)", "ko": "가로(cm)", "zh": "宽(厘米)", "ja": "幅(cm)",
                 "ru": "Ширина (см)", "mn": "Өргөн (см)"},
    "height_cm": {"en": "Height (cm)", "ko": "세로(cm)", "zh": "高(厘米)", "ja": "高さ(cm)",
                  "ru": "Высота (см)", "mn": "Өндөр (см)"},
    "status": {"en": "Status", "ko": "상태", "zh": "状态", "ja": "状態", "ru": "Статус",
               "mn": "Төлөв"},
    "condition": {"en": "Condition notes", "ko": "상태 메모", "zh": "品相备注",
                  "ja": "状態メモ", "ru": "Состояние", "mn": "Байдлын тэмдэглэл"},
    "consent": {"en": "Publication consent", "ko": "공개 동의", "zh": "同意公开",
                "ja": "公開の同意", "ru": "Согласие на публикацию",
                "mn": "Нийтлэх зөвшөөрөл"},
    "yes": {"en": "yes", "ko": "예", "zh": "是", "ja": "はい", "ru": "да", "mn": "тийм"},
    "no": {"en": "no", "ko": "아니요", "zh": "否", "ja": "いいえ", "ru": "нет", "mn": "үгүй"},
    "order": {"en": "Hanging order", "ko": "전시 순서", "zh": "展出顺序", "ja": "展示順",
              "ru": "Порядок развески", "mn": "Өлгөх дараалал"},
    "venue": {"en": "Venue", "ko": "전시장", "zh": "展馆", "ja": "会場", "ru": "Площадка",
              "mn": "Үзэсгэлэнгийн газар"},
    "all_works": {"en": "All works", "ko": "전체 작품", "zh": "全部作品", "ja": "全作品",
                  "ru": "Все работы", "mn": "Бүх бүтээл"},
}

STATUS_WORDS: dict[str, dict[str, str]] = {
    "selected": {"en": "selected", "ko": "선정", "zh": "已选", "ja": "選定", "ru": "отобрана",
                 "mn": "сонгогдсон"},
    "packed": {"en": "packed", "ko": "포장 완료", "zh": "已包装", "ja": "梱包済み",
               "ru": "упакована", "mn": "баглагдсан"},
    "shipped": {"en": "shipped", "ko": "발송", "zh": "已发运", "ja": "発送済み",
                "ru": "отправлена", "mn": "илгээгдсэн"},
    "on_show": {"en": "on show", "ko": "전시 중", "zh": "展出中", "ja": "展示中",
                "ru": "в экспозиции", "mn": "үзэсгэлэнд"},
    "returned": {"en": "returned", "ko": "반환", "zh": "已归还", "ja": "返却済み",
                 "ru": "возвращена", "mn": "буцаагдсан"},
}


def word(key: str, language: str, **values: object) -> str:
    """The document word in language (English when it has none), placeholders filled."""
    text = pick(WORDS[key], language)
    return text.format(**values) if values else text


def words(key: str, languages: tuple[str, ...], sep: str = " / ", **values: object) -> str:
    """The word in each language, once each: "Contents / 목차", or "Contents" alone."""
    return sep.join(dict.fromkeys(word(key, lang, **values) for lang in languages))


def count_words(count: int, languages: tuple[str, ...]) -> str:
    """ "12 works / 12점"; English needs its singular."""
    if count == 1:
        return words("works_count_one", languages)
    return words("works_count", languages, count=count)


def status_word(status: str, language: str) -> str:
    return pick(STATUS_WORDS.get(status, {"en": status}), language)
