"""The jury in the GUI: staff open a round, a juror scores by keyboard (live and from a
package), and nothing on the juror's screen names a student, school or region."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from sqlalchemy import func, select

from contest_app.core.jury import assignment, jurors, rounds
from contest_app.core.jury.leak_scan import forbidden_strings, scan_text
from contest_app.core.jury.live_source import LiveSource
from contest_app.db.models import Score
from contest_app.gui.main_window import MainWindow
from contest_app.gui.scoring.scoring_window import ScoringWindow
from contest_app.i18n import LanguageSwitcher

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def jury_round(demo_db):  # type: ignore[no-untyped-def]
    cid = demo_db.demo_contest_id
    with demo_db.session() as s, s.begin():
        ids = [jurors.add_juror(s, cid, name, country_code=cc,
                                conflicts=[("country", cc)] if cc else []).id
               for name, cc in (("Park Min-jun", "KR"), ("Ivanova Anna", "RU"), ("Sato Yui", ""))]
        round_ = rounds.create_round(s, cid, kind="preliminary")
        assignment.assign(s, round_.id, per_work=2)
        return demo_db, round_.id, ids


def screen_strings(widget: QWidget) -> str:
    """Every string a juror can read on the window: titles, labels, fields, buttons, lists."""
    parts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            parts.append(child.text())
        if isinstance(child, QLineEdit):
            parts += [child.text(), child.placeholderText()]
        if isinstance(child, QComboBox):
            parts += [child.itemText(i) for i in range(child.count())]
        parts += [child.toolTip(), child.windowTitle()]
    return "\n".join(p for p in parts if p)


def score_dozen(window: ScoringWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.setFocus()
    for n in range(12):
        for digit in ("6847" if n % 3 else "9075"):
            qtbot.keyClick(window, digit)
        qtbot.keyClick(window, Qt.Key.Key_Return)


def test_live_scoring_by_keyboard_and_blind_screen(jury_round, qtbot) -> None:  # type: ignore[no-untyped-def]
    db, round_id, juror_ids = jury_round
    window = ScoringWindow(LiveSource(db, round_id, juror_ids[0]))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    score_dozen(window, qtbot)
    with db.session() as s:
        assert s.scalar(select(func.count(Score.id)).where(Score.juror_id == juror_ids[0])) == 12
        forbidden = forbidden_strings(s, db.demo_contest_id)
    SHOTS.mkdir(exist_ok=True)
    loop = QEventLoop()
    for _ in range(5):
        loop.processEvents()
    window.grab().save(str(SHOTS / "scoring-live.png"))
    assert scan_text(screen_strings(window), forbidden) == []
    # the scan would catch a name that slipped onto the screen
    planted = next(iter(sorted(f for f in forbidden if len(f) > 4)))
    window.title_label.setText(planted)
    assert scan_text(screen_strings(window), forbidden)


def test_package_round_trip_from_the_juror_window(jury_round, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from contest_app.core.jury.package import export_package
    from contest_app.core.jury.package_source import open_package
    from contest_app.core.jury.results_import import import_results

    db, round_id, juror_ids = jury_round
    package = export_package(db, round_id, juror_ids[1], tmp_path / "juror.nearjury")
    source = open_package(package)
    window = ScoringWindow(source)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.export_button.isVisible()
    score_dozen(window, qtbot)
    results = window.export_results(tmp_path / "juror.nearresults")
    assert results is not None and results.exists()
    window.close()
    source.close()
    report = import_results(db, results)
    assert len(report.scored) == 12
    again = import_results(db, results)
    assert again.already_imported
    with db.session() as s:
        saved = s.scalar(select(func.count(Score.id)).where(Score.juror_id == juror_ids[1],
                                                            Score.source == "package"))
        assert saved == 12


def test_jury_page_shows_progress(jury_round, qtbot) -> None:  # type: ignore[no-untyped-def]
    db, round_id, _juror_ids = jury_round
    switcher = LanguageSwitcher()
    switcher.switch("en")
    window = MainWindow(db, switcher, QSettings())
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.nav.setCurrentRow(1)
    qtbot.waitExposed(window)
    page = window.pages[1]
    assert page.round_choice.currentData() == round_id
    assert page.jurors_model.rowCount() == 3
    assert len(page.chart.bars) == 3
    assigned = sum(int(page.jurors_model.data(page.jurors_model.index(r, 1)))
                   for r in range(3))
    works = page.current_round().works  # the eligible works
    assert assigned == 2 * works  # every work has two jurors; conflicts only choose which
    SHOTS.mkdir(exist_ok=True)
    loop = QEventLoop()  # let the layouts settle before the picture
    for _ in range(5):
        loop.processEvents()
    window.grab().save(str(SHOTS / "jury-page.png"))
