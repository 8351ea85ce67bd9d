"""Who changed what, when and why; and small key-value settings kept with the data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from contest_app.db.base import Base, utcnow


class AuditLog(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(default="")
    action: Mapped[str] = mapped_column(String(48))
    contest_id: Mapped[int | None] = mapped_column(
        ForeignKey("contest.id", ondelete="SET NULL"), index=True
    )
    target_table: Mapped[str] = mapped_column(String(32), default="")
    target_id: Mapped[int | None]
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)  # field -> [old, new]
    reason: Mapped[str] = mapped_column(default="")


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
