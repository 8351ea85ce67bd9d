"""The juror's scoring screen: keyboard first, every score saved at once, nothing identifying."""

from __future__ import annotations

import sys

from contest_app.core.jury.source import JurorSource


def run_scoring(source: JurorSource, language: str | None = None) -> int:
    """Open the scoring window on source (a package or the database) and run until closed."""
    from PySide6.QtCore import QSettings

    from contest_app.gui.app import application, setup_logging
    from contest_app.gui.scoring.scoring_window import ScoringWindow
    from contest_app.i18n import LanguageSwitcher, system_language

    setup_logging()
    app = application()
    settings = QSettings()
    switcher = LanguageSwitcher()
    if not switcher.switch(language or str(settings.value("language", "") or system_language())):
        switcher.switch("en")
    window = ScoringWindow(source)
    window.show()
    try:
        return app.exec()
    finally:
        source.close()
        sys.stdout.flush()
