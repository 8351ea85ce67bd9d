"""Pre-flight results (texts that would print as boxes) and a plain PDF preview window."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contest_app.gui.labels import label
from contest_app.gui.widgets.certificate_template_tables import field_name
from contest_app.gui.widgets.pdf_preview import PdfPreview
from contest_app.i18n import translate
from contest_app.messages import message
from contest_app.reports.preflight import PreflightProblem


class PreflightDialog(QDialog):
    """The problems in a table; with ask=True, Generate anyway / Cancel."""

    def __init__(self, problems: list[PreflightProblem], ask: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = problems
        self.ask = ask
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.problems), 5, self)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(self.problems))
        buttons = (QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                   if self.ask else QDialogButtonBox.StandardButton.Close)
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900 if self.problems else 420, 480 if self.problems else 140)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("PreflightDialog", "Pre-flight check"))
        errors = sum(p.severity == "error" for p in self.problems)
        if not self.problems:
            text = translate("PreflightDialog", "Every text can be printed with the embedded "
                             "fonts, and every image of the templates is there.")
        elif errors:
            text = translate("PreflightDialog", "{count} texts have characters that no font "
                             "can print; they would come out as empty boxes. Correct them "
                             "first.").format(count=errors)
        else:
            text = translate("PreflightDialog", "Nothing would print as boxes; some "
                             "certificates will lack the painting's thumbnail.")
        if self.ask and errors:
            text += " " + translate("PreflightDialog", "Generate anyway?")
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText(translate("PreflightDialog", "Generate anyway"))
        self.summary.setText(text)
        self.table.setHorizontalHeaderLabels([
            translate("PreflightDialog", "Severity"), translate("PreflightDialog", "Student"),
            translate("PreflightDialog", "Field"), translate("PreflightDialog", "Characters"),
            translate("PreflightDialog", "Problem")])
        for row, problem in enumerate(self.problems):
            who = f"{problem.student} ({problem.region_code})" if problem.student else ""
            words = message(problem.code, {"field": field_name(problem.field),
                                           "text": problem.text,
                                           "characters": problem.codepoints()}, translate)
            for col, value in enumerate((label(problem.severity), who,
                                         field_name(problem.field), problem.codepoints(),
                                         words)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class PdfPreviewDialog(QDialog):
    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 820)
