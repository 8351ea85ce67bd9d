"""The juror's scoring window, driven by the keyboard alone, over a source held in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from contest_app.core.jury.source import CriterionInfo, ScoreItem, WorkItem
from contest_app.gui.scoring.scoring_window import ScoringWindow

CRITERIA = [CriterionInfo(key, {"en": key.title()}, 1.0, 1.0, 10.0)
            for key in ("theme", "creativity", "composition", "technique")]


class MemorySource:
    """Saves into a dict, as a package's sidecar file would on disk."""

    juror_label = "Juror 1"
    round_label = "Preliminary round"
    show_titles = False

    def __init__(self, folder: Path, count: int = 14) -> None:
        self.criteria = CRITERIA
        self.folder = folder
        self.codes = [f"C{i:03d}X" for i in range(count)]
        for i, code in enumerate(self.codes):
            Image.new("RGB", (160, 120), (i * 15 % 255, 90, 160)).save(folder / f"{code}.jpg")
        self.saved: dict[str, ScoreItem] = {}
        self.save_calls = 0

    def works(self) -> list[WorkItem]:
        return [WorkItem(code) for code in self.codes]

    def image_path(self, code: str) -> Path:
        return self.folder / f"{code}.jpg"

    def scores(self) -> dict[str, ScoreItem]:
        return {code: ScoreItem(dict(i.values), i.comment, i.flagged, i.favourite, i.abstained)
                for code, i in self.saved.items()}

    def save(self, code: str, item: ScoreItem) -> None:
        self.save_calls += 1
        self.saved[code] = ScoreItem(dict(item.values), item.comment, item.flagged,
                                     item.favourite, item.abstained)

    def close(self) -> None:
        pass


@pytest.fixture
def window(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    source = MemorySource(tmp_path)
    win = ScoringWindow(source)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.setFocus()
    return win


def test_a_dozen_works_scored_by_keyboard_alone(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = window.source
    for n in range(12):
        for digit in "7859" if n % 2 else "3420":  # 0 means 10
            qtbot.keyClick(window, digit)
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert len(source.saved) == 12
    first = source.saved[source.codes[0]]
    assert first.values == {"theme": 3.0, "creativity": 4.0, "composition": 2.0,
                            "technique": 10.0}
    assert source.saved[source.codes[1]].values["technique"] == 9.0
    assert window.position == 12
    assert "12 of 14" in window.progress.format()


def test_every_keypress_is_saved_at_once(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, "6")
    code = window.source.codes[0]
    assert window.source.saved[code].values == {"theme": 6.0}  # saved before moving on
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.source.saved[code].flagged and window.source.saved[code].favourite
    qtbot.keyClick(window, Qt.Key.Key_Up)
    qtbot.keyClick(window, Qt.Key.Key_Backspace)
    assert window.source.saved[code].values == {}


def test_filters_and_navigation(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for digit in "5555":
        qtbot.keyClick(window, digit)
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    window.filter.setCurrentIndex(1)  # not scored yet
    assert len(window.shown) == 13 and window.current().code == window.source.codes[1]
    window.filter.setCurrentIndex(2)  # flagged
    assert [w.code for w in window.shown] == [window.source.codes[0]]
    window.filter.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.position == 13
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.position == 12


def test_compare_shows_two_works(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.views.currentIndex() == 1
    assert window.compare_left_label.text() == window.source.codes[0]
    assert window.compare_right_label.text() == window.source.codes[1]
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert window.views.currentIndex() == 0


def test_out_of_scale_digit_is_refused(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = MemorySource(tmp_path, 2)
    source.criteria = [CriterionInfo("theme", {"en": "Theme"}, 1.0, 1.0, 5.0)]
    win = ScoringWindow(source)
    qtbot.addWidget(win)
    qtbot.keyClick(win, "8")
    assert source.saved == {}


def test_reopening_shows_what_was_saved(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = MemorySource(tmp_path, 3)
    source.saved[source.codes[0]] = ScoreItem({"theme": 8.0}, "strong", True)
    win = ScoringWindow(source)
    qtbot.addWidget(win)
    assert win.spins[0].value() == 8.0 and win.comment.text() == "strong"
    assert win.flag.isChecked()
