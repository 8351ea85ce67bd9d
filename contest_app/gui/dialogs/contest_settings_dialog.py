"""Create an edition or edit its settings: dates, ages, titles and theme, tiers, criteria."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.contests import (
    ContestSpec,
    CriterionSpec,
    TierSpec,
    create_contest,
    default_criteria,
    default_tiers,
    get_contest,
    spec_of,
    update_contest,
)
from contest_app.core.errors import ContestAppError, InvalidValue
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.widgets.edit_table import EditTable
from contest_app.i18n import current_language, translate


def _qdate(value: date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ContestSettingsDialog(QDialog):
    """contest_id None creates a new edition; saved_id holds the id after Save."""

    def __init__(self, db: Database, contest_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id = contest_id
        self.saved_id: int | None = None
        self._spec = self._load()
        self.setup_ui()
        self.retranslate_ui()
        self._show(self._spec)

    def _load(self) -> ContestSpec:
        if self.contest_id is None:
            year = date.today().year
            with self.db.session() as session:
                from contest_app.core.contests import list_contests

                editions = [c.edition for c in list_contests(session)]
            return ContestSpec(edition=max(editions, default=0) + 1, year=year,
                               deadline=date(year, 9, 13), tiers=default_tiers(),
                               criteria=default_criteria())
        with self.db.session() as session:
            return spec_of(get_contest(session, self.contest_id))

    def setup_ui(self) -> None:
        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        self.form = QFormLayout(general)
        self.edition = QSpinBox(general)
        self.edition.setRange(1, 999)
        self.year = QSpinBox(general)
        self.year.setRange(1990, 2200)
        self.deadline = QDateEdit(general)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")  # one unambiguous form for six countries
        self.age_on_deadline = QCheckBox(general)
        self.age_date = QDateEdit(general)
        self.age_date.setCalendarPopup(True)
        self.age_date.setDisplayFormat("yyyy-MM-dd")
        self.min_age = QSpinBox(general)
        self.min_age.setRange(1, 99)
        self.max_age = QSpinBox(general)
        self.max_age.setRange(1, 99)
        self.reason = QLineEdit(general)
        self.form_labels: list[QLabel] = []
        for widget in (self.edition, self.year, self.deadline, self.age_on_deadline,
                       self.age_date, self.min_age, self.max_age, self.reason):
            if widget is self.age_on_deadline:
                self.form.addRow(widget)
                continue
            label = QLabel(general)
            self.form_labels.append(label)
            self.form.addRow(label, widget)
        self.age_on_deadline.toggled.connect(lambda on: self.age_date.setEnabled(not on))

        self.texts = QTableWidget(len(LANGUAGES), 2, self.tabs)
        self.texts.horizontalHeader().setStretchLastSection(True)
        self.tiers = EditTable(["key", "name", "quota"], self.tabs)
        self.criteria = EditTable(["key", "name", "weight", "min", "max"], self.tabs)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.texts, "")
        self.tabs.addTab(self.tiers, "")
        self.tabs.addTab(self.criteria, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def retranslate_ui(self) -> None:
        if self.contest_id is None:
            self.setWindowTitle(translate("ContestSettingsDialog", "New contest"))
        else:
            self.setWindowTitle(translate("ContestSettingsDialog", "Contest settings"))
        labels = [
            translate("ContestSettingsDialog", "Edition:"),
            translate("ContestSettingsDialog", "Year:"),
            translate("ContestSettingsDialog", "Submission deadline:"),
            translate("ContestSettingsDialog", "Ages counted on:"),
            translate("ContestSettingsDialog", "Youngest age:"),
            translate("ContestSettingsDialog", "Oldest age:"),
            translate("ContestSettingsDialog", "Reason for the change:"),
        ]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.age_on_deadline.setText(
            translate("ContestSettingsDialog", "Count ages on the submission deadline"))
        self.reason.setPlaceholderText(
            translate("ContestSettingsDialog", "Kept in the audit log (optional)"))
        self.tabs.setTabText(0, translate("ContestSettingsDialog", "General"))
        self.tabs.setTabText(1, translate("ContestSettingsDialog", "Title and theme"))
        self.tabs.setTabText(2, translate("ContestSettingsDialog", "Award tiers"))
        self.tabs.setTabText(3, translate("ContestSettingsDialog", "Criteria"))
        self.texts.setHorizontalHeaderLabels([translate("ContestSettingsDialog", "Title"),
                                              translate("ContestSettingsDialog", "Theme")])
        self.texts.setVerticalHeaderLabels([NATIVE_NAMES[lang] for lang in LANGUAGES])
        self.tiers.set_headers([translate("ContestSettingsDialog", "Key"),
                                translate("ContestSettingsDialog", "Name"),
                                translate("ContestSettingsDialog", "Quota")])
        self.criteria.set_headers([translate("ContestSettingsDialog", "Key"),
                                   translate("ContestSettingsDialog", "Name"),
                                   translate("ContestSettingsDialog", "Weight"),
                                   translate("ContestSettingsDialog", "Lowest score"),
                                   translate("ContestSettingsDialog", "Highest score")])
        self.tiers.retranslate_ui()
        self.criteria.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show(self, spec: ContestSpec) -> None:
        lang = current_language()
        self.edition.setValue(spec.edition)
        self.year.setValue(spec.year)
        self.deadline.setDate(_qdate(spec.deadline))
        self.age_on_deadline.setChecked(spec.age_reference_date is None)
        self.age_date.setDate(_qdate(spec.age_reference_date or spec.deadline))
        self.age_date.setEnabled(spec.age_reference_date is not None)
        self.min_age.setValue(spec.min_age)
        self.max_age.setValue(spec.max_age)
        for row, language in enumerate(LANGUAGES):
            self.texts.setItem(row, 0, QTableWidgetItem(spec.title.get(language, "")))
            self.texts.setItem(row, 1, QTableWidgetItem(spec.theme.get(language, "")))
        self.tiers.set_rows([[t.key, t.names.get(lang) or t.names.get("en", ""), str(t.quota)]
                             for t in spec.tiers])
        self.criteria.set_rows([
            [c.key, c.names.get(lang) or c.names.get("en", ""), f"{c.weight:g}",
             f"{c.scale_min:g}", f"{c.scale_max:g}"] for c in spec.criteria])

    def _read(self) -> ContestSpec:
        lang = current_language()
        old_tiers = {t.key: t for t in self._spec.tiers}
        old_criteria = {c.key: c for c in self._spec.criteria}

        def cell(table: QTableWidget, row: int, col: int) -> str:
            item = table.item(row, col)
            return item.text().strip() if item else ""

        tiers = []
        for row in self.tiers.rows():
            key, name, quota = (row + ["", "", ""])[:3]
            if not key:
                continue
            if not quota.isdigit():
                raise InvalidValue("tier_spec_invalid", value=f"{key}={quota}")
            names = dict(old_tiers[key].names) if key in old_tiers else {}
            names[lang] = name or names.get(lang, key)
            tiers.append(TierSpec(key.lower(), int(quota), names))
        criteria = []
        for row in self.criteria.rows():
            key, name, weight, low, high = (row + [""] * 5)[:5]
            if not key:
                continue
            try:
                numbers = float(weight), float(low), float(high)
            except ValueError as exc:
                raise InvalidValue("criterion_invalid", key=key) from exc
            names = dict(old_criteria[key].names) if key in old_criteria else {}
            names[lang] = name or names.get(lang, key)
            criteria.append(CriterionSpec(key.lower(), *numbers, names=names))
        return ContestSpec(
            edition=self.edition.value(),
            year=self.year.value(),
            title={lang: cell(self.texts, r, 0) for r, lang in enumerate(LANGUAGES)
                   if cell(self.texts, r, 0)},
            theme={lang: cell(self.texts, r, 1) for r, lang in enumerate(LANGUAGES)
                   if cell(self.texts, r, 1)},
            deadline=_pydate(self.deadline.date()),
            age_reference_date=None if self.age_on_deadline.isChecked()
            else _pydate(self.age_date.date()),
            min_age=self.min_age.value(),
            max_age=self.max_age.value(),
            tiers=tiers,
            criteria=criteria,
        )

    def save(self) -> None:
        try:
            spec = self._read()
            with self.db.session() as session, session.begin():
                if self.contest_id is None:
                    contest = create_contest(session, spec)
                else:
                    contest = update_contest(session, self.contest_id, spec,
                                             reason=self.reason.text().strip())
                self.saved_id = contest.id
        except ContestAppError as exc:
            show_error(self, exc)
            return
        self.accept()
