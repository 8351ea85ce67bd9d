"""Icons by name: pages never hold a path."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from contest_app import paths

NAV_SIZE = QSize(28, 28)


@cache
def get(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
