"""GUI tests: offscreen Qt, settings in a temp folder, compiled translations, a small demo."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build output; compile any that are missing or older than their .ts."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("NEAR-test")
    qapp.setApplicationName("contest_app-test")
    from contest_app.i18n import LanguageSwitcher

    LanguageSwitcher().switch("en")  # each test starts in English, whatever the last one did
    yield


@pytest.fixture
def demo_db(db):  # type: ignore[no-untyped-def]
    """The `db` fixture holding a small demo contest (one work per 2024 region)."""
    from contest_app.core.demo import build_demo

    db.demo_contest_id = build_demo(db, total=39, workers=1, image_size=(320, 240))
    return db
