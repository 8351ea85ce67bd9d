"""What the results documents need beyond the board: students, counts per region, words.

Documents have their own language (not the UI's): an award list for a Russian region is headed
in Russian and English. The few fixed words of the documents live here in the six languages, as
contest data words do in core/defaults.py, so the core needs no Qt to print them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core.awards.board import Board
from contest_app.core.languages import pick
from contest_app.db.models import Country, Entry, EntryStudent, Region, Student

# formula starts a spreadsheet would run (OWASP's list: = + - @, and tab and CR before them)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

WORDS: dict[str, dict[str, str]] = {
    "tier": {"en": "Award", "ko": "상", "zh": "奖项", "ja": "賞", "ru": "Награда",
             "mn": "Шагнал"},
    "entry_no": {"en": "Work no.", "ko": "작품 번호", "zh": "作品编号", "ja": "作品番号",
                 "ru": "№ работы", "mn": "Бүтээлийн дугаар"},
    "title": {"en": "Title", "ko": "제목", "zh": "作品名称", "ja": "作品名", "ru": "Название",
              "mn": "Бүтээлийн нэр"},
    "title_en": {"en": "Title (English)", "ko": "제목(영문)", "zh": "作品名称(英文)",
                 "ja": "作品名(英語)", "ru": "Название (англ.)", "mn": "Нэр (англиар)"},
    "students": {"en": "Students", "ko": "학생", "zh": "学生", "ja": "生徒", "ru": "Учащиеся",
                 "mn": "Сурагчид"},
    "students_latin": {"en": "Students (Latin)", "ko": "학생(로마자)", "zh": "学生(拉丁字母)",
                       "ja": "生徒(ローマ字)", "ru": "Учащиеся (латиницей)",
                       "mn": "Сурагчид (латинаар)"},
    "school": {"en": "School", "ko": "학교", "zh": "学校", "ja": "学校", "ru": "Школа",
               "mn": "Сургууль"},
    "final": {"en": "Final results", "ko": "최종 결과", "zh": "最终结果", "ja": "最終結果",
              "ru": "Окончательные результаты", "mn": "Эцсийн дүн"},
    "provisional": {"en": "Provisional results", "ko": "잠정 결과", "zh": "暂定结果",
                    "ja": "暫定結果", "ru": "Предварительные результаты",
                    "mn": "Урьдчилсан дүн"},
    "no_award": {"en": "No award this year", "ko": "올해 수상작 없음", "zh": "本届无获奖作品",
                 "ja": "今回は受賞作品なし", "ru": "В этом году без наград",
                 "mn": "Энэ жил шагнал аваагүй"},
}


def word(key: str, language: str) -> str:
    return pick(WORDS[key], language)


def bilingual(key: str, language: str) -> str:
    """"Award / Награда": English for the secretariat, the region's language for its staff."""
    local = word(key, language)
    english = word(key, "en")
    return english if local == english else f"{english} / {local}"


def safe_text(value: str) -> str:
    """Text a spreadsheet shows and never runs: a leading quote before a formula start."""
    return "'" + value if value.startswith(FORMULA_START) else value


@dataclass
class Author:
    name: str
    name_latin: str
    school: str


@dataclass
class RegionFacts:
    code: str
    country_code: str
    names: dict[str, str]
    works: int = 0  # entered, whatever their status
    awarded: Counter[str] = field(default_factory=Counter)  # tier -> works
    students_awarded: int = 0


@dataclass
class Facts:
    authors: dict[int, list[Author]]  # entry id -> its students in order
    languages: dict[str, str]  # country -> the language its documents print in
    country_names: dict[str, dict[str, str]]
    regions: dict[str, RegionFacts]  # every region that entered works, by code


def load_facts(session: Session, board: Board) -> Facts:
    contest_id = board.contest_id
    authors: dict[int, list[Author]] = defaultdict(list)
    for entry_id, name, latin, school in session.execute(
            select(EntryStudent.entry_id, Student.name, Student.name_latin, Student.school)
            .join(Student, Student.id == EntryStudent.student_id)
            .join(Entry, Entry.id == EntryStudent.entry_id)
            .where(Entry.contest_id == contest_id)
            .order_by(EntryStudent.entry_id, EntryStudent.position)):
        authors[entry_id].append(Author(name, latin, school))
    countries = list(session.scalars(select(Country)))
    regions: dict[str, RegionFacts] = {}
    for region, works in session.execute(
            select(Region, func.count(Entry.id)).join(Entry, Entry.region_id == Region.id)
            .where(Entry.contest_id == contest_id).group_by(Region.id)
            .order_by(Region.country_code, Region.code)):
        regions[region.code] = RegionFacts(region.code, region.country_code, dict(region.names),
                                           int(works))
    for row in board.rows:
        if row.tier and row.status != "withdrawn" and row.region_code in regions:
            regions[row.region_code].awarded[row.tier] += 1
    for code, ids in _awarded_student_ids(session, board).items():
        regions[code].students_awarded = len(ids)
    return Facts(dict(authors), {c.code: c.language for c in countries},
                 {c.code: dict(c.names) for c in countries}, regions)


def _awarded_student_ids(session: Session, board: Board) -> dict[str, set[int]]:
    """Region -> the distinct students of its awarded works (group works count every member)."""
    awarded = {r.entry_id: r.region_code for r in board.rows
               if r.tier and r.status != "withdrawn"}
    out: dict[str, set[int]] = defaultdict(set)
    if not awarded:
        return out
    for entry_id, student_id in session.execute(
            select(EntryStudent.entry_id, EntryStudent.student_id)
            .where(EntryStudent.entry_id.in_(list(awarded)))):
        out[awarded[entry_id]].add(student_id)
    return out


def region_label(names: dict[str, str], language: str, native: str) -> str:
    """"Tomsk / Томск": the name in the document's language and in the region's own."""
    main = pick(names, language)
    own = names.get(native, "")
    return f"{main} / {own}" if own and own != main else main
