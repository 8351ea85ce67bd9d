"""The core, the database layer and the command line never need Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "contest_app"
QT_FREE = [
    *sorted((PACKAGE / "core").rglob("*.py")),
    *sorted((PACKAGE / "db").rglob("*.py")),
    PACKAGE / "messages.py",
    PACKAGE / "paths.py",
]
QT_ROOTS = {"PySide6", "shiboken6"}


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_the_list_is_not_empty() -> None:
    assert len(QT_FREE) > 10 and all(path.exists() for path in QT_FREE)


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_import(path: Path) -> None:
    bad = [f"{path.name}:{line} imports {module}"
           for line, module in _imported_modules(path)
           if module.split(".")[0] in QT_ROOTS or module.startswith("contest_app.gui")]
    assert not bad, bad


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import contest_app.core.contests, contest_app.core.database, contest_app.db.models, "
        "contest_app.cli; import sys; "
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "assert not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
