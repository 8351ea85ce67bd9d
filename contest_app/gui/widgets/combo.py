"""Refill a filter combo box without losing the user's choice or firing change signals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
    """Replace the items (text, data); keep the chosen data if it is still offered."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(keep), 0))
    combo.blockSignals(False)
