"""Overtime of running sessions: a monitor calls `flag_running_overtime` every minute (closed
sessions are judged when they close, in timedesk.clockify.sessions)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.journal import MONITOR_ACTOR, snapshot, write_change
from timedesk.clockify.models import ClockifySession
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.txn import run_in_transaction
from timedesk.errors import ValidationError
from timedesk.events.bus import EventBus


def flag_running_overtime(db: Database, bus: EventBus, now: datetime | None = None, *,
                          rules: ClockifyRules) -> list[int]:
    """Flag running sessions that have run strictly longer than the overtime threshold at `now`;
    returns the ids flagged. Idempotent: a flagged session is not flagged (nor audited) again."""
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValidationError("`now` must be an aware datetime.", "Pass a UTC datetime.")
    started_before = now - rules.overtime_threshold
    note = f"running longer than {rules.overtime_hours:g} h"

    def work(session: Session) -> list[int]:
        # skip_locked: a session being changed by a delivery is left for the next check
        rows = session.scalars(
            select(ClockifySession)
            .where(ClockifySession.running.is_(True), ClockifySession.deleted.is_(False),
                   ClockifySession.overtime.is_(False),
                   ClockifySession.start_at < started_before)
            .order_by(ClockifySession.id).with_for_update(skip_locked=True)).all()
        for row in rows:
            before = snapshot(row)
            row.overtime = True
            write_change(session, bus, MONITOR_ACTOR, row, before, "overtime", note, "MONITOR")
        return [row.id for row in rows]

    return run_in_transaction(db, work)
