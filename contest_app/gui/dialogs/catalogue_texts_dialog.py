"""The catalogue's own texts per language: title, theme or subtitle, and the foreword.

A tab per language; a language left empty prints the default title and no foreword. The
catalogue prints English and at most one other language, chosen when exporting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.languages import LANGUAGES, NATIVE_NAMES
from contest_app.core.tours.settings import TourSettings
from contest_app.i18n import translate


class _LanguageTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.theme = QLineEdit(self), QLineEdit(self)
        self.foreword = QPlainTextEdit(self)
        self.title_label, self.theme_label = QLabel(self), QLabel(self)
        self.foreword_label = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.title_label, self.title)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.foreword_label, self.foreword)


class CatalogueTextsDialog(QDialog):
    def __init__(self, settings: TourSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setup_ui()
        self.retranslate_ui()
        for lang, tab in self.tabs_by_language.items():
            tab.title.setText(settings.title.get(lang, ""))
            tab.theme.setText(settings.theme.get(lang, ""))
            tab.foreword.setPlainText(settings.forewords.get(lang, ""))
        self.resize(640, 520)

    def setup_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs_by_language: dict[str, _LanguageTab] = {}
        for lang in LANGUAGES:  # tab names in the language's own script: never translated
            tab = _LanguageTab(self.tabs)
            self.tabs.addTab(tab, NATIVE_NAMES[lang])
            self.tabs_by_language[lang] = tab
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("CatalogueTextsDialog", "Catalogue texts"))
        self.intro.setText(translate(
            "CatalogueTextsDialog", "The catalogue prints English and the language you choose "
            "when exporting. Leave the title empty for the standard one; a blank line in the "
            "foreword starts a new paragraph."))
        for tab in self.tabs_by_language.values():
            tab.title_label.setText(translate("CatalogueTextsDialog", "Title:"))
            tab.theme_label.setText(translate("CatalogueTextsDialog", "Theme or subtitle:"))
            tab.foreword_label.setText(translate("CatalogueTextsDialog", "Foreword:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def result_settings(self) -> TourSettings:
        def texts(pick_text: str) -> dict[str, str]:
            values = {}
            for lang, tab in self.tabs_by_language.items():
                widget = getattr(tab, pick_text)
                text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else \
                    widget.text()
                if text.strip():
                    values[lang] = text.strip()
            return values

        return TourSettings(title=texts("title"), theme=texts("theme"),
                            forewords=texts("foreword"),
                            cover_entry_id=self.settings.cover_entry_id,
                            editions=list(self.settings.editions),
                            organiser=dict(self.settings.organiser))
