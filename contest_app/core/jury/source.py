"""What a juror's scoring screen reads and writes, whatever the works come from.

Two sources implement it: an offline package file on a juror's laptop (package_source.py) and
the contest database itself (live_source.py: staff's own machine, or a shared PostgreSQL server
where the juror's role can read nothing but the works by code). The scoring screen knows only
this protocol, so it cannot show what the source does not give it: no names, no regions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class CriterionInfo:
    key: str
    names: dict[str, str]
    weight: float
    scale_min: float
    scale_max: float


@dataclass(frozen=True)
class WorkItem:
    """A work as a juror sees it: its anonymous code, and its title only if the round shows it."""

    code: str
    title: str | None = None


@dataclass
class ScoreItem:
    values: dict[str, float] = field(default_factory=dict)  # criterion key -> score
    comment: str = ""
    flagged: bool = False
    favourite: bool = False
    abstained: bool = False

    def complete(self, criteria: list[CriterionInfo]) -> bool:
        return self.abstained or all(c.key in self.values for c in criteria)

    def weighted(self, criteria: list[CriterionInfo]) -> float | None:
        """The weighted mean of the criteria, None until every criterion has a score."""
        if self.abstained or not all(c.key in self.values for c in criteria):
            return None
        total = sum(c.weight for c in criteria)
        return sum(self.values[c.key] * c.weight for c in criteria) / total


class JurorSource(Protocol):
    juror_label: str  # what the screen may call the juror ("Juror 3" or their own name)
    round_label: str
    criteria: list[CriterionInfo]
    show_titles: bool

    def works(self) -> list[WorkItem]:
        """The juror's assigned works, in a fixed order that says nothing about regions."""
        ...

    def image_path(self, code: str) -> Path:
        """A re-encoded, metadata-free screen preview, named by code."""
        ...

    def scores(self) -> dict[str, ScoreItem]:
        """What the juror has scored so far, by code."""
        ...

    def save(self, code: str, item: ScoreItem) -> None:
        """Persist one score at once (durably): closing or killing the app must lose nothing."""
        ...

    def close(self) -> None: ...
