"""The GUI's way to the same safety: File → Back up…, Restore… and Privacy…, and the automatic
backups the import dialog, the round-close dialog and the awards page take. Offscreen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from contest_app.core import privacy, safety
from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.db.models import AuditLog, Entry, Student
from tests.reliability.conftest import scored_contest, snapshot

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def quiet_qt(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Settings in a temp folder, English, and message boxes that answer without a screen."""
    from PySide6.QtCore import QSettings

    from contest_app.i18n import LanguageSwitcher

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    LanguageSwitcher().switch("en")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    yield said


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


@pytest.mark.xfail(_pyside_version() == "6.12.0", strict=True,
                   reason="PySide6 6.12.0 on Python 3.11 leaks references to None")
def test_qt_calls_leave_none_alone(qapp: Any) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing: once None's count (about 60,000 in the app) is used up, the session dies
    ("deallocating None"); an Entries page refresh costs about 200, a keystroke in its search
    about 15. Python 3.12 made None immortal; on 3.11 the binding must not do it: PySide6 6.11
    (QtPdf from PySide6-Addons) does not."""
    import sys

    from PySide6.QtCore import QObject

    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal from Python 3.12 on")
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100, "this PySide6 leaks references to None"


def test_file_menu_has_backup_restore_privacy(db: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QSettings

    from contest_app.gui.main_window import MainWindow
    from contest_app.i18n import LanguageSwitcher

    window = MainWindow(db, LanguageSwitcher(), QSettings())
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Back up…", "Res&tore…", "&Privacy…"} <= set(texts)
    assert texts.index("&Back up…") < texts.index("&Quit")


def test_back_up_and_restore_from_the_gui(db: Any, qtbot: Any, tmp_path: Path,
                                          quiet_qt: list[str]) -> None:
    from PySide6.QtWidgets import QWidget

    from contest_app.gui.dialogs.backup_dialog import RestoreDialog, back_up

    scored_contest(db, total=39, score=False)
    before = snapshot(db)
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "gui-backup.zip"
    back_up(parent, db, target)
    qtbot.waitUntil(lambda: bool(quiet_qt), timeout=60_000)
    assert target.is_file() and str(target) in quiet_qt[-1]

    with db.session() as session, session.begin():
        session.delete(session.scalars(select(Entry)).first())
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0 and not dialog.restore_button.isEnabled()
    dialog.choose(target)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        dialog.restore()
    assert snapshot(db) == before
    assert "is restored" in quiet_qt[-1]
    # the copy it kept is offered next time, and restores the state before the restore
    again = RestoreDialog(db)
    qtbot.addWidget(again)
    assert again.backups.count() == 1 and "before-restore" in again.backups.item(0).text()


def test_privacy_dialog_previews_purges_and_exports(db: Any, qtbot: Any, tmp_path: Path,
                                                    quiet_qt: list[str]) -> None:
    from contest_app.gui.dialogs.privacy_dialog import PrivacyDialog
    from tests.reliability.test_rel_privacy import award_a_few

    scored = scored_contest(db)
    award_a_few(db, scored.contest_id)
    dialog = PrivacyDialog(db, scored.contest_id)
    qtbot.addWidget(dialog)
    assert "Not set" in dialog.retention_state.text()
    dialog.days.setValue(400)  # the demo's deadline (2024-09-13) is older than that
    dialog.save_retention()
    with db.session() as session:
        assert privacy.retention_days(session) == 400
    before = snapshot(db)
    dialog.run_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert snapshot(db) == before and dialog.purge_button.isEnabled()
    assert "would be removed" in dialog.purge_text.text()

    dialog.search.setText("a")  # find a student to export before the purge
    assert dialog.matches.count() > 0
    dialog.matches.setCurrentRow(0)
    dialog.export(out_dir=tmp_path / "sar")
    qtbot.waitUntil(lambda: dialog.last_export is not None, timeout=30_000)
    data = json.loads((dialog.last_export / "student.json").read_text(encoding="utf-8"))
    assert data["student"]["name"]

    expected = dialog.preview.students
    dialog.run_purge()
    qtbot.waitUntil(lambda: dialog.preview is None, timeout=30_000)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Student).where(
            Student.purged_at.is_not(None))) == expected
    assert f"Removed: {expected}" in dialog.purge_text.text()


def test_gui_steps_back_up_first(db: Any, qtbot: Any, tmp_path: Path) -> None:
    from contest_app.gui.dialogs.import_dialog import ImportDialog
    from contest_app.gui.dialogs.jury_dialogs import CloseRoundDialog

    scored = scored_contest(db)
    batch = next(b for b in generate_batches(seed=3) if b.region_code == "KR-26")
    folder = tmp_path / "busan"
    write_batch_folder(batch, folder, image_size=(160, 120), seed=3)
    dialog = ImportDialog(db, scored.contest_id, region_code="KR-26")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(folder))
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=30_000)
    close = CloseRoundDialog(db, scored.round_id, 0)
    qtbot.addWidget(close)
    close.accept()
    reasons = [b.reason for b in safety.automatic_backups(db)]
    assert reasons == ["close-round", "import"]
    # the import's backup holds the database as it was just before the batch
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "intake.import")) == 1


def test_awards_page_finalise_backs_up_first(db: Any, qtbot: Any, quiet_qt: list[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from contest_app.gui.dialogs.award_decision_dialog import ReasonDialog
    from contest_app.gui.pages.awards_page import AwardsPage

    scored = scored_contest(db)
    page = AwardsPage(db)
    qtbot.addWidget(page)
    page.set_contest(scored.contest_id)
    page.show()
    page.propose()
    qtbot.waitUntil(lambda: bool(quiet_qt) or (page.board is not None and page.board.saved),
                    timeout=30_000)
    assert not quiet_qt

    def accept(dialog: ReasonDialog) -> int:
        dialog.reason.setPlainText("fewer works than places")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", accept)
    page.finalize()
    assert page.board.locked
    assert [b.reason for b in safety.automatic_backups(db)] == ["finalize"]


def _rows(count: int) -> list[Any]:
    from contest_app.core.entry_list import EntryRow, StudentRow

    names = ["Ärger", "apple", "Zebra", "김지유", "Степан", "banana"]
    return [EntryRow(id=n + 1, anon_code=f"C{n:05d}", entry_no=f"KR-47-{n % 997}",
                     region_code="KR-47", region_names={"en": "Gyeongsangbuk"},
                     country_code=("KR", "JP", "CN")[n % 3], title=f"Title {n}",
                     title_en="", status="eligible", status_reason="",
                     students=[StudentRow(n, names[n % len(names)], "", "")],
                     problem_codes=["x"] * (n % 4))
            for n in range(count)]


def test_entries_table_sorts_and_filters_10000_works_without_stalling(qapp: Any,
                                                                       qtbot: Any) -> None:
    """The model sorts (collation, numbers as numbers, stable), the proxy only filters: no
    Python call per comparison, so 10,000 rows load, sort and filter in a blink."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from contest_app.gui.models.entries_model import (
        COL_NO,
        COL_PROBLEMS,
        COL_STUDENTS,
        EntriesFilter,
        EntriesModel,
    )

    model = EntriesModel(Path("/nonexistent"))
    proxy = EntriesFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(COL_NO, Qt.SortOrder.AscendingOrder)

    def column(c: int, count: int = 6) -> list[str]:
        return [proxy.index(r, c).data() for r in range(min(count, proxy.rowCount()))]

    model.set_rows(_rows(12))
    assert column(COL_NO, 12)[:4] == ["KR-47-0", "KR-47-1", "KR-47-2", "KR-47-3"]
    assert column(COL_NO, 12)[-2:] == ["KR-47-10", "KR-47-11"]  # 9 < 10: numbers as numbers
    view.sortByColumn(COL_STUDENTS, Qt.SortOrder.AscendingOrder)
    latin = [n for n in column(COL_STUDENTS, 12) if n.isascii() or n[0] == "Ä"]
    assert latin == sorted(latin, key=lambda n: n.casefold().replace("ä", "a"))  # case-blind
    view.selectRow(3)
    chosen = proxy.index(3, 0).data(Qt.ItemDataRole.UserRole + 1)
    view.sortByColumn(COL_PROBLEMS, Qt.SortOrder.DescendingOrder)
    assert column(COL_PROBLEMS, 12) == sorted(column(COL_PROBLEMS, 12), key=int, reverse=True)
    selected = view.selectionModel().selectedRows()
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in selected] == [chosen]  # kept
    order = column(COL_NO, 12)
    proxy.set_filter(country="JP")
    assert column(COL_NO, 12) == [no for no in order if int(no.rsplit("-", 1)[1]) % 3 == 1]

    proxy.set_filter(country=None)
    started = time.perf_counter()
    model.set_rows(_rows(10_000))
    loaded = time.perf_counter() - started
    timings = []
    for needle in ("title 12", "", "zebra", "", "c0999", ""):
        started = time.perf_counter()
        proxy.set_filter(needle=needle)
        timings.append(time.perf_counter() - started)
    started = time.perf_counter()
    view.sortByColumn(COL_STUDENTS, Qt.SortOrder.AscendingOrder)
    sorted_in = time.perf_counter() - started
    assert proxy.rowCount() == 10_000
    # generous bounds (a slow CI machine); the proxy sorting itself took 1-2 s per change
    assert loaded < 1.5 and sorted_in < 1.5 and max(timings) < 0.5, (loaded, sorted_in, timings)


def test_none_is_guarded_against_the_binding_leak() -> None:
    """Whatever the binding leaks, None keeps far more references than a session can lose."""
    import sys

    from contest_app.gui.none_guard import HEADROOM, protect_none

    protect_none()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > HEADROOM // 2
