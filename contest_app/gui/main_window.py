"""The main window: a contest switcher, one page per area, menus. Thin: pages do the work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from contest_app.core.contests import list_contests
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.db.session import Database
from contest_app.gui import icons
from contest_app.gui.dialogs.about_dialog import AboutDialog
from contest_app.gui.dialogs.backup_dialog import RestoreDialog, back_up
from contest_app.gui.dialogs.contest_settings_dialog import ContestSettingsDialog
from contest_app.gui.dialogs.privacy_dialog import PrivacyDialog
from contest_app.gui.dialogs.regions_dialog import RegionsDialog
from contest_app.gui.pages.awards_page import AwardsPage
from contest_app.gui.pages.base_page import BasePage
from contest_app.gui.pages.certificates_page import CertificatesPage
from contest_app.gui.pages.entries_page import EntriesPage
from contest_app.gui.pages.exhibitions_page import ExhibitionsPage
from contest_app.gui.pages.jury_page import JuryPage
from contest_app.i18n import LanguageSwitcher, current_language, translate

PAGE_ICONS = ("entries", "jury", "awards", "certificates", "exhibitions")


class MainWindow(QMainWindow):
    contest_changed = Signal(object)  # contest id or None
    language_changed = Signal(str)

    def __init__(self, db: Database, switcher: LanguageSwitcher, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.switcher = switcher
        self.settings = settings
        self.contest_id: int | None = None
        self.pages: list[BasePage] = [
            EntriesPage(db), JuryPage(db), AwardsPage(db), CertificatesPage(db),
            ExhibitionsPage(db),
        ]
        self.setup_ui()
        self.retranslate_ui()
        self.restore_state()
        self.reload_contests()

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.setObjectName("MainWindow")
        self.setWindowIcon(icons.get("app"))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("ContestToolbar")
        self.toolbar.setMovable(False)
        self.contest_label = QLabel(self.toolbar)
        self.contest_label.setContentsMargins(6, 0, 6, 0)
        self.contest_combo = QComboBox(self.toolbar)
        self.contest_combo.setMinimumContentsLength(60)
        self.contest_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # the whole toolbar's width: a title and theme in Russian or Mongolian need ~530 px
        self.contest_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toolbar.addWidget(self.contest_label)
        self.toolbar.addWidget(self.contest_combo)
        self.addToolBar(self.toolbar)
        self.contest_combo.currentIndexChanged.connect(self._contest_chosen)

        self.nav = QListWidget(self)
        self.nav.setObjectName("PageList")
        self.nav.setIconSize(icons.NAV_SIZE)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        for page, icon in zip(self.pages, PAGE_ICONS, strict=True):
            QListWidgetItem(icons.get(icon), "", self.nav)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)
        self.nav.setCurrentRow(0)
        self._build_menus()
        self.resize(1280, 800)

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_contest_action = self._action(self.new_contest)
        self.new_contest_action.setShortcut(QKeySequence.StandardKey.New)
        self.settings_action = self._action(self.edit_contest)
        self.regions_action = self._action(self.edit_regions)
        self.refresh_action = self._action(self.refresh_pages)
        self.backup_action = self._action(lambda: back_up(self, self.db))
        self.restore_action = self._action(self.restore_backup)
        self.privacy_action = self._action(
            lambda: PrivacyDialog(self.db, self.contest_id, self).exec())
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.quit_action = self._action(self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.new_contest_action, self.settings_action, self.regions_action,
                       self.refresh_action, self.backup_action, self.restore_action,
                       self.privacy_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(NATIVE_NAMES[lang], self, checkable=True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_actions[current_language()].setChecked(True)

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("MainWindow", "NEAR Youth Painting Contest"))
        self.contest_label.setText(translate("MainWindow", "Contest:"))
        for row, page in enumerate(self.pages):
            self.nav.item(row).setText(page.title())
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.new_contest_action.setText(translate("MainWindow", "&New contest…"))
        self.settings_action.setText(translate("MainWindow", "Contest &settings…"))
        self.regions_action.setText(translate("MainWindow", "&Regions…"))
        self.refresh_action.setText(translate("MainWindow", "Re&fresh"))
        self.backup_action.setText(translate("MainWindow", "&Back up…"))
        self.restore_action.setText(translate("MainWindow", "Res&tore…"))
        self.privacy_action.setText(translate("MainWindow", "&Privacy…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About…"))
        self._label_contests()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- contests ---------------------------------------------------------------------------
    def reload_contests(self, select_id: int | None = None) -> None:
        with self.db.session() as session:
            rows = list_contests(session)
        wanted = select_id or self.contest_id or self.settings.value("contest_id", None, int)
        self.contest_combo.blockSignals(True)
        self.contest_combo.clear()
        for row in rows:
            self.contest_combo.addItem("", row)
        self._label_contests()
        index = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else -1)
        self.contest_combo.setCurrentIndex(index)
        self.contest_combo.blockSignals(False)
        self.settings_action.setEnabled(bool(rows))
        self._contest_chosen()

    def _label_contests(self) -> None:
        lang = current_language()
        for i in range(self.contest_combo.count()):
            row = self.contest_combo.itemData(i)
            theme = pick(row.theme, lang)
            text = pick(row.title, lang) + (f" — {theme}" if theme else "")
            self.contest_combo.setItemText(i, text)
        if self.contest_combo.count() == 0:
            self.contest_combo.setPlaceholderText(translate("MainWindow", "No contest yet"))

    def select_contest(self, contest_id: int) -> None:
        self.reload_contests(select_id=contest_id)

    def _contest_chosen(self) -> None:
        row = self.contest_combo.currentData()
        self.contest_id = row.id if row is not None else None
        if self.contest_id is not None:
            self.settings.setValue("contest_id", self.contest_id)
        for page in self.pages:
            page.set_contest(self.contest_id)
        self.contest_changed.emit(self.contest_id)

    def refresh_pages(self) -> None:
        for page in self.pages:
            page.refresh()

    # --- actions ----------------------------------------------------------------------------
    def new_contest(self) -> None:
        dialog = ContestSettingsDialog(self.db, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload_contests(select_id=dialog.saved_id)

    def edit_contest(self) -> None:
        if self.contest_id is None:
            return
        dialog = ContestSettingsDialog(self.db, self.contest_id, self)
        if dialog.exec():
            self.reload_contests(select_id=self.contest_id)

    def edit_regions(self) -> None:
        RegionsDialog(self.db, self).exec()
        self.refresh_pages()

    def restore_backup(self) -> None:
        if RestoreDialog(self.db, self).exec():
            self.reload_contests()  # every page shows what the restored database holds

    def show_about(self) -> None:
        AboutDialog(self.db, self).exec()

    def set_language(self, language: str) -> None:
        if not self.switcher.switch(language):
            self.switcher.switch("en")
            language = "en"
        self.language_actions[language].setChecked(True)
        self.settings.setValue("language", language)
        self.language_changed.emit(language)

    # --- state ------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = int(self.settings.value("window/page", 0, int))  # type: ignore[call-overload]
        self.nav.setCurrentRow(page if 0 <= page < len(self.pages) else 0)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/page", self.nav.currentRow())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
