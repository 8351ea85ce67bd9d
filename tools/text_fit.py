"""Text that does not fit its widget: every page of the main window and every dialog, offscreen,
in each of the six languages.

    .venv/bin/python tools/text_fit.py [--lang ru --lang mn] [--tolerance 2] [--pages-only]

Needs the compiled translations (`make translations`). Builds a small demo database in a temporary
folder (or uses --db), opens the main window at 1366x768, shows each page, then constructs every
QDialog subclass found in contest_app/gui/dialogs (modules are discovered, so new dialogs are
included) with what it asks for by name: db, contest_id, parent, or a default. Dialogs that need
anything else are skipped and listed.

After the layout has settled it compares each text's width (fontMetrics().horizontalAdvance plus
the style's padding) with the room the widget has: QLabel without word wrap, QPushButton,
QCheckBox, QRadioButton, QGroupBox titles, QTabBar tabs, a QComboBox's current text, and the
sections of table headers. Each tab of a QTabWidget is shown in turn. One line per problem:

    ru  ContestSettingsDialog  QCheckBox  'results_locked'  needed 212 px, available 180 px

Exit status 1 when a problem exceeds the tolerance.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSize, Qt  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402  (mightBeRichText lives in QtGui)
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionTab,
    QTabBar,
    QTabWidget,
    QWidget,
)

WINDOW_SIZE = QSize(1366, 768)
# constructor arguments any dialog may take by these names: empty or typical values
FILLERS: dict[str, Any] = {
    "already": set(), "shown": set(), "rows": [], "problems": [], "missing": 0,
    "code": "K7Q2MX", "current": None, "venue_name": "City Hall", "title": "Preview",
    "tiers": [("grand", "Grand Prize"), ("finalist", "Finalist")],
}
LANGUAGES = ("en", "ko", "zh", "ja", "ru", "mn")


@dataclass(frozen=True)
class Problem:
    language: str
    window: str  # MainWindow/EntriesPage, ContestSettingsDialog
    widget: str  # QPushButton
    name: str  # objectName, else the text
    needed: int
    available: int

    @property
    def excess(self) -> int:
        return self.needed - self.available

    def __str__(self) -> str:
        return (f"{self.language:<3} {self.window:<32} {self.widget:<12} {self.name!r:<40} "
                f"needed {self.needed} px, available {self.available} px")


@dataclass
class Report:
    problems: list[Problem]
    skipped: list[str]  # dialogs that could not be constructed, with why
    checked: list[str]  # windows and dialogs looked at


# --- measuring ----------------------------------------------------------------------------------
def settle(rounds: int = 8) -> None:
    """Let layouts settle. QEventLoop.processEvents, since the static
    QCoreApplication.processEvents of PySide6 6.12 leaks a reference to None on each call."""
    loop = QEventLoop()
    for _ in range(rounds):
        loop.processEvents()


def plain(text: str) -> str:
    """A button's text as shown: mnemonic ampersands dropped, a doubled one kept."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(widget: QWidget, text: str) -> int:
    return max((widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")),
               default=0)


def _label_need(label: QLabel) -> int:
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText
                                            and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        width = int(doc.idealWidth() + 0.999)
    else:
        width = _advance(label, text)
    # the room is contentsRect(), inside the frame and contentsMargins; margin and indent are in it
    return width + 2 * label.margin() + max(label.indent(), 0)


def _button_need(button: QAbstractButton) -> int:
    """The text, the icon, and the style's padding around them (not its 80 px minimum width)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()

    def metric(which: QStyle.PixelMetric) -> int:
        return style.pixelMetric(which, option, button)

    width = _advance(button, plain(button.text()))
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, QCheckBox):
        return width + metric(QStyle.PixelMetric.PM_IndicatorWidth) \
            + metric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
    if isinstance(button, QRadioButton):
        return width + metric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) \
            + metric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
    if isinstance(button, QPushButton) and button.menu() is not None:
        width += metric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    return width + 2 * metric(QStyle.PixelMetric.PM_ButtonMargin) \
        + 2 * metric(QStyle.PixelMetric.PM_DefaultFrameWidth)


def _combo_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width()


def _tab_need(bar: QTabBar, index: int) -> int:
    option = QStyleOptionTab()
    option.initFrom(bar)
    text = plain(bar.tabText(index))
    style = bar.style()
    width = _advance(bar, text) + style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace,
                                                    option, bar)
    if not bar.tabIcon(index).isNull():
        width += bar.iconSize().width() + 4
    for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
        button = bar.tabButton(index, side)
        if button is not None and button.isVisible():
            width += button.width() + 4
    option.text = text
    return style.sizeFromContents(QStyle.ContentsType.CT_TabBarTab, option,
                                  QSize(width, bar.fontMetrics().height()), bar).width()


def _header_problems(header: QHeaderView) -> Iterator[tuple[str, int, int]]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = _advance(header, str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += mark + margin
        yield str(text), needed, header.sectionSize(section)


def _name(widget: QWidget, text: str) -> str:
    return widget.objectName() or text


def measure(root: QWidget) -> Iterator[tuple[QWidget, str, str, int, int]]:
    """(widget, its class, name or text, needed, available) for each visible text below root."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or (widget.pixmap() is not None and \
                    not widget.pixmap().isNull()):
                continue
            yield widget, kind, _name(widget, widget.text()), _label_need(widget), \
                widget.contentsRect().width()
        elif isinstance(widget, QCheckBox | QRadioButton | QPushButton):
            if not widget.text():
                continue
            yield widget, kind, _name(widget, plain(widget.text())), _button_need(widget), \
                widget.width()
        elif isinstance(widget, QGroupBox):
            title = plain(widget.title())
            if not title:
                continue
            needed = _advance(widget, title) + 16  # the style's inset of the title, both sides
            if widget.isCheckable():
                needed += widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
            yield widget, kind, _name(widget, title), needed, widget.width()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.isTabVisible(index) or not widget.tabText(index):
                    continue
                text = plain(widget.tabText(index))
                yield widget, kind, f"tab {text!r}", _tab_need(widget, index), \
                    widget.tabRect(index).width()
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
            if not text:
                continue
            needed = _advance(widget, text) + 2
            if not widget.itemIcon(widget.currentIndex()).isNull():
                needed += widget.iconSize().width() + 4
            yield widget, kind, _name(widget, text), needed, _combo_room(widget)
        elif isinstance(widget, QHeaderView):
            owner = widget.parentWidget()
            where = type(owner).__name__ if owner is not None else "header"
            for text, needed, available in _header_problems(widget):
                yield widget, f"{where} header", f"section {text!r}", needed, available


def _where(widget: QWidget, root: QWidget, root_name: str,
           pages: dict[int, str]) -> str:
    parent: QWidget | None = widget
    while parent is not None and parent is not root:
        if id(parent) in pages:
            return f"{root_name}/{pages[id(parent)]}"
        parent = parent.parentWidget()
    return root_name


def collect(root: QWidget, root_name: str, language: str, tolerance: int,
            pages: dict[int, str] | None = None) -> list[Problem]:
    """Problems in root as shown now, and in each tab of each QTabWidget below it."""
    found: dict[tuple[int, str], Problem] = {}

    def snapshot() -> None:
        settle()
        for widget, kind, name, needed, available in measure(root):
            if needed - available > tolerance:
                where = _where(widget, root, root_name, pages or {})
                found.setdefault((id(widget), name), Problem(
                    language, where, kind, name, needed, available))

    snapshot()
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                snapshot()
        tabs.setCurrentIndex(current)
    return list(found.values())


# --- what to show -------------------------------------------------------------------------------
def discover(package: str, base: type) -> list[type]:
    """Classes derived from base defined in the modules of package (private ones left out)."""
    module = importlib.import_module(package)
    classes: list[type] = []
    for info in pkgutil.iter_modules(module.__path__):
        mod = importlib.import_module(f"{package}.{info.name}")
        for _, cls in inspect.getmembers(mod, inspect.isclass):
            if (cls.__module__ == mod.__name__ and issubclass(cls, base) and cls is not base
                    and not cls.__name__.startswith("_")):
                classes.append(cls)
    return classes


def arguments(cls: type, known: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    """Keyword arguments for cls from known names, or None and the names nobody can supply."""
    kwargs: dict[str, Any] = {}
    missing: list[str] = []
    for name, param in inspect.signature(cls).parameters.items():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if name in known:
            kwargs[name] = known[name]
        elif param.default is param.empty:
            missing.append(name)
    return (None if missing else kwargs), missing


def show_sized(widget: QWidget, size: QSize | None = None) -> None:
    widget.show()
    settle()
    if size is not None:
        widget.resize(size)
    elif widget.width() > WINDOW_SIZE.width() or widget.height() > WINDOW_SIZE.height():
        widget.resize(widget.size().boundedTo(WINDOW_SIZE))
    settle()


def check_language(db: Any, contest_id: int, language: str, tolerance: int,
                   pages_only: bool = False, settings: Any = None) -> Report:
    from PySide6.QtCore import QSettings

    from contest_app.gui.main_window import MainWindow
    from contest_app.gui.pages.base_page import BasePage
    from contest_app.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    if not switcher.switch(language):
        raise SystemExit(f"text_fit: no compiled translation for {language}: make translations")
    report = Report([], [], [])
    window = MainWindow(db, switcher, settings or QSettings())
    window.select_contest(contest_id)
    show_sized(window, WINDOW_SIZE)
    names = {id(page): type(page).__name__ for page in window.pages}
    seen: set[Problem] = set()  # the toolbar and the page list show on every page: once
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.pages[row]
        for problem in collect(window, "MainWindow", language, tolerance, names):
            if problem not in seen:
                seen.add(problem)
                report.problems.append(problem)
        report.checked.append(f"MainWindow/{type(page).__name__}")
    # pages that the main window does not hold (yet): shown alone at the window's size
    shown = {type(page) for page in window.pages}
    for cls in discover("contest_app.gui.pages", BasePage):
        if cls in shown:
            continue
        page = cls(db)
        page.set_contest(contest_id)
        show_sized(page, WINDOW_SIZE)
        report.problems += collect(page, cls.__name__, language, tolerance)
        report.checked.append(cls.__name__)
        page.close()
        page.deleteLater()
    if not pages_only:
        known = {"db": db, "contest_id": contest_id, "parent": window, **FILLERS}
        for cls in discover("contest_app.gui.dialogs", QDialog):
            kwargs, missing = arguments(cls, known)
            if kwargs is None:
                report.skipped.append(f"{cls.__name__} (needs {', '.join(missing)})")
                continue
            try:
                dialog = cls(**kwargs)
            except Exception as exc:  # a dialog that cannot open on the demo: say so
                report.skipped.append(f"{cls.__name__} (raised {type(exc).__name__}: {exc})")
                continue
            show_sized(dialog)
            report.problems += collect(dialog, cls.__name__, language, tolerance)
            report.checked.append(cls.__name__)
            dialog.reject()
            dialog.deleteLater()
    window.close()
    window.deleteLater()
    settle()
    return report


def ensure_app() -> QApplication:
    """The application with the bundled fonts, as the app itself starts (metrics depend on it)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        from contest_app.gui.app import application

        return application()
    if not app.property("contest_fonts"):
        from contest_app.gui.fonts import install_app_fonts

        install_app_fonts(app)
        app.setProperty("contest_fonts", True)
    return app


def run(db: Any, contest_id: int, languages: Iterable[str], tolerance: int = 1,
        pages_only: bool = False, progress: Callable[[str], None] | None = None) -> Report:
    ensure_app()
    total = Report([], [], [])
    for language in languages:
        report = check_language(db, contest_id, language, tolerance, pages_only)
        if progress:
            progress(f"{language}: {len(report.checked)} windows and dialogs, "
                     f"{len(report.problems)} problems")
        total.problems += report.problems
        total.skipped = sorted(set(total.skipped) | set(report.skipped))
        total.checked = sorted(set(total.checked) | set(report.checked))
    from contest_app.i18n import LanguageSwitcher

    LanguageSwitcher().switch("en")
    return total


def demo_database(folder: Path) -> tuple[Any, int]:
    from contest_app.core.database import open_database
    from contest_app.core.demo import build_demo

    db = open_database(f"sqlite:///{folder / 'text_fit.sqlite'}")
    return db, build_demo(db, total=39, workers=1, image_size=(320, 240))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append",
                        help="a language to check (repeatable; default: all six)")
    parser.add_argument("--db", help="a database URL holding a contest (default: a new demo)")
    parser.add_argument("--contest", type=int, default=None, help="with --db: the contest id")
    parser.add_argument("--tolerance", type=int, default=1, metavar="PX",
                        help="report only texts more than PX pixels too wide (default 1)")
    parser.add_argument("--pages-only", action="store_true", help="the main window's pages only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="text_fit-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("CONTEST_APP_DATA", str(folder / "data"))
        os.environ.setdefault("CONTEST_APP_MEDIA", str(folder / "media"))
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        ensure_app()
        if args.db:
            from contest_app.core.database import open_database

            db, contest_id = open_database(args.db), args.contest or 1
        else:
            db, contest_id = demo_database(folder)
        try:
            report = run(db, contest_id, args.lang or LANGUAGES, args.tolerance,
                         args.pages_only, progress=lambda line: print(line, file=sys.stderr))
        finally:
            db.dispose()
    for problem in sorted(report.problems, key=lambda p: (LANGUAGES.index(p.language),
                                                          p.window, -p.excess)):
        print(problem)
    print(f"checked: {', '.join(report.checked)}", file=sys.stderr)
    if report.skipped:
        print(f"skipped: {'; '.join(report.skipped)}", file=sys.stderr)
    print(f"{len(report.problems)} texts do not fit", file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
