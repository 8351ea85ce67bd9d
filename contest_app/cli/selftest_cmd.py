"""`contest-app selftest`: does this installation find its own files? Needs no display.

Run from a bundle it proves that the translations, fonts and migration scripts were packed and are
found through contest_app.paths. It uses a QCoreApplication, never a QApplication, so it works
on a machine (or CI job) with no screen. With --first-run it also opens the main window
(a QApplication; QT_QPA_PLATFORM=offscreen needs no screen either), checks the icons and the About
dialog's version, and answers the first-run question the way a person would.
"""

from __future__ import annotations

import argparse
import sys

from contest_app import APP_NAME, __version__, paths
from contest_app.core.languages import LANGUAGES

# a string every translation has; its context and text as the main window uses them
PROBE_CONTEXT, PROBE_TEXT = "MainWindow", "NEAR Youth Painting Contest"
DEMO_TIMEOUT_MS = 300_000
QT_OWN_LANGUAGES = ("ko", "zh", "ja", "ru")
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf",
              "wqy-microhei.ttc")


QT_BUTTONS_CONTEXT = "QPlatformTheme"


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    test = sub.add_parser("selftest", help="check that translations, fonts and migrations "
                          "are found (no display needed)")
    test.add_argument("--lang", dest="selftest_lang", choices=LANGUAGES, default=None,
                      help="load this language and print one translated string "
                      "(default: --lang before the command, else English)")
    test.add_argument("--first-run", choices=("later", "demo"), default=None,
                      help="also open the main window on --db (QT_QPA_PLATFORM=offscreen needs "
                      "no screen) and answer the first-run question: Later, or Open the demo")
    test.set_defaults(raw_command=selftest_command)


def selftest_command(args: argparse.Namespace) -> int:
    """Exit 0 when every check passes, 1 otherwise; one line per check on stdout."""
    from PySide6.QtCore import QCoreApplication

    from contest_app.db import migrate
    from contest_app.i18n import LanguageSwitcher, translate

    language = args.selftest_lang or args.lang or "en"
    if args.first_run:  # widgets need a QApplication (offscreen is enough), the rest does not
        from contest_app.gui.app import application

        _app: QCoreApplication = application()
    else:
        _app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    failures = 0

    def check(ok: bool, text: str) -> None:
        nonlocal failures
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {text}")

    print(f"{APP_NAME} {__version__} ({'frozen' if paths.is_frozen() else 'source'}: "
          f"{paths.bundle_root()})")
    switcher = LanguageSwitcher()
    loaded = switcher.switch(language)
    if language != "en":
        check(loaded, f"translations {switcher.qm_file(language)}")
    text = translate(PROBE_CONTEXT, PROBE_TEXT)
    check(language == "en" or text != PROBE_TEXT, f"{language}: {text}")
    if language in QT_OWN_LANGUAGES:  # Qt ships no Mongolian: its buttons stay in English
        # a variable context keeps lupdate from copying Qt's string into our own .ts files,
        # which would make this check pass even without Qt's translations
        cancel = translate(QT_BUTTONS_CONTEXT, "Cancel")
        check(cancel != "Cancel", f"Qt's own translation (standard buttons): {cancel}")
    for name in FONT_FILES:
        font = paths.fonts_dir() / name
        check(font.is_file(), f"font {font}")
    try:
        head = migrate.head_revision()
        check(bool(head), f"migrations {paths.migrations_dir()} (head {head})")
    except Exception as exc:  # a missing or unreadable script folder: say so, do not crash
        check(False, f"migrations {paths.migrations_dir()}: {exc}")
    switcher.switch("en")
    if args.first_run:
        for ok, text in first_run_check(args.db, language, args.first_run):
            check(ok, text)
    sys.stdout.flush()
    return 0 if failures == 0 else 1


def first_run_check(url: str | None, language: str, answer: str) -> list[tuple[bool, str]]:
    """Open the GUI on url; with no contest in it, answer the welcome question as a person would."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from contest_app.gui import icons
    from contest_app.gui.app import create_main_window
    from contest_app.gui.dialogs.about_dialog import AboutDialog
    from contest_app.gui.dialogs.first_run_dialog import offer_first_contest

    results: list[tuple[bool, str]] = []
    window, _switcher = create_main_window(url, language)
    if window is None:
        return [(False, "main window: the database did not open")]
    window.show()
    loop = QEventLoop()  # its processEvents(): the static one leaks a reference to None per call
    loop.processEvents()
    icon = icons.get("app").pixmap(32, 32)
    results.append((not icon.isNull(), "SVG icons render (Qt's svg plugin is there)"))
    about = AboutDialog(window.db, window)
    results.append((f" {__version__}" in about.text.text(),
                    f"the About dialog shows version {__version__}"))
    about.deleteLater()
    if window.contest_id is not None:
        window.close()
        return [*results, (True, f"main window opened on contest {window.contest_id}")]
    seen: list[str] = []
    role = (QMessageBox.ButtonRole.RejectRole if answer == "later"
            else QMessageBox.ButtonRole.ActionRole)

    def answer_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer_box)
            return
        seen.extend([box.text(), *(b.text() for b in box.buttons())])
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, answer_box)
    offer_first_contest(window)  # returns once answer_box has clicked
    results.append((len(seen) == 4, "first run offers: " + " | ".join(seen)))
    if answer == "demo":
        def poll() -> None:
            if hasattr(window, "_replacement"):
                loop.quit()
            else:
                QTimer.singleShot(100, poll)

        QTimer.singleShot(DEMO_TIMEOUT_MS, loop.quit)
        poll()
        loop.exec()  # the demo is built in the background, then replaces the window
        replacement = getattr(window, "_replacement", None)
        contest = getattr(replacement, "contest_id", None)
        results.append((contest is not None, f"the demo opened in a new window: contest {contest}"))
        if replacement is not None:
            replacement.close()
    window.close()
    return results
