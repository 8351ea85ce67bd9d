"""The jury statistics tab of the Awards page: jurors, their leniency, the panel's agreement,
and scores far from the other jurors'."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.awards.stats import JuryStats, agreement_word, jury_stats
from contest_app.db.session import Database
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.widgets.award_charts import AgreementGauge, LeniencyChart, fit_columns
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import QT_TRANSLATE_NOOP, translate

AGREEMENT_WORDS = {
    "poor": QT_TRANSLATE_NOOP("AwardsStats", "poor"),
    "moderate": QT_TRANSLATE_NOOP("AwardsStats", "moderate"),
    "good": QT_TRANSLATE_NOOP("AwardsStats", "good"),
    "excellent": QT_TRANSLATE_NOOP("AwardsStats", "excellent"),
    "unknown": QT_TRANSLATE_NOOP("AwardsStats", "not enough scores"),
}
BANDS = ((0.5, "#f4a6a6", "poor"), (0.75, "#f7d58b", "moderate"), (0.9, "#b9dfa4", "good"),
         (1.0, "#7cc47f", "excellent"))


def _num(value: float | None, digits: int = 2) -> float | str:
    return "–" if value is None else round(value, digits)


class AwardsStatsPanel(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stats: JuryStats | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.round_label = QLabel(self)
        self.round_combo = QComboBox(self)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round_combo, 1)

        self.jurors_box = QGroupBox(self)
        self.jurors_model = RowsTableModel(self._juror_headers, self)
        self.jurors_table = make_table(self.jurors_model, self.jurors_box)
        self.leniency_label = QLabel(self.jurors_box)
        self.leniency_label.setWordWrap(True)
        self.leniency = LeniencyChart(self.jurors_box)
        jurors_layout = QVBoxLayout(self.jurors_box)
        jurors_layout.addWidget(self.jurors_table, 2)
        jurors_layout.addWidget(self.leniency_label)
        jurors_layout.addWidget(self.leniency)

        self.agreement_box = QGroupBox(self)
        self.gauge = AgreementGauge(self.agreement_box)
        self.agreement_text = QLabel(self.agreement_box)
        self.agreement_text.setWordWrap(True)
        agreement_layout = QVBoxLayout(self.agreement_box)
        agreement_layout.addWidget(self.gauge)
        agreement_layout.addWidget(self.agreement_text)

        self.outliers_box = QGroupBox(self)
        self.outliers_model = RowsTableModel(self._outlier_headers, self)
        self.outliers_table = make_table(self.outliers_model, self.outliers_box)
        outliers_layout = QVBoxLayout(self.outliers_box)
        outliers_layout.addWidget(self.outliers_table)

        right = QVBoxLayout()
        right.addWidget(self.agreement_box)
        right.addWidget(self.outliers_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.jurors_box, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def _juror_headers(self) -> list[str]:
        return [translate("AwardsStats", "Juror"), translate("AwardsStats", "Scored"),
                translate("AwardsStats", "Abstained"), translate("AwardsStats", "Mean"),
                translate("AwardsStats", "Spread (SD)"), translate("AwardsStats", "Leniency"),
                translate("AwardsStats", "Works compared")]

    def _outlier_headers(self) -> list[str]:
        return [translate("AwardsStats", "Work"), translate("AwardsStats", "Juror"),
                translate("AwardsStats", "Score"), translate("AwardsStats", "Others' mean"),
                translate("AwardsStats", "Gap")]

    def retranslate_ui(self) -> None:
        self.round_label.setText(translate("AwardsStats", "Round:"))
        self.jurors_box.setTitle(translate("AwardsStats", "Jurors"))
        self.agreement_box.setTitle(translate("AwardsStats", "Agreement of the panel"))
        self.outliers_box.setTitle(translate("AwardsStats", "Scores far from the other jurors'"))
        self.leniency_label.setText(translate(
            "AwardsStats", "Leniency: how many points a juror gave above (red) or below (blue) "
            "the other jurors on the same works."))
        self.gauge.set_bands([(upper, colour, translate("AwardsStats", AGREEMENT_WORDS[key]))
                              for upper, colour, key in BANDS])
        self.jurors_model.retranslate()
        self.outliers_model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_rounds(self, rounds: list[tuple[int, str, int]]) -> None:
        """rounds: (id, label, scored works); the round with most scored works is shown."""
        current = self.round_combo.currentData()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_id, text, _count in rounds:
            self.round_combo.addItem(text, round_id)
        ids = [r[0] for r in rounds]
        best = max(rounds, key=lambda r: r[2])[0] if rounds else None
        chosen = current if current in ids else best
        if chosen is not None:
            self.round_combo.setCurrentIndex(ids.index(chosen))
        self.round_combo.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        round_id = self.round_combo.currentData()
        self.stats = None
        if round_id is not None:
            with self.db.session() as session:
                self.stats = jury_stats(session, int(round_id))
        self._show()

    def _show(self) -> None:
        stats = self.stats
        jurors = stats.jurors if stats else []
        self.jurors_model.set_rows(
            [(j.name, j.scored, j.abstained, _num(j.mean), _num(j.sd), _num(j.leniency), j.shared)
             for j in jurors], [j.juror_id for j in jurors])
        fit_columns(self.jurors_table)
        self.leniency.set_values([(j.name, j.leniency) for j in jurors if j.leniency is not None])
        outliers = stats.outliers if stats else []
        self.outliers_model.set_rows(
            [(o.code, o.juror, round(o.score, 2), round(o.others, 2), round(o.gap, 2))
             for o in outliers], [o.entry_id for o in outliers])
        fit_columns(self.outliers_table)
        if stats is None:
            self.gauge.set_value(None)
            self.agreement_text.setText(translate("AwardsStats", "No scores in this round yet."))
            return
        a = stats.agreement
        self.gauge.set_value(a.icc_single)
        word = translate("AwardsStats", AGREEMENT_WORDS[agreement_word(a.icc_single)])
        lines = [translate(
            "AwardsStats", "Single jurors agree {word}: ICC(1,1) = {icc} over {works} works "
            "scored by {raters} jurors on average.").format(
                word=word, icc=_num(a.icc_single), works=a.works, raters=_num(a.mean_jurors, 1)),
            translate("AwardsStats", "Reliability of a work's mean: ICC(1,k) = {icc}.").format(
                icc=_num(a.icc_mean))]
        if a.kendall_w is not None:
            lines.append(translate(
                "AwardsStats", "Kendall's W = {w} over the {works} works all {jurors} jurors "
                "scored (1: the same order).").format(w=_num(a.kendall_w), works=a.w_works,
                                                       jurors=a.w_jurors))
        else:
            lines.append(translate(
                "AwardsStats", "Kendall's W needs at least 3 works scored by every juror."))
        self.agreement_text.setText("\n".join(lines))
