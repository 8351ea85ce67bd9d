"""Jury: rounds and jurors, how far each juror has got, and everything staff do for them:
packages for offline laptops, paper sheets, importing results, closing a round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.errors import ContestAppError
from contest_app.core.jury.progress import RoundProgress, round_progress
from contest_app.db.session import Database
from contest_app.gui.errors import show_error
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.bar_chart import BarChart
from contest_app.gui.widgets.table import make_table, source_row
from contest_app.i18n import translate


class JuryPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.progress: list[RoundProgress] = []
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.round_label = QLabel(self)
        self.round_choice = QComboBox(self)
        self.round_choice.currentIndexChanged.connect(self._show_round)
        self.new_round_button = QPushButton(self)
        self.close_round_button = QPushButton(self)
        self.import_results_button = QPushButton(self)
        self.import_paper_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round_choice, 1)
        for button in (self.new_round_button, self.close_round_button,
                       self.import_results_button, self.import_paper_button):
            top.addWidget(button)

        self.jurors_box = QGroupBox(self)
        self.jurors_model = RowsTableModel(self._juror_headers, self)
        self.jurors_table = make_table(self.jurors_model, self.jurors_box)
        self.jurors_note = empty_note(self.jurors_box)
        self.add_juror_button = QPushButton(self.jurors_box)
        self.score_as_button = QPushButton(self.jurors_box)
        self.package_button = QPushButton(self.jurors_box)
        self.sheet_button = QPushButton(self.jurors_box)
        self.reassign_button = QPushButton(self.jurors_box)
        juror_buttons = QHBoxLayout()
        for button in (self.add_juror_button, self.score_as_button, self.package_button,
                       self.sheet_button, self.reassign_button):
            juror_buttons.addWidget(button)
        juror_buttons.addStretch(1)
        self.chart_label = QLabel(self.jurors_box)
        self.chart = BarChart(self.jurors_box)
        box_layout = QVBoxLayout(self.jurors_box)
        box_layout.addLayout(juror_buttons)
        box_layout.addWidget(self.jurors_table, 2)
        box_layout.addWidget(self.jurors_note)
        box_layout.addWidget(self.chart_label)
        box_layout.addWidget(self.chart)

        self.rounds_box = QGroupBox(self)
        self.rounds_model = RowsTableModel(self._round_headers, self)
        self.rounds_table = make_table(self.rounds_model, self.rounds_box)
        self.rounds_note = empty_note(self.rounds_box)
        rounds_layout = QVBoxLayout(self.rounds_box)
        rounds_layout.addWidget(self.rounds_table)
        rounds_layout.addWidget(self.rounds_note)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.jurors_box, 3)
        layout.addWidget(self.rounds_box, 1)

        self.new_round_button.clicked.connect(self.new_round)
        self.close_round_button.clicked.connect(self.close_round)
        self.import_results_button.clicked.connect(self.import_results)
        self.import_paper_button.clicked.connect(self.import_paper)
        self.add_juror_button.clicked.connect(self.add_juror)
        self.score_as_button.clicked.connect(self.score_as_juror)
        self.package_button.clicked.connect(self.export_package)
        self.sheet_button.clicked.connect(self.score_sheet)
        self.reassign_button.clicked.connect(self.reassign)

    def title(self) -> str:
        return translate("JuryPage", "Jury")

    def _juror_headers(self) -> list[str]:
        return [translate("JuryPage", "Juror"), translate("JuryPage", "Assigned"),
                translate("JuryPage", "Scored"), translate("JuryPage", "Missing"),
                translate("JuryPage", "Done %"), translate("JuryPage", "Flagged"),
                translate("JuryPage", "Active")]

    def _round_headers(self) -> list[str]:
        return [translate("JuryPage", "Round"), translate("JuryPage", "Kind"),
                translate("JuryPage", "Status"), translate("JuryPage", "Works"),
                translate("JuryPage", "Assignments"), translate("JuryPage", "Scored"),
                translate("JuryPage", "Done %"), translate("JuryPage", "Decision")]

    def retranslate_ui(self) -> None:
        self.round_label.setText(translate("JuryPage", "Round:"))
        self.new_round_button.setText(translate("JuryPage", "Open a round…"))
        self.close_round_button.setText(translate("JuryPage", "Close round…"))
        self.import_results_button.setText(translate("JuryPage", "Import results…"))
        self.import_paper_button.setText(translate("JuryPage", "Import paper scores…"))
        self.jurors_box.setTitle(translate("JuryPage", "Jurors"))
        self.rounds_box.setTitle(translate("JuryPage", "Rounds"))
        self.add_juror_button.setText(translate("JuryPage", "Add juror…"))
        self.score_as_button.setText(translate("JuryPage", "Score as this juror"))
        self.package_button.setText(translate("JuryPage", "Offline package…"))
        self.sheet_button.setText(translate("JuryPage", "Paper score sheet…"))
        self.reassign_button.setText(translate("JuryPage", "Juror drops out…"))
        self.chart_label.setText(translate("JuryPage", "Scored, per cent of assigned works"))
        self.jurors_note.setText(translate(
            "JuryPage", "No jurors in this round yet. Add jurors, then open a round: its works "
            "are assigned to them at once."))
        self.rounds_note.setText(translate(
            "JuryPage", "No rounds yet. A preliminary round over all eligible works comes first."))
        self.jurors_model.retranslate()
        self.rounds_model.retranslate()

    # --- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.progress = []
        if self.contest_id is not None:
            with self.db.session() as session:
                self.progress = round_progress(session, self.contest_id)
        keep = self.round_choice.currentData()
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for rp in self.progress:
            self.round_choice.addItem(f"{rp.name or label(rp.kind)} — {label(rp.status)}",
                                      rp.round_id)
        index = self.round_choice.findData(keep)
        self.round_choice.setCurrentIndex(index if index >= 0 else len(self.progress) - 1)
        self.round_choice.blockSignals(False)
        self.rounds_model.set_rows([
            (rp.name or label(rp.kind), label(rp.kind), label(rp.status), rp.works,
             rp.assignments, rp.scored, rp.percent, rp.close_decision)
            for rp in self.progress], [rp.round_id for rp in self.progress])
        self.rounds_note.setVisible(not self.progress)
        self._show_round()

    def current_round(self) -> RoundProgress | None:
        wanted = self.round_choice.currentData()
        return next((rp for rp in self.progress if rp.round_id == wanted), None)

    def _show_round(self) -> None:
        rp = self.current_round()
        jurors = rp.jurors if rp else []
        yes = translate("JuryPage", "yes")
        self.jurors_model.set_rows(
            [(j.name, j.assigned, j.scored, j.missing, j.percent, j.flagged,
              yes if j.active else "") for j in jurors], [j.juror_id for j in jurors])
        self.chart.set_bars([(j.name, round(j.percent), 0 if j.active else 3) for j in jurors])
        self.jurors_note.setVisible(not jurors)
        open_round = rp is not None and rp.status == "open"
        self.close_round_button.setEnabled(open_round)
        for button in (self.score_as_button, self.package_button, self.sheet_button,
                       self.reassign_button):
            button.setEnabled(open_round and bool(jurors))

    def selected_juror(self) -> int | None:
        index = self.jurors_table.currentIndex()
        if not index.isValid():
            return None
        return self.jurors_model.row_id(source_row(self.jurors_table, index.row()))

    def _need_juror(self) -> int | None:
        juror_id = self.selected_juror()
        if juror_id is None:
            QMessageBox.information(self, self.title(),
                                    translate("JuryPage", "Choose a juror in the table first."))
        return juror_id

    # --- actions ----------------------------------------------------------------------------
    def add_juror(self) -> None:
        from contest_app.gui.dialogs.jury_dialogs import AddJurorDialog

        if self.contest_id is not None and AddJurorDialog(self.db, self.contest_id, self).exec():
            self.refresh()

    def new_round(self) -> None:
        from contest_app.gui.dialogs.jury_dialogs import NewRoundDialog

        if self.contest_id is None:
            return
        dialog = NewRoundDialog(self.db, self.contest_id, self)
        if dialog.exec():
            self.refresh()
            self.round_choice.setCurrentIndex(self.round_choice.findData(dialog.round_id))
            report = dialog.report
            if report is not None and report.short:
                QMessageBox.warning(self, self.title(), translate(
                    "JuryPage", "{count} works could not get enough jurors without a conflict "
                    "of interest.").format(count=len(report.short)))

    def close_round(self) -> None:
        from contest_app.gui.dialogs.jury_dialogs import CloseRoundDialog

        rp = self.current_round()
        if rp is not None and CloseRoundDialog(self.db, rp.round_id, rp.missing, self).exec():
            self.refresh()

    def reassign(self) -> None:
        from contest_app.core.jury.assignment import reassign

        rp, juror_id = self.current_round(), self._need_juror()
        if rp is None or juror_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, translate("JuryPage", "Juror drops out"),
            translate("JuryPage", "Why? Their works without a score go to other jurors."))
        if not ok:
            return
        self._run(lambda s: reassign(s, rp.round_id, juror_id, reason.strip()))

    def _run(self, action: Any) -> Any:
        try:
            with self.db.session() as session, session.begin():
                result = action(session)
        except ContestAppError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return result

    def score_as_juror(self) -> None:
        from contest_app.core.jury.live_source import LiveSource
        from contest_app.gui.scoring.scoring_window import ScoringWindow

        rp, juror_id = self.current_round(), self._need_juror()
        if rp is None or juror_id is None:
            return
        window = ScoringWindow(LiveSource(self.db, rp.round_id, juror_id), self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self.refresh)
        window.show()

    def export_package(self) -> None:
        from contest_app.core.jury.package import export_package

        rp, juror_id = self.current_round(), self._need_juror()
        if rp is None or juror_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("JuryPage", "Save the juror's package"), f"juror-{juror_id}.nearjury",
            translate("JuryPage", "Juror packages (*.nearjury)"))
        if name:
            try:
                export_package(self.db, rp.round_id, juror_id, Path(name))
            except (ContestAppError, OSError) as exc:
                show_error(self, exc)

    def score_sheet(self) -> None:
        from contest_app.core.jury import paper

        rp, juror_id = self.current_round(), self._need_juror()
        if rp is None or juror_id is None or self.contest_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("JuryPage", "Save the score sheet"), f"scores-juror-{juror_id}.pdf",
            translate("JuryPage", "PDF (*.pdf);;Excel (*.xlsx)"))
        if name:
            try:
                with self.db.session() as session:
                    paper.write_score_sheet(session, self.contest_id, juror_id, rp.round_id,
                                            Path(name))
            except (ContestAppError, OSError) as exc:
                show_error(self, exc)

    def import_results(self) -> None:
        from contest_app.core.jury.results_import import import_results

        name, _ = QFileDialog.getOpenFileName(
            self, translate("JuryPage", "Import a juror's results"), "",
            translate("JuryPage", "Juror results (*.nearresults)"))
        if not name:
            return
        try:
            report = import_results(self.db, Path(name))
        except (ContestAppError, OSError) as exc:
            show_error(self, exc)
            return
        self.refresh()
        if report.already_imported:
            text = translate("JuryPage", "This results file was imported before; nothing "
                             "changed.")
        else:
            text = translate(
                "JuryPage", "{saved} scores imported, {unscored} works still unscored, "
                "{refused} refused.").format(saved=len(report.scored),
                                             unscored=len(report.unscored),
                                             refused=len(report.refused))
        QMessageBox.information(self, self.title(), text)

    def import_paper(self) -> None:
        from contest_app.core.jury import paper

        if self.contest_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, translate("JuryPage", "Import typed-up paper scores"), "",
            translate("JuryPage", "Sheets (*.xlsx *.csv)"))
        if not name:
            return
        try:
            with self.db.session() as session, session.begin():
                report = paper.import_scores(session, self.contest_id, Path(name))
        except (ContestAppError, OSError) as exc:
            show_error(self, exc)
            return
        self.refresh()
        QMessageBox.information(self, self.title(), translate(
            "JuryPage", "{saved} scores imported, {refused} rows refused.").format(
            saved=report.saved, refused=report.refused))
