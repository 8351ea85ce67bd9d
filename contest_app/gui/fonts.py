"""Ship our own fonts to the GUI, so Hangul, hanzi, kana and Mongolian Cyrillic show everywhere.

Offices' laptops (and bare Linux machines) may lack CJK fonts; the bundled WenQuanYi Micro Hei
covers every script the data holds, and Noto Sans gives Latin and Cyrillic a proper face.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from contest_app import paths

GUI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "wqy-microhei.ttc")
FALLBACK_FAMILIES = ("Noto Sans", "WenQuanYi Micro Hei")


def install_app_fonts(app: QApplication) -> list[str]:
    families: list[str] = []
    for name in GUI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    # the platform's own face first; ours fill in what it lacks, script by script
    font.setFamilies([app.font().family(), *FALLBACK_FAMILIES])
    app.setFont(font)
    return families
