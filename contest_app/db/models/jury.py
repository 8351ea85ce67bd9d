"""Jurors, rounds, who scores what, and the scores themselves."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contest_app.db.base import Base, utcnow


class RoundKind(StrEnum):
    PRELIMINARY = "preliminary"
    FINAL = "final"
    BOUNDARY = "boundary"


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ScoreSource(StrEnum):
    SCREEN = "screen"
    PACKAGE = "package"
    PAPER = "paper"


class Juror(Base):
    __tablename__ = "juror"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    affiliation: Mapped[str] = mapped_column(default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    login: Mapped[str] = mapped_column(String(64), default="")  # shared-database sign-in
    active: Mapped[bool] = mapped_column(default=True)

    conflicts: Mapped[list[JurorConflict]] = relationship(
        back_populates="juror", cascade="all, delete-orphan"
    )


class JurorConflict(Base):
    """A region or a whole country a juror must not score, and why."""

    __tablename__ = "juror_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("juror.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(8))  # "country" or "region"
    code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(default="")

    juror: Mapped[Juror] = relationship(back_populates="conflicts")


class Round(Base):
    __tablename__ = "round"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=RoundKind.PRELIMINARY)
    name: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=1)
    status: Mapped[str] = mapped_column(String(8), default=RoundStatus.OPEN)
    show_titles: Mapped[bool] = mapped_column(default=False)  # a title can give a region away
    jurors_per_work: Mapped[int | None]  # None: every juror scores every work
    top_n: Mapped[int | None]  # final round: the top N of the previous round
    criteria: Mapped[list[Any]] = mapped_column(default=list)  # criterion keys; empty = contest's
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    close_decision: Mapped[str] = mapped_column(default="")


class RoundEntry(Base):
    __tablename__ = "round_entry"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("round.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("round_id", "juror_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("juror.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    active: Mapped[bool] = mapped_column(default=True)  # false once reassigned to another juror
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Score(Base):
    """One juror's judgement of one work in one round; values per criterion below."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("round_id", "juror_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("juror.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    comment: Mapped[str] = mapped_column(default="")
    flagged: Mapped[bool] = mapped_column(default=False)
    favourite: Mapped[bool] = mapped_column(default=False)
    abstained: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(8), default=ScoreSource.SCREEN)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    values: Mapped[list[ScoreValue]] = relationship(
        back_populates="score", cascade="all, delete-orphan"
    )


class ScoreValue(Base):
    __tablename__ = "score_value"

    score_id: Mapped[int] = mapped_column(
        ForeignKey("score.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[float]

    score: Mapped[Score] = relationship(back_populates="values")
