"""The juror's scoring window.

Keys: digits score the highlighted criterion (0 means 10) and move to the next criterion;
Up/Down choose a criterion; Enter or Right goes to the next work, Left to the previous one;
C toggles comparing two works side by side; F flags, S marks a favourite, Backspace clears;
+/- zoom, 0 on the image fits it. Each change is saved at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contest_app.core.errors import ContestAppError
from contest_app.core.jury.source import JurorSource, ScoreItem, WorkItem
from contest_app.core.languages import pick
from contest_app.gui.errors import show_error
from contest_app.gui.scoring.histogram import Histogram
from contest_app.gui.scoring.prefetch import ImageCache
from contest_app.gui.widgets.image_view import ImageView
from contest_app.i18n import current_language, translate

FILTERS = ("all", "unscored", "flagged", "favourite")


class ScoringWindow(QMainWindow):
    def __init__(self, source: JurorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.criteria = list(source.criteria)
        self.all_works: list[WorkItem] = source.works()
        self.items: dict[str, ScoreItem] = source.scores()
        self.shown: list[WorkItem] = list(self.all_works)
        self.position = 0
        self.criterion_index = 0
        self.compare_code: str | None = None
        self.cache = ImageCache(parent=self)
        self._filling = False
        self.setup_ui()
        self.retranslate_ui()
        self.go_to(0)

    # --- layout -----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.image = ImageView(self)
        self.compare_left = ImageView(self)
        self.compare_right = ImageView(self)
        for view in (self.image, self.compare_left, self.compare_right):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to scoring
        compare = QSplitter(Qt.Orientation.Horizontal, self)
        self.compare_left_label = QLabel(self)
        self.compare_right_label = QLabel(self)
        for view, lab in ((self.compare_left, self.compare_left_label),
                          (self.compare_right, self.compare_right_label)):
            box = QWidget(compare)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(lab)
            box_layout.addWidget(view, 1)
            compare.addWidget(box)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.image)
        self.views.addWidget(compare)

        panel = QWidget(self)
        panel.setMinimumWidth(320)
        panel.setMaximumWidth(440)
        self.code_label = QLabel(panel)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.code_label.setFont(font)
        self.title_label = QLabel(panel)
        self.title_label.setWordWrap(True)
        self.position_label = QLabel(panel)
        self.criteria_form = QFormLayout()
        self.criterion_labels: list[QLabel] = []
        self.spins: list[QDoubleSpinBox] = []
        for crit in self.criteria:
            lab = QLabel(panel)
            spin = QDoubleSpinBox(panel)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            # one step below the scale stands for "not scored yet"
            spin.setRange(crit.scale_min - 0.5, crit.scale_max)
            spin.setSpecialValueText("–")
            spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            spin.valueChanged.connect(self._spin_changed)
            self.criterion_labels.append(lab)
            self.spins.append(spin)
            self.criteria_form.addRow(lab, spin)
        self.weighted_label = QLabel(panel)
        self.comment = QLineEdit(panel)
        self.comment.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # digits must score, not type
        self.comment.editingFinished.connect(self._comment_changed)
        self.comment.returnPressed.connect(self.setFocus)
        self.flag = QCheckBox(panel)
        self.favourite = QCheckBox(panel)
        self.abstain = QCheckBox(panel)
        for box in (self.flag, self.favourite, self.abstain):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.toggled.connect(self._marks_changed)
        self.progress = QProgressBar(panel)
        self.filter = QComboBox(panel)
        self.filter.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.histogram = Histogram(panel)
        self.threshold = QDoubleSpinBox(panel)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(0.5)
        low = min((c.scale_min for c in self.criteria), default=1.0)
        high = max((c.scale_max for c in self.criteria), default=10.0)
        self.threshold.setRange(low, high)
        default_line = round((low + (high - low) * 0.7) * 2) / 2
        saved = QSettings().value("scoring/threshold", default_line, float)
        self.threshold.setValue(float(saved))  # type: ignore[arg-type]
        self.threshold.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.threshold.valueChanged.connect(self._update_stats)
        self.threshold_label = QLabel(panel)
        self.pass_label = QLabel(panel)
        self.pass_label.setWordWrap(True)
        # wrapped labels get no height of their own in a box layout: reserve two lines
        self.pass_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self.export_button = QPushButton(panel)  # offline packages only: results go back by file
        self.export_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_button.setVisible(hasattr(self.source, "export_results"))
        self.export_button.clicked.connect(self.export_results)
        self.keys_label = QLabel(panel)
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: palette(mid);")
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold)

        layout = QVBoxLayout(panel)
        layout.addWidget(self.code_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.position_label)
        layout.addLayout(self.criteria_form)
        layout.addWidget(self.weighted_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.flag)
        layout.addWidget(self.favourite)
        layout.addWidget(self.abstain)
        layout.addSpacing(8)
        layout.addWidget(self.progress)
        layout.addWidget(self.filter)
        layout.addWidget(self.histogram)
        layout.addLayout(threshold_row)
        layout.addWidget(self.pass_label)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.keys_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.views)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 1)
        self.setCentralWidget(splitter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1400, 900)

    def retranslate_ui(self) -> None:
        lang = current_language()
        self.setWindowTitle(translate("ScoringWindow", "Scoring — {juror}, {round}").format(
            juror=self.source.juror_label, round=self.source.round_label))
        for lab, crit in zip(self.criterion_labels, self.criteria, strict=True):
            lab.setText(translate("ScoringWindow", "{name} ({low:g}–{high:g}):").format(
                name=pick(crit.names, lang) or crit.key, low=crit.scale_min, high=crit.scale_max))
        self.comment.setPlaceholderText(translate("ScoringWindow", "Comment (optional)"))
        self.flag.setText(translate("ScoringWindow", "Flag for discussion (F)"))
        self.favourite.setText(translate("ScoringWindow", "Favourite (S)"))
        self.abstain.setText(translate("ScoringWindow", "I cannot judge this work"))
        self.threshold_label.setText(translate("ScoringWindow", "Pass line:"))
        self.export_button.setText(translate("ScoringWindow", "Export results for the "
                                             "secretariat…"))
        self.keys_label.setText(translate(
            "ScoringWindow", "Keys: 1–9 and 0 (=10) score the highlighted criterion; ↑↓ choose "
            "a criterion; Enter or → next work, ← previous; C compare; F flag; S favourite; "
            "Backspace clears; +/− zoom."))
        keep = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems([translate("ScoringWindow", "All my works"),
                              translate("ScoringWindow", "Not scored yet"),
                              translate("ScoringWindow", "Flagged"),
                              translate("ScoringWindow", "Favourites")])
        self.filter.setCurrentIndex(max(keep, 0))
        self.filter.blockSignals(False)
        self._update_stats()
        self._show_position()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- navigation -------------------------------------------------------------------------
    def current(self) -> WorkItem | None:
        return self.shown[self.position] if 0 <= self.position < len(self.shown) else None

    def go_to(self, position: int) -> None:
        if not self.shown:
            self.position = 0
            self._show_work(None)
            return
        self.position = max(0, min(position, len(self.shown) - 1))
        self.criterion_index = 0
        self._show_work(self.current())
        for step in (1, 2, -1):  # the works the juror will most likely look at next
            neighbour = self.position + step
            if 0 <= neighbour < len(self.shown):
                code = self.shown[neighbour].code
                self.cache.prefetch(code, self.source.image_path(code))

    def next_work(self) -> None:
        if self.position < len(self.shown) - 1:
            self.go_to(self.position + 1)

    def previous_work(self) -> None:
        if self.position > 0:
            self.go_to(self.position - 1)

    def _show_work(self, work: WorkItem | None) -> None:
        self._filling = True
        if work is None:
            self.code_label.setText("—")
            self.title_label.clear()
            self.image.set_pixmap(QPixmap())
        else:
            self.code_label.setText(work.code)
            self.title_label.setText(work.title or "")
            self.title_label.setVisible(bool(self.source.show_titles and work.title))
            pixmap = QPixmap.fromImage(self.cache.get(work.code, self.source.image_path(work.code)))
            if self.compare_code:
                self.compare_right.set_pixmap(pixmap)
                self.compare_right_label.setText(work.code)
            else:
                self.image.set_pixmap(pixmap)
            item = self.items.get(work.code, ScoreItem())
            for spin, crit in zip(self.spins, self.criteria, strict=True):
                spin.setValue(item.values.get(crit.key, crit.scale_min - 0.5))
            self.comment.setText(item.comment)
            self.flag.setChecked(item.flagged)
            self.favourite.setChecked(item.favourite)
            self.abstain.setChecked(item.abstained)
        self._filling = False
        self._highlight_criterion()
        self._show_position()
        self._show_weighted()

    def _show_position(self) -> None:
        if self.shown:
            self.position_label.setText(translate("ScoringWindow", "Work {n} of {total}")
                                        .format(n=self.position + 1, total=len(self.shown)))
        else:
            self.position_label.setText(translate("ScoringWindow", "No works in this view."))

    def _highlight_criterion(self) -> None:
        for i, lab in enumerate(self.criterion_labels):
            font = lab.font()
            font.setBold(i == self.criterion_index)
            lab.setFont(font)
            lab.setStyleSheet("color: palette(highlight);" if i == self.criterion_index else "")

    def _filter_changed(self) -> None:
        kind = FILTERS[max(self.filter.currentIndex(), 0)]
        keep = self.current()
        self.shown = [w for w in self.all_works if self._matches(w.code, kind)]
        codes = [w.code for w in self.shown]
        self.go_to(codes.index(keep.code) if keep and keep.code in codes else 0)

    def _matches(self, code: str, kind: str) -> bool:
        item = self.items.get(code)
        if kind == "unscored":
            return item is None or not item.complete(self.criteria)
        if kind == "flagged":
            return bool(item and item.flagged)
        if kind == "favourite":
            return bool(item and item.favourite)
        return True

    def toggle_compare(self) -> None:
        work = self.current()
        if self.compare_code or work is None:
            self.compare_code = None
            self.views.setCurrentIndex(0)
            self._show_work(work)
            return
        self.compare_code = work.code
        image = self.cache.get(work.code, self.source.image_path(work.code))
        self.compare_left.set_pixmap(QPixmap.fromImage(image))
        self.compare_left_label.setText(work.code)
        self.views.setCurrentIndex(1)
        self.next_work()

    # --- scoring ----------------------------------------------------------------------------
    def _item(self) -> ScoreItem | None:
        work = self.current()
        if work is None:
            return None
        return self.items.setdefault(work.code, ScoreItem())

    def _save(self) -> None:
        work, item = self.current(), self._item()
        if work is None or item is None:
            return
        self.source.save(work.code, item)
        self._update_stats()
        self._show_weighted()

    def score_digit(self, digit: int) -> None:
        if not self.criteria or self.current() is None:
            return
        crit = self.criteria[self.criterion_index]
        value = 10.0 if digit == 0 else float(digit)
        if not crit.scale_min <= value <= crit.scale_max:
            self.statusBar().showMessage(translate(
                "ScoringWindow", "{value:g} is outside the scale {low:g}–{high:g}.").format(
                value=value, low=crit.scale_min, high=crit.scale_max), 3000)
            return
        self.spins[self.criterion_index].setValue(value)  # saves through _spin_changed
        if self.criterion_index < len(self.criteria) - 1:
            self.criterion_index += 1
            self._highlight_criterion()

    def _spin_changed(self) -> None:
        if self._filling:
            return
        item = self._item()
        if item is None:
            return
        for spin, crit in zip(self.spins, self.criteria, strict=True):
            if spin.value() < crit.scale_min:
                item.values.pop(crit.key, None)
            else:
                item.values[crit.key] = spin.value()
        self._save()

    def _comment_changed(self) -> None:
        item = self._item()
        if item is not None and not self._filling and item.comment != self.comment.text():
            item.comment = self.comment.text()
            self._save()
        self.setFocus()

    def _marks_changed(self) -> None:
        item = self._item()
        if item is None or self._filling:
            return
        item.flagged = self.flag.isChecked()
        item.favourite = self.favourite.isChecked()
        item.abstained = self.abstain.isChecked()
        self._save()

    def clear_criterion(self) -> None:
        crit = self.criteria[self.criterion_index] if self.criteria else None
        if crit is not None:
            self.spins[self.criterion_index].setValue(crit.scale_min - 0.5)

    def _show_weighted(self) -> None:
        work = self.current()
        item = self.items.get(work.code) if work else None
        score = item.weighted(self.criteria) if item else None
        self.weighted_label.setText(
            translate("ScoringWindow", "Weighted score: {score}").format(
                score="–" if score is None else f"{score:.2f}"))

    def _update_stats(self) -> None:
        scored = [i for i in self.items.values() if i.complete(self.criteria)]
        total = len(self.all_works)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(len(scored))
        self.progress.setFormat(translate("ScoringWindow", "{done} of {total} scored")
                                .format(done=len(scored), total=total))
        values = [v for v in (i.weighted(self.criteria) for i in scored) if v is not None]
        low = self.threshold.minimum()
        high = self.threshold.maximum()
        line = self.threshold.value()
        self.histogram.set_values(values, low, high, line)
        passed = sum(1 for v in values if v >= line)
        share = 100 * passed / len(values) if values else 0
        self.pass_label.setText(translate(
            "ScoringWindow", "{passed} of {scored} scored works ({share:.0f}%) are at or above "
            "the pass line.").format(passed=passed, scored=len(values), share=share))

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.score_digit(int(text))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_work()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_work()
        elif key == Qt.Key.Key_Down and self.criteria:
            self.criterion_index = min(self.criterion_index + 1, len(self.criteria) - 1)
            self._highlight_criterion()
        elif key == Qt.Key.Key_Up and self.criteria:
            self.criterion_index = max(self.criterion_index - 1, 0)
            self._highlight_criterion()
        elif key == Qt.Key.Key_C:
            self.toggle_compare()
        elif key == Qt.Key.Key_F:
            self.flag.toggle()
        elif key == Qt.Key.Key_S:
            self.favourite.toggle()
        elif key == Qt.Key.Key_Backspace:
            self.clear_criterion()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.image.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.image.zoom(0.8)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.shown) - 1)
        else:
            super().keyPressEvent(event)

    def export_results(self, target: Path | None = None) -> Path | None:
        """Write the signed results file the secretariat imports (partial results are fine)."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, translate("ScoringWindow", "Export results"), "results.nearresults",
                translate("ScoringWindow", "Juror results (*.nearresults)"))
            if not name:
                return None
            target = Path(name)
        try:
            written: Path = self.source.export_results(target)  # type: ignore[attr-defined]
        except (ContestAppError, OSError) as exc:
            show_error(self, exc)
            return None
        self.statusBar().showMessage(translate("ScoringWindow", "Results written to {file}")
                                     .format(file=written), 8000)
        return written

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.comment.clearFocus()  # a comment being typed is saved, not lost
        QSettings().setValue("scoring/threshold", self.threshold.value())
        self.cache.wait()
        super().closeEvent(event)
