"""Starting the GUI on a database it cannot use explains why and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from contest_app.gui import app as gui_app


def test_newer_database_is_refused_with_a_message(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window, _ = gui_app.create_main_window(f"sqlite:///{path}", "en")
    assert window is None
    assert shown and "newer version" in shown[0]
    assert path.read_bytes() == before
