"""The punches table: one row per punch, never overwritten (the legal record of working time).

A correction is a row of its own (`correction`, with a `reason`); an amendment names the punch it
replaces (`replaces_id`), which stays, `voided`, so both appear in the history and only the
amendment counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow

IN, OUT, BREAK_START, BREAK_END = "in", "out", "break_start", "break_end"
ACTIONS = (IN, OUT, BREAK_START, BREAK_END)
OUT_STATE, WORKING, ON_BREAK = "out", "working", "on_break"
STATES = (OUT_STATE, WORKING, ON_BREAK)
CORRECTION, CONFIRMATION = "correction", "confirmation"
LIVE_SOURCES = ("pc", "kiosk", "api", "cli")
SOURCES = (*LIVE_SOURCES, CONFIRMATION, CORRECTION)


class Punch(Base):
    """One punch of one employee: the action and when (the database server's clock unless it is
    a correction, whose `at` a manager gave, or a confirmation, whose `at` the person gave for
    an out they forgot)."""

    __tablename__ = "punches"
    __table_args__ = (Index("ix_punches_employee_id_at", "employee_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    action: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(12), default="pc")
    correction: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("punches.id"), nullable=True)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
