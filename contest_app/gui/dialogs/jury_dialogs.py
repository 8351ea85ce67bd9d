"""Dialogs of the Jury page: add a juror (with conflicts), open a round, close a round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from contest_app.core.errors import ContestAppError
from contest_app.core.jury import assignment, jurors, rounds
from contest_app.core.languages import LANGUAGES, NATIVE_NAMES, pick
from contest_app.core.safety import auto_backup
from contest_app.db.models import Country, Region
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.labels import label
from contest_app.i18n import current_language, translate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AddJurorDialog(QDialog):
    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.contest_id = db, contest_id
        self.juror_id: int | None = None
        lang = current_language()
        self.setWindowTitle(translate("JuryDialogs", "Add a juror"))
        self.name = QLineEdit(self)
        self.affiliation = QLineEdit(self)
        self.country = QComboBox(self)
        self.language = QComboBox(self)
        self.conflicts = QListWidget(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("JuryDialogs", "e.g. teaches at a school there"))
        with db.session() as session:
            countries = list(session.scalars(select(Country).order_by(Country.code)))
            regions = list(session.scalars(select(Region).where(Region.active.is_(True))
                                           .order_by(Region.country_code, Region.code)))
        self.country.addItem("—", "")
        for c in countries:
            self.country.addItem(f"{c.code} — {pick(c.names, lang)}", c.code)
            item = QListWidgetItem(translate("JuryDialogs", "All of {country}").format(
                country=pick(c.names, lang)), self.conflicts)
            item.setData(Qt.ItemDataRole.UserRole, ("country", c.code))
            item.setCheckState(Qt.CheckState.Unchecked)
        for r in regions:
            item = QListWidgetItem(f"   {pick(r.names, lang)} ({r.code})", self.conflicts)
            item.setData(Qt.ItemDataRole.UserRole, ("region", r.code))
            item.setCheckState(Qt.CheckState.Unchecked)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        form = QFormLayout()
        form.addRow(translate("JuryDialogs", "Name:"), self.name)
        form.addRow(translate("JuryDialogs", "Affiliation:"), self.affiliation)
        form.addRow(translate("JuryDialogs", "Country:"), self.country)
        form.addRow(translate("JuryDialogs", "Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate(
            "JuryDialogs", "Conflicts of interest: regions or countries this juror must not "
            "score"), self))
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self))
        self.resize(520, 620)

    def chosen_conflicts(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.conflicts.count()):
            item = self.conflicts.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def accept(self) -> None:
        try:
            with self.db.session() as session, session.begin():
                juror = jurors.add_juror(
                    session, self.contest_id, self.name.text(),
                    affiliation=self.affiliation.text(), country_code=self.country.currentData(),
                    language=self.language.currentData(), conflicts=self.chosen_conflicts(),
                    reason=self.reason.text().strip())
                self.juror_id = juror.id
        except ContestAppError as exc:
            show_error(self, exc)
            return
        super().accept()


class NewRoundDialog(QDialog):
    """A round, its works and its jurors' assignments, in one step."""

    def __init__(self, db: Database, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.contest_id = db, contest_id
        self.round_id: int | None = None
        self.report: assignment.AssignmentReport | None = None
        self.setWindowTitle(translate("JuryDialogs", "Open a round"))
        self.kind = QComboBox(self)
        for kind in ("preliminary", "final", "boundary"):
            self.kind.addItem(label(kind), kind)
        self.name = QLineEdit(self)
        self.per_work = QSpinBox(self)
        self.per_work.setRange(0, 50)
        self.per_work.setSpecialValueText(translate("JuryDialogs", "every juror scores every work"))
        self.top_n = QSpinBox(self)
        self.top_n.setRange(1, 100000)
        self.top_n.setValue(155)
        self.entries = QLineEdit(self)
        self.entries.setPlaceholderText(translate("JuryDialogs", "codes, separated by commas"))
        self.show_titles = QCheckBox(translate(
            "JuryDialogs", "Show titles to jurors (a title can give a region away)"), self)
        form = QFormLayout(self)
        form.addRow(translate("JuryDialogs", "Kind:"), self.kind)
        form.addRow(translate("JuryDialogs", "Name:"), self.name)
        form.addRow(translate("JuryDialogs", "Jurors per work:"), self.per_work)
        form.addRow(translate("JuryDialogs", "Final round: the top"), self.top_n)
        form.addRow(translate("JuryDialogs", "Boundary round: works"), self.entries)
        form.addRow(self.show_titles)
        form.addRow(_buttons(self))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.top_n.setEnabled(kind == "final")
        self.entries.setEnabled(kind == "boundary")

    def accept(self) -> None:
        from contest_app.db.models import Entry

        kind = self.kind.currentData()
        try:
            with self.db.session() as session, session.begin():
                entry_ids = None
                if kind == "boundary":
                    codes = [c.strip().upper() for c in self.entries.text().split(",") if c.strip()]
                    entry_ids = list(session.scalars(select(Entry.id).where(
                        Entry.contest_id == self.contest_id, Entry.anon_code.in_(codes))))
                per_work = self.per_work.value() or None
                round_ = rounds.create_round(
                    session, self.contest_id, kind=kind, name=self.name.text().strip(),
                    show_titles=self.show_titles.isChecked(), jurors_per_work=per_work,
                    top_n=self.top_n.value() if kind == "final" else None, entry_ids=entry_ids)
                self.report = assignment.assign(session, round_.id, per_work=per_work)
                self.round_id = round_.id
        except ContestAppError as exc:
            show_error(self, exc)
            return
        super().accept()


class CloseRoundDialog(QDialog):
    """Closing with scores missing needs a decision that goes into the audit log."""

    def __init__(self, db: Database, round_id: int, missing: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.round_id = db, round_id
        self.setWindowTitle(translate("JuryDialogs", "Close the round"))
        layout = QVBoxLayout(self)
        self.accept_gap = QRadioButton(translate(
            "JuryDialogs", "Accept the gap: results use the scores there are"), self)
        self.reassigned = QRadioButton(translate(
            "JuryDialogs", "The missing works were reassigned or go to another round"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("JuryDialogs", "Reason (kept in the audit log)"))
        group = QButtonGroup(self)
        group.addButton(self.accept_gap)
        group.addButton(self.reassigned)
        if missing:
            layout.addWidget(QLabel(translate(
                "JuryDialogs", "{missing} scores are still missing. Closing the round needs a "
                "decision.").format(missing=missing), self))
            layout.addWidget(self.accept_gap)
            layout.addWidget(self.reassigned)
            self.accept_gap.setChecked(True)
        else:
            layout.addWidget(QLabel(translate("JuryDialogs", "Every score is in."), self))
        self.missing = missing
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        decision = None
        if self.missing:
            decision = "accept_gap" if self.accept_gap.isChecked() else "reassigned"
        try:
            auto_backup(self.db, "close-round")
            with self.db.session() as session, session.begin():
                rounds.close_round(session, self.round_id, decision=decision,
                                   reason=self.reason.text().strip())
        except ContestAppError as exc:
            show_error(self, exc)
            return
        super().accept()
