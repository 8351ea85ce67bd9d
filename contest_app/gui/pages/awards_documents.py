"""The Awards page's documents: the ranked results, the report and the lists per region, each
written in the background (run_with_progress) from its own database session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from contest_app.db.session import Database
from contest_app.gui.widgets.progress import run_with_progress
from contest_app.i18n import current_language, translate


class AwardsDocumentsMixin:
    """For AwardsPage: needs db, contest_id and state_label (where "Saved ..." is shown)."""

    db: Database
    contest_id: int | None
    state_label: QLabel
    last_saved: Path | None

    def _ask_path(self, caption: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(cast(QWidget, self), caption, name, pattern)
        return Path(path) if path else None

    def _export(self, path: Path | None, writer: Callable[..., Path], **options: Any) -> None:
        if path is None or self.contest_id is None:
            return
        contest_id = self.contest_id

        def job(_control: Any) -> Path:
            with self.db.session() as session:
                return writer(session, contest_id, path, **options)

        def done(saved: Path) -> None:
            self.last_saved = saved
            self.state_label.setText(
                translate("AwardsPage", "Saved {path}").format(path=str(saved)))

        label = translate("AwardsPage", "Writing {name}…").format(name=path.name)
        run_with_progress(cast(QWidget, self), label, job, done)

    def export_results(self, path: Path | None = None) -> None:
        from contest_app.core.awards.export_xlsx import write_results

        path = path or self._ask_path(translate("AwardsPage", "Save the ranked results"),
                                      "results.xlsx",
                                      translate("AwardsPage", "Excel workbook (*.xlsx)"))
        self._export(path, write_results, language=current_language())

    def export_report(self, path: Path | None = None) -> None:
        from contest_app.core.awards.report_pdf import write_report

        path = path or self._ask_path(translate("AwardsPage", "Save the results report"),
                                      "results.pdf",
                                      translate("AwardsPage", "PDF document (*.pdf)"))
        self._export(path, write_report)

    def export_regions(self, path: Path | None = None) -> None:
        from contest_app.core.awards.export_xlsx import write_region_lists

        path = path or self._ask_path(translate("AwardsPage", "Save the award lists per region"),
                                      "awards-per-region.xlsx",
                                      translate("AwardsPage", "Excel workbook (*.xlsx)"))
        self._export(path, write_region_lists)
