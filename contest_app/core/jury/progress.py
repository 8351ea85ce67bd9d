"""How far the jury has got: per round and per juror, scored against assigned."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from contest_app.core.jury.rounds import completed_pairs, rounds_of
from contest_app.db.models import Assignment, Juror, RoundEntry, Score


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


@dataclass
class JurorProgress:
    juror_id: int
    name: str
    active: bool
    assigned: int
    scored: int  # complete scores (every criterion, or an abstention)
    flagged: int
    abstained: int

    @property
    def missing(self) -> int:
        return self.assigned - self.scored

    @property
    def percent(self) -> float:
        return _percent(self.scored, self.assigned)


@dataclass
class RoundProgress:
    round_id: int
    name: str
    kind: str
    position: int
    status: str
    close_decision: str
    works: int
    assignments: int
    scored: int
    works_unscored: int  # works without a single complete score yet
    works_unassigned: int  # works no juror holds (every juror conflicted, or not assigned yet)
    jurors: list[JurorProgress] = field(default_factory=list)

    @property
    def missing(self) -> int:
        return self.assignments - self.scored

    @property
    def percent(self) -> float:
        return _percent(self.scored, self.assignments)

    def as_dict(self) -> dict[str, object]:
        return {
            "round": self.round_id, "name": self.name, "kind": self.kind,
            "position": self.position, "status": self.status,
            "close_decision": self.close_decision, "works": self.works,
            "assignments": self.assignments, "scored": self.scored, "missing": self.missing,
            "percent": self.percent, "works_unscored": self.works_unscored,
            "works_unassigned": self.works_unassigned,
            "jurors": [
                {"juror": j.juror_id, "name": j.name, "active": j.active,
                 "assigned": j.assigned, "scored": j.scored, "missing": j.missing,
                 "flagged": j.flagged, "abstained": j.abstained, "percent": j.percent}
                for j in self.jurors
            ],
        }


def round_progress(session: Session, contest_id: int) -> list[RoundProgress]:
    jurors = {j.id: j for j in session.scalars(select(Juror).where(Juror.contest_id == contest_id))}
    result: list[RoundProgress] = []
    for round_ in rounds_of(session, contest_id):
        assigned = list(session.execute(select(Assignment.juror_id, Assignment.entry_id).where(
            Assignment.round_id == round_.id, Assignment.active.is_(True))))
        done = completed_pairs(session, round_)
        marks = {(j, e): (f, a) for j, e, f, a in session.execute(
            select(Score.juror_id, Score.entry_id, Score.flagged, Score.abstained)
            .where(Score.round_id == round_.id))}
        per_assigned = Counter(j for j, _e in assigned)
        per_scored = Counter(j for j, _e in done)
        flagged = Counter(j for j, e in assigned if marks.get((j, e), (False, False))[0])
        abstained = Counter(j for j, e in assigned if marks.get((j, e), (False, False))[1])
        works = set(session.scalars(select(RoundEntry.entry_id)
                                    .where(RoundEntry.round_id == round_.id)))
        held = {e for _j, e in assigned}
        unscored = len(held - {e for _j, e in done})
        # a juror whose works were all moved on still shows, with nothing assigned
        on_round = set(session.scalars(select(Assignment.juror_id).distinct().where(
            Assignment.round_id == round_.id)))
        rows = [JurorProgress(j, jurors[j].name, jurors[j].active, per_assigned[j],
                              per_scored[j], flagged[j], abstained[j])
                for j in sorted(on_round, key=lambda j: (jurors[j].name.casefold(), j))]
        result.append(RoundProgress(
            round_.id, round_.name, round_.kind, round_.position, round_.status,
            round_.close_decision, len(works), len(assigned), len(done), unscored,
            len(works - held), rows))
    return result
