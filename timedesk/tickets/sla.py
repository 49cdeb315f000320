"""The SLA clock (pure): the first-response and resolution deadlines of a ticket in office
time, pushed later by the office time it spent waiting on someone else, and its breaches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from timedesk.office.calendar import OfficeCalendar


@dataclass(frozen=True)
class SlaTargets:
    first_response_minutes: int
    resolution_minutes: int


DEFAULT_TARGETS: Mapping[str, SlaTargets] = MappingProxyType({
    "urgent": SlaTargets(60, 240),
    "high": SlaTargets(120, 480),
    "normal": SlaTargets(240, 960),
    "low": SlaTargets(480, 2400),
})


@dataclass(frozen=True)
class SlaState:
    first_response_due: datetime | None
    resolution_due: datetime | None
    paused: bool
    breached: tuple[str, ...]


def _due(calendar: OfficeCalendar, created_at: datetime, seconds: int,
         pauses: Sequence[tuple[datetime, datetime | None]], now: datetime) -> datetime:
    """The instant the clock, running from `created_at` but stopped in `pauses`, reaches
    `seconds` of office time; while a pause is still open, counted from `now`."""
    remaining, start = seconds, created_at
    for pause_start, pause_end in sorted(pauses, key=lambda pause: pause[0]):
        if pause_start > start:
            available = calendar.office_seconds(start, pause_start)
            if available >= remaining:
                return calendar.add_office_time(start, remaining)
            remaining -= available
        if pause_end is None:
            return calendar.add_office_time(max(now, start), remaining)
        start = max(start, pause_end)
    return calendar.add_office_time(start, remaining)


def sla_state(calendar: OfficeCalendar, targets: SlaTargets, *, created_at: datetime,
              pauses: Sequence[tuple[datetime, datetime | None]],
              first_response_at: datetime | None, resolved_at: datetime | None,
              now: datetime) -> SlaState:
    """The deadlines and breaches of a ticket created at `created_at` that waited in
    `pauses` (the last one may still be open). A deadline is breached when its event happened
    after it, or has not happened and `now` is past it (never while paused)."""
    paused = any(end is None for _, end in pauses)
    first_due = _due(calendar, created_at, targets.first_response_minutes * 60, pauses, now)
    resolution_due = _due(calendar, created_at, targets.resolution_minutes * 60, pauses, now)
    breached = []
    for name, due, happened in (("first_response", first_due, first_response_at),
                                ("resolution", resolution_due, resolved_at)):
        if happened is not None and happened > due or (
                happened is None and not paused and now > due):
            breached.append(name)
    return SlaState(first_due, resolution_due, paused, tuple(breached))
