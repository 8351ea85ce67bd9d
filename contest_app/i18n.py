"""UI translation: Qt's translator with explicit contexts, switched live between six languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from contest_app import paths
from contest_app.core.languages import LANGUAGES, QT_LOCALES


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


_current = "en"


def current_language() -> str:
    """The UI language now in force: pages pick data names (regions, tiers) in it."""
    return _current


class LanguageSwitcher:
    """Installs the app's translator (and Qt's own, for standard buttons) for one language."""

    # shared by every switcher: a switch must remove whatever any earlier switch installed
    _installed: list[QTranslator] = []

    def __init__(self) -> None:
        self.language = _current

    def qm_file(self, language: str) -> str:
        return str(paths.translations_dir() / f"contest_app_{QT_LOCALES[language]}.qm")

    def switch(self, language: str) -> bool:
        """Load language; returns False (and stays in English) when its file is missing."""
        global _current
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"
        _current = "en"
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            self._deliver()
            return True
        ours = QTranslator(app)
        if not ours.load(self.qm_file(language)):
            return False
        qt_own = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt_own.load(QLocale(QT_LOCALES[language]), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        self.language = language
        _current = language
        self._deliver()
        return True

    @staticmethod
    def _deliver() -> None:
        """Retranslate every widget now, not at the next turn of the event loop."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
