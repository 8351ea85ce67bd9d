"""Every text fits its widget on the main window's pages in the longest languages, Russian and
Mongolian (tools/text_fit.py does the measuring; run it alone for all six and the dialogs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 2  # px: rounding between font metrics and the style's own arithmetic

# Problems known and left for now, each with the reason; anything else fails.
KNOWN: dict[tuple[str, str, str, str], str] = {}


def load_text_fit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("text_fit", ROOT / "tools" / "text_fit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("text_fit", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ru", "mn"])
def test_main_window_pages_fit(demo_db, language: str) -> None:  # type: ignore[no-untyped-def]
    text_fit = load_text_fit()
    report = text_fit.run(demo_db, demo_db.demo_contest_id, [language], tolerance=TOLERANCE,
                          pages_only=True)
    assert {"MainWindow/EntriesPage", "MainWindow/JuryPage"} <= set(report.checked)
    problems = [p for p in report.problems
                if (p.language, p.window, p.widget, p.name) not in KNOWN]
    assert not problems, "texts that do not fit:\n" + "\n".join(map(str, problems))


@pytest.mark.gui
def test_the_checker_sees_dialogs_and_overflow(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Dialogs are discovered and opened; a label made too narrow is reported, a wide one not."""
    from PySide6.QtWidgets import QLabel

    text_fit = load_text_fit()
    report = text_fit.run(demo_db, demo_db.demo_contest_id, ["mn"], tolerance=TOLERANCE)
    assert {"AboutDialog", "ContestSettingsDialog", "RegionsDialog"} <= set(report.checked)

    label = QLabel("Шалгарсан бүтээлийн шагнал")
    label.setObjectName("probe")
    label.setFixedWidth(40)
    label.show()
    text_fit.settle()
    found = list(text_fit.measure(label))
    assert [(kind, name) for _, kind, name, needed, available in found
            if needed > available] == [("QLabel", "probe")]
    label.setFixedWidth(label.sizeHint().width())
    text_fit.settle()
    assert all(needed <= available for *_, needed, available in text_fit.measure(label))
    label.close()
