"""An edition of the contest with its award tiers and scoring criteria."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contest_app.db.base import Base, utcnow


class ContestStatus(StrEnum):
    INTAKE = "intake"
    JUDGING = "judging"
    RESULTS = "results"
    CLOSED = "closed"


class Contest(Base):
    __tablename__ = "contest"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition: Mapped[int] = mapped_column(unique=True)
    year: Mapped[int]
    title: Mapped[dict[str, str]] = mapped_column(default=dict)  # language -> text
    theme: Mapped[dict[str, str]] = mapped_column(default=dict)
    deadline: Mapped[date | None]
    age_reference_date: Mapped[date | None]  # ages are counted on this day
    min_age: Mapped[int] = mapped_column(default=12)
    max_age: Mapped[int] = mapped_column(default=19)
    status: Mapped[str] = mapped_column(String(16), default=ContestStatus.INTAKE)
    results_locked: Mapped[bool] = mapped_column(default=False)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    tiers: Mapped[list[AwardTier]] = relationship(
        back_populates="contest", order_by="AwardTier.position", cascade="all, delete-orphan"
    )
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="contest", order_by="Criterion.position", cascade="all, delete-orphan"
    )

    @property
    def reference_date(self) -> date | None:
        return self.age_reference_date or self.deadline


class AwardTier(Base):
    __tablename__ = "award_tier"
    __table_args__ = (UniqueConstraint("contest_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(32))  # grand, excellence, encouragement, finalist
    position: Mapped[int]  # 1 = highest
    quota: Mapped[int]
    names: Mapped[dict[str, str]] = mapped_column(default=dict)

    contest: Mapped[Contest] = relationship(back_populates="tiers")


class Criterion(Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("contest_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(32))  # theme, creativity, composition, technique
    position: Mapped[int]
    weight: Mapped[float] = mapped_column(default=1.0)
    scale_min: Mapped[float] = mapped_column(default=1.0)
    scale_max: Mapped[float] = mapped_column(default=10.0)
    names: Mapped[dict[str, str]] = mapped_column(default=dict)

    contest: Mapped[Contest] = relationship(back_populates="criteria")
