"""The manager's figures of Turns over a range of numbering days: per service and in total, how
many turns were issued, served and lost, how long people waited and were served (average and
90th percentile), how often the estimate printed on the ticket held, and the flow per hour.

Rules that are not obvious:
- A turn belongs to the range by its numbering day (`Turn.day`), as its number does.
- A turn reception cancelled (a wrong button) counts nowhere.
- `issued` counts a turn under the service it was issued for; everything else (served,
  no-shows, waits, service times) under the service that took it in the end (transfers).
- Wait: issued -> called (the last call, so a transferred turn's wait includes its first desk).
  Service time: started (or called, when nobody pressed Start) -> finished, of served turns.
- p90 is the linear interpolation between closest ranks (Excel's PERCENTILE.INC, numpy's
  default), computed in Python over durations read in one query: SQLite has no percentiles.
- Hours are the office's local hours (office.timezone), so daylight saving does not shift them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import ValidationError
from timedesk.settings import Settings
from timedesk.turns.clock import OfficeClock
from timedesk.turns.models import CANCELLED, DONE, NO_SHOW, WAITING, Turn, TurnService

MAX_RANGE_DAYS = 366
READ_BATCH = 2000


def check_range(start: date, end: date, max_days: int = MAX_RANGE_DAYS) -> int:
    """The number of days from `start` to `end` inclusive; ValidationError when the range is
    reversed or longer than `max_days`."""
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError("the range needs a first and a last day.", "Give both dates.")
    if start > end:
        raise ValidationError("the range starts ({start:%Y-%m-%d}) after it ends "
                              "({end:%Y-%m-%d}).", "Give the first day first.",
                              start=start, end=end)
    days = (end - start).days + 1
    if days > max_days:
        raise ValidationError("the range has {days} days; at most {max_days} are allowed.",
                              "Choose a shorter range.", days=days, max_days=max_days)
    return days


def percentile(values: list[float], q: float) -> float | None:
    """The q-quantile (0..1) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class Figures:
    """Counts and durations (seconds; None when there is nothing to measure)."""

    issued: int
    served: int
    no_shows: int
    waiting_now: int
    avg_wait_s: float | None
    p90_wait_s: float | None
    avg_service_s: float | None
    p90_service_s: float | None
    estimated: int  # called turns that had an estimate on their ticket
    within_estimate: int  # ... whose real wait fell inside it

    @property
    def estimate_accuracy(self) -> float | None:
        """Share (0..1) of estimated turns called within their estimate."""
        return self.within_estimate / self.estimated if self.estimated else None


@dataclass(frozen=True)
class ServiceStats:
    code: str
    name: str
    colour: str
    figures: Figures


@dataclass(frozen=True)
class HourFlow:
    hour: int  # local hour of day, 0..23
    issued: int
    called: int


@dataclass(frozen=True)
class TurnStats:
    start: date
    end: date
    today: date
    services: tuple[ServiceStats, ...]
    totals: Figures
    hourly: tuple[HourFlow, ...]  # 24 entries, hour 0 to 23

    @property
    def includes_today(self) -> bool:
        return self.start <= self.today <= self.end


@dataclass
class _Tally:
    issued: int = 0
    served: int = 0
    no_shows: int = 0
    waiting_now: int = 0
    estimated: int = 0
    within: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)

    def figures(self) -> Figures:
        return Figures(self.issued, self.served, self.no_shows, self.waiting_now,
                       _mean(self.waits), percentile(self.waits, 0.9),
                       _mean(self.services), percentile(self.services, 0.9),
                       self.estimated, self.within)


def _seconds(later: datetime, earlier: datetime) -> float:
    return max((later - earlier).total_seconds(), 0.0)


def _count(tally: _Tally, row: Sequence[Any], today: date) -> None:
    (_, _, status, day, issued_at, called_at, started_at, finished_at, low, high) = row
    if status == WAITING and day == today:
        tally.waiting_now += 1
    if status == NO_SHOW:
        tally.no_shows += 1
    if called_at is not None:
        wait = _seconds(called_at, issued_at)
        tally.waits.append(wait)
        if low is not None and high is not None:
            tally.estimated += 1
            tally.within += int(low <= wait <= high)
    if status == DONE and called_at is not None and finished_at is not None:
        tally.served += 1
        tally.services.append(_seconds(finished_at, started_at or called_at))


def turn_stats(db: Database, settings: Settings, actor: Actor, start: date, end: date,
               now: datetime | None = None) -> TurnStats:
    """Figures of the numbering days `start`..`end` (at most MAX_RANGE_DAYS); `waiting_now`
    counts today's waiting turns, so it is 0 for a range in the past."""
    require(actor, Permission.TURNS_DASHBOARD)
    check_range(start, end)
    clock = OfficeClock.from_settings(settings)
    today = clock.numbering_day(now or utcnow())
    tallies: dict[int, _Tally] = defaultdict(_Tally)
    total = _Tally()
    issued_by_hour, called_by_hour = [0] * 24, [0] * 24
    with db.session_factory() as session:
        services = session.execute(select(TurnService.id, TurnService.code, TurnService.name,
                                          TurnService.colour, TurnService.active)
                                   .order_by(TurnService.code)).all()
        rows = session.execute(
            select(Turn.service_id, Turn.issued_service_id, Turn.status, Turn.day,
                   Turn.issued_at, Turn.called_at, Turn.started_at, Turn.finished_at,
                   Turn.estimate_low_s, Turn.estimate_high_s)
            .where(Turn.day >= start, Turn.day <= end, Turn.status != CANCELLED)
            .execution_options(yield_per=READ_BATCH))
        for row in rows:
            tallies[row.issued_service_id].issued += 1
            total.issued += 1
            _count(tallies[row.service_id], row, today)
            _count(total, row, today)
            issued_by_hour[clock.local(row.issued_at).hour] += 1
            if row.called_at is not None:
                called_by_hour[clock.local(row.called_at).hour] += 1
    # active services show even with nothing to count; inactive ones only if they had turns
    per_service = tuple(ServiceStats(code, name, colour, tallies[sid].figures())
                        for sid, code, name, colour, active in services
                        if sid in tallies or active)
    return TurnStats(start, end, today, per_service, total.figures(),
                     tuple(HourFlow(h, issued_by_hour[h], called_by_hour[h]) for h in range(24)))

