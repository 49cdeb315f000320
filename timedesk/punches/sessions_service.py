"""Work sessions read from the database: the punches of a range of days are streamed (plain
columns, never a year of ORM objects) into timedesk.punches.sessions with the office calendar,
the employees' schedules and the stored working-time rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import NotFound
from timedesk.office import office_zone
from timedesk.office.calendar import OfficeCalendar, default_calendar
from timedesk.people.models import Employee
from timedesk.punches.models import Punch
from timedesk.punches.rules import Rule
from timedesk.punches.rules_store import load_rules
from timedesk.punches.sessions import SessionRules, WorkSession, iter_sessions
from timedesk.turns.stats import check_range

MAX_RANGE_DAYS = 3660  # ten years: streamed, so the length only costs time
READ_BATCH = 5000


@dataclass(frozen=True)
class SessionScope:
    """What a sessions query is judged with: the calendar, the rules, the margin, the instant."""

    calendar: OfficeCalendar
    judge: SessionRules
    now: datetime

    @property
    def zone(self) -> tzinfo:
        return self.calendar.zone

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(self.judge.rules)


def load_scope(session: Session, settings: Any, now: datetime | None = None) -> SessionScope:
    margin = timedelta(minutes=settings["punches.open_margin_minutes"])
    return SessionScope(default_calendar(office_zone(settings)),
                        SessionRules(margin, tuple(load_rules(session))), now or utcnow())


def visible_employee(session: Session, actor: Actor, employee: int | None) -> int | None:
    """The employee whose sessions `actor` asked for (None: everyone's). Everyone's, or another
    person's, needs punches.view_all."""
    if employee is None:
        require(actor, Permission.PUNCHES_VIEW_ALL)
        return None
    if session.get(Employee, employee) is None:
        raise NotFound(f"There is no employee {employee}.", "List the employees to find the id.")
    require(actor, Permission.PUNCHES_VIEW_ALL)
    return employee


def stream_sessions(session: Session, scope: SessionScope, start: date, end: date,
                    employee: int | None = None) -> Iterator[WorkSession]:
    """The sessions of the days `start`..`end`, by employee then day, streamed."""
    first = scope.calendar.day_bounds(start - timedelta(days=1))[0]  # the rest before `start`
    last = scope.calendar.day_bounds(end + timedelta(days=1))[1]  # night shifts after `end`
    query = (select(Punch.employee_id, Punch.action, Punch.at)
             .where(Punch.at >= first, Punch.at < last, Punch.voided.is_(False))
             .order_by(Punch.employee_id, Punch.at, Punch.id)
             .execution_options(yield_per=READ_BATCH))
    if employee is not None:
        query = query.where(Punch.employee_id == employee)
    rows = session.execute(query)
    yield from iter_sessions(rows, scope.calendar, lambda _id: None, now=scope.now,
                             judge=scope.judge, start=start, end=end)


def sessions(db: Database, actor: Actor, start: date, end: date, employee: int | None = None,
             *, settings: Any, now: datetime | None = None) -> list[WorkSession]:
    """One row per employee and day worked in `start`..`end` (see timedesk.punches.sessions for
    the rules); everyone's needs punches.view_all, else only the actor's own."""
    check_range(start, end, MAX_RANGE_DAYS)
    with db.session_factory() as session:
        wanted = visible_employee(session, actor, employee)
        scope = load_scope(session, settings, now)
        return list(stream_sessions(session, scope, start, end, wanted))


def session_json(work: WorkSession, zone: tzinfo) -> dict[str, Any]:
    """The API's and the CLI's form of a session: instants in the office's zone, ISO-8601."""
    return {"employee_id": work.employee_id, "date": work.date.isoformat(),
            "first_in": work.first_in.astimezone(zone).isoformat(),
            "last_out": work.last_out.astimezone(zone).isoformat() if work.last_out else None,
            "worked_s": work.worked_s, "break_s": work.break_s, "cycles": work.cycles,
            "scheduled_s": work.scheduled_s, "late_s": work.late_s, "early_s": work.early_s,
            "overtime_s": work.overtime_s, "flags": list(work.flags)}
