"""Punches written straight into the table (the facts sessions are computed from), in the office's
Madrid wall time, and the sessions read back through the service."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from timedesk.auth.permissions import Actor
from timedesk.people.models import Employee
from timedesk.punches.models import Punch
from timedesk.punches.sessions_service import sessions

MADRID = "Europe/Madrid"
SYSTEM = Actor.system("test")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(day, time(hour, minute), ZoneInfo(MADRID)).astimezone(UTC)


def add_employee(db, name: str = "Ana") -> int:
    with db.session_factory.begin() as session:
        row = Employee(name=name)
        session.add(row)
        session.flush()
        return row.id


def add_punches(db, employee_id: int, *punches: tuple[str, datetime]) -> None:
    with db.session_factory.begin() as session:
        session.add_all(Punch(employee_id=employee_id, action=action, at=at, source="cli")
                        for action, at in punches)


def in_madrid(ctx):
    ctx.settings.override("office.timezone", MADRID)
    return ctx


def sessions_of(ctx, start: date, end: date | None = None, *, now: datetime, employee=None):
    return sessions(ctx.db, SYSTEM, start, end or start, employee, settings=ctx.settings,
                    now=now)
