"""The SLA clock of a ticket, pure: first-response and resolution deadlines counted in office
time (the calendar's hours and holidays), stopped while the ticket waits on someone else.

A target of N office minutes is due at the instant when N minutes of office time have passed
since the ticket was created, not counting the office time it spent waiting (so every pause
pushes the deadlines later by the office time paused). While a ticket waits, its deadlines are
shown as if it resumed now, and nothing can become breached: the clock is stopped. A deadline
already missed before the pause began stays missed (waiting cannot hide a breach)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType

from timedesk.errors import ValidationError
from timedesk.office.calendar import OfficeCalendar

FIRST_RESPONSE = "first_response"
RESOLUTION = "resolution"


@dataclass(frozen=True)
class SlaTargets:
    """Office minutes allowed for the first response and for the resolution."""

    first_response_minutes: int
    resolution_minutes: int  # HelpDesk.set_sla_target checks the range of both


DEFAULT_TARGETS: Mapping[str, SlaTargets] = MappingProxyType({
    "urgent": SlaTargets(60, 240),
    "high": SlaTargets(120, 480),
    "normal": SlaTargets(240, 960),
    "low": SlaTargets(480, 2400),
})


@dataclass(frozen=True)
class SlaState:
    """Both deadlines (aware, UTC), whether the clock is stopped, and the targets missed."""

    first_response_due: datetime | None
    resolution_due: datetime | None
    paused: bool
    breached: tuple[str, ...]  # a subset of (FIRST_RESPONSE, RESOLUTION), in that order


def _utc(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("The {what} {moment} has no time zone.",
                              "Give instants with their UTC offset.",
                              what=what, moment=moment.isoformat())
    return moment.astimezone(UTC)


def _stops(pauses: Sequence[tuple[datetime, datetime | None]], created_at: datetime,
           now: datetime) -> list[tuple[datetime, datetime]]:
    """The pauses after the creation, an open one ending now, sorted and merged."""
    spans = []
    for start, end in pauses:
        start = max(_utc(start, "pause start"), created_at)
        end = now if end is None else _utc(end, "pause end")
        if end > start:
            spans.append((start, end))
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _due(calendar: OfficeCalendar, created_at: datetime, minutes: int,
         stops: Sequence[tuple[datetime, datetime]]) -> datetime:
    """The instant `minutes` of office time after `created_at` that is not inside a stop."""
    cursor, remaining = created_at, minutes * 60
    for stop_start, stop_end in stops:
        if stop_end <= cursor:
            continue
        if stop_start > cursor:
            available = calendar.office_seconds(cursor, stop_start)
            if remaining <= available:
                break
            remaining -= available
        cursor = stop_end
    return calendar.add_office_time(cursor, remaining).astimezone(UTC)


def sla_state(calendar: OfficeCalendar, targets: SlaTargets, *, created_at: datetime,
              pauses: Sequence[tuple[datetime, datetime | None]],
              first_response_at: datetime | None, resolved_at: datetime | None,
              now: datetime) -> SlaState:
    """The ticket's deadlines and breaches at `now`; `pauses` are its waiting intervals (the
    open one, if the ticket waits now, ends with None)."""
    created_at, now = _utc(created_at, "creation time"), _utc(now, "current time")
    stops = _stops(pauses, created_at, now)
    paused = any(end is None and _utc(start, "pause start") <= now for start, end in pauses)
    # while paused the clock stands at the start of the open pause
    clock = stops[-1][0] if paused and stops else now
    first_response_due = _due(calendar, created_at, targets.first_response_minutes, stops)
    resolution_due = _due(calendar, created_at, targets.resolution_minutes, stops)
    breached = tuple(kind for kind, due, done in (
        (FIRST_RESPONSE, first_response_due, first_response_at),
        (RESOLUTION, resolution_due, resolved_at))
        if (clock if done is None else _utc(done, kind.replace("_", " ") + " time")) > due)
    return SlaState(first_response_due, resolution_due, paused, breached)
