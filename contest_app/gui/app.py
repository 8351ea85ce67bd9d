"""Start the GUI: settings, language, the database (with clear words when it cannot open)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from contest_app import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, paths
from contest_app.cli.common import DatabaseOpenError, open_db
from contest_app.db.session import Database
from contest_app.gui.fonts import install_app_fonts
from contest_app.gui.main_window import MainWindow
from contest_app.gui.none_guard import protect_none
from contest_app.i18n import LanguageSwitcher, system_language, translate


def application() -> QApplication:
    protect_none()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    if not app.property("contest_fonts"):
        install_app_fonts(app)
        app.setProperty("contest_fonts", True)
    return app


def setup_logging() -> None:
    """Failures go to a log file in the data folder (never personal data, never a dialog)."""
    log_file = paths.user_data_dir() / "contest_app.log"
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def open_database_gui(url: str | None, parent: QWidget | None = None) -> Database | None:
    try:
        return open_db(url)
    except DatabaseOpenError as exc:
        QMessageBox.critical(parent, translate("App", "Cannot open the database"), exc.text)
        return None


def create_main_window(url: str | None, language: str | None = None
                       ) -> tuple[MainWindow | None, LanguageSwitcher]:
    application()
    settings = QSettings()
    switcher = LanguageSwitcher()
    wanted = language or str(settings.value("language", "") or system_language())
    if not switcher.switch(wanted):
        switcher.switch("en")
    if language:
        settings.setValue("language", switcher.language)
    db = open_database_gui(url)
    if db is None:
        return None, switcher
    return MainWindow(db, switcher, settings), switcher


def run_gui(url: str | None, contest_id: int | None = None, language: str | None = None) -> int:
    setup_logging()
    app = application()
    window, _switcher = create_main_window(url, language)
    if window is None:
        return 3
    if contest_id is not None:
        window.select_contest(contest_id)
    window.show()
    if window.contest_id is None:
        from contest_app.gui.dialogs.first_run_dialog import offer_first_contest

        offer_first_contest(window)
    return app.exec()
