"""Tables of the office calendar: week schedules (the office's own, flagged, and named ones for
part-time staff), their exceptions (a date with other intervals) and the holidays.

Intervals are stored as their text ("09:00-14:00,15:00-18:00", "" for none): readable in the
database and parsed by timedesk.office.calendar.parse_intervals when loaded."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow

INTERVALS_LENGTH = 200


class OfficeSchedule(Base):
    """One week schedule. The row flagged `is_office` is the office calendar: its `timezone`
    (an IANA name; empty: the office.timezone setting) is the calendar's zone."""

    __tablename__ = "office_schedules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    is_office: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tolerance_minutes: Mapped[int] = mapped_column(Integer, default=5)
    mon: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    tue: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    wed: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    thu: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    fri: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    sat: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    sun: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class OfficeException(Base):
    """A date on which a schedule has other intervals ("" : not a working day)."""

    __tablename__ = "office_exceptions"
    __table_args__ = (UniqueConstraint("schedule_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(
        ForeignKey("office_schedules.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    intervals: Mapped[str] = mapped_column(String(INTERVALS_LENGTH), default="")


class OfficeHoliday(Base):
    """A day the office is closed, for every schedule."""

    __tablename__ = "office_holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
