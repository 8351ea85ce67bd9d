"""Touring exhibitions of past winners: tours, venues, and the works they show."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contest_app.db.base import Base, utcnow


class Tour(Base):
    __tablename__ = "tour"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    venues: Mapped[list[Venue]] = relationship(
        back_populates="tour", order_by="Venue.starts_on", cascade="all, delete-orphan"
    )
    works: Mapped[list[TourWork]] = relationship(
        back_populates="tour", order_by="TourWork.position", cascade="all, delete-orphan"
    )


class Venue(Base):
    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    city: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(8), default="ko")
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    contact: Mapped[str] = mapped_column(default="")

    tour: Mapped[Tour] = relationship(back_populates="venues")


class TourWork(Base):
    __tablename__ = "tour_work"
    __table_args__ = (UniqueConstraint("tour_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(16), default="selected")
    condition_notes: Mapped[str] = mapped_column(default="")

    tour: Mapped[Tour] = relationship(back_populates="works")


class VenueWork(Base):
    __tablename__ = "venue_work"

    venue_id: Mapped[int] = mapped_column(
        ForeignKey("venue.id", ondelete="CASCADE"), primary_key=True
    )
    tour_work_id: Mapped[int] = mapped_column(
        ForeignKey("tour_work.id", ondelete="CASCADE"), primary_key=True
    )
