"""The printed catalogue of a tour: check it (preflight), then export it to PDF.

    check = preflight_catalogue(db, tour_id, options)       # before export: what to warn about
    result = export_catalogue(db, tour_id, out, options, control=control)

Pictures are prepared at print quality first (reports.image_prep, cached under the media root),
then the pages are drawn. control.report(done, total) runs after each picture and each page;
its exception (Cancelled) stops the job and leaves no output file behind.

ReportLab with embedded TrueType subsets only (reports.fonts); the canvas starts in the
document's own font, so Helvetica never appears. JPEGs are embedded as they are (DCTDecode)
and, while the catalogue is written, without ASCII85 wrapping, which would add a quarter to
every picture.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

from contest_app.core.intake.cancel import Control
from contest_app.core.tours.captions import included
from contest_app.core.tours.content import TourDocument, load_document, statistics
from contest_app.db.session import Database
from contest_app.reports.catalogue_back import draw_index, draw_statistics
from contest_app.reports.catalogue_layout import PrintCanvas
from contest_app.reports.catalogue_pages import (
    Drawer,
    Placement,
    draw_contents,
    draw_cover,
    draw_foreword,
    draw_section,
    draw_works,
)
from contest_app.reports.catalogue_plan import (
    CatalogueOptions,
    CataloguePlan,
    ContentsLine,
    Page,
    plan_catalogue,
)
from contest_app.reports.image_prep import (
    LowResolution,
    draft_images,
    preflight,
    prepare_images,
)

__all__ = [
    "CatalogueCheck",
    "CatalogueOptions",
    "CatalogueResult",
    "export_catalogue",
    "preflight_catalogue",
]

_DRAW = {"cover": draw_cover, "foreword": draw_foreword, "contents": draw_contents,
         "section": draw_section, "works": draw_works, "index": draw_index,
         "statistics": draw_statistics}


@dataclass(frozen=True)
class CatalogueCheck:
    """What staff should know before exporting."""

    pages: int
    works: int
    low_resolution: list[LowResolution]  # pictures below 300 dpi at their printed size
    missing_images: list[str]  # catalogue numbers without an original on disk
    omitted: list[str]  # left out for want of publication consent
    withheld: list[str]  # printed without (some) names


@dataclass
class CatalogueResult:
    path: Path
    pages: int
    works: int
    contents: list[ContentsLine]
    work_pages: dict[str, int]  # catalogue number -> page
    placements: list[Placement]
    check: CatalogueCheck
    seconds: float
    page_kinds: list[str] = field(default_factory=list)


def _load(db: Database, tour_id: int, options: CatalogueOptions) -> CataloguePlan:
    options.validate()
    with db.session() as session:
        doc: TourDocument = load_document(session, tour_id)
        editions, stats = statistics(session, included(doc.entries, options.consent))
    return plan_catalogue(doc, editions, stats, options)


def _check(plan: CataloguePlan, db: Database) -> CatalogueCheck:
    low, missing = preflight(plan.image_requests(), db.media_root, plan.options.dpi)
    return CatalogueCheck(len(plan.pages), len(plan.entries), low, missing, plan.omitted,
                          plan.withheld)


def preflight_catalogue(db: Database, tour_id: int, options: CatalogueOptions) -> CatalogueCheck:
    """Page count, pictures too small for 300 dpi or missing, consent: no picture is opened."""
    return _check(_load(db, tour_id, options), db)


_a85_lock = threading.Lock()


@contextmanager
def _no_ascii85() -> Iterator[None]:
    """ReportLab reads this global while building streams; JPEG data needs no 7-bit armour."""
    with _a85_lock:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def export_catalogue(db: Database, tour_id: int, out: Path, options: CatalogueOptions, *,
                     control: Control | None = None) -> CatalogueResult:
    started = time.perf_counter()
    plan = _load(db, tour_id, options)
    check = _check(plan, db)
    requests = plan.image_requests()
    total = len(requests) + len(plan.pages)
    if options.draft:
        images = draft_images(requests, db.media_root)
    else:
        images = prepare_images(requests, db.media_root, dpi=options.dpi,
                                workers=options.workers, control=control, progress_total=total)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.part")
    try:
        with _no_ascii85():
            pc = PrintCanvas(temp, plan.geometry, plan.styles.sans.regular, plan.doc.name)
            drawer = Drawer(plan, pc, images)
            for done, page in enumerate(plan.pages, start=1):
                pc.begin_page()
                _DRAW[page.kind](drawer, page)
                pc.end_page()
                if control is not None:
                    control.report(len(requests) + done, total)
            pc.save()
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return CatalogueResult(out, len(plan.pages), len(plan.entries), plan.contents,
                           dict(plan.work_pages), drawer.placements, check,
                           time.perf_counter() - started, [p.kind for p in plan.pages])


def page_of(pages: list[Page], kind: str) -> int:
    """The number of the first page of a kind (for the preview: show a work page, the index)."""
    return next((p.number for p in pages if p.kind == kind), 1)
