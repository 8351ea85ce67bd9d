"""Files for venues and the print shop: the work list (.xlsx) and the full-resolution originals
renamed by catalogue number, with a manifest (CSV and JSON) giving each file's SHA-256.

    result = export_tour_files(db, tour_id, Path("out"), venue_ref=None, control=control)

out/work_list.xlsx   a sheet with every work, and one per venue (in its language and English)
out/originals/012.jpg  the stored original, byte for byte (its hash is checked while copying)
out/manifest.csv, out/manifest.json

Everything is written into a hidden folder inside out first and moved into place at the end, so
a cancelled export (control.report raising Cancelled) leaves nothing behind. Text cells are
formula-neutralised: a title typed as "=HYPERLINK(...)" stays text in Excel.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from contest_app.core.intake.cancel import Control
from contest_app.core.intake.reports import safe_text
from contest_app.core.languages import pick
from contest_app.core.tours.captions import ConsentMode, age_text, caption, tier_name
from contest_app.core.tours.content import TourDocument, TourEntry, VenueInfo, load_document
from contest_app.core.tours.texts import status_word, word
from contest_app.core.tours.tours import find_venue
from contest_app.db.session import Database

WORK_LIST = "work_list.xlsx"
ORIGINALS = "originals"
COLUMNS = ("number", "order", "year", "edition", "tier", "title", "title_en", "artist",
           "artist_latin", "age_col", "region", "country", "medium", "width_cm", "height_cm",
           "status", "condition", "consent")
WIDTHS = (8, 8, 7, 9, 18, 28, 30, 22, 22, 9, 22, 16, 14, 10, 10, 12, 24, 12)
_BOLD = Font(bold=True)


@dataclass
class ExportResult:
    folder: Path
    work_list: Path
    manifest_csv: Path
    manifest_json: Path
    files: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)  # numbers without an original on disk
    mismatched: list[str] = field(default_factory=list)  # copied bytes not matching the hash


def _put(sheet: Worksheet, row: int, column: int, value: object) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
    else:
        cell.value = safe_text(value)
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula


def _row(entry: TourEntry, lang: str) -> list[object]:
    work = entry.work
    cap = caption(entry, (lang,), ConsentMode.ANONYMISE)
    return [entry.label, entry.position, work.year, work.edition, tier_name(work, lang),
            work.title, work.title_en, cap.names, cap.names_latin,
            age_text(work),
            pick(work.region_names, lang) or work.region_code,
            pick(work.country_names, lang) or work.country_code, work.medium,
            work.width_cm if work.width_cm is not None else "",
            work.height_cm if work.height_cm is not None else "",
            status_word(entry.status, lang), entry.condition_notes,
            word("yes" if work.consent_complete else "no", lang)]


def _sheet_name(name: str, taken: set[str]) -> str:
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in name).strip() or "Venue"
    base, n = clean[:28], 2
    result = base
    while result.casefold() in taken:
        result, n = f"{base[:25]} ({n})", n + 1
    taken.add(result.casefold())
    return result


def _fill(sheet: Worksheet, entries: list[TourEntry], languages: tuple[str, ...]) -> None:
    for column, key in enumerate(COLUMNS, start=1):
        header = " / ".join(dict.fromkeys(word(key, lang) for lang in languages))
        _put(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = _BOLD
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = \
            WIDTHS[column - 1]
    for row, entry in enumerate(entries, start=2):
        for column, value in enumerate(_row(entry, languages[0]), start=1):
            _put(sheet, row, column, value)
    sheet.freeze_panes = "B2"


def write_work_list(doc: TourDocument, path: Path, venues: list[VenueInfo] | None = None) -> Path:
    """All works in catalogue order, then a sheet per venue in its hanging order."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    taken: set[str] = set()
    sheet.title = _sheet_name(word("all_works", "en"), taken)
    _fill(sheet, doc.entries, ("en",))
    for venue in venues if venues is not None else doc.venues:
        venue_sheet = book.create_sheet(_sheet_name(venue.name, taken))
        _fill(venue_sheet, doc.hanging_order(venue.id), tuple(dict.fromkeys((venue.language,
                                                                               "en"))))
    book.save(path)
    return path


def _copy_hashed(source: Path, target: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _manifest_row(entry: TourEntry, file_name: str, sha: str, size: int) -> dict[str, Any]:
    work, image = entry.work, entry.work.image
    assert image is not None
    return {"catalogue_no": entry.label, "file": f"{ORIGINALS}/{file_name}", "sha256": sha,
            "bytes": size, "width_px": image.width, "height_px": image.height,
            "format": image.format, "original_name": image.original_name,
            "edition": work.edition, "year": work.year, "tier": work.tier_key,
            "region": work.region_code, "title": work.title, "title_en": work.title_en,
            "width_cm": work.width_cm, "height_cm": work.height_cm, "entry_id": work.entry_id}


def export_tour_files(db: Database, tour_id: int, folder: Path, *,
                      venue_ref: str | int | None = None, originals: bool = True,
                      control: Control | None = None) -> ExportResult:
    with db.session() as session:
        doc = load_document(session, tour_id)
        venue_id = find_venue(session, tour_id, str(venue_ref)).id if venue_ref else None
    entries = doc.hanging_order(venue_id) if venue_id else doc.entries
    entries = sorted(entries, key=lambda e: e.number)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f".export-{uuid.uuid4().hex}"
    (staging / ORIGINALS).mkdir(parents=True)
    result = ExportResult(folder, folder / WORK_LIST, folder / "manifest.csv",
                          folder / "manifest.json")
    try:
        venues = [doc.venue(venue_id)] if venue_id else None
        write_work_list(doc, staging / WORK_LIST, venues)
        rows = []
        total = len(entries) if originals else 0
        for done, entry in enumerate(entries if originals else [], start=1):
            image = entry.work.image
            source = db.media_root / image.stored_path if image else None
            if image is None or source is None or not source.is_file():
                result.missing.append(entry.label)
            else:
                name = f"{entry.label}{Path(image.stored_path).suffix.lower() or '.jpg'}"
                sha, size = _copy_hashed(source, staging / ORIGINALS / name)
                if sha != image.sha256:
                    result.mismatched.append(entry.label)
                rows.append(_manifest_row(entry, name, sha, size))
                result.files += 1
                result.bytes += size
            if control is not None:
                control.report(done, total)
        _write_manifests(staging, doc, rows)
        _move_into_place(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def _write_manifests(staging: Path, doc: TourDocument, rows: list[dict[str, Any]]) -> None:
    fields = list(rows[0]) if rows else ["catalogue_no", "file", "sha256", "bytes"]
    with (staging / "manifest.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in rows:  # CSV opens in Excel too: neutralise text the same way
            writer.writerow({k: safe_text(v) if isinstance(v, str) else v
                             for k, v in row.items()})
    data = {"tour": doc.name, "tour_id": doc.tour_id,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": rows}
    (staging / "manifest.json").write_text(json.dumps(data, ensure_ascii=False, indent=2),
                                           encoding="utf-8")


def _move_into_place(staging: Path, folder: Path) -> None:
    (folder / ORIGINALS).mkdir(exist_ok=True)
    for path in sorted((staging / ORIGINALS).iterdir()):
        os.replace(path, folder / ORIGINALS / path.name)
    for name in (WORK_LIST, "manifest.csv", "manifest.json"):
        os.replace(staging / name, folder / name)
