"""build.spec, run without PyInstaller: the package names the bundle, and everything it packs exists.

The real build (`make bundle-smoke`, CI's third stage) takes a minute; this catches a moved
resource folder, a migration left out, or a renamed entry point in a second.
"""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from contest_app import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]


class Target:
    """Stands for PyInstaller's Analysis, PYZ, EXE and COLLECT: records what the spec passed."""

    made: list[Target] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.datas = list(kwargs.get("datas", [])) + [
            # what PyInstaller's Qt hook adds: the spec keeps only qtbase in our languages
            ("PySide6/Qt/translations/qtbase_ko.qm", "/x/qtbase_ko.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/translations/qtwebengine_ru.qm", "/x/qtwebengine_ru.qm", "DATA"),
        ]
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[Any] = []
        Target.made.append(self)


def fake_hooks() -> types.ModuleType:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: [  # type: ignore[attr-defined]
        (f"/site-packages/{package}/data.bin", package)]
    hooks.collect_submodules = lambda package, filter=None, **_: [  # type: ignore[attr-defined]
        name for name in (package, f"{package}.testing", f"{package}.db.migrations.env")
        if filter is None or filter(name)]
    return hooks


@pytest.fixture(scope="module")
def compiled_translations() -> None:
    """The spec refuses to build without .qm files (`make translations`); compile missing ones."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "i18n").glob("*.ts"):
        if not ts.with_suffix(".qm").exists():
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
             onefile: bool = False) -> dict[str, Any]:
    monkeypatch.setattr(sys, "path", list(sys.path))
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", fake_hooks())
    monkeypatch.setenv("CONTEST_APP_ONEFILE", "1" if onefile else "0")
    Target.made = []
    namespace: dict[str, Any] = {
        "__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(tmp_path),
        "DISTPATH": str(tmp_path / "dist"), "Analysis": Target, "PYZ": Target, "EXE": Target,
        "COLLECT": Target,
    }
    spec = ROOT / "build.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace


@pytest.mark.usefixtures("compiled_translations")
def test_spec_names_the_bundle_after_the_package(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    ns = run_spec(monkeypatch, tmp_path)
    assert (ns["APP_NAME"], ns["__version__"]) == (APP_NAME, __version__)
    analysis, _pyz, exe, collect = Target.made
    assert exe.kwargs["name"] == APP_NAME and exe.kwargs["console"] is True
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert collect.kwargs["name"] == f"{APP_NAME}-{__version__}"
    entry = Path(analysis.args[0][0])
    assert entry == ROOT / "contest_app" / "__main__.py"
    assert "freeze_support()" in entry.read_text(encoding="utf-8")  # workers spawn when frozen


@pytest.mark.usefixtures("compiled_translations")
def test_every_bundled_file_exists(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run_spec(monkeypatch, tmp_path)
    analysis = Target.made[0]
    ours = [(Path(src), dest) for src, dest in analysis.kwargs["datas"]
            if not src.startswith("/site-packages/")]
    missing = [str(src) for src, _ in ours if not src.is_file()]
    assert not missing
    bundled = {(src.relative_to(ROOT).as_posix(), dest) for src, dest in ours}
    # every resource, in the same place as in the source tree (contest_app.paths finds it there)
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            rel = path.relative_to(ROOT)
            assert (rel.as_posix(), rel.parent.as_posix()) in bundled, rel
    # Alembic's environment, template and every migration script, as files
    migrations = ROOT / "contest_app" / "db" / "migrations"
    for path in [migrations / "env.py", migrations / "script.py.mako",
                 *(migrations / "versions").glob("*.py")]:
        rel = path.relative_to(ROOT)
        assert (rel.as_posix(), rel.parent.as_posix()) in bundled, rel
    for qm in (ROOT / "i18n").glob("*.qm"):
        assert (qm.relative_to(ROOT).as_posix(), "i18n") in bundled
    assert not any("__pycache__" in src for src, _ in bundled)


@pytest.mark.usefixtures("compiled_translations")
def test_imports_and_what_is_left_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run_spec(monkeypatch, tmp_path)
    analysis = Target.made[0]
    hidden = analysis.kwargs["hiddenimports"]
    assert "alembic" in hidden and "alembic.testing" not in hidden
    assert "contest_app" in hidden and "contest_app.db.migrations.env" not in hidden
    assert {"psycopg", "psycopg_binary", "sqlalchemy.dialects.postgresql.psycopg"} <= set(hidden)
    excludes = set(analysis.kwargs["excludes"])
    assert {"tkinter", "numpy", "scipy", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore",
            "PySide6.QtQuick3D", "PySide6.QtMultimedia"} <= excludes
    # Qt's own translations: qtbase of the app's languages only
    kept = {Path(dest).name for dest, *_ in analysis.datas if "translations" in dest}
    assert kept == {"qtbase_ko.qm"}


@pytest.mark.usefixtures("compiled_translations")
def test_onefile_variant(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run_spec(monkeypatch, tmp_path, onefile=True)
    names = [type(t).__name__ for t in Target.made]
    assert len(names) == 3  # Analysis, PYZ, EXE: no COLLECT
    assert Target.made[-1].kwargs["name"] == f"{APP_NAME}-{__version__}"
