"""Staff edits: validated, audit-logged, and refused when someone else saved in between."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from contest_app.core.demo import build_demo
from contest_app.core.entry_edit import Edit, set_status, update_entry, update_student
from contest_app.core.errors import Conflict, InvalidValue
from contest_app.db.models import AuditLog, Entry, Student


@pytest.fixture
def entry_id(db) -> int:  # type: ignore[no-untyped-def]
    build_demo(db, total=39, workers=1, image_size=(320, 240))
    with db.session() as s:
        return s.scalars(select(Entry.id).order_by(Entry.id)).first()


def test_edit_entry_is_audited_and_bumps_version(db, entry_id) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        entry = s.get(Entry, entry_id)
        old_title, version = entry.title, entry.version
        update_entry(s, Edit(entry_id, version, {"title_en": "The Dragon", "width_cm": "54.5"}),
                     reason="region's correction")
    with db.session() as s:
        entry = s.get(Entry, entry_id)
        assert entry.title == old_title and entry.title_en == "The Dragon"
        assert entry.width_cm == 54.5 and entry.version == version + 1
        log = s.scalars(select(AuditLog).where(AuditLog.action == "entry.edit")).one()
        assert log.target_id == entry_id and log.reason == "region's correction"
        assert log.changes["title_en"][1] == "The Dragon"


def test_stale_edit_is_refused(db, entry_id) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        version = s.get(Entry, entry_id).version
    with db.session() as s, s.begin():
        update_entry(s, Edit(entry_id, version, {"medium": "ink on silk"}))
    with pytest.raises(Conflict) as err, db.session() as s, s.begin():
        update_entry(s, Edit(entry_id, version, {"medium": "oil"}))
    assert err.value.code == "edited_elsewhere"
    with db.session() as s:
        assert s.get(Entry, entry_id).medium == "ink on silk"


@pytest.mark.parametrize("values, code", [
    ({"title": "  "}, "field_missing"),
    ({"width_cm": "wide"}, "number_invalid"),
    ({"height_cm": "-3"}, "number_invalid"),
    ({"entry_no": "X"}, "field_unknown"),
])
def test_bad_edits_are_refused(db, entry_id, values, code) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        version = s.get(Entry, entry_id).version
    with pytest.raises(InvalidValue) as err, db.session() as s, s.begin():
        update_entry(s, Edit(entry_id, version, values))
    assert err.value.code == code


def test_disqualify_needs_a_reason(db, entry_id) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        version = s.get(Entry, entry_id).version
    with pytest.raises(InvalidValue), db.session() as s, s.begin():
        set_status(s, entry_id, version, "disqualified", "")
    with db.session() as s, s.begin():
        set_status(s, entry_id, version, "disqualified", "traced from a book")
    with db.session() as s:
        entry = s.get(Entry, entry_id)
        assert entry.status == "disqualified" and entry.status_reason == "traced from a book"
        log = s.scalars(select(AuditLog).where(AuditLog.action == "entry.status")).one()
        assert log.changes["status"][1] == "disqualified"


def test_student_edit_confirms_latin_and_keeps_values_out_of_the_log(db, entry_id) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s, s.begin():
        student = s.get(Entry, entry_id).students[0]
        student.name_latin_suggested = True
        sid = student.id
    with db.session() as s:
        student = s.get(Student, sid)
        version = student.version
    with db.session() as s, s.begin():
        update_student(s, Edit(sid, version, {"name_latin": "Kim Jiyu",
                                              "birth_date": date(2010, 5, 3)}))
    with db.session() as s:
        student = s.get(Student, sid)
        assert student.name_latin == "Kim Jiyu" and not student.name_latin_suggested
        log = s.scalars(select(AuditLog).where(AuditLog.action == "student.edit")).one()
        assert "Kim Jiyu" not in str(log.changes) and "name_latin" in log.changes
