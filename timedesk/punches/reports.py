"""The punch clock's reports, built from work sessions: the overview (who is in, hours this
week, late arrivals), one line per employee, and one line per day. Exports are in
timedesk.punches.record_export."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor
from timedesk.db.database import Database
from timedesk.events.bus import EventBus
from timedesk.office import period, week_start
from timedesk.people.models import Employee
from timedesk.punches.service import BoardRow, PunchClock
from timedesk.punches.sessions import WorkSession
from timedesk.punches.sessions_service import (
    MAX_RANGE_DAYS,
    load_scope,
    stream_sessions,
    visible_employee,
)
from timedesk.turns.stats import check_range


@dataclass
class Totals:
    """Sums over work sessions; `rules` counts the sessions flagged by each rule."""

    days: int = 0
    worked_s: int = 0
    break_s: int = 0
    scheduled_s: int = 0
    overtime_s: int = 0
    late: int = 0
    late_s: int = 0
    early: int = 0
    early_s: int = 0
    open: int = 0
    rules: dict[str, int] = field(default_factory=dict)

    def add(self, work: WorkSession) -> None:
        self.days += 1
        self.worked_s += work.worked_s
        self.break_s += work.break_s
        self.scheduled_s += work.scheduled_s
        self.overtime_s += work.overtime_s
        self.late += work.late_s > 0
        self.late_s += work.late_s
        self.early += work.early_s > 0
        self.early_s += work.early_s
        self.open += "open" in work.flags
        for flag in work.flags:
            if flag.startswith("rule:"):
                name = flag.removeprefix("rule:")
                self.rules[name] = self.rules.get(name, 0) + 1

    def as_json(self) -> dict[str, Any]:
        return {"days": self.days, "worked_s": self.worked_s, "break_s": self.break_s,
                "scheduled_s": self.scheduled_s, "overtime_s": self.overtime_s,
                "late": self.late, "late_s": self.late_s, "early": self.early,
                "early_s": self.early_s, "open": self.open, "rules": dict(self.rules)}


@dataclass(frozen=True)
class EmployeeLine:
    employee_id: int
    name: str
    totals: Totals


@dataclass(frozen=True)
class DayLine:
    date: date
    totals: Totals  # `days` counts the people who worked that day


@dataclass(frozen=True)
class Overview:
    """Who is in now, and this week (office.week_start) so far: hours and late arrivals."""

    week: tuple[date, date]
    board: list[BoardRow]
    employees: list[EmployeeLine]
    totals: Totals


def employee_names(session: Session, ids: Iterable[int] | None = None) -> dict[int, str]:
    query = select(Employee.id, Employee.name)
    if ids is not None:
        query = query.where(Employee.id.in_(list(ids)))
    return {id_: name for id_, name in session.execute(query)}


def _by_employee(session: Session, works: Iterable[WorkSession], grand: Totals | None = None
                 ) -> list[EmployeeLine]:
    totals: dict[int, Totals] = {}
    for work in works:
        totals.setdefault(work.employee_id, Totals()).add(work)
        if grand is not None:
            grand.add(work)
    names = employee_names(session, totals)
    lines = [EmployeeLine(id_, names.get(id_, str(id_)), line) for id_, line in totals.items()]
    return sorted(lines, key=lambda line: (line.name.casefold(), line.employee_id))


def employee_report(db: Database, actor: Actor, start: date, end: date,
                    employee: str | int | None = None, *, settings: Any,
                    now: datetime | None = None) -> list[EmployeeLine]:
    """One line per employee who worked in `start`..`end`: days, hours, late, early, open days
    and the sessions each rule flagged; by name."""
    check_range(start, end, MAX_RANGE_DAYS)
    with db.session_factory() as session:
        wanted = visible_employee(session, actor, employee)
        scope = load_scope(session, settings, now)
        return _by_employee(session, stream_sessions(session, scope, start, end, wanted))


def daily_report(db: Database, actor: Actor, start: date, end: date,
                 employee: str | int | None = None, *, settings: Any,
                 now: datetime | None = None) -> list[DayLine]:
    """One line per day someone worked in `start`..`end`, by date."""
    check_range(start, end, MAX_RANGE_DAYS)
    days: dict[date, Totals] = {}
    with db.session_factory() as session:
        wanted = visible_employee(session, actor, employee)
        scope = load_scope(session, settings, now)
        for work in stream_sessions(session, scope, start, end, wanted):
            days.setdefault(work.date, Totals()).add(work)
    return [DayLine(day, days[day]) for day in sorted(days)]


def overview(db: Database, bus: EventBus, actor: Actor, *, settings: Any,
             now: datetime | None = None) -> Overview:
    """Who is in now (the board: needs punches.view_all), and this week's hours and late
    arrivals per employee."""
    board = PunchClock(db, bus, settings).board(actor)
    with db.session_factory() as session:
        scope = load_scope(session, settings, now)
        today = scope.calendar.local_day(scope.now)
        first, last = period("this_week", today, week_start(settings), to_date=True)
        totals = Totals()
        lines = _by_employee(session, stream_sessions(session, scope, first, last), totals)
    return Overview((first, last), board, lines, totals)
