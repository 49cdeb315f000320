"""Punch clock demo data: three weeks of the demo employees' working days by the office
calendar (in, a lunch break or a second in/out cycle, out), with a late day, a forgotten out
(yesterday's, still open: the board shows it) and one amended punch with its reason; today's
punches up to now. Idempotent: added only while nobody has a punch.

The days are stored as rows (punches of the past cannot be punched live); the amendment goes
through the punch clock like a manager's, with its history."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.office.calendar import OfficeCalendar
from timedesk.office.service import load_calendar
from timedesk.people.models import Employee
from timedesk.punches.models import BREAK_END, BREAK_START, IN, OUT, Punch
from timedesk.punches.service import PunchClock

WEEKS = 3
# badge code -> how the person takes the lunch hour: a break punched, or out and in again
LUNCH_BREAK = {"E001": False, "E002": True, "E003": False, "E004": True, "E005": True,
               "E006": False}
LATE = ("E002", 9)  # who comes 25 minutes late, and how many working days ago
FORGOT_OUT = "E004"  # forgot to punch out on the last working day before today
NOT_YET_IN = "E006"  # no punch today: late and not yet in, once the day has started
AMENDED = ("E001", 4, "llegó a las 09:10: el lector del PC no respondía")


def load_punches(ctx: Any, actor: Actor) -> list[str]:
    now = utcnow() - timedelta(minutes=1)  # never ahead of the database's clock
    with ctx.db.unit_of_work() as session:
        if session.scalar(select(func.count(Punch.id))):
            return []
        calendar = load_calendar(session, ctx.settings)
        employees = {e.code: e.id for e in session.scalars(
            select(Employee).where(Employee.code.in_(LUNCH_BREAK)))}
        if not employees:
            return []
        days = _working_days(calendar, calendar.local_day(now))
        rows = [row for code, employee_id in sorted(employees.items())
                for row in _punches(calendar, days, code, employee_id, now)]
        session.add_all(rows)
        session.flush()
        amended_day = days[-AMENDED[1] - 1]
        amend = next((row for row in rows if row.employee_id == employees.get(AMENDED[0])
                      and row.action == IN and calendar.local_day(row.at) == amended_day), None)
    done = [f"punches: {len(rows)} for {len(employees)} employees over {WEEKS} weeks"]
    if amend is not None:
        PunchClock(ctx.db, ctx.bus, ctx.settings).punch(
            actor, amend.employee_id, IN, at=amend.at + timedelta(minutes=7), reason=AMENDED[2],
            replaces_id=amend.id)
        done.append("punches: one amended by a manager")
    return done


def _working_days(calendar: OfficeCalendar, today: date) -> list[date]:
    """The office's working days of the last WEEKS weeks, today included (last)."""
    days = [today - timedelta(days=n) for n in range(WEEKS * 7, -1, -1)]
    return [day for day in days if calendar.working_intervals(day)]


def _punches(calendar: OfficeCalendar, days: list[date], code: str, employee_id: int,
             now: datetime) -> list[Punch]:
    chance = random.Random(code)  # the same demo every time
    rows: list[Punch] = []
    past = [day for day in days if day < calendar.local_day(now)]
    for day in days:
        intervals = calendar.working_intervals(day)
        start, end = intervals[0][0], intervals[-1][1]
        late = code == LATE[0] and len(past) >= LATE[1] and day == past[-LATE[1]]
        arrive = start + timedelta(minutes=25 if late else chance.randint(-12, 3))
        lunch = (start + timedelta(hours=5, minutes=chance.randint(-5, 10))
                 if len(intervals) > 1 else None)
        back = lunch + timedelta(minutes=chance.randint(50, 62)) if lunch else None
        leave = end + timedelta(minutes=chance.randint(-4, 25))
        forgot = code == FORGOT_OUT and bool(past) and day == past[-1]
        if code == NOT_YET_IN and day not in past:
            break
        steps = [(IN, arrive)]
        if lunch is not None and back is not None:
            steps += [(BREAK_START, lunch), (BREAK_END, back)] if LUNCH_BREAK[code] else [
                (OUT, lunch), (IN, back)]
        if not forgot:
            steps.append((OUT, leave))
        rows += [Punch(employee_id=employee_id, action=action, at=at, recorded_at=at,
                       source="kiosk" if chance.random() < 0.3 else "pc", correction=False,
                       voided=False)
                 for action, at in steps if at <= now]
        if forgot:
            break  # still "in" since then: a manager has to correct it
    return rows

