"""One place that turns a change of a session into its history row and its events, so that no
path (webhook, monitor, decision, back-fill) can change a session without leaving a trace."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor
from timedesk.clockify import topics
from timedesk.clockify.models import UNDER_REVIEW, ClockifySession
from timedesk.db.base import utcnow
from timedesk.events.bus import EventBus

ENTITY = "clockify_session"
WEBHOOK_ACTOR = "webhook:clockify"
MONITOR_ACTOR = "monitor:clockify-overtime"
BACKFILL_ACTOR = "backfill:clockify"

# What a history row shows and what "nothing changed" is judged on. Bookkeeping times
# (updated_at, decided_at) are left out so that a repeated delivery or decision is a no-op.
TRACKED = ("clockify_id", "user_id", "workspace_id", "description", "project_id", "project_name",
           "client_name", "task_id", "task_name", "tags", "billable", "time_zone", "offset_start",
           "offset_end", "running", "start_at", "end_at", "duration_seconds", "valid_start_at",
           "valid_end_at", "valid_duration_seconds", "overtime", "edits", "status", "observation",
           "decided_by", "deleted")

# the topic announcing each kind of change (history action "clockify_session.<kind>")
_TOPIC = {"started": topics.SESSION_STARTED, "stopped": topics.SESSION_STOPPED,
          "created": topics.SESSION_CREATED, "restored": topics.SESSION_CREATED,
          "edited": topics.SESSION_EDITED, "deleted": topics.SESSION_DELETED,
          "approved": topics.SESSION_DECIDED, "rejected": topics.SESSION_DECIDED}


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def snapshot(row: ClockifySession) -> dict[str, Any]:
    return {field: _json(getattr(row, field)) for field in TRACKED}


def write_change(session: Session, bus: EventBus, actor: Actor | str, row: ClockifySession,
                 before: dict[str, Any] | None, kind: str, note: str, cause: str) -> bool:
    """Append the history row and publish the events of a change of `row` (already flushed).
    `before` is None for a new session. Returns False, writing nothing, when nothing changed."""
    after = snapshot(row)
    if before == after:
        return False
    row.updated_at = utcnow()
    record(session, actor, f"{ENTITY}.{kind}", ENTITY, row.id, before, after, note)
    payload = {"session_id": row.id, "clockify_id": row.clockify_id, "cause": cause}
    announced = [_TOPIC[kind]] if kind in _TOPIC else []
    previous = before or {}
    if row.overtime and not previous.get("overtime"):
        announced.append(topics.SESSION_OVERTIME)
    if row.status == UNDER_REVIEW and previous.get("status") != UNDER_REVIEW:
        announced.append(topics.SESSION_UNDER_REVIEW)
    for topic in announced:
        extra = {"status": row.status} if topic == topics.SESSION_DECIDED else {}
        bus.publish(session, topic, payload | extra)
    return True
