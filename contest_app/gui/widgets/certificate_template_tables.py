"""The template editor's tables: texts per language, and the positions of fields and images."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from contest_app.core.certificates.layouts import ALL_FIELDS, ALL_IMAGES
from contest_app.core.certificates.templates import ALIGNS, STYLES, FieldBox, ImageBox, Template
from contest_app.i18n import QT_TRANSLATE_NOOP, translate

FIELD_NAMES: dict[str, str] = {
    "wordmark": QT_TRANSLATE_NOOP("CertificateTemplate", "Wordmark"),
    "org": QT_TRANSLATE_NOOP("CertificateTemplate", "Organisation"),
    "title": QT_TRANSLATE_NOOP("CertificateTemplate", "Title"),
    "edition": QT_TRANSLATE_NOOP("CertificateTemplate", "Edition"),
    "theme": QT_TRANSLATE_NOOP("CertificateTemplate", "Theme"),
    "tier": QT_TRANSLATE_NOOP("CertificateTemplate", "Award tier"),
    "name": QT_TRANSLATE_NOOP("CertificateTemplate", "Name"),
    "school": QT_TRANSLATE_NOOP("CertificateTemplate", "School"),
    "region": QT_TRANSLATE_NOOP("CertificateTemplate", "Region and country"),
    "work": QT_TRANSLATE_NOOP("CertificateTemplate", "Work"),
    "body": QT_TRANSLATE_NOOP("CertificateTemplate", "Text"),
    "date": QT_TRANSLATE_NOOP("CertificateTemplate", "Date"),
    "sig1_name": QT_TRANSLATE_NOOP("CertificateTemplate", "Signatory 1: name"),
    "sig1_title": QT_TRANSLATE_NOOP("CertificateTemplate", "Signatory 1: title"),
    "sig2_name": QT_TRANSLATE_NOOP("CertificateTemplate", "Signatory 2: name"),
    "sig2_title": QT_TRANSLATE_NOOP("CertificateTemplate", "Signatory 2: title"),
    "code": QT_TRANSLATE_NOOP("CertificateTemplate", "Verification code"),
    "serial": QT_TRANSLATE_NOOP("CertificateTemplate", "Serial"),
    "reissue": QT_TRANSLATE_NOOP("CertificateTemplate", "Reissue note"),
    "background": QT_TRANSLATE_NOOP("CertificateTemplate", "Background image"),
    "logo": QT_TRANSLATE_NOOP("CertificateTemplate", "Logo"),
    "seal": QT_TRANSLATE_NOOP("CertificateTemplate", "Seal"),
    "sig1": QT_TRANSLATE_NOOP("CertificateTemplate", "Signature 1"),
    "sig2": QT_TRANSLATE_NOOP("CertificateTemplate", "Signature 2"),
    "thumbnail": QT_TRANSLATE_NOOP("CertificateTemplate", "Painting thumbnail"),
    "qr": QT_TRANSLATE_NOOP("CertificateTemplate", "QR code"),
}
# fields whose words staff edit per language (the others are built from the data)
TEXT_FIELDS = ("title", "org", "edition", "theme", "tier", "region", "school", "body", "date",
               "sig1_name", "sig1_title", "sig2_name", "sig2_title", "reissue")


def refill_combo(combo: QComboBox, items: Sequence[tuple[str | None, str]]) -> None:
    """Replace a combo's (data, text) items, keeping the chosen data, without signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def field_name(key: str) -> str:
    text = FIELD_NAMES.get(key)
    return translate("CertificateTemplate", text) if text else key


