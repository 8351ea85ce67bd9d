"""About: what the app is, its version, where its data lives."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from contest_app import APP_DISPLAY_NAME, __version__
from contest_app.db.session import Database
from contest_app.i18n import translate


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(520, 300)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("AboutDialog", "About {name}").format(name=APP_DISPLAY_NAME))
        body = translate(
            "AboutDialog",
            "Runs the NEAR Youth Painting Contest: the regions' batches, the blind jury, the "
            "awards, the certificates and the touring exhibitions.")
        version = translate("AboutDialog", "Version {version}").format(version=__version__)
        data = translate("AboutDialog", "Database: {url}").format(url=self.db.display_url())
        media = translate("AboutDialog", "Images: {folder}").format(folder=self.db.media_root)
        qt = translate("AboutDialog", "Qt {qt}, PySide6 {pyside}").format(
            qt=qVersion(), pyside=PySide6.__version__)
        self.text.setText(f"<h2>{APP_DISPLAY_NAME}</h2><p>{version}</p><p>{body}</p>"
                          f"<p>{data}<br>{media}</p><p><small>{qt}</small></p>")
