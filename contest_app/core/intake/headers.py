"""Which sheet column holds which field: canonical names, the localised template, aliases, --map."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from contest_app.core.intake.errors import IntakeError

CANONICAL = (
    "entry_no", "student_name", "student_name_latin", "birth_date", "grade", "school",
    "guardian_consent", "publication_consent", "title", "title_en", "medium", "width_cm",
    "height_cm", "image", "award_tier",
)
REQUIRED = ("entry_no", "student_name", "birth_date", "title", "image")
LANGUAGES = ("en", "ko", "zh", "ja", "ru", "mn")

# The header row of the app's own template in each language (part of the batch format: a
# region may send the template back filled in, in any of these languages).
LOCALIZED_HEADERS: dict[str, dict[str, str]] = {
    "entry_no": {"en": "Entry no.", "ko": "출품 번호", "zh": "作品编号", "ja": "作品番号",
                 "ru": "Номер работы", "mn": "Бүтээлийн дугаар"},
    "student_name": {"en": "Student name", "ko": "학생 이름", "zh": "学生姓名", "ja": "生徒氏名",
                     "ru": "ФИО ученика", "mn": "Сурагчийн нэр"},
    "student_name_latin": {"en": "Name in Latin letters", "ko": "학생 이름(영문)",
                           "zh": "姓名(拼音)", "ja": "氏名(ローマ字)", "ru": "ФИО латиницей",
                           "mn": "Нэр (латинаар)"},
    "birth_date": {"en": "Date of birth", "ko": "생년월일", "zh": "出生日期", "ja": "生年月日",
                   "ru": "Дата рождения", "mn": "Төрсөн огноо"},
    "grade": {"en": "Grade", "ko": "학년", "zh": "年级", "ja": "学年", "ru": "Класс",
              "mn": "Анги"},
    "school": {"en": "School", "ko": "학교", "zh": "学校", "ja": "学校名", "ru": "Школа",
               "mn": "Сургууль"},
    "guardian_consent": {"en": "Guardian consent", "ko": "보호자 동의", "zh": "监护人同意",
                         "ja": "保護者の同意", "ru": "Согласие родителей",
                         "mn": "Асран хамгаалагчийн зөвшөөрөл"},
    "publication_consent": {"en": "Publication consent", "ko": "공개 동의", "zh": "同意公开",
                            "ja": "公開の同意", "ru": "Согласие на публикацию",
                            "mn": "Нийтлэх зөвшөөрөл"},
    "title": {"en": "Title", "ko": "작품 제목", "zh": "作品名称", "ja": "作品名",
              "ru": "Название работы", "mn": "Бүтээлийн нэр"},
    "title_en": {"en": "Title in English", "ko": "작품 제목(영문)", "zh": "作品名称(英文)",
                 "ja": "作品名(英語)", "ru": "Название на английском",
                 "mn": "Бүтээлийн нэр (англиар)"},
    "medium": {"en": "Medium", "ko": "재료", "zh": "绘画材料", "ja": "画材", "ru": "Материалы",
               "mn": "Материал"},
    "width_cm": {"en": "Width (cm)", "ko": "가로(cm)", "zh": "宽(厘米)", "ja": "幅(cm)",
                 "ru": "Ширина (см)", "mn": "Өргөн (см)"},
    "height_cm": {"en": "Height (cm)", "ko": "세로(cm)", "zh": "高(厘米)", "ja": "高さ(cm)",
                  "ru": "Высота (см)", "mn": "Өндөр (см)"},
    "image": {"en": "Image file", "ko": "이미지 파일", "zh": "图片文件", "ja": "画像ファイル",
              "ru": "Файл изображения", "mn": "Зургийн файл"},
    "award_tier": {"en": "Award", "ko": "수상 등급", "zh": "奖项", "ja": "賞",
                   "ru": "Награда", "mn": "Шагнал"},
}

_DATE_HINT = {"en": "YYYY-MM-DD", "ko": "YYYY-MM-DD", "zh": "YYYY-MM-DD", "ja": "YYYY-MM-DD",
              "ru": "ГГГГ-ММ-ДД", "mn": "ОООО-СС-ӨӨ"}
_YES_NO = {"en": "yes / no", "ko": "예 / 아니요", "zh": "是 / 否", "ja": "はい / いいえ",
           "ru": "да / нет", "mn": "тийм / үгүй"}
_CM = {"en": "cm", "ko": "cm", "zh": "厘米", "ja": "cm", "ru": "см", "mn": "см"}

# A short hint under each column of the template (a comment or a second header line).
HINTS: dict[str, dict[str, str]] = {
    "entry_no": {"en": "e.g. 001; same number on each row of a group work",
                 "ko": "예: 001, 공동 작품은 같은 번호", "zh": "例如 001，合作作品同一编号",
                 "ja": "例: 001、共同制作は同じ番号", "ru": "напр. 001; у коллективной работы один номер",
                 "mn": "ж: 001; хамтын бүтээлд нэг дугаар"},
    "student_name": {"en": "one student per row", "ko": "한 줄에 학생 한 명",
                     "zh": "每行一名学生", "ja": "1行に生徒1人", "ru": "один ученик в строке",
                     "mn": "нэг мөрөнд нэг сурагч"},
    "student_name_latin": {"en": "as in the passport", "ko": "여권 표기", "zh": "护照拼写",
                           "ja": "パスポート表記", "ru": "как в загранпаспорте",
                           "mn": "гадаад паспортын дагуу"},
    "birth_date": _DATE_HINT,
    "grade": {"en": "school year", "ko": "학년", "zh": "年级", "ja": "学年", "ru": "класс",
              "mn": "анги"},
    "school": {"en": "school name", "ko": "학교 이름", "zh": "学校名称", "ja": "学校名",
               "ru": "название школы", "mn": "сургуулийн нэр"},
    "guardian_consent": _YES_NO,
    "publication_consent": _YES_NO,
    "title": {"en": "as the student wrote it", "ko": "학생이 쓴 대로", "zh": "学生原题",
              "ja": "生徒が付けた題", "ru": "как написал ученик", "mn": "сурагчийн бичсэнээр"},
    "title_en": {"en": "English translation", "ko": "영어 번역", "zh": "英文翻译",
                 "ja": "英訳", "ru": "перевод на английский", "mn": "англи орчуулга"},
    "medium": {"en": "e.g. watercolour", "ko": "예: 수채화", "zh": "例如 水彩", "ja": "例: 水彩",
               "ru": "напр. акварель", "mn": "ж: усан будаг"},
    "width_cm": _CM,
    "height_cm": _CM,
    "image": {"en": "file name, e.g. 001.jpg", "ko": "파일 이름, 예: 001.jpg",
              "zh": "文件名，例如 001.jpg", "ja": "ファイル名 例: 001.jpg",
              "ru": "имя файла, напр. 001.jpg", "mn": "файлын нэр, ж: 001.jpg"},
    "award_tier": {"en": "past editions only", "ko": "지난 대회만", "zh": "仅限往届",
                   "ja": "過去の大会のみ", "ru": "только прошлые конкурсы",
                   "mn": "зөвхөн өмнөх уралдаан"},
}

# Headers offices type when they make their own sheet. Normalised form -> field.
_ALIASES: dict[str, tuple[str, ...]] = {
    "entry_no": ("no", "no.", "entry", "entry_no.", "entry_number", "number", "№", "번호",
                 "작품번호", "编号", "序号", "番号", "номер"),
    "student_name": ("name", "student", "full_name", "이름", "성명", "학생명", "姓名", "学生",
                     "氏名", "名前", "фио", "имя", "ученик", "нэр"),
    "student_name_latin": ("latin_name", "name_latin", "name_(latin)", "english_name",
                           "name_in_english", "romanized_name", "영문_이름", "영문이름",
                           "영문명", "拼音", "ローマ字", "латиницей"),
    "birth_date": ("birthday", "birthdate", "dob", "date_of_birth", "birth", "생일",
                   "출생일", "出生年月日", "生日", "誕生日", "дата_рожд.", "дата_рождения"),
    "grade": ("class", "학년", "年级", "学年", "класс"),
    "school": ("school_name", "학교명", "学校名称", "学校", "школа", "сургууль"),
    "guardian_consent": ("consent", "parental_consent", "동의", "보호자동의", "同意",
                         "согласие"),
    "title": ("title_of_work", "work", "artwork", "제목", "작품", "작품명", "题目", "作品", "題名",
              "название"),
    "title_en": ("english_title", "title_(english)", "영문_제목", "영문제목", "英文名称",
                 "英題"),
    "medium": ("materials", "material", "technique", "재료", "材料", "техника"),
    "width_cm": ("width", "가로", "宽", "幅", "ширина"),
    "height_cm": ("height", "세로", "高", "高さ", "высота"),
    "image": ("file", "image_file", "filename", "file_name", "photo", "picture", "파일",
              "파일명", "사진", "图片", "文件名", "画像", "ファイル名", "файл", "фото", "зураг"),
    "award_tier": ("tier", "award", "prize", "수상", "奖项", "奖", "賞", "награда"),
}


def normalise_header(text: object) -> str:
    """NFKC, trimmed, case-folded, runs of spaces and hyphens as one underscore, no marker '*'."""
    value = unicodedata.normalize("NFKC", "" if text is None else str(text)).strip().casefold()
    value = value.rstrip("*:：").strip()
    return re.sub(r"[\s\-_]+", "_", value).strip("_")


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for name, aliases in _ALIASES.items():
        lookup.update((normalise_header(alias), name) for alias in aliases)
    # canonical names and the template's own headers win over the looser aliases
    for name, texts in LOCALIZED_HEADERS.items():
        lookup.update((normalise_header(text), name) for text in texts.values())
    lookup.update((name, name) for name in CANONICAL)
    return lookup


_LOOKUP = _build_lookup()


@dataclass
class HeaderMap:
    fields: dict[int, str] = field(default_factory=dict)   # column index -> canonical field
    extras: dict[int, str] = field(default_factory=dict)   # column index -> original header
    unknown: list[str] = field(default_factory=list)       # headers matched to no field

    def column(self, name: str) -> int | None:
        """The column index of a canonical field, or None when the sheet has no such column."""
        return next((i for i, f in self.fields.items() if f == name), None)

    def record(self, cells: list[object]) -> dict[str, object]:
        """A row's cells by canonical field (a short row gives None for missing cells)."""
        return {name: cells[i] if i < len(cells) else None for i, name in self.fields.items()}

    def notes(self, cells: list[object]) -> dict[str, object]:
        """A row's extra columns by original header, empty cells left out."""
        return {header or f"#{i + 1}": cells[i] for i, header in self.extras.items()
                if i < len(cells) and cells[i] not in (None, "")}


