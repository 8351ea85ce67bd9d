"""First run: no contest yet, so offer to create one or to open the demo contest."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from contest_app.gui.main_window import MainWindow
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.gui.workers import JobControl
from contest_app.i18n import translate


def offer_first_contest(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FirstRun", "Welcome"))
    box.setText(translate("FirstRun", "This database holds no contest yet."))
    box.setInformativeText(translate(
        "FirstRun", "Create the first edition now, or open a demo contest shaped like the 12th "
        "edition (2024) to explore the app. The demo lives in a database of its own."))
    create = box.addButton(translate("FirstRun", "Create a contest…"),
                           QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(translate("FirstRun", "Open the demo"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("FirstRun", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is create:
        window.new_contest()
    elif box.clickedButton() is demo:
        open_demo(window)


def open_demo(window: MainWindow) -> None:
    """Build the demo database in the background, then show it in a new main window."""
    from contest_app.cli.common import open_db
    from contest_app.cli.demo_cmd import _reset_default_demo, demo_db_url
    from contest_app.core.demo import build_demo

    url = demo_db_url()

    def work(control: JobControl) -> int:
        _reset_default_demo()
        db = open_db(url)
        try:
            return build_demo(db, progress=control.report)
        finally:
            db.dispose()

    def done(contest_id: Any) -> None:
        replacement = MainWindow(open_db(url), window.switcher, window.settings)
        replacement.select_contest(int(contest_id))
        replacement.show()
        window.close()
        window._replacement = replacement  # type: ignore[attr-defined]  # keep it alive

    run_with_progress(window, translate("FirstRun", "Building the demo contest…"), work, done)
