"""Awards given to works, and the certificates issued to students."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from contest_app.db.base import Base, utcnow


class AwardStatus(StrEnum):
    PROPOSED = "proposed"
    PROVISIONAL = "provisional"
    FINAL = "final"
    WITHDRAWN = "withdrawn"


class CertificateKind(StrEnum):
    AWARD = "award"
    PARTICIPATION = "participation"
    TEACHER = "teacher"


class Award(Base):
    __tablename__ = "award"
    __table_args__ = (UniqueConstraint("contest_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    tier_id: Mapped[int] = mapped_column(ForeignKey("award_tier.id"), index=True)
    rank: Mapped[int | None]
    score: Mapped[float | None]
    method: Mapped[str] = mapped_column(String(16), default="mean")
    status: Mapped[str] = mapped_column(String(12), default=AwardStatus.PROPOSED)
    reason: Mapped[str] = mapped_column(default="")  # why the committee changed it, if it did
    decided_by: Mapped[str] = mapped_column(default="")
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Certificate(Base):
    """The register of certificates issued; a reissue keeps the serial and points at the first."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int | None] = mapped_column(ForeignKey("student.id", ondelete="SET NULL"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16), default=CertificateKind.PARTICIPATION)
    tier_key: Mapped[str] = mapped_column(String(32), default="")
    serial: Mapped[str] = mapped_column(String(32), index=True)
    verification_code: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    reissue_of_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))
