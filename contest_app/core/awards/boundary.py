"""Boundary rounds: the jury looks again at the works either side of a tier line.

The committee opens one over the works a boundary report lists (ties and near ties, or the two
works either side); jurors are assigned on the Jury page; once the round is closed its scores
re-order those works among the places they held (ranking.rank), and nothing else moves.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contest_app.core import audit
from contest_app.core.awards.decisions import check_unlocked
from contest_app.core.contests import get_contest
from contest_app.core.errors import InvalidValue
from contest_app.db.models import Entry, Round, RoundEntry, RoundKind


def open_boundary_round(session: Session, contest_id: int, entry_ids: list[int], *,
                        name: str = "", reason: str = "", actor: str | None = None) -> int:
    """A boundary round over the chosen works (jurors are assigned on the Jury page); once it
    is closed its scores re-order those works among their places. Returns the round's id."""
    contest = get_contest(session, contest_id)
    check_unlocked(contest)
    wanted = list(dict.fromkeys(entry_ids))
    if len(wanted) < 2:
        raise InvalidValue("awards_boundary_too_few")
    try:
        from contest_app.core.jury.rounds import create_round
    except ImportError:  # the jury package may not have rounds yet: write the rows here
        round_id = _create_boundary_round(session, contest_id, wanted, name)
    else:
        round_id = create_round(session, contest_id, kind="boundary", name=name,
                                entry_ids=wanted).id
    codes = list(session.scalars(select(Entry.anon_code).where(Entry.id.in_(wanted))))
    audit.record(session, "awards.boundary_round", contest_id=contest_id, target_table="round",
                 target_id=round_id, actor=actor, reason=reason,
                 changes={"works": [None, sorted(codes)]})
    return round_id


def _create_boundary_round(session: Session, contest_id: int, entry_ids: list[int],
                           name: str) -> int:
    last = session.scalar(select(func.max(Round.position)).where(Round.contest_id == contest_id))
    round_ = Round(contest_id=contest_id, kind=RoundKind.BOUNDARY, name=name,
                   position=(last or 0) + 1)
    session.add(round_)
    session.flush()
    session.add_all(RoundEntry(round_id=round_.id, entry_id=e) for e in entry_ids)
    session.flush()
    return round_.id
