"""Work sessions: one row per employee and day, computed from the punches and the office
calendar. Pure: no database, no clock of its own (`now` is given).

- A cycle runs from an `in` to its `out`; breaks inside it are not worked. A cycle belongs to
  the day its `in` happened (a night shift is the day it started), and every duration is real
  elapsed time between UTC instants (a daylight-saving night is an hour shorter or longer).
- Late: the first in after the first scheduled start by more than the tolerance counts all of
  it; early likewise for the last out before the last scheduled end. Overtime: worked beyond
  the scheduled time (all of it on a holiday or a day without intervals: nobody is late there).
- A cycle without an out still open after the day's schedule ends (midnight on a day without
  intervals) plus a margin is flagged `open` and counts nothing until a person confirms or a
  manager corrects it: it is never closed silently. Before that it counts up to `now`.
- Working-time rules (timedesk.punches.rules) add `rule:<name>` flags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import groupby
from typing import Protocol

from timedesk.punches.rules import DayFacts, Rule, broken_flags

FLAGS = ("late", "early", "overtime", "holiday", "open")


class PunchRecord(Protocol):
    """What sessions need of a punch (timedesk.punches.service.PunchInfo has it)."""

    @property
    def employee_id(self) -> int: ...
    @property
    def action(self) -> str: ...
    @property
    def at(self) -> datetime: ...


class ScheduleLike(Protocol):
    @property
    def tolerance_minutes(self) -> int: ...


class CalendarLike(Protocol):
    """What sessions need of timedesk.office.calendar.OfficeCalendar."""

    @property
    def zone(self) -> tzinfo: ...
    def schedule(self, name: str | None) -> ScheduleLike: ...
    def holiday(self, day: date) -> str | None: ...
    def local_day(self, moment: datetime) -> date: ...
    def day_bounds(self, day: date) -> tuple[datetime, datetime]: ...
    def working_intervals(self, day: date, schedule: str | None = None
                          ) -> list[tuple[datetime, datetime]]: ...
    def scheduled_seconds(self, day: date, schedule: str | None = None) -> int: ...


@dataclass(frozen=True)
class WorkSession:
    employee_id: int
    date: date
    first_in: datetime
    last_out: datetime | None  # None while the last cycle has no out
    worked_s: int
    break_s: int
    cycles: int
    scheduled_s: int
    late_s: int
    early_s: int
    overtime_s: int
    flags: tuple[str, ...]


@dataclass
class _Cycle:
    start: datetime
    end: datetime | None = None
    break_s: int = 0
    longest_break_s: int = 0
    break_from: datetime | None = None
    superseded: bool = False  # another in came without an out: surely open

    def add_break(self, until: datetime) -> None:
        if self.break_from is not None:
            length = _seconds(until, self.break_from)
            self.break_s += length
            self.longest_break_s = max(self.longest_break_s, length)
            self.break_from = None


def _utc(moment: datetime) -> datetime:
    # aware instants with one shared tzinfo subtract as wall times: always compare in UTC
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def _seconds(later: datetime, earlier: datetime) -> int:
    return max(round((_utc(later) - _utc(earlier)).total_seconds()), 0)


def _cycles(punches: Iterable[PunchRecord]) -> list[_Cycle]:
    """One employee's punches (in time order) as cycles; an out or a break before any in
    belongs to a cycle that started before these punches, and is skipped."""
    cycles: list[_Cycle] = []
    current: _Cycle | None = None
    for punch in punches:
        if punch.action == "in":
            if current is not None:
                current.superseded = True
                cycles.append(current)
            current = _Cycle(_utc(punch.at))
        elif current is None:
            continue
        elif punch.action == "break_start":
            if current.break_from is None:
                current.break_from = _utc(punch.at)
        elif punch.action == "break_end":
            current.add_break(_utc(punch.at))
        elif punch.action == "out":
            current.add_break(_utc(punch.at))  # out while on a break ends the break
            current.end = _utc(punch.at)
            cycles.append(current)
            current = None
    if current is not None:
        cycles.append(current)
    return cycles


@dataclass(frozen=True)
class SessionRules:
    """How sessions are judged: the margin after the schedule's end before a cycle without out
    is open, and the working-time rules."""

    open_margin: timedelta = timedelta(hours=2)
    rules: Sequence[Rule] = ()


def compute_sessions(punches: Iterable[PunchRecord], calendar: CalendarLike,
                     schedule_of: Callable[[int], str | None], *, now: datetime,
                     judge: SessionRules = SessionRules(), start: date | None = None,
                     end: date | None = None) -> list[WorkSession]:
    """The work sessions of `punches` (ordered by employee, then time), by employee then day;
    only the days `start`..`end` when given (give the punches from a day before `start`, for
    the rest rule, and up to a day after `end`, for night shifts)."""
    return list(iter_sessions(punches, calendar, schedule_of, now=now, judge=judge,
                              start=start, end=end))


def iter_sessions(punches: Iterable[PunchRecord], calendar: CalendarLike,
                  schedule_of: Callable[[int], str | None], *, now: datetime,
                  judge: SessionRules = SessionRules(), start: date | None = None,
                  end: date | None = None) -> Iterator[WorkSession]:
    """compute_sessions, one employee's punches in memory at a time (for streamed exports)."""
    days = _Days(calendar)
    for employee_id, own in groupby(punches, key=lambda punch: punch.employee_id):
        schedule = schedule_of(employee_id)
        by_day = groupby(_cycles(own), key=lambda cycle: calendar.local_day(cycle.start))
        previous_end: datetime | None = None
        for day, cycles in by_day:
            day_cycles = list(cycles)
            if (start is None or day >= start) and (end is None or day <= end):
                yield _session(employee_id, day, day_cycles, days.plan(day, schedule), now,
                               judge, previous_end)
            ends = [cycle.end for cycle in day_cycles if cycle.end is not None]
            previous_end = max(ends) if ends else None


