"""What the services return to faces: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from timedesk.clockify.models import (
    ClockifyDelivery,
    ClockifyErrorLog,
    ClockifySession,
    ClockifyUser,
    ClockifyWebhook,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    total: int  # rows matching the filters, whatever limit/offset returned


@dataclass(frozen=True)
class UserInfo:
    id: int
    clockify_id: str
    name: str | None
    email: str | None
    clockify_status: str | None
    notify: bool
    active: bool
    employee_id: int | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: ClockifyUser) -> UserInfo:
        return cls(row.id, row.clockify_id, row.name, row.email, row.clockify_status, row.notify,
                   row.active, row.employee_id, row.created_at, row.updated_at)


@dataclass(frozen=True)
class SessionInfo:
    id: int
    clockify_id: str
    user: UserInfo | None
    workspace_id: str | None
    description: str
    project_id: str | None
    project_name: str | None
    client_name: str | None
    task_id: str | None
    task_name: str | None
    tags: tuple[dict[str, Any], ...]
    billable: bool | None
    time_zone: str | None
    offset_start: int | None
    offset_end: int | None
    running: bool
    start: datetime
    end: datetime | None
    duration_seconds: int | None
    valid_start: datetime
    valid_end: datetime | None
    valid_duration_seconds: int | None
    overtime: bool
    edits: int
    status: str
    observation: str | None
    decided_by: str | None
    decided_at: datetime | None
    deleted: bool
    deleted_at: datetime | None
    created_by_event: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: ClockifySession, user: ClockifyUser | None) -> SessionInfo:
        return cls(
            row.id, row.clockify_id, UserInfo.of(user) if user is not None else None,
            row.workspace_id, row.description, row.project_id, row.project_name, row.client_name,
            row.task_id, row.task_name, tuple(dict(t) for t in row.tags or ()), row.billable,
            row.time_zone, row.offset_start, row.offset_end, row.running, row.start_at,
            row.end_at, row.duration_seconds, row.valid_start_at, row.valid_end_at,
            row.valid_duration_seconds, row.overtime, row.edits, row.status, row.observation,
            row.decided_by, row.decided_at, row.deleted, row.deleted_at, row.created_by_event,
            row.created_at, row.updated_at)


@dataclass(frozen=True)
class PersonTotal:
    user_id: int | None  # None: sessions of a user Clockify never described
    name: str | None  # the user's name, else their Clockify id; None with user_id None
    count: int
    seconds: int  # Clockify's durations summed (running sessions add nothing yet)


@dataclass(frozen=True)
class SessionTotals:
    people: list[PersonTotal]  # most hours first
    count: int
    seconds: int


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str | None


@dataclass(frozen=True)
class WebhookInfo:
    id: int
    event: str
    label: str
    created_at: datetime
    last_event_at: datetime | None

    @classmethod
    def of(cls, row: ClockifyWebhook) -> WebhookInfo:
        return cls(row.id, row.event, row.label, row.created_at, row.last_event_at)


@dataclass(frozen=True)
class DeliveryInfo:
    id: int
    received_at: datetime
    event_type: str
    clockify_id: str | None
    status: str
    attempts: int
    outcome: str | None
    error: str | None
    session_id: int | None
    processed_at: datetime | None
    body: dict[str, Any] | None = None  # only when asked for one delivery

    @classmethod
    def of(cls, row: ClockifyDelivery, *, with_body: bool = False) -> DeliveryInfo:
        return cls(row.id, row.received_at, row.event_type, row.clockify_id, row.status,
                   row.attempts, row.outcome, row.error, row.session_id, row.processed_at,
                   dict(row.body) if with_body and isinstance(row.body, dict) else None)


@dataclass(frozen=True)
class ErrorLogEntry:
    id: int
    at: datetime
    reason: str
    detail: str
    body_excerpt: str | None
    event_type: str | None
    delivery_id: int | None

    @classmethod
    def of(cls, row: ClockifyErrorLog) -> ErrorLogEntry:
        return cls(row.id, row.at, row.reason, row.detail, row.body_excerpt, row.event_type,
                   row.delivery_id)
