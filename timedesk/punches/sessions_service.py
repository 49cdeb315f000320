"""Work sessions read from the database: the punches of a range of days are streamed (plain
columns, never a year of ORM objects) into timedesk.punches.sessions with the office calendar,
the employees' schedules and the stored working-time rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple, cast

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.office.calendar import OfficeCalendar
from timedesk.office.service import load_calendar
from timedesk.people.models import Employee
from timedesk.people.service import employee_for_user, find_employee
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
    return SessionScope(load_calendar(session, settings),
                        SessionRules(margin, tuple(load_rules(session))), now or utcnow())


def visible_employee(session: Session, actor: Actor, employee: str | int | None) -> int | None:
    """The id of the employee whose sessions `actor` asked for (an id, e-mail or badge code),
    None for everyone's. Without punches.view_all only one's own: asking for nobody in
    particular means oneself."""
    wanted = find_employee(session, employee).id if employee is not None else None
    if actor.can(Permission.PUNCHES_VIEW_ALL):
        return wanted
    own = None
    if actor.kind == "user" and actor.id is not None:
        row = employee_for_user(session, actor.id)
        own = row.id if row is not None else None
    if own is None or wanted not in (None, own):
        require(actor, Permission.PUNCHES_VIEW_ALL)
    return own


def schedules(session: Session) -> dict[int, str]:
    """The schedule each employee follows, for those who follow a named one."""
    query = select(Employee.id, Employee.schedule).where(Employee.schedule.is_not(None),
                                                         Employee.schedule != "")
    return {id_: name for id_, name in session.execute(query) if name}


class PunchRow(NamedTuple):
    employee_id: int
    action: str
    at: datetime


def _from_sqlite(text: Any) -> datetime:
    return datetime.fromisoformat(str(text)).replace(tzinfo=UTC)


def stream_sessions(session: Session, scope: SessionScope, start: date, end: date,
                    employee: int | None = None) -> Iterator[WorkSession]:
    """The sessions of the days `start`..`end`, by employee then day, streamed."""
    first = scope.calendar.day_bounds(start - timedelta(days=1))[0]  # the rest before `start`
    last = scope.calendar.day_bounds(end + timedelta(days=1))[1]  # night shifts after `end`
    sqlite = session.get_bind().dialect.name == "sqlite"
    # SQLite keeps instants as text, which SQLAlchemy parses with a regular expression: read the
    # text and let fromisoformat (C) parse it, ten times faster
    at = type_coerce(Punch.at, String) if sqlite else Punch.at
    query = (select(Punch.employee_id, Punch.action, at)
             .where(Punch.voided.is_(False), Punch.at >= first, Punch.at < last)
             .order_by(Punch.employee_id, Punch.at, Punch.id)
             .execution_options(yield_per=READ_BATCH))
    if employee is not None:
        query = query.where(Punch.employee_id == employee)
    # the counted punches (as service.counted_punches) as plain rows: a year of 500 people is
    # half a million punches, and ORM objects would cost more than the sessions themselves
    rows = session.execute(query)
    punches = (PunchRow(id_, action, _from_sqlite(moment) if sqlite else cast(datetime, moment))
               for id_, action, moment in rows)
    yield from iter_sessions(punches, scope.calendar, schedules(session).get, now=scope.now,
                             judge=scope.judge, start=start, end=end)


def sessions(db: Database, actor: Actor, start: date, end: date,
             employee: str | int | None = None,
             *, settings: Any, now: datetime | None = None) -> list[WorkSession]:
    """One row per employee and day worked in `start`..`end` (see timedesk.punches.sessions for
    the rules); everyone's needs punches.view_all, else only the actor's own."""
    check_range(start, end, MAX_RANGE_DAYS)
    with db.session_factory() as session:
        wanted = visible_employee(session, actor, employee)
        scope = load_scope(session, settings, now)
        return list(stream_sessions(session, scope, start, end, wanted))


def _instant(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def session_json(work: WorkSession) -> dict[str, Any]:
    """The API's and the CLI's form of a session: the day is the office's, instants are
    ISO-8601 UTC (as everywhere in the API)."""
    return {"employee_id": work.employee_id, "date": work.date.isoformat(),
            "first_in": _instant(work.first_in), "last_out": _instant(work.last_out),
            "worked_s": work.worked_s, "break_s": work.break_s, "cycles": work.cycles,
            "scheduled_s": work.scheduled_s, "late_s": work.late_s, "early_s": work.early_s,
            "overtime_s": work.overtime_s, "flags": list(work.flags)}
