"""Tables of the Clockify module: registered webhooks, the durable inbox of deliveries, the
error log, Clockify users and their work sessions (the audited log, keyed by the entry id)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from timedesk.db.base import Base, UTCDateTime, utcnow
from timedesk.db.types import BigIntPK, JSONType

# session statuses (the legacy service's APROBADO / EN OBSERVACION / REPROBADO)
APPROVED = "approved"
UNDER_REVIEW = "under_review"
REJECTED = "rejected"
SESSION_STATUSES = (APPROVED, UNDER_REVIEW, REJECTED)

# delivery statuses
PENDING = "pending"
PROCESSED = "processed"
IGNORED = "ignored"  # stored, but of a type (or workspace) timedesk does not process
FAILED = "failed"
DELIVERY_STATUSES = (PENDING, PROCESSED, IGNORED, FAILED)


class ClockifyWebhook(Base):
    """A webhook created in Clockify: one event type, one token (stored as its SHA-256 only)."""

    __tablename__ = "clockify_webhooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(120), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ClockifyDelivery(Base):
    """One accepted webhook request, stored before it is answered and processed afterwards."""

    __tablename__ = "clockify_deliveries"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'processed', 'ignored', 'failed')", name="status"),
        Index("ix_clockify_deliveries_status", "status", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    event_type: Mapped[str] = mapped_column(String(64))
    headers: Mapped[Any] = mapped_column(JSONType, default=dict)
    body: Mapped[Any] = mapped_column(JSONType)
    clockify_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    webhook_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(200), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    session_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # SHA-256 of (webhook, event type, body) while the delivery is young enough for a repeat
    # of it to be a replay (inbox.REPLAY_WINDOW); NULL afterwards and for other arrivals.
    replay_key: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)


class ClockifyErrorLog(Base):
    """A rejected request (bad JSON, too large...) or a delivery whose processing failed."""

    __tablename__ = "clockify_error_log"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    body_excerpt: Mapped[str | None] = mapped_column(Text, nullable=True)
    event_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    delivery_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ClockifyUser(Base):
    """A Clockify member seen in an entry (or listed by the REST API)."""

    __tablename__ = "clockify_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clockify_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Only a known address (REST API or typed in timedesk): the legacy service's invented ones
    # bounced.
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    clockify_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    notify: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), nullable=True,
                                                    index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClockifySession(Base):
    """One Clockify time entry as a work session. `start_at`/`end_at` follow Clockify; the
    `valid_*` times are what timedesk accepts (they change only by the rules or a decision)."""

    __tablename__ = "clockify_sessions"
    __table_args__ = (
        CheckConstraint("status IN ('approved', 'under_review', 'rejected')", name="status"),
        Index("ix_clockify_sessions_user_start", "user_id", "start_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    clockify_id: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("clockify_users.id"), nullable=True)
    workspace_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    project_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    client_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    task_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    task_name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    tags: Mapped[Any] = mapped_column(JSONType, default=list)  # [{"id", "name"}]
    billable: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    time_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    offset_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    offset_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    running: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    duration_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    valid_end_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    valid_duration_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overtime: Mapped[bool] = mapped_column(Boolean, default=False)
    edits: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=APPROVED, index=True)
    observation: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # a restore came before its delete: that delete, when it arrives, is late and ignored
    late_delete_expected: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_event: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
