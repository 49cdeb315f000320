"""Sessions for the Clockify tab tests, made through the real inbox (store, then process) from
bodies shaped like the captured samples."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import qt_support

from timedesk.auth.permissions import Actor, Role
from timedesk.clockify import inbox
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.payload import format_duration
from timedesk.clockify.queries import get_session_by_clockify_id

MANAGER = Actor("user", "gerente", Role.MANAGER, id=7)
T0 = datetime(2025, 6, 16, 8, 0, tzinfo=UTC)
USERS = {"ana": ("625cf4a6a7d9d34012f70a01", "Ana Pérez"),
         "jp": ("625cf4a6a7d9d34012f70de1", "JP Weijers")}


def entry_id(number: int) -> str:
    return f"6260fee78065a229df45{number:04d}"


def body(number: int, *, who: str = "jp", start: datetime = T0, minutes: float | None = 60,
         description: str = "", project: str = "Kabisa - Persoonlijke Ontwikkeling",
         task: str | None = "Research #8494") -> dict[str, Any]:
    """A webhook body; `minutes=None` is a running timer."""
    user_id, name = USERS[who]
    end = None if minutes is None else start + timedelta(minutes=minutes)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "id": entry_id(number), "description": description or f"entry {number}",
        "userId": user_id, "workspaceId": "625cf4a6a7d9d34012f70de2",
        "projectId": f"p-{project[:8]}", "billable": True, "currentlyRunning": end is None,
        "project": {"id": f"p-{project[:8]}", "name": project, "clientName": "Kabisa"},
        "task": {"id": "t-1", "name": task} if task else None, "taskId": "t-1" if task else None,
        "user": {"id": user_id, "name": name, "status": "ACTIVE"},
        "tags": [{"id": "g-1", "name": "study"}],
        "timeInterval": {"start": start.strftime(fmt),
                         "end": end.strftime(fmt) if end else None,
                         "duration": format_duration(int(minutes * 60)) if end else None,
                         "timeZone": "Europe/Amsterdam"},
    }


def deliver(ctx, event: str, payload: dict[str, Any]):
    """Store, then process, as the listener does."""
    delivery_id = inbox.store_delivery(ctx.db, event, {"content-type": "application/json"},
                                       payload)
    return inbox.process_delivery(ctx.db, ctx.bus, delivery_id, rules=ClockifyRules())


def session(ctx, number: int):
    return get_session_by_clockify_id(ctx.db, MANAGER, entry_id(number))


def under_review(ctx, number: int, *, start: datetime = T0):
    """A stopped hour, then corrected by 30 minutes: beyond the tolerance, so under review."""
    deliver(ctx, "TIMER_STOPPED", body(number, start=start, minutes=60))
    deliver(ctx, "TIME_ENTRY_UPDATED", body(number, start=start, minutes=90))
    return session(ctx, number)


async def settled(view) -> list[str]:
    """Wait for a sessions view's loads in flight (the page, the users, the totals, why it is
    empty); the descriptions shown, top to bottom."""
    while True:
        task = view.last_load
        await qt_support.eventually(lambda task=task: task.finished and view.users_load.finished
                                    and view.totals_load.finished
                                    and (view.empty_load is None or view.empty_load.finished))
        if view.last_load is task:
            return [row.description for row in view.model.rows]
