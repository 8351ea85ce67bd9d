"""Certificates: the register of every certificate issued for the contest."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from contest_app.core import overview
from contest_app.db.session import Database
from contest_app.gui.labels import label
from contest_app.gui.models.rows_table_model import RowsTableModel
from contest_app.gui.pages.base_page import BasePage, empty_note
from contest_app.gui.widgets.table import make_table
from contest_app.i18n import translate


class CertificatesPage(BasePage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model = RowsTableModel(self._headers, self)
        self.table = make_table(self.model, self)
        self.note = empty_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def title(self) -> str:
        return translate("CertificatesPage", "Certificates")

    def _headers(self) -> list[str]:
        return [translate("CertificatesPage", "Serial"), translate("CertificatesPage", "Kind"),
                translate("CertificatesPage", "Student"),
                translate("CertificatesPage", "Language"),
                translate("CertificatesPage", "Issued"), translate("CertificatesPage", "Reissue")]

    def retranslate_ui(self) -> None:
        self.note.setText(translate(
            "CertificatesPage", "No certificates issued yet. Award certificates follow the final "
            "results; every other eligible student receives a participation certificate."))
        self.model.retranslate()

    def refresh(self) -> None:
        rows: list[overview.CertificateRow] = []
        if self.contest_id is not None:
            with self.db.session() as session:
                rows = overview.certificates(session, self.contest_id)
        yes = translate("CertificatesPage", "yes")
        self.model.set_rows([
            (c.serial, label(c.kind), c.student, c.language,
             c.issued_at.strftime("%Y-%m-%d %H:%M"), yes if c.reissue else "")
            for c in rows])
        self.note.setVisible(not rows)
