"""What an import would do, before it does it: the plan staff review, and the result of committing.

Status rule (Entry.status written by commit_import): a refused work (any error) is not written at
all; a written work is "received" while any of its students lacks guardian consent (staff must
collect it before the work can be judged) and "eligible" otherwise. An update never overrides a
status staff set by hand ("disqualified").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from contest_app.core.intake import problems as P
from contest_app.core.intake.images import PreparedImage
from contest_app.core.intake.problems import ProblemItem
from contest_app.db.models import EntryStatus

Action = Literal["new", "update", "unchanged", "refused"]


@dataclass
class PlannedStudent:
    row: int
    name: str
    name_latin: str
    name_latin_suggested: bool
    birth_date: date | None
    age: int | None
    grade: str
    school: str
    guardian_consent: bool
    publication_consent: bool


@dataclass
class PlannedWork:
    entry_no: str
    rows: list[int]
    students: list[PlannedStudent]
    title: str
    title_en: str
    medium: str
    width_cm: float | None
    height_cm: float | None
    image_name: str
    image: PreparedImage | None
    extra: dict[str, Any]
    legacy_tier: str
    problems: list[ProblemItem] = field(default_factory=list)
    action: Action = "new"
    changes: dict[str, list[Any]] = field(default_factory=dict)  # field -> [old, new]
    image_rel: str | None = None  # the file inside the batch, None when not found
    image_row: int | None = None  # the row whose image cell named the file
    existing_id: int | None = None  # the entry a re-import updates
    existing_version: int | None = None  # its version when planned: a later edit is detected

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def first_row(self) -> int:
        return self.rows[0] if self.rows else 0

    def status(self) -> str:
        """The status commit_import writes (see the module docstring)."""
        if any(p.code == P.CONSENT_MISSING for p in self.problems):
            return EntryStatus.RECEIVED
        if not all(s.guardian_consent for s in self.students):
            return EntryStatus.RECEIVED
        return EntryStatus.ELIGIBLE


@dataclass
class ImportPlan:
    contest_id: int
    region_code: str
    source_name: str
    source_sha256: str
    sheet_name: str
    encoding: str
    header_map: Any  # intake.headers.HeaderMap
    works: list[PlannedWork]
    problems: list[ProblemItem]  # every problem, the works' and the batch's (row None)
    staging_dir: Path
    rows_read: int = 0
    region_id: int = 0
    edition: int = 0

    @property
    def batch_problems(self) -> list[ProblemItem]:
        """Problems of the whole batch rather than of a row (every row problem has its row)."""
        return [p for p in self.problems if p.row is None]

    @property
    def blocked(self) -> bool:
        """A batch-level error (a required column missing): nothing can be imported."""
        return any(p.is_error for p in self.batch_problems)

    @property
    def works_ok(self) -> list[PlannedWork]:
        return [w for w in self.works if w.action != "refused"]

    @property
    def works_refused(self) -> list[PlannedWork]:
        return [w for w in self.works if w.action == "refused"]

    @property
    def rows_refused(self) -> int:
        return sum(len(w.rows) for w in self.works_refused)

    @property
    def students_count(self) -> int:
        return sum(len(w.students) for w in self.works_ok)

    @property
    def errors(self) -> list[ProblemItem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ProblemItem]:
        return [p for p in self.problems if not p.is_error]

    def counts_by_code(self) -> dict[str, int]:
        return dict(sorted(Counter(p.code for p in self.problems).items()))

    def count(self, action: Action) -> int:
        return sum(1 for w in self.works if w.action == action)


@dataclass
class ImportResult:
    batch_id: int
    created: int
    updated: int
    unchanged: int
    refused: int
    students: int
    errors: int
    warnings: int
    counts_by_code: dict[str, int]
    problems: list[ProblemItem] = field(default_factory=list)
