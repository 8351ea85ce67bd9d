"""Dialogs of the Exhibitions page: a tour's name and period, a venue, a venue's works."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.languages import LANGUAGES, NATIVE_NAMES
from contest_app.core.tours.tours import TourSpec, VenueSpec
from contest_app.gui.widgets.tour_works_view import WorkRow
from contest_app.i18n import translate


class DateField(QWidget):
    """A date that may be left open: a check box switches the date on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class _Dialog(QDialog):
    """setup_ui / retranslate_ui, retranslated live on a language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons


class TourDialog(_Dialog):
    def __init__(self, spec: TourSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_ui()
        self.retranslate_ui()
        if spec is not None:
            self.name.setText(spec.name)
            self.starts.set_value(spec.starts_on)
            self.ends.set_value(spec.ends_on)
            self.notes.setPlainText(spec.notes)
        self.resize(460, 300)

    def setup_ui(self) -> None:
        self.name = QLineEdit(self)
        self.starts = DateField(self)
        self.ends = DateField(self)
        self.notes = QPlainTextEdit(self)
        self.form = QFormLayout()
        self.name_label, self.starts_label = QLabel(self), QLabel(self)
        self.ends_label, self.notes_label = QLabel(self), QLabel(self)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.starts_label, self.starts)
        self.form.addRow(self.ends_label, self.ends)
        self.form.addRow(self.notes_label, self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self._buttons())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("TourDialog", "Tour"))
        self.name_label.setText(translate("TourDialog", "Name:"))
        self.starts_label.setText(translate("TourDialog", "From:"))
        self.ends_label.setText(translate("TourDialog", "Until:"))
        self.notes_label.setText(translate("TourDialog", "Notes:"))

    def spec(self) -> TourSpec:
        return TourSpec(self.name.text(), self.starts.value(), self.ends.value(),
                        self.notes.toPlainText())


class VenueDialog(_Dialog):
    def __init__(self, spec: VenueSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_ui()
        self.retranslate_ui()
        spec = spec or VenueSpec("")
        self.name.setText(spec.name)
        self.city.setText(spec.city)
        self.address.setPlainText(spec.address)
        self.language.setCurrentIndex(max(0, self.language.findData(spec.language)))
        self.starts.set_value(spec.starts_on)
        self.ends.set_value(spec.ends_on)
        self.contact.setText(spec.contact)
        self.resize(480, 380)

    def setup_ui(self) -> None:
        self.name, self.city, self.contact = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setMaximumHeight(70)
        self.language = QComboBox(self)
        for lang in LANGUAGES:  # language names in their own script: never translated
            self.language.addItem(NATIVE_NAMES[lang], lang)
        self.starts, self.ends = DateField(self), DateField(self)
        self.labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.city, self.address, self.language,
                                              self.starts, self.ends, self.contact), strict=True):
            form.addRow(label, field)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self._buttons())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("VenueDialog", "Venue"))
        for label, text in zip(self.labels, (
                translate("VenueDialog", "Name:"), translate("VenueDialog", "City:"),
                translate("VenueDialog", "Address:"), translate("VenueDialog", "Language:"),
                translate("VenueDialog", "From:"), translate("VenueDialog", "Until:"),
                translate("VenueDialog", "Contact:")), strict=True):
            label.setText(text)
        self.hint.setText(translate("VenueDialog", "Wall labels and work lists for this venue "
                                    "print in its language and in English."))

    def spec(self) -> VenueSpec:
        return VenueSpec(self.name.text(), self.city.text(), self.address.toPlainText(),
                         str(self.language.currentData()), self.starts.value(),
                         self.ends.value(), self.contact.text())


class VenueWorksDialog(_Dialog):
    """Tick the works a venue shows (a small venue may take only part of the tour)."""

    def __init__(self, venue_name: str, rows: list[WorkRow], shown: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venue_name = venue_name
        self.setup_ui()
        for row in rows:
            item = QListWidgetItem(f"{row.label}  {row.title} · {row.year} · {row.tier}",
                                   self.works)
            item.setData(Qt.ItemDataRole.UserRole, row.entry_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.entry_id in shown
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.retranslate_ui()
        self.resize(520, 560)

    def setup_ui(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.works = QListWidget(self)
        self.all_button, self.none_button = QPushButton(self), QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.works, 1)
        layout.addLayout(row)
        layout.addWidget(self._buttons())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("VenueWorksDialog", "Works at {venue}").format(
            venue=self.venue_name))
        self.intro.setText(translate("VenueWorksDialog", "Tick the works shown at this venue."))
        self.all_button.setText(translate("VenueWorksDialog", "All"))
        self.none_button.setText(translate("VenueWorksDialog", "None"))

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.works.count()):
            self.works.item(i).setCheckState(state)

    def chosen(self) -> set[int]:
        return {int(self.works.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.works.count())
                if self.works.item(i).checkState() == Qt.CheckState.Checked}
