"""Offline juror packages: what was sent to which juror, and the key their results are signed with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from contest_app.db.base import Base, utcnow


class JuryPackage(Base):
    """One exported package file (one juror, one round).

    The codes are kept so an imported results file can be checked against exactly what was
    sent; results_sha256 makes a repeated import of the same file a no-op.
    """

    __tablename__ = "jury_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(32), unique=True)  # uuid4 hex
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("juror.id", ondelete="CASCADE"), index=True)
    secret: Mapped[str] = mapped_column(String(64))  # hex HMAC key, also inside the package
    codes: Mapped[list[Any]] = mapped_column(default=list)
    exported_at: Mapped[datetime] = mapped_column(default=utcnow)
    results_imported_at: Mapped[datetime | None]
    # the last imported results: its content hash (a repeat is a no-op) and when the juror's
    # app wrote it (an older file arriving late must not undo newer scores)
    results_sha256: Mapped[str | None] = mapped_column(String(64))
    results_created_at: Mapped[datetime | None]
