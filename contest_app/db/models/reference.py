"""Countries and regional governments: the reference data every edition draws on."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contest_app.db.base import Base

if TYPE_CHECKING:
    from contest_app.db.models.entries import Entry


class Membership(StrEnum):
    MEMBER = "member"
    ASSOCIATE = "associate"
    SPECIAL = "special"
    OBSERVER = "observer"
    NON_MEMBER = "non_member"


class Country(Base):
    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    language: Mapped[str] = mapped_column(String(8), default="en")  # documents for it print in this
    names: Mapped[dict[str, str]] = mapped_column(default=dict)

    regions: Mapped[list[Region]] = relationship(back_populates="country")


class Region(Base):
    __tablename__ = "region"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)  # ISO 3166-2 or an own code
    is_iso: Mapped[bool] = mapped_column(default=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    membership: Mapped[str] = mapped_column(String(16), default=Membership.MEMBER)
    names: Mapped[dict[str, str]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(default="")

    country: Mapped[Country] = relationship(back_populates="regions")
    entries: Mapped[list[Entry]] = relationship(back_populates="region")
