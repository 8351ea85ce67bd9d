"""What can be wrong with a region's batch: stable codes with their place and values, never prose.

Severity rule: an error refuses its work (every row of that entry_no) but never the rest of the
batch; a warning imports the work and is kept as a Problem row so staff see the flag. The words
for each code are in contest_app/messages.py (English, translated by the GUI through Qt) and in
problem_words.py (the region's language, for the report sent back without Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["error", "warning"]

# --- errors: the work is refused
FIELD_MISSING = "field_missing"  # a required field is empty
DATE_UNPARSEABLE = "date_unparseable"
DATE_IMPOSSIBLE = "date_impossible"  # 2010-02-30, or a birth date in the future
AGE_OUT_OF_RANGE = "age_out_of_range"  # detail: age, min, max, reference_date
IMAGE_MISSING = "image_missing"  # the sheet names a file the batch does not hold
IMAGE_UNREADABLE = "image_unreadable"  # corrupt, truncated or not a supported format
IMAGE_TOO_LARGE = "image_too_large"  # declared width x height over the pixel limit
GROUP_INCONSISTENT = "group_inconsistent"  # rows of one entry_no disagree on title or image
# the same file as another work: one file cannot be two works, and a work shown in an earlier
# edition cannot enter again; detail: entry_no, region, edition of the other work
IMAGE_DUPLICATE_EXACT = "image_duplicate_exact"
COLUMN_MISSING = "column_missing"  # batch level: a required column is not in the sheet

# --- warnings: the work is imported with a flag
CONSENT_MISSING = "consent_missing"  # guardian consent is not "yes": status stays "received"
DUPLICATE_ROW = "duplicate_row"  # the same student twice in one work: the repeat is dropped
IMAGE_DUPLICATE_NEAR = "image_duplicate_near"  # looks like another work; detail: distance
NUMBER_INVALID = "number_invalid"  # width or height not a positive number: left empty
NAME_LATIN_SUGGESTED = "name_latin_suggested"  # info: a Latin form was suggested, to confirm
AWARD_TIER_UNKNOWN = "award_tier_unknown"  # past edition's award_tier not a tier of the contest
ENTRY_NOT_IN_BATCH = "entry_not_in_batch"  # batch level: kept in the database, never deleted
COLUMN_UNKNOWN = "column_unknown"  # batch level: an unknown column, kept in Entry.extra
CONSENT_UNCLEAR = "consent_unclear"  # the consent cell is neither yes nor no

SEVERITY: dict[str, Level] = {
    FIELD_MISSING: "error",
    DATE_UNPARSEABLE: "error",
    DATE_IMPOSSIBLE: "error",
    AGE_OUT_OF_RANGE: "error",
    IMAGE_MISSING: "error",
    IMAGE_UNREADABLE: "error",
    IMAGE_TOO_LARGE: "error",
    GROUP_INCONSISTENT: "error",
    IMAGE_DUPLICATE_EXACT: "error",
    COLUMN_MISSING: "error",
    CONSENT_MISSING: "warning",
    DUPLICATE_ROW: "warning",
    IMAGE_DUPLICATE_NEAR: "warning",
    NUMBER_INVALID: "warning",
    NAME_LATIN_SUGGESTED: "warning",
    AWARD_TIER_UNKNOWN: "warning",
    ENTRY_NOT_IN_BATCH: "warning",
    COLUMN_UNKNOWN: "warning",
    CONSENT_UNCLEAR: "warning",
}
ALL_CODES: tuple[str, ...] = tuple(SEVERITY)
# warnings that only inform: a GUI may show them quieter than the rest
INFO_CODES = frozenset({NAME_LATIN_SUGGESTED, COLUMN_UNKNOWN})


@dataclass
class ProblemItem:
    """One problem at one place: row is the sheet's row number (None: the whole batch)."""

    code: str
    severity: Level
    row: int | None = None
    column: str = ""
    value: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    entry_no: str = ""  # the work it belongs to, when it belongs to one

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def values(self) -> dict[str, Any]:
        """Everything a message template may name: row, column, value, entry_no and the detail."""
        return {**self.detail, "row": self.row, "column": self.column, "value": self.value,
                "entry_no": self.entry_no}


def problem(code: str, row: int | None = None, column: str = "", value: object = "",
            entry_no: str = "", **detail: Any) -> ProblemItem:
    """A ProblemItem with the severity its code always has."""
    return ProblemItem(code=code, severity=SEVERITY.get(code, "error"), row=row, column=column,
                       value="" if value is None else str(value), detail=dict(detail),
                       entry_no=entry_no)
