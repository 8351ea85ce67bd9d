"""Staff import a juror's results file: checked against its package, saved in one transaction.

Refused whole, nothing written: results_unreadable, results_unknown_package, results_tampered
(the signature does not hold: edited outside the app), results_outdated (older than results
already imported from the same package). Refused one by one and reported, the rest saved:
codes that are not in the package, and scores the database refuses (work reassigned, value
off the scale, round closed). Importing the same results again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.errors import ContestAppError
from contest_app.core.jury.package import (
    FORMAT_VERSION,
    RESULTS_FORMAT,
    canonical_json,
    signature_matches,
)
from contest_app.core.jury.package_source import item_from_json, results_created_at
from contest_app.core.jury.rounds import get_round, round_criteria
from contest_app.core.jury.scoring import save_score
from contest_app.core.jury.source import ScoreItem
from contest_app.db.base import utcnow
from contest_app.db.models import Entry, JuryPackage, ScoreSource
from contest_app.db.session import Database


class ResultsError(ContestAppError):
    code = "results_unreadable"


@dataclass
class ResultsReport:
    package_id: str
    round_id: int
    juror_id: int
    juror_label: str = ""
    round_label: str = ""
    scored: list[str] = field(default_factory=list)  # codes saved from this file
    unscored: list[str] = field(default_factory=list)  # package codes the file has no score for
    incomplete: list[str] = field(default_factory=list)  # saved, but not every criterion given
    refused: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)  # code -> error
    already_imported: bool = False

    @property
    def ok(self) -> bool:
        return not self.refused


def _load(path: Path) -> tuple[dict[str, Any], Any]:
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ResultsError("results_unreadable", path=Path(path).name) from exc
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT:
        raise ResultsError("results_unreadable", path=Path(path).name)
    if data.get("version") != FORMAT_VERSION:
        raise ResultsError("results_unreadable", path=Path(path).name)
    signature = data.pop("sig", None)
    return data, signature


def _items(body: dict[str, Any], name: str) -> dict[str, ScoreItem | None]:
    """Code -> item, or None for an entry that cannot be read (reported as refused)."""
    scores = body.get("scores")
    if not isinstance(scores, dict):
        raise ResultsError("results_unreadable", path=name)
    items: dict[str, ScoreItem | None] = {}
    for code, entry in scores.items():
        try:
            items[str(code)] = item_from_json(entry)
        except (TypeError, ValueError, AttributeError, OverflowError):
            # OverflowError: a 400-digit number is valid JSON, and no float
            items[str(code)] = None
    return items


def _save_all(session: Session, package: JuryPackage, entries: dict[str, int],
              items: dict[str, ScoreItem]) -> None:
    """Save every item; on the first refusal raise it with the code it concerns."""
    for code, item in items.items():
        try:
            save_score(session, package.round_id, package.juror_id, entries[code], item,
                       source=ScoreSource.PACKAGE)
        except ContestAppError as exc:
            exc.values.setdefault("work", code)
            raise _Refused(code, exc) from exc


class _Refused(Exception):
    def __init__(self, code: str, error: ContestAppError) -> None:
        super().__init__(code)
        self.work = code
        self.error = error


def import_results(db: Database, path: Path) -> ResultsReport:
    """Import one results file; see the module docstring for what is refused and how."""
    path = Path(path)
    body, signature = _load(path)
    items = _items(body, path.name)
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    created = results_created_at(body)
    if created is None:
        raise ResultsError("results_unreadable", path=path.name)
    with db.session() as session:
        package = session.scalar(
            select(JuryPackage).where(JuryPackage.package_id == str(body.get("package_id"))))
        if package is None:
            raise ResultsError("results_unknown_package", path=path.name)
        if not signature_matches(bytes.fromhex(package.secret), body, signature):
            raise ResultsError("results_tampered", path=path.name)
        report = ResultsReport(package_id=package.package_id, round_id=package.round_id,
                               juror_id=package.juror_id,
                               juror_label=str(body.get("juror_label", "")),
                               round_label=str(body.get("round_label", "")))
        codes = [str(c) for c in package.codes]
        report.unscored = [c for c in codes if c not in items]
        if package.results_sha256 == digest:
            report.already_imported = True
            report.scored = sorted(c for c in codes if c in items)
            return report
        if package.results_created_at is not None and created < package.results_created_at:
            raise ResultsError("results_outdated", path=path.name)
        entries = dict(session.execute(
            select(Entry.anon_code, Entry.id).where(Entry.contest_id == package.contest_id,
                                                    Entry.anon_code.in_(codes))).all())
        valid: dict[str, ScoreItem] = {}
        for code, item in items.items():
            if code not in codes or code not in entries:
                report.refused[code] = ("results_code_not_in_package", {"work": code})
            elif item is None:
                report.refused[code] = ("results_score_unreadable", {"work": code})
            else:
                valid[code] = item
        package_pk = package.id
        criteria = round_criteria(session, get_round(session, package.round_id))
    # One transaction for the whole file. A score the database refuses is taken out and the
    # transaction starts again without it, so no half-saved file is ever committed (savepoints
    # would do the same, but SQLite's Python driver mishandles them).
    while True:
        with db.session() as session:
            try:
                with session.begin():
                    package = session.get_one(JuryPackage, package_pk)
                    _save_all(session, package, entries, valid)
                    if not report.refused:  # a file with refusals may be retried later
                        package.results_sha256 = digest
                    package.results_created_at = created
                    package.results_imported_at = utcnow()
                    audit.record(session, "jury.results_import",
                                 contest_id=package.contest_id, target_table="jury_package",
                                 target_id=package.id,
                                 changes={"scored": [None, len(valid)],
                                          "refused": [None, sorted(report.refused)]})
            except _Refused as refused:
                report.refused[refused.work] = (refused.error.code, dict(refused.error.values))
                del valid[refused.work]
                continue
        break
    report.scored = sorted(valid)
    report.incomplete = sorted(c for c, item in valid.items() if not item.complete(criteria))
    return report
