"""What every page of the main window offers: a contest to show, refresh, live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from contest_app.db.session import Database


class BasePage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contest_id: int | None = None
        self._stale = False  # data to show again when the page next becomes visible

    def title(self) -> str:
        raise NotImplementedError

    def set_contest(self, contest_id: int | None) -> None:
        self.contest_id = contest_id
        self.refresh_when_visible()

    def refresh_when_visible(self) -> None:
        """Hidden pages wait: switching contest or language then costs one page's queries."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh_when_visible()  # data names (regions, tiers) follow the language too
        super().changeEvent(event)


def empty_note(parent: QWidget) -> QLabel:
    """A line under a table saying why it is empty and what to do; hidden when there is data."""
    note = QLabel(parent)
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(mid); padding: 6px;")
    return note