def _match(header: str) -> str | None:
    key = normalise_header(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    # a two-line header ("Date of birth\nYYYY-MM-DD") or a bilingual one ("Title / 작품 제목")
    for part in re.split(r"\n| / ", str(header)):
        if (key := normalise_header(part)) in _LOOKUP:
            return _LOOKUP[key]
    return None


def map_headers(headers: list[str], overrides: dict[str, str] | None = None) -> HeaderMap:
    """Map each column to a canonical field; raise header_missing / header_duplicate.

    `overrides` ({original header: field}, from the mapping step or --map) win over automatic
    matching: a column that would match a field an override claims is kept as an extra.
    """
    by_original = dict(overrides or {})
    by_normalised = {normalise_header(k): v for k, v in by_original.items()}
    texts = ["" if header is None else str(header) for header in headers]
    chosen: dict[int, str] = {}
    for index, text in enumerate(texts):
        name = by_original.get(text) or by_normalised.get(normalise_header(text))
        if name is not None:
            chosen[index] = name
    claimed = set(chosen.values())
    for index, text in enumerate(texts):
        if index not in chosen and text.strip() and (name := _match(text)) not in claimed:
            if name is not None:
                chosen[index] = name
    result = HeaderMap()
    seen: dict[str, int] = {}
    for index, text in enumerate(texts):
        name = chosen.get(index)
        if name is None:
            result.extras[index] = text
            if text.strip():
                result.unknown.append(text)
            continue
        if name in seen:
            raise IntakeError("header_duplicate", header=text, field=name,
                              column=index + 1, first_column=seen[name] + 1)
        seen[name] = index
        result.fields[index] = name
    missing = [name for name in REQUIRED if name not in seen]
    if missing:
        raise IntakeError("header_missing", field=missing[0], missing=missing,
                          unknown=list(result.unknown))
    return result


def is_hint_row(cells: list[object], header_map: HeaderMap) -> bool:
    """True for the template's hint line copied as the first data row: every filled cell under
    a mapped column is that column's hint in some language."""
    filled = [(name, cells[i]) for i, name in header_map.fields.items()
              if i < len(cells) and cells[i] not in (None, "")]
    return bool(filled) and all(
        isinstance(value, str) and value in HINTS[name].values() for name, value in filled)


def parse_map_option(items: list[str]) -> dict[str, str]:
    """`--map HEADER=field` items as {original header: canonical field}; map_invalid if bad."""
    result: dict[str, str] = {}
    for item in items:
        header, sep, name = item.rpartition("=")  # the header itself may contain "="
        name = name.strip()
        if not sep or not header.strip() or name not in CANONICAL:
            raise IntakeError("map_invalid", value=item)
        result[header.strip()] = name
    return result
