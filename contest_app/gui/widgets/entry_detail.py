"""The detail panel of the Entries page: the work large, every field editable, its problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.entry_detail import EntryDetail, StudentDetail, load_entry
from contest_app.core.entry_edit import Edit, set_status, update_entry, update_student
from contest_app.core.errors import InvalidValue
from contest_app.core.languages import pick
from contest_app.db.models import EntryStatus
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.labels import label
from contest_app.gui.widgets.image_view import ImageView
from contest_app.i18n import current_language, translate
from contest_app.messages import message

STATUSES = tuple(s.value for s in EntryStatus)  # the model decides which statuses exist


class StudentBox(QGroupBox):
    def __init__(self, student: StudentDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student = student
        self.name = QLineEdit(student.name, self)
        self.name_latin = QLineEdit(student.name_latin, self)
        self.birth_date = QLineEdit(student.birth_date.isoformat() if student.birth_date else "",
                                    self)
        self.grade = QLineEdit(student.grade, self)
        self.school = QLineEdit(student.school, self)
        self.guardian = QCheckBox(self)
        self.guardian.setChecked(student.guardian_consent)
        self.publication = QCheckBox(self)
        self.publication.setChecked(student.publication_consent)
        self.labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout(self)
        for lab, widget in zip(self.labels, (self.name, self.name_latin, self.birth_date,
                                             self.grade, self.school), strict=True):
            form.addRow(lab, widget)
        form.addRow(self.guardian)
        form.addRow(self.publication)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        row = self.student.source_row
        self.setTitle(translate("EntryDetail", "Student (sheet row {row})").format(row=row)
                      if row else translate("EntryDetail", "Student"))
        texts = [translate("EntryDetail", "Name:"), translate("EntryDetail", "Latin script:"),
                 translate("EntryDetail", "Born:"), translate("EntryDetail", "Grade:"),
                 translate("EntryDetail", "School:")]
        for lab, text in zip(self.labels, texts, strict=True):
            lab.setText(text)
        if self.student.name_latin_suggested:
            self.name_latin.setToolTip(translate(
                "EntryDetail", "Suggested by the app; saving confirms it."))
            self.name_latin.setStyleSheet("font-style: italic;")
        self.birth_date.setPlaceholderText("YYYY-MM-DD")
        self.guardian.setText(translate("EntryDetail", "Guardian's consent to take part"))
        self.publication.setText(translate("EntryDetail", "Consent to publish name and image"))

    def changed_values(self) -> dict[str, Any]:
        text = self.birth_date.text().strip()
        try:
            born = date.fromisoformat(text) if text else None
        except ValueError as exc:
            raise InvalidValue("date_invalid", value=text) from exc
        now = {"name": self.name.text().strip(), "name_latin": self.name_latin.text().strip(),
               "birth_date": born, "grade": self.grade.text().strip(),
               "school": self.school.text().strip(),
               "guardian_consent": self.guardian.isChecked(),
               "publication_consent": self.publication.isChecked()}
        s = self.student
        before = {"name": s.name, "name_latin": s.name_latin, "birth_date": s.birth_date,
                  "grade": s.grade, "school": s.school, "guardian_consent": s.guardian_consent,
                  "publication_consent": s.publication_consent}
        changed = {k: v for k, v in now.items() if before[k] != v}
        if s.name_latin_suggested and "name_latin" not in changed and now["name_latin"]:
            changed["name_latin"] = now["name_latin"]  # saving confirms the suggestion
        return changed


class EntryDetailPanel(QScrollArea):
    saved = Signal(int)  # entry id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: EntryDetail | None = None
        self.student_boxes: list[StudentBox] = []
        self.setWidgetResizable(True)
        self.setup_ui()
        self.retranslate_ui()
        self.show_entry(None)

    def setup_ui(self) -> None:
        body = QWidget(self)
        self.image = ImageView(body)
        self.image.setMinimumHeight(260)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(self.heading.textFormat().PlainText)
        self.file_info = QLabel(body)
        self.file_info.setWordWrap(True)
        self.file_info.setStyleSheet("color: palette(mid);")
        self.title = QLineEdit(body)
        self.title_en = QLineEdit(body)
        self.medium = QLineEdit(body)
        self.width_cm = QLineEdit(body)
        self.height_cm = QLineEdit(body)
        self.status = QComboBox(body)
        self.status_reason = QLineEdit(body)
        self.field_labels = [QLabel(body) for _ in range(7)]
        self.form = QFormLayout()
        for lab, widget in zip(self.field_labels, (self.title, self.title_en, self.medium,
                                                   self.width_cm, self.height_cm, self.status,
                                                   self.status_reason), strict=True):
            self.form.addRow(lab, widget)
        self.students_layout = QVBoxLayout()
        self.problems_label = QLabel(body)
        self.problems = QListWidget(body)
        self.problems.setWordWrap(True)
        self.problems.setMaximumHeight(140)
        self.reason = QLineEdit(body)
        self.save_button = QPushButton(body)
        self.revert_button = QPushButton(body)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.image, 3)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_info)
        layout.addLayout(self.form)
        layout.addLayout(self.students_layout)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.editors = [self.image, self.heading, self.file_info, self.problems_label,
                        self.problems, self.reason, self.save_button, self.revert_button]

    def retranslate_ui(self) -> None:
        texts = [translate("EntryDetail", "Title:"), translate("EntryDetail", "Title (English):"),
                 translate("EntryDetail", "Medium:"), translate("EntryDetail", "Width (cm):"),
                 translate("EntryDetail", "Height (cm):"), translate("EntryDetail", "Status:"),
                 translate("EntryDetail", "Why:")]
        for lab, text in zip(self.field_labels, texts, strict=True):
            lab.setText(text)
        self.status_reason.setPlaceholderText(
            translate("EntryDetail", "Reason for this status (needed to disqualify)"))
        self.problems_label.setText(translate("EntryDetail", "Problems"))
        self.reason.setPlaceholderText(
            translate("EntryDetail", "Reason for the change (kept in the audit log)"))
        self.save_button.setText(translate("EntryDetail", "Save changes"))
        self.revert_button.setText(translate("EntryDetail", "Revert"))
        self.empty.setText(translate("EntryDetail", "Choose a work to see it here."))
        for box in self.student_boxes:
            box.retranslate_ui()
        if self.detail is not None:
            self._fill(self.detail)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_entry(self, entry_id: int | None) -> None:
        self.detail = None
        if entry_id is not None:
            with self.db.session() as session:
                self.detail = load_entry(session, entry_id)
        visible = self.detail is not None
        self.empty.setVisible(not visible)
        for widget in self.editors:
            widget.setVisible(visible)
        for lab in self.field_labels:
            lab.setVisible(visible)
        for widget in (self.title, self.title_en, self.medium, self.width_cm, self.height_cm,
                       self.status, self.status_reason):
            widget.setVisible(visible)
        if self.detail is not None:
            self._fill(self.detail)
        else:
            self._set_students([])

    def reload(self) -> None:
        self.show_entry(self.detail.id if self.detail else None)

    def _fill(self, d: EntryDetail) -> None:
        lang = current_language()
        pixmap = QPixmap(str(self.db.media_root / d.preview_path)) if d.preview_path else QPixmap()
        self.image.set_pixmap(pixmap)
        self.heading.setText(f"{d.anon_code} · {d.entry_no} · {pick(d.region_names, lang)}")
        width, height = d.image_size
        self.file_info.setText(translate("EntryDetail", "{file}: {format}, {width}×{height} px")
                               .format(file=d.original_name or "—", format=d.image_format or "—",
                                       width=width, height=height))
        self.title.setText(d.title)
        self.title_en.setText(d.title_en)
        self.medium.setText(d.medium)
        self.width_cm.setText("" if d.width_cm is None else f"{d.width_cm:g}")
        self.height_cm.setText("" if d.height_cm is None else f"{d.height_cm:g}")
        self.status.clear()
        for status in STATUSES:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(max(self.status.findData(d.status), 0))
        self.status_reason.setText(d.status_reason)
        self._set_students(d.students)
        self.problems.clear()
        for p in d.problems:
            text = f"{label(p.severity)}: {message(p.code, p.values(), translate)}"
            QListWidgetItem(text, self.problems)
        self.problems_label.setVisible(bool(d.problems))
        self.problems.setVisible(bool(d.problems))
        self.reason.clear()

    def _set_students(self, students: list[StudentDetail]) -> None:
        for box in self.student_boxes:
            self.students_layout.removeWidget(box)
            box.deleteLater()
        self.student_boxes = [StudentBox(s, self.widget()) for s in students]
        for box in self.student_boxes:
            self.students_layout.addWidget(box)

    def save(self) -> None:
        d = self.detail
        if d is None:
            return
        reason = self.reason.text().strip()
        entry_values = {"title": self.title.text(), "title_en": self.title_en.text(),
                        "medium": self.medium.text(), "width_cm": self.width_cm.text(),
                        "height_cm": self.height_cm.text()}
        try:
            with self.db.session() as session, session.begin():
                entry = update_entry(session, Edit(d.id, d.version, entry_values), reason)
                status = self.status.currentData()
                if status != d.status or self.status_reason.text().strip() != d.status_reason:
                    set_status(session, d.id, entry.version, status, self.status_reason.text())
                for box in self.student_boxes:
                    changed = box.changed_values()
                    if changed:
                        update_student(session, Edit(box.student.id, box.student.version,
                                                     changed), reason)
        except Exception as exc:  # refusals, and a save that raced another (StaleDataError)
            show_error(self, exc)
            return
        self.show_entry(d.id)
        self.saved.emit(d.id)
