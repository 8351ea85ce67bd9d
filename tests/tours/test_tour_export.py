"""Files for venues and the print shop: work list (.xlsx), originals by number, manifest."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from contest_app.core.intake.cancel import Cancelled
from contest_app.core.tours.content import load_document
from contest_app.core.tours.export import export_tour_files
from contest_app.db.models import Entry


def test_work_list_originals_and_manifest(small_tour: Any, tmp_path: Path) -> None:
    db = small_tour.db
    with db.session() as session, session.begin():
        doc = load_document(session, small_tour.tour_id)
        first = session.get(Entry, doc.entries[0].work.entry_id)
        assert first is not None
        first.title = "=HYPERLINK(\"http://x\",\"click\")"  # typed by a region: stays text
    result = export_tour_files(db, small_tour.tour_id, tmp_path / "out")
    assert result.files == len(doc.entries) and not result.missing and not result.mismatched
    book = load_workbook(result.work_list)
    assert book.sheetnames[0] == "All works" and len(book.sheetnames) == 3
    rows = list(book["All works"].iter_rows(values_only=True))
    assert rows[0][0] == "No." and len(rows) == len(doc.entries) + 1
    assert [r[0] for r in rows[1:]] == [e.label for e in doc.entries]
    cell = book["All works"].cell(row=2, column=6)
    assert cell.data_type == "s" and str(cell.value).startswith("'=")
    ko_sheet = book[book.sheetnames[1]]
    assert ko_sheet.cell(row=1, column=1).value == "번호 / No."
    statuses = {r[15] for r in ko_sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses == {"선정"}
    with (tmp_path / "out" / "manifest.csv").open(encoding="utf-8-sig") as handle:
        manifest = list(csv.DictReader(handle))
    data = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [m["catalogue_no"] for m in manifest] == [e.label for e in doc.entries]
    assert len(data["files"]) == len(manifest)
    with db.session() as session:
        stored = {e.id: e.images[0] for e in session.scalars(select(Entry)) if e.images}
    for row, entry in zip(manifest, doc.entries, strict=True):
        copied = tmp_path / "out" / row["file"]
        assert copied.name == f"{entry.label}.jpg"
        digest = hashlib.sha256(copied.read_bytes()).hexdigest()
        original = stored[entry.work.entry_id]
        assert digest == row["sha256"] == original.sha256  # byte for byte
        assert (db.media_root / original.stored_path).read_bytes() == copied.read_bytes()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_venue_export_and_cancel(small_tour: Any, tmp_path: Path) -> None:
    class Stop:
        def report(self, done: int, total: int) -> None:
            if done >= 2:
                raise Cancelled

    out = tmp_path / "venue"
    with pytest.raises(Cancelled):
        export_tour_files(small_tour.db, small_tour.tour_id, out, control=Stop())
    assert list(out.iterdir()) == []  # the staging folder went too
    result = export_tour_files(small_tour.db, small_tour.tour_id, out,
                               venue_ref="Toyama Civic Gallery", originals=False)
    book = load_workbook(result.work_list)
    assert book.sheetnames == ["All works", "Toyama Civic Gallery"]
    assert book["Toyama Civic Gallery"].cell(row=1, column=1).value == "番号 / No."
    assert result.files == 0 and not list((out / "originals").glob("*.jpg"))
