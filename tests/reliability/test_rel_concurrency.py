"""Two staff members edit the same record at once: the second save is refused with a clear
message and nothing is overwritten silently. Meant for the shared PostgreSQL server (the `db`
fixture on CONTEST_APP_TEST_DB); on SQLite the database lock refuses the second writer."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from contest_app.core.demo import build_demo
from contest_app.core.entry_edit import Edit, update_entry, update_student
from contest_app.core.errors import Conflict
from contest_app.db.models import Entry, Student
from contest_app.messages import message


@pytest.fixture
def entry_id(db: Any) -> int:
    build_demo(db, total=39, workers=1, image_size=(160, 120))
    with db.session() as session:
        return int(session.scalar(select(Entry.id).order_by(Entry.id)))


def _title(db: Any, entry_id: int) -> str:
    with db.session() as session:
        return session.get_one(Entry, entry_id).title


def test_the_second_save_is_refused_not_merged(db: Any, entry_id: int) -> None:
    first, second = db.session(), db.session()
    try:
        seen_first = first.get_one(Entry, entry_id).version
        seen_second = second.get_one(Entry, entry_id).version  # both opened the same version
        update_entry(first, Edit(entry_id, seen_first, {"title": "Staff A's title"}))
        first.commit()
        second.rollback()  # staff B's window reads the row again when saving
        with pytest.raises(Conflict) as refused:
            update_entry(second, Edit(entry_id, seen_second, {"title": "Staff B's title"}))
    finally:
        first.close()
        second.close()
    assert refused.value.code == "edited_elsewhere"
    assert "nothing was overwritten" in message(refused.value.code, refused.value.values)
    assert _title(db, entry_id) == "Staff A's title"


def test_saves_at_the_same_moment_never_overwrite(db: Any, entry_id: int,
                                                   on_postgres: bool) -> None:
    """Both pass the version check; the row lock makes the second UPDATE wait for the first
    commit, then find the version changed (StaleDataError) instead of writing over it."""
    first, second = db.session(), db.session()
    outcome: dict[str, Any] = {}
    try:
        version = first.get_one(Entry, entry_id).version
        second.get_one(Entry, entry_id)
        update_entry(first, Edit(entry_id, version, {"title": "Staff A's title"}))
        first.flush()  # A holds the row (PostgreSQL) or the write lock (SQLite)

        def save_second() -> None:
            try:
                update_entry(second, Edit(entry_id, version, {"title": "Staff B's title"}))
                second.commit()
                outcome["result"] = "saved"
            except Exception as exc:  # noqa: BLE001 - what happened is the test's subject
                outcome["result"] = exc

        worker = threading.Thread(target=save_second)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive(), "the second save did not wait for the first"
        first.commit()
        worker.join(timeout=30)
    finally:
        first.close()
        second.close()
    result = outcome["result"]
    if on_postgres:
        assert isinstance(result, StaleDataError), result
    else:  # SQLite: the second writer's snapshot is stale, its write is refused
        assert isinstance(result, StaleDataError | OperationalError), result
    assert _title(db, entry_id) == "Staff A's title"


def test_students_are_protected_the_same_way(db: Any, entry_id: int) -> None:
    with db.session() as session:
        student = session.scalars(select(Student).order_by(Student.id)).first()
        student_id, version = student.id, student.version
    with db.session() as session, session.begin():
        update_student(session, Edit(student_id, version, {"school": "School A"}))
    with pytest.raises(Conflict), db.session() as session, session.begin():
        update_student(session, Edit(student_id, version, {"school": "School B"}))
    with db.session() as session:
        assert session.get_one(Student, student_id).school == "School A"


@pytest.mark.gui
def test_the_entry_panel_says_so_in_words(db: Any, entry_id: int, qapp: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The Entries page's detail panel: a conflict (caught by the version check, or by the
    database when both saves race) becomes a message box in words, never a traceback."""
    from PySide6.QtWidgets import QMessageBox

    from contest_app.gui.errors import describe
    from contest_app.gui.widgets.entry_detail import EntryDetailPanel
    from contest_app.i18n import LanguageSwitcher

    LanguageSwitcher().switch("en")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    assert "Someone else saved this record" in describe(StaleDataError("stale"))
    assert "Someone else saved this record" in describe(Conflict("edited_elsewhere"))

    panel = EntryDetailPanel(db)
    panel.show_entry(entry_id)
    with db.session() as session, session.begin():  # another staff member saves first
        version = session.get_one(Entry, entry_id).version
        update_entry(session, Edit(entry_id, version, {"title": "Saved elsewhere"}))
    panel.title.setText("Typed here")
    panel.save()
    assert shown and "Someone else saved this record" in shown[-1]
    assert _title(db, entry_id) == "Saved elsewhere"

    # the race: the other save holds the row while this one passes its version check
    panel.show_entry(entry_id)
    other = db.session()
    version = other.get_one(Entry, entry_id).version
    update_entry(other, Edit(entry_id, version, {"title": "Won the race"}))
    other.flush()
    timer = threading.Timer(0.5, other.commit)
    timer.start()
    panel.title.setText("Lost the race")
    panel.save()  # waits for the other save's row lock, then finds the version changed
    timer.join()  # the commit's own bookkeeping must end before the session is closed
    other.close()
    assert len(shown) == 2
    assert "Someone else saved" in shown[-1] or "refused the change" in shown[-1]
    assert _title(db, entry_id) == "Won the race"
    panel.deleteLater()