class TextsTable(QTableWidget):
    """One row per text field: its words in the chosen language, placeholders and all."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(TEXT_FIELDS), 2, parent)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(True)
        for row, key in enumerate(TEXT_FIELDS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.setItem(row, 0, item)
            self.setItem(row, 1, QTableWidgetItem())
        self.itemChanged.connect(self._changed)
        self._loading = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([translate("CertificateTemplate", "Field"),
                                        translate("CertificateTemplate", "Text")])
        for row, key in enumerate(TEXT_FIELDS):
            self._cell(row, 0).setText(field_name(key))
        self.resizeColumnToContents(0)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, template: Template, language: str) -> None:
        self._loading = True
        for row, key in enumerate(TEXT_FIELDS):
            self._cell(row, 1).setText(template.texts.get(language, {}).get(key, ""))
        self._loading = False
        self.resizeRowsToContents()

    def apply(self, template: Template, language: str) -> None:
        words = template.texts.setdefault(language, {})
        for row, key in enumerate(TEXT_FIELDS):
            words[key] = self._cell(row, 1).text()

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()


_NUMBERS = ("x", "y", "w", "h", "size", "size2")
_COLUMNS = ("key", *_NUMBERS, "style", "align", "visible", "on_stock")


class PositionsTable(QTableWidget):
    """Fields and images with their boxes in mm, font sizes, style, alignment and visibility."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.keys = [*ALL_FIELDS, *(k for k in ALL_IMAGES if k != "background")]
        super().__init__(len(self.keys), len(_COLUMNS), parent)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._loading = False
        self.itemChanged.connect(self._changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([
            translate("CertificateTemplate", "Field"), translate("CertificateTemplate", "X mm"),
            translate("CertificateTemplate", "Y mm"), translate("CertificateTemplate", "Width"),
            translate("CertificateTemplate", "Height"), translate("CertificateTemplate", "Size"),
            translate("CertificateTemplate", "English size"),
            translate("CertificateTemplate", "Style"), translate("CertificateTemplate", "Align"),
            translate("CertificateTemplate", "Shown"),
            translate("CertificateTemplate", "On stock")])
        for row, key in enumerate(self.keys):
            item = self.item(row, 0)
            if item is not None:
                item.setText(field_name(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def load(self, template: Template) -> None:
        self._loading = True
        for row, key in enumerate(self.keys):
            box: FieldBox | ImageBox = template.fields.get(key) or template.images[key]
            name = QTableWidgetItem(field_name(key))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(row, 0, name)
            for col, attr in enumerate(_NUMBERS, start=1):
                value = getattr(box, attr, None)
                item = QTableWidgetItem("" if value is None else f"{value:g}")
                if value is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.setItem(row, col, item)
            for col, attr, choices in ((7, "style", STYLES), (8, "align", ALIGNS)):
                if isinstance(box, FieldBox):
                    combo = QComboBox(self)
                    combo.addItems(list(choices))
                    combo.setCurrentText(getattr(box, attr))
                    combo.currentIndexChanged.connect(self._combo_changed)
                    self.setCellWidget(row, col, combo)
                else:
                    self.removeCellWidget(row, col)
                    blank = QTableWidgetItem()
                    blank.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.setItem(row, col, blank)
            for col, attr in ((9, "visible"), (10, "on_stock")):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                check.setCheckState(Qt.CheckState.Checked if getattr(box, attr)
                                    else Qt.CheckState.Unchecked)
                self.setItem(row, col, check)
        self._loading = False
        self.resizeColumnsToContents()

    def apply(self, template: Template) -> list[str]:
        """Write the table into template; returns the keys of cells that are not numbers."""
        bad: list[str] = []
        for row, key in enumerate(self.keys):
            box: FieldBox | ImageBox = template.fields.get(key) or template.images[key]
            for col, attr in enumerate(_NUMBERS, start=1):
                item = self.item(row, col)
                if not hasattr(box, attr) or item is None:
                    continue
                try:
                    value = float(item.text().replace(",", "."))
                    ok = value >= 0 and (value > 0 or attr == "size2" or attr in ("x", "y"))
                except ValueError:
                    ok = False
                item.setBackground(QBrush() if ok else QBrush(QColor("#F8D7DA")))
                if ok:
                    setattr(box, attr, value)
                else:
                    bad.append(key)
            for col, attr in ((7, "style"), (8, "align")):
                widget = self.cellWidget(row, col)
                if isinstance(widget, QComboBox) and isinstance(box, FieldBox):
                    setattr(box, attr, widget.currentText())
            for col, attr in ((9, "visible"), (10, "on_stock")):
                item = self.item(row, col)
                if item is not None:
                    setattr(box, attr, item.checkState() == Qt.CheckState.Checked)
        return bad

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def _combo_changed(self) -> None:
        if not self._loading:
            self.edited.emit()
