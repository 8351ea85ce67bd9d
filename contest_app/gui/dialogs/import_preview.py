"""The preview of an import: works, students, problems (filterable), and the column mapping."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.intake.plan import ImportPlan
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.widgets.combo import refill
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import QT_TRANSLATE_NOOP, translate
from contest_app.messages import message

CANONICAL_FIELDS = ("entry_no", "student_name", "student_name_latin", "birth_date", "grade",
                    "school", "guardian_consent", "publication_consent", "title", "title_en",
                    "medium", "width_cm", "height_cm", "image", "award_tier")

ACTIONS = {
    "new": QT_TRANSLATE_NOOP("ImportPreview", "new"),
    "update": QT_TRANSLATE_NOOP("ImportPreview", "update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "unchanged"),
    "refused": QT_TRANSLATE_NOOP("ImportPreview", "refused"),
}


class ImportPreview(QTabWidget):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._overrides: dict[str, str] = {}
        self.works_model = RowsTableModel(self._work_headers, self)
        self.students_model = RowsTableModel(self._student_headers, self)
        self.problems_model = RowsTableModel(self._problem_headers, self)
        self.works = make_table(self.works_model, self)
        self.students = make_table(self.students_model, self)
        problems_page = QWidget(self)
        self.severity_filter = QComboBox(problems_page)
        self.code_filter = QComboBox(problems_page)
        filters = QHBoxLayout()
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.code_filter)
        filters.addStretch(1)
        self.problems = make_table(self.problems_model, problems_page)
        problems_layout = QVBoxLayout(problems_page)
        problems_layout.addLayout(filters)
        problems_layout.addWidget(self.problems)
        self.severity_filter.currentIndexChanged.connect(self._fill_problems)
        self.code_filter.currentIndexChanged.connect(self._fill_problems)
        columns_page = QWidget(self)
        self.columns_note = QLabel(columns_page)
        self.columns_note.setWordWrap(True)
        self.columns = QTableWidget(0, 2, columns_page)
        self.columns.horizontalHeader().setStretchLastSection(True)
        columns_layout = QVBoxLayout(columns_page)
        columns_layout.addWidget(self.columns_note)
        columns_layout.addWidget(self.columns)
        for page in (self.works, self.students, problems_page, columns_page):
            self.addTab(page, "")

    def _work_headers(self) -> list[str]:
        return [translate("ImportPreview", "Rows"), translate("ImportPreview", "No."),
                translate("ImportPreview", "Action"), translate("ImportPreview", "Title"),
                translate("ImportPreview", "Students"), translate("ImportPreview", "Image"),
                translate("ImportPreview", "Problems"), translate("ImportPreview", "Changes")]

    def _student_headers(self) -> list[str]:
        return [translate("ImportPreview", "Row"), translate("ImportPreview", "No."),
                translate("ImportPreview", "Name"), translate("ImportPreview", "Latin script"),
                translate("ImportPreview", "Born"), translate("ImportPreview", "Age"),
                translate("ImportPreview", "School"), translate("ImportPreview", "Consent")]

    def _problem_headers(self) -> list[str]:
        return [translate("ImportPreview", "Row"), translate("ImportPreview", "Column"),
                translate("ImportPreview", "Value"), translate("ImportPreview", "Kind"),
                translate("ImportPreview", "Problem")]

    def retranslate_ui(self) -> None:
        for i, text in enumerate((translate("ImportPreview", "Works"),
                                  translate("ImportPreview", "Students"),
                                  translate("ImportPreview", "Problems"),
                                  translate("ImportPreview", "Columns"))):
            self.setTabText(i, text)
        self.columns.setHorizontalHeaderLabels([translate("ImportPreview", "Column in the sheet"),
                                                translate("ImportPreview", "Read as")])
        self.columns.resizeColumnToContents(0)  # the header's words in every language
        self.columns_note.setText(translate(
            "ImportPreview", "Columns the app did not recognise are kept as notes. Choose what a "
            "column holds to read it as that field; the batch is then read again."))
        for model in (self.works_model, self.students_model, self.problems_model):
            model.retranslate()
        if self.plan is not None:
            self.show_plan(self.plan)

    def clear(self) -> None:
        self.plan = None
        for model in (self.works_model, self.students_model, self.problems_model):
            model.set_rows([])
        self.columns.setRowCount(0)

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        yes, no = translate("ImportPreview", "yes"), translate("ImportPreview", "no")
        suggested = translate("ImportPreview", "(suggested)")
        self.works_model.set_rows([
            (", ".join(map(str, w.rows)), w.entry_no,
             translate("ImportPreview", ACTIONS.get(w.action, w.action)), w.title,
             len(w.students), w.image_name, len(w.problems), ", ".join(sorted(w.changes)))
            for w in plan.works])
        self.students_model.set_rows([
            (s.row, w.entry_no, s.name,
             f"{s.name_latin} {suggested}" if s.name_latin_suggested else s.name_latin,
             s.birth_date.isoformat() if s.birth_date else "", s.age,
             s.school, yes if s.guardian_consent else no)
            for w in plan.works for s in w.students])
        self._fill_filters()
        self._fill_problems()
        self._fill_columns()
        if plan.problems:
            self.setCurrentIndex(2)

    def _fill_filters(self) -> None:
        assert self.plan is not None
        for combo, items in (
            (self.severity_filter, [(translate("ImportPreview", "Errors and warnings"), None),
                                    (label("error"), "error"), (label("warning"), "warning")]),
            (self.code_filter, [(translate("ImportPreview", "Every problem"), None)]
             + [(f"{code} ({n})", code) for code, n in self.plan.counts_by_code().items()]),
        ):
            refill(combo, items)

    def _fill_problems(self) -> None:
        if self.plan is None:
            return
        severity = self.severity_filter.currentData()
        code = self.code_filter.currentData()
        rows = []
        for p in self.plan.problems:
            if severity and (p.is_error != (severity == "error")):
                continue
            if code and p.code != code:
                continue
            values = {"row": p.row or "", "column": p.column, "value": p.value, **p.detail}
            rows.append((p.row or "", p.column, p.value,
                         label("error" if p.is_error else "warning"),
                         message(p.code, values, translate)))
        self.problems_model.set_rows(rows)
        self.problems.resizeColumnsToContents()

    def _fill_columns(self) -> None:
        assert self.plan is not None
        header_map = self.plan.header_map
        extras = dict(getattr(header_map, "extras", {}) or {})
        headers = list(extras.values()) + [h for h in self._overrides if h not in extras.values()]
        self.columns.setRowCount(0)
        for header in headers:
            row = self.columns.rowCount()
            self.columns.insertRow(row)
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(self.columns)
            combo.addItem(translate("ImportPreview", "Keep as a note"), None)
            for field in CANONICAL_FIELDS:
                combo.addItem(field, field)
            combo.setCurrentIndex(max(combo.findData(self._overrides.get(header)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, h=header, c=combo: self._mapping_chosen(h, c.currentData()))
            self.columns.setCellWidget(row, 1, combo)
        self.columns.resizeColumnToContents(0)

    def _mapping_chosen(self, header: str, field: str | None) -> None:
        if field is None:
            self._overrides.pop(header, None)
        else:
            self._overrides[header] = field
        self.mapping_changed.emit()

    def header_overrides(self) -> dict[str, str]:
        return dict(self._overrides)
