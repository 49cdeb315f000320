"""Tables of the Sesame module: the catalogues read from Sesame (employees, check types, work
breaks, check-type collections, offices and departments), when each was last read, and the
history of generated reports. The catalogues are a cache: Sesame stays the source of truth."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.types import JSONType


class SesameEmployeeRow(Base):
    """An employee of Sesame, linked to a timedesk employee when one matches."""

    __tablename__ = "sesame_employees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sesame_id: Mapped[str] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    nid: Mapped[str | None] = mapped_column(String(64), nullable=True)
    id_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    code: Mapped[str | None] = mapped_column(String(50), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), nullable=True,
                                                    index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SesameCheckType(Base):
    __tablename__ = "sesame_check_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sesame_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SesameWorkBreak(Base):
    __tablename__ = "sesame_work_breaks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sesame_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    break_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SesameCollection(Base):
    """A check-type collection (the report's "group") and the check types in it."""

    __tablename__ = "sesame_collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sesame_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)  # Sesame's order
    check_type_ids: Mapped[Any] = mapped_column(JSONType, default=list)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SesameOrgUnit(Base):
    """An office or a department: the report's filters."""

    __tablename__ = "sesame_org_units"
    __table_args__ = (UniqueConstraint("kind", "sesame_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # "office" | "department"
    sesame_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SesameCatalogFetch(Base):
    """When a catalogue was last read in full, and from which API (another base URL or
    company makes it stale)."""

    __tablename__ = "sesame_catalog_fetches"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    source: Mapped[str] = mapped_column(String(300))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    items: Mapped[int] = mapped_column(Integer, default=0)


class SesameReport(Base):
    """A generated report file (the last sesame.keep_reports are kept)."""

    __tablename__ = "sesame_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    created_by: Mapped[str] = mapped_column(String(120))
    path: Mapped[str] = mapped_column(Text)
    fmt: Mapped[str] = mapped_column(String(8))
    lang: Mapped[str] = mapped_column(String(4))
    date_from: Mapped[date] = mapped_column(Date)
    date_to: Mapped[date] = mapped_column(Date)
    group_by: Mapped[str] = mapped_column(String(20))
    breaks: Mapped[str] = mapped_column(String(10))
    filters: Mapped[Any] = mapped_column(JSONType, default=dict)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    employees: Mapped[int] = mapped_column(Integer, default=0)
    total_seconds: Mapped[int] = mapped_column(BigInteger, default=0)
    differences: Mapped[Any] = mapped_column(JSONType, nullable=True)  # Difference.as_json()s


class Difference(NamedTuple):
    """An employee (and day, when Sesame's day totals were read) whose worked time differs
    from Sesame's own `reports/worked-hours`, both with breaks excluded."""

    employee_id: str
    employee: str
    day: date | None
    ours: int
    sesame: int

    def as_json(self) -> dict[str, Any]:
        return {**self._asdict(), "day": self.day.isoformat() if self.day else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Difference:
        day = data.get("day")
        return cls(data["employee_id"], data["employee"],
                   date.fromisoformat(day) if day else None, data["ours"], data["sesame"])
