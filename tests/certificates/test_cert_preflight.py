"""Pre-flight finds every text no embedded font can print, before anything goes to paper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from contest_app.cli import main
from contest_app.core.certificates.templates import default_template, save_template
from contest_app.db.models import Entry, Student
from contest_app.reports.preflight import has_errors, preflight


def test_clean_demo_has_no_glyph_problems(awarded: Any) -> None:
    with awarded.db.session() as s:
        problems = preflight(s, awarded.contest_id, awarded.db.media_root)
    assert not has_errors(problems), problems


def test_ethiopic_and_private_use_characters_are_caught(awarded: Any) -> None:
    with awarded.db.session() as s, s.begin():
        s.get(Student, awarded.students["KR"]).name = "김지유 ሀይሌ"
        russian = s.get(Student, awarded.students["RU"])
        russian.name_latin = "Sofia \ue000"
        entry = s.scalars(select(Entry).where(Entry.contest_id == awarded.contest_id)).first()
        entry.title_en = "The Sun ☸ Tree"
    with awarded.db.session() as s:
        problems = preflight(s, awarded.contest_id, awarded.db.media_root)
    glyphs = [p for p in problems if p.code == "glyphs_missing"]
    by_student = {p.student_id: p for p in glyphs if p.student_id is not None}
    korean = by_student[awarded.students["KR"]]
    assert korean.field == "name" and korean.characters == "ሀይሌ"
    assert "U+1200" in korean.codepoints() and korean.student == "김지유 ሀይሌ"
    assert by_student[awarded.students["RU"]].characters == "\ue000"
    assert has_errors(problems)


def test_template_text_problems_are_reported_once(awarded: Any) -> None:
    template = default_template("participation")
    template.texts["ko"]["body"] = "참가를 축하합니다 ሀ"
    with awarded.db.session() as s, s.begin():
        save_template(s, awarded.contest_id, "participation", template)
    with awarded.db.session() as s:
        problems = preflight(s, awarded.contest_id, awarded.db.media_root)
    body = [p for p in problems if p.field == "body"]
    assert len(body) == 1 and body[0].characters == "ሀ" and body[0].student_id is None


def test_missing_template_image_is_an_error(awarded: Any) -> None:
    template = default_template("award")
    template.images["logo"].file = "certificate-assets/gone.png"
    with awarded.db.session() as s, s.begin():
        save_template(s, awarded.contest_id, "award", template)
    with awarded.db.session() as s:
        problems = preflight(s, awarded.contest_id, awarded.db.media_root, kind="award")
    assert [p.code for p in problems if p.field == "logo"] == ["certificate_image_missing"]


def test_cli_preflight_exit_codes(awarded: Any, db_url: str, capsys: Any,
                                  tmp_path: Path) -> None:
    args = ["--db", db_url, "certificates", "preflight", "--contest", str(awarded.contest_id)]
    assert main(args) == 0
    assert "All texts can be printed" in capsys.readouterr().out
    with awarded.db.session() as s, s.begin():
        s.get(Student, awarded.students["MN"]).name = "Өнөрмаа ሀ"
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "Өнөрмаа ሀ" in out and "U+1200 ETHIOPIC SYLLABLE HA" in out
