"""Importing a region's batch through the GUI: preview with problems, cancel, commit."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contest_app.core.contests import ContestSpec, create_contest
from contest_app.core.demo_data import generate_batches, write_batch_folder
from contest_app.db.models import Entry
from contest_app.gui.dialogs.import_dialog import ImportDialog

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def contest_id(db) -> int:  # type: ignore[no-untyped-def]
    from datetime import date

    with db.session() as s, s.begin():
        return create_contest(s, ContestSpec(edition=12, year=2024, deadline=date(2024, 9, 13))).id


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    """Busan's batch as CSV in CP949, with two faults a real office makes."""
    batch = next(b for b in generate_batches() if b.region_code == "KR-26")
    folder = tmp_path / "busan"
    sheet = write_batch_folder(batch, folder, sheet="csv", encoding="cp949", image_size=(320, 240))
    rows = list(csv.reader(sheet.open(encoding="cp949")))
    rows[1][3] = "2010-13-45"  # an impossible birth date
    rows[2][12] = "missing.jpg"  # an image the batch does not hold
    with sheet.open("w", encoding="cp949", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return folder


def entries(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count(Entry.id))) or 0


def test_preview_then_commit(db, contest_id, batch_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, contest_id, region_code="KR-26")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(batch_folder))
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    plan = dialog.plan
    assert plan.encoding.replace("-", "").lower() in ("cp949", "euckr")
    codes = set(plan.counts_by_code())
    assert {"date_impossible", "image_missing"} <= codes
    assert dialog.preview.problems_model.rowCount() >= 2
    assert not plan.blocked and plan.works_ok, plan.batch_problems
    assert dialog.import_button.isEnabled()
    assert entries(db) == 0  # a preview writes nothing
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "import-dialog.png"))
    dialog.commit()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=30000)
    assert entries(db) == len(plan.works_ok) == dialog.import_result.created
    assert dialog.import_result.refused == 2


def test_cancel_leaves_the_database_unchanged(db, contest_id, batch_folder, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(db, contest_id, region_code="KR-26")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(batch_folder))
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    staging = dialog.plan.staging_dir
    assert staging.is_dir()
    dialog.reject()
    assert not staging.exists()
    assert entries(db) == 0
