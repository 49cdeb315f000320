"""Clockify demo data: three members (linked to demo employees by e-mail) and a week of sessions
going through the real rules: plain days, one overtime day, one entry made by hand (under
review) and one edited beyond the tolerance (under review). Idempotent: entries already present
are left alone (their times are relative to today, so re-applying them would look like edits).
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import select

from timedesk.auth.permissions import Actor
from timedesk.clockify import topics
from timedesk.clockify.backfill import import_members
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.models import ClockifySession
from timedesk.clockify.payload import format_duration, parse_webhook_entry
from timedesk.clockify.sessions import apply_entry
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.txn import run_in_transaction
from timedesk.events.bus import EventBus

WORKSPACE = "64d0c0ffee00000000000001"
MEMBERS = [
    {"id": "64d0c0ffee0000000000a001", "name": "Marta Gerente",
     "email": "marta.gerente@example.com", "status": "ACTIVE"},
    {"id": "64d0c0ffee0000000000a002", "name": "Diego Mostrador",
     "email": "diego.mostrador@example.com", "status": "ACTIVE"},
    {"id": "64d0c0ffee0000000000a003", "name": "Jürgen Müller-Núñez",
     "email": "jurgen.muller@example.com", "status": "ACTIVE"},
]
PROJECT = {"id": "64d0c0ffee0000000000b001", "name": "Atención al público", "clientName": ""}
# (entry suffix, member index, days ago, start hour UTC, minutes, event, description)
SESSIONS = [
    ("c001", 0, 6, 8, 240, topics.TIMER_STOPPED, "Planificación semanal"),
    ("c002", 0, 5, 8, 330, topics.TIMER_STOPPED, "Cierre de mes (horas extra)"),
    ("c003", 1, 5, 9, 180, topics.TIMER_STOPPED, "Mostrador"),
    ("c004", 1, 4, 9, 120, topics.ENTRY_CREATED, "Reunión olvidada (entrada manual)"),
    ("c005", 2, 3, 7, 270, topics.TIMER_STOPPED, "Soporte técnico"),
    ("c006", 2, 2, 7, 200, topics.TIMER_STOPPED, "Inventario"),
]
EDITED = "c006"  # then corrected by 40 minutes: beyond the tolerance, so under review


def entry_id(suffix: str) -> str:
    return f"64d0c0ffee00000000{suffix}00"  # 24 hex digits, as Clockify's


def entry_body(clockify_id: str, member: dict[str, str], start: datetime,
               minutes: int | None, description: str) -> dict[str, Any]:
    """A time entry as Clockify's webhooks send it; `minutes` None: a running timer (no end)."""
    end = None if minutes is None else start + timedelta(minutes=minutes)
    return {"id": clockify_id, "description": description,
            "userId": member["id"], "workspaceId": WORKSPACE, "projectId": PROJECT["id"],
            "project": PROJECT, "user": {k: member[k] for k in ("id", "name", "status")},
            "tags": [], "billable": True,
            "timeInterval": {"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "end": None if end is None else end.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "duration": None if minutes is None
                             else format_duration(minutes * 60),
                             "timeZone": "Europe/Madrid"}}


def _body(suffix: str, member: dict[str, str], start: datetime, minutes: int,
          description: str) -> dict[str, Any]:
    return entry_body(entry_id(suffix), member, start, minutes, description)


class DemoContext(Protocol):
    """What the loader uses of the app's context (a domain package does not import the app)."""

    db: Database
    bus: EventBus


def load_clockify(ctx: DemoContext, actor: Actor) -> list[str]:
    """Add what is missing of the demo's Clockify members and sessions; returns what was added."""
    rules = ClockifyRules()
    with ctx.db.session_factory() as session:
        present = set(session.scalars(select(ClockifySession.clockify_id)))
    missing = [s for s in SESSIONS if entry_id(s[0]) not in present]
    if not missing:
        return []
    import_members(ctx.db, ctx.bus, MEMBERS)
    today = utcnow().date()
    added: list[str] = []
    for suffix, who, days_ago, hour, minutes, event, description in missing:
        start = datetime.combine(today - timedelta(days=days_ago), time(hour), UTC)
        entry = parse_webhook_entry(_body(suffix, MEMBERS[who], start, minutes, description))
        run_in_transaction(ctx.db, functools.partial(
            apply_entry, bus=ctx.bus, event=event, entry=entry, rules=rules, actor="demo:clockify"))
        if suffix == EDITED:
            edited = parse_webhook_entry(_body(suffix, MEMBERS[who], start, minutes + 40,
                                               description))
            run_in_transaction(ctx.db, functools.partial(
                apply_entry, bus=ctx.bus, event=topics.ENTRY_UPDATED, entry=edited, rules=rules,
                actor="demo:clockify"))
        added.append(f"clockify session {description} ({MEMBERS[who]['name']})")
    return added
