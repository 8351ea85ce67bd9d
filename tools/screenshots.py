"""Render the main window's pages and dialogs to PNG files, offscreen, in any language.

    .venv/bin/python tools/screenshots.py --db sqlite:///demo.sqlite --lang ko --out shots/
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from contest_app.core.languages import LANGUAGES  # noqa: E402
from contest_app.gui.app import create_main_window  # noqa: E402


def settle() -> None:
    loop = QEventLoop()  # PySide6 6.12's static processEvents leaks a reference to None per call
    for _ in range(10):
        loop.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    for lang in args.lang or ["en"]:
        window, _ = create_main_window(args.db, lang)
        if window is None:
            return 3
        window.resize(width, height)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            grab(window, args.out / f"{lang}-page{row}.png")
        from contest_app.gui.dialogs.contest_settings_dialog import ContestSettingsDialog
        from contest_app.gui.dialogs.regions_dialog import RegionsDialog

        if window.contest_id is not None:
            dialog = ContestSettingsDialog(window.db, window.contest_id, window)
            for tab in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(tab)
                grab(dialog, args.out / f"{lang}-settings{tab}.png")
            dialog.close()
        regions = RegionsDialog(window.db, window)
        regions.table.selectRow(3)
        grab(regions, args.out / f"{lang}-regions.png")
        regions.close()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