@dataclass(frozen=True)
class _DayPlan:
    """What the calendar says of one day for one schedule."""

    intervals: list[tuple[datetime, datetime]]
    holiday: bool
    scheduled_s: int
    tolerance_s: int
    closes: datetime  # the end of the last interval, else the day's end


def closing_time(calendar: CalendarLike, day: date, schedule: str | None) -> datetime:
    """When `day`'s schedule ends (the end of its last interval, else the day's end): a cycle
    begun that day without an out is open once this and the margin have passed."""
    intervals = calendar.working_intervals(day, schedule)
    return intervals[-1][1] if intervals else calendar.day_bounds(day)[1]


class _Days:
    """The calendar's day plans, each asked once per day and schedule (500 people share them)."""

    def __init__(self, calendar: CalendarLike) -> None:
        self.calendar = calendar
        self.plans: dict[tuple[date, str | None], _DayPlan] = {}

    def plan(self, day: date, schedule: str | None) -> _DayPlan:
        key = (day, schedule)
        if key not in self.plans:
            calendar = self.calendar
            intervals = calendar.working_intervals(day, schedule)
            self.plans[key] = _DayPlan(
                intervals, calendar.holiday(day) is not None,
                calendar.scheduled_seconds(day, schedule) if intervals else 0,
                calendar.schedule(schedule).tolerance_minutes * 60,
                closing_time(calendar, day, schedule))
        return self.plans[key]


def _is_open(cycle: _Cycle, plan: _DayPlan, now: datetime, margin: timedelta) -> bool:
    if cycle.end is not None:
        return False
    return cycle.superseded or _utc(now) > _utc(plan.closes) + margin


def _session(employee_id: int, day: date, cycles: list[_Cycle], plan: _DayPlan,
             now: datetime, judge: SessionRules, previous_end: datetime | None) -> WorkSession:
    intervals, scheduled, tolerance = plan.intervals, plan.scheduled_s, plan.tolerance_s
    worked = breaks = 0
    pauses: list[int] = []
    is_open = False
    for index, cycle in enumerate(cycles):
        if _is_open(cycle, plan, now, judge.open_margin):
            is_open = True  # counts nothing until confirmed or corrected
            continue
        until = cycle.end or _utc(now)
        ongoing_break = _seconds(until, cycle.break_from) if cycle.break_from else 0
        breaks += cycle.break_s + ongoing_break
        worked += max(_seconds(until, cycle.start) - cycle.break_s - ongoing_break, 0)
        pauses.append(max(cycle.longest_break_s, ongoing_break))
        previous = cycles[index - 1].end if index else None
        if previous is not None:
            pauses.append(_seconds(cycle.start, previous))  # a gap between out and in
    first_in = cycles[0].start
    last_out = cycles[-1].end
    late = early = 0
    if intervals:
        late = _seconds(first_in, intervals[0][0])
        late = late if late > tolerance else 0
        if last_out is not None:
            early = _seconds(intervals[-1][1], last_out)
            early = early if early > tolerance else 0
    overtime = max(worked - scheduled, 0)
    flags = [name for name, raised in (("late", late > 0), ("early", early > 0),
                                       ("overtime", overtime > 0), ("holiday", plan.holiday),
                                       ("open", is_open)) if raised]
    rest = _seconds(first_in, previous_end) if previous_end is not None else None
    flags += broken_flags(judge.rules, DayFacts(worked, max(pauses, default=0), rest))
    return WorkSession(employee_id, day, first_in, last_out, worked, breaks,
                       len(cycles), scheduled, late, early, overtime, tuple(flags))
