"""Import a region's batch: plan (read, check, prepare images; no database writes), then commit.

    plan = plan_import(db, contest_id, "KR-47", Path("batch.zip"), control=control)
    ... show plan.works, plan.problems; staff confirm ...
    result = commit_import(db, plan)        # or discard_plan(plan) to drop the staged images

plan_import calls control.report(done, total) after each image; an exception from it (Cancelled)
stops the job, removes the staging folder and propagates. Nothing is written to the database
until commit_import, which writes everything in one transaction.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from contest_app.core.contests import get_contest
from contest_app.core.defaults import TIER_NAMES
from contest_app.core.intake import problems as P
from contest_app.core.intake.batch_source import open_batch
from contest_app.core.intake.cancel import Control
from contest_app.core.intake.dates import parse_date
from contest_app.core.intake.duplicates import check_duplicates, load_known
from contest_app.core.intake.headers import HeaderMap, is_hint_row, map_headers
from contest_app.core.intake.images import ImageJob, PreparedImage, prepare_many
from contest_app.core.intake.plan import (
    ImportPlan,
    ImportResult,
    PlannedStudent,
    PlannedWork,
)
from contest_app.core.intake.problems import ProblemItem, problem
from contest_app.core.intake.reimport import compare, load_existing
from contest_app.core.intake.romanize import suggest_latin
from contest_app.core.intake.sheet import read_sheet
from contest_app.core.intake.validate import REQUIRED, Rules, build_works, fold
from contest_app.core.intake.writer import commit_import
from contest_app.core.reference import region_by_code
from contest_app.db.models import Contest
from contest_app.db.session import Database

__all__ = [
    "ImportPlan",
    "ImportResult",
    "PlannedStudent",
    "PlannedWork",
    "commit_import",
    "discard_plan",
    "import_batch",
    "plan_import",
]

STAGING = "staging"


def _rules(contest: Contest, country_code: str) -> Rules:
    # without a deadline or age date, ages count at the end of the contest's year
    reference = contest.reference_date or date(contest.year, 12, 31)
    tiers: dict[str, str] = {}
    for tier in contest.tiers:
        for name in (tier.key, *tier.names.values(), *TIER_NAMES.get(tier.key, {}).values()):
            if name:
                tiers.setdefault(fold(name), tier.key)
    return Rules(country_code, reference, contest.min_age, contest.max_age, tiers)


def _prepare_images(works: list[PlannedWork], source: object, staging: Path,
                    control: Control | None, workers: int | None) -> None:
    """Decode each distinct file once, in parallel; attach the result to every work naming it."""
    users: dict[str, list[PlannedWork]] = {}
    for work in works:
        if work.image_rel is not None:
            users.setdefault(work.image_rel, []).append(work)
    jobs = [ImageJob(rel, source.file_path(rel), ws[0].image_name)  # type: ignore[attr-defined]
            for rel, ws in users.items()]
    total, done = len(jobs), 0
    if control is not None:
        control.report(0, total)  # a first chance to cancel, and the size of the job

    def tick() -> None:
        nonlocal done
        done += 1
        if control is not None:
            control.report(done, total)

    results = prepare_many(jobs, staging, workers=workers, on_done=tick)
    try:
        for rel, result in results:
            for work in users[rel]:
                if isinstance(result, PreparedImage):
                    work.image = result
                else:
                    work.problems.append(_placed(result, work))
    finally:
        results.close()  # stops the pool at once when the caller's loop is left by an exception


def _placed(found: ProblemItem, work: PlannedWork) -> ProblemItem:
    return problem(found.code, row=work.image_row, column=found.column, value=found.value,
                   entry_no=work.entry_no, **found.detail)


def _without_hint_row(rows: Iterator[tuple[int, list[object]]],
                      header_map: HeaderMap) -> Iterator[tuple[int, list[object]]]:
    """The rows, less the template's hint line when a region copied it as the first row."""
    for index, (number, cells) in enumerate(rows):
        if index == 0 and is_hint_row(cells, header_map):
            continue
        yield number, cells


def _column_problems(fields: Iterable[str], unknown: Iterable[str]) -> list[ProblemItem]:
    present = set(fields)
    found = [problem(P.COLUMN_MISSING, column=name) for name in REQUIRED if name not in present]
    found += [problem(P.COLUMN_UNKNOWN, value=header) for header in unknown]
    return found


def plan_import(
    db: Database,
    contest_id: int,
    region_code: str,
    path: Path,
    *,
    header_overrides: dict[str, str] | None = None,
    encoding: str | None = None,
    control: Control | None = None,
    workers: int | None = None,
) -> ImportPlan:
    """Read, check and stage a batch; write nothing to the database.

    Raises NotFound for an unknown contest or region and IntakeError for a batch that cannot be
    read at all. workers: processes decoding images (default: one per core, 1 = in this process).
    """
    with db.session() as session:
        contest = get_contest(session, contest_id)
        region = region_by_code(session, region_code)
        rules = _rules(contest, region.country_code)
        region_id, region_code, edition = region.id, region.code, contest.edition
    staging = db.media_root / STAGING / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        with open_batch(Path(path)) as source:
            sheet = read_sheet(source.sheet_path, encoding=encoding)
            header_map = map_headers(sheet.headers, overrides=header_overrides)
            batch_problems = _column_problems(header_map.fields.values(), header_map.unknown)
            works: list[PlannedWork] = []
            rows_read = 0
            if not any(p.is_error for p in batch_problems):
                try:
                    works, rows_read = build_works(
                        _without_hint_row(sheet.rows, header_map), header_map.fields,
                        header_map.extras, rules, source.find_image, parse_date, suggest_latin)
                finally:
                    sheet.close()
                _prepare_images(works, source, staging, control, workers)
            plan = ImportPlan(
                contest_id=contest_id, region_code=region_code,
                source_name=source.display_name, source_sha256=source.source_sha256,
                sheet_name=sheet.name, encoding=sheet.encoding or "", header_map=header_map,
                works=works, problems=[], staging_dir=staging, rows_read=rows_read,
                region_id=region_id, edition=edition,
            )
        if not any(p.is_error for p in batch_problems):
            with db.session() as session:
                batch_problems += _check_against_database(session, plan)
        plan.problems = [p for w in works for p in w.problems] + batch_problems
        return plan
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_against_database(session: Session, plan: ImportPlan) -> list[ProblemItem]:
    existing = load_existing(session, plan.contest_id, plan.region_id)
    in_batch = {fold(w.entry_no) for w in plan.works}
    replaced = {old.id for key, old in existing.items() if key in in_batch}
    known = load_known(session, plan.edition, replaced)
    check_duplicates(plan.works, known, plan.region_code, plan.edition)
    return compare(plan.works, existing)


def discard_plan(plan: ImportPlan) -> None:
    """Drop a plan that will not be committed: its staged images go."""
    shutil.rmtree(plan.staging_dir, ignore_errors=True)


def import_batch(
    db: Database,
    contest_id: int,
    region_code: str,
    path: Path,
    *,
    dry_run: bool = False,
    header_overrides: dict[str, str] | None = None,
    encoding: str | None = None,
    control: Control | None = None,
    actor: str | None = None,
    workers: int | None = None,
) -> ImportPlan | ImportResult:
    """Plan and commit in one go; with dry_run, the plan only (its staged images removed)."""
    plan = plan_import(db, contest_id, region_code, path, header_overrides=header_overrides,
                       encoding=encoding, control=control, workers=workers)
    if dry_run:
        discard_plan(plan)
        return plan
    try:
        return commit_import(db, plan, actor=actor)
    finally:
        discard_plan(plan)
