from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow


class Employee(Base):
    """A tracked person, linked optionally to their Sesame employee and Clockify user.

    For the punch clock: `code` is the badge code, `department` groups the staff, `schedule`
    names the calendar schedule they follow (None: the office calendar), `user_id` is the timedesk
    account that signs in as them ("my punches"), and the kiosk PIN is kept as a slow hash with
    its own lockout (`pin_failures` in a row, `pin_locked_until`)."""

    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), unique=True, nullable=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sesame_employee_id: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    clockify_user_id: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    department: Mapped[str | None] = mapped_column(String(100), nullable=True)
    schedule: Mapped[str | None] = mapped_column(String(60), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"),
                                                unique=True, index=True, nullable=True)
    pin_hash: Mapped[str | None] = mapped_column(String(300), nullable=True)
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    pin_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
