"""What regions send: batches, works (entries), the students who made them, image files, problems."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contest_app.db.base import Base, utcnow

if TYPE_CHECKING:
    from contest_app.db.models.contest import Contest
    from contest_app.db.models.reference import Region


class EntryStatus(StrEnum):
    RECEIVED = "received"
    ELIGIBLE = "eligible"
    DISQUALIFIED = "disqualified"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Batch(Base):
    """One region's submission for one edition: a sheet plus image files, imported as a unit."""

    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    source_name: Mapped[str] = mapped_column(default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    sheet_name: Mapped[str] = mapped_column(default="")
    encoding: Mapped[str] = mapped_column(String(32), default="")
    rows_read: Mapped[int] = mapped_column(default=0)
    rows_refused: Mapped[int] = mapped_column(default=0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)

    problems: Mapped[list[Problem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan"
    )


class Entry(Base):
    """A work: one painting, by one student or a group."""

    __tablename__ = "entry"
    __table_args__ = (
        UniqueConstraint("contest_id", "anon_code"),
        UniqueConstraint("contest_id", "region_id", "entry_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    entry_no: Mapped[str] = mapped_column(String(64))  # the region's own number
    anon_code: Mapped[str] = mapped_column(String(16))  # random, what jurors see
    title: Mapped[str] = mapped_column(default="")
    title_en: Mapped[str] = mapped_column(default="")
    medium: Mapped[str] = mapped_column(default="")
    width_cm: Mapped[float | None]
    height_cm: Mapped[float | None]
    status: Mapped[str] = mapped_column(String(16), default=EntryStatus.RECEIVED)
    status_reason: Mapped[str] = mapped_column(default="")
    # award tier given before this app existed (past editions imported with award_tier)
    legacy_tier: Mapped[str] = mapped_column(String(32), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)  # unknown sheet columns
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # optimistic locking: a stale save from a second staff member fails instead of overwriting
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    contest: Mapped[Contest] = relationship()
    region: Mapped[Region] = relationship(back_populates="entries")
    authors: Mapped[list[EntryStudent]] = relationship(
        back_populates="entry", order_by="EntryStudent.position", cascade="all, delete-orphan"
    )
    images: Mapped[list[ImageFile]] = relationship(
        back_populates="entry", cascade="all, delete-orphan"
    )

    @property
    def students(self) -> list[Student]:
        return [link.student for link in self.authors]


class Student(Base):
    """A person. Names come in native script and Latin script; minors, so consent is explicit."""

    __tablename__ = "student"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), index=True)
    name: Mapped[str]  # native script
    name_latin: Mapped[str] = mapped_column(default="")
    name_latin_suggested: Mapped[bool] = mapped_column(default=False)  # until staff confirm
    birth_date: Mapped[date | None]
    grade: Mapped[str] = mapped_column(default="")
    school: Mapped[str] = mapped_column(default="")
    guardian_consent: Mapped[bool] = mapped_column(default=False)
    publication_consent: Mapped[bool] = mapped_column(default=False)
    purged_at: Mapped[datetime | None]  # personal data removed by the retention rule
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    works: Mapped[list[EntryStudent]] = relationship(
        back_populates="student", cascade="all, delete-orphan"
    )


class EntryStudent(Base):
    __tablename__ = "entry_student"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(default=0)
    source_row: Mapped[int | None]  # row of the batch sheet, for reports back to the region

    entry: Mapped[Entry] = relationship(back_populates="authors")
    student: Mapped[Student] = relationship(back_populates="works")


class ImageFile(Base):
    """An original image kept byte for byte, and its metadata-free derivatives."""

    __tablename__ = "image_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(default="")
    stored_path: Mapped[str]  # relative to the media root
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    phash: Mapped[str] = mapped_column(String(32), default="", index=True)
    format: Mapped[str] = mapped_column(String(16), default="")
    width: Mapped[int] = mapped_column(default=0)
    height: Mapped[int] = mapped_column(default=0)
    size_bytes: Mapped[int] = mapped_column(default=0)
    thumb_path: Mapped[str] = mapped_column(default="")
    preview_path: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    entry: Mapped[Entry] = relationship(back_populates="images")


class Problem(Base):
    """Something wrong found at import or later: a code with its place, never prose."""

    __tablename__ = "problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(48))
    severity: Mapped[str] = mapped_column(String(8), default=Severity.WARNING)
    row: Mapped[int | None]
    column: Mapped[str] = mapped_column(default="")
    value: Mapped[str] = mapped_column(default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    resolved: Mapped[bool] = mapped_column(default=False)
    resolution: Mapped[str] = mapped_column(default="")

    batch: Mapped[Batch | None] = relationship(back_populates="problems")
