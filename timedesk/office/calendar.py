"""The office calendar as pure data and arithmetic (no database): week schedules made of
intervals, exceptions and holidays, and business time in the office's zone ("add 4 office hours
to Friday 17:00", "office seconds between two instants, pausing where told").

Every instant it returns is aware and in UTC (so that subtracting two of them gives real elapsed
time, daylight-saving days included); every instant it takes must be aware."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from timedesk.errors import NotFound, ValidationError

Interval = tuple[int, int]  # minutes of the day, 0 <= start < end <= 1440 (24:00)
DAY_MINUTES = 24 * 60
WEEK_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OFFICE = "office"  # the name of the default schedule
TOLERANCE_MAX = 240  # minutes late or early a schedule may tolerate
# add_office_time gives up after this many days in a row without any working time
_IDLE_DAYS_LIMIT = 400

_TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})")
_FORMAT_HINT = "Write intervals like 09:00-14:00,15:00-18:00 (24:00 may end a day)."


def midnight(day: date, zone: tzinfo) -> datetime:
    """The instant `day` begins in `zone`, in UTC; at the ends of the calendar (0001-01-01 east
    of UTC, 9999-12-31 west of it) the first or last instant Python can hold."""
    naive = datetime.combine(day, time())
    try:
        return naive.replace(tzinfo=zone).astimezone(UTC)
    except (OverflowError, ValueError):  # the instant is in year 0 or 10000
        edge = datetime.min if day.year == 1 else datetime.max
        return edge.replace(tzinfo=UTC)


def days_bounds(first: date, last: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[since, until) in UTC covering the whole days first..last of `zone`: the one place every
    module turns office days into instants."""
    return midnight(first, zone), midnight(last + timedelta(days=1), zone)


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_minutes(text: str) -> int:
    """Minutes of the day of "HH:MM" (00:00 to 24:00; the hour may have one digit)."""
    match = _TIME_RE.fullmatch(text.strip())
    value = int(match[1]) * 60 + int(match[2]) if match else -1
    if not match or int(match[2]) > 59 or value > DAY_MINUTES:
        raise ValidationError("'{text}' is not a time of day.",
                              "Write times as HH:MM from 00:00 to 24:00, such as 09:00.",
                              text=text.strip()[:20])
    return value


def _label(interval: Interval) -> str:
    return f"{format_minutes(interval[0])}-{format_minutes(interval[1])}"


def check_intervals(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """The intervals sorted, once each is within the day, ends after it starts and none
    overlaps another."""
    checked = sorted(intervals)
    for start, end in checked:
        if not 0 <= start <= DAY_MINUTES or not 0 <= end <= DAY_MINUTES:
            raise ValidationError("An interval is outside the day.",
                                  "Times go from 00:00 to 24:00.")
        if end <= start:
            raise ValidationError("The interval {interval} ends before it starts.",
                                  "Write the start first, like 09:00-14:00.",
                                  interval=_label((start, end)))
    for before, after in zip(checked, checked[1:], strict=False):
        if after[0] < before[1]:
            raise ValidationError("The intervals {first} and {second} overlap.",
                                  "Make each interval end before the next one starts, like "
                                  "09:00-14:00,15:00-18:00.",
                                  first=_label(before), second=_label(after))
    return tuple(checked)


def parse_intervals(text: str) -> tuple[Interval, ...]:
    """The intervals of "09:00-14:00,15:00-18:00" (sorted); "" is no working time."""
    text = text.strip()
    if not text:
        return ()
    intervals = []
    for part in text.split(","):
        start, sep, end = part.partition("-")
        if not sep:
            raise ValidationError("'{text}' is not an interval.", _FORMAT_HINT,
                                  text=part.strip()[:20])
        first = parse_minutes(start)
        if first == DAY_MINUTES:
            raise ValidationError("The interval {text} starts at 24:00.",
                                  "24:00 may only end an interval; start at 00:00 instead.",
                                  text=part.strip())
        intervals.append((first, parse_minutes(end)))
    return check_intervals(intervals)


def format_intervals(intervals: Iterable[Interval]) -> str:
    return ",".join(_label(interval) for interval in intervals)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("{moment} has no time zone.",
                              "Give instants with their UTC offset.", moment=moment.isoformat())
    return moment.astimezone(UTC)


def _merged(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif start < end:
            merged.append((start, end))
    return merged


def _overlap_seconds(spans: Sequence[tuple[datetime, datetime]],
                     others: Sequence[tuple[datetime, datetime]]) -> float:
    """Seconds the (disjoint) `spans` share with the (disjoint) `others`."""
    total = 0.0
    for start, end in spans:
        for other_start, other_end in others:
            overlap = (min(end, other_end) - max(start, other_start)).total_seconds()
            total += max(overlap, 0.0)
    return total


@dataclass(frozen=True)
class Schedule:
    """A week of working intervals (Monday first) and the dates that have others."""

    name: str
    week: tuple[tuple[Interval, ...], ...]
    tolerance_minutes: int = 5
    exceptions: Mapping[date, tuple[Interval, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValidationError("The schedule '{name}' has {count} days.",
                                  "Give one list of intervals per weekday, Monday first.",
                                  name=self.name, count=len(self.week))

    def intervals(self, day: date) -> tuple[Interval, ...]:
        """The working intervals of `day`: its exception, else its weekday's."""
        if day in self.exceptions:
            return self.exceptions[day]
        return self.week[day.weekday()]

    @property
    def has_working_time(self) -> bool:
        return any(self.week) or any(self.exceptions.values())


DEFAULT_WEEK: tuple[tuple[Interval, ...], ...] = (
    ((9 * 60, 14 * 60), (15 * 60, 18 * 60)),) * 5 + ((), ())


@dataclass(frozen=True)
class OfficeCalendar:
    """The office's zone, its default schedule, the named schedules and the holidays."""

    zone: tzinfo
    office: Schedule
    schedules: Mapping[str, Schedule] = field(default_factory=dict)
    holidays: Mapping[date, str] = field(default_factory=dict)

    def schedule(self, name: str | None) -> Schedule:
        """The schedule called `name`; None, "" or the office's own name is the office's."""
        if not name or name == self.office.name:
            return self.office
        try:
            return self.schedules[name]
        except KeyError:
            known = ", ".join(sorted(self.schedules)) or "none yet"
            raise NotFound("There is no schedule named '{name}'.",
                           "Use one of the calendar's schedules ({known}) or the office's.",
                           name=name[:60], known=known) from None

    def holiday(self, day: date) -> str | None:
        return self.holidays.get(day)

    def local_day(self, moment: datetime) -> date:
        return _aware(moment).astimezone(self.zone).date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        return days_bounds(day, day, self.zone)

    def _instant(self, day: date, minutes: int) -> datetime:
        wall = datetime.combine(day, time()) + timedelta(minutes=minutes)
        return wall.replace(tzinfo=self.zone).astimezone(UTC)

    def working_intervals(self, day: date, schedule: str | None = None
                          ) -> list[tuple[datetime, datetime]]:
        """The day's working intervals as UTC instants; none on a holiday."""
        if day in self.holidays:
            return []
        spans = []
        for start, end in self.schedule(schedule).intervals(day):
            span = (self._instant(day, start), self._instant(day, end))
            if span[0] < span[1]:  # an interval inside a skipped daylight-saving hour is empty
                spans.append(span)
        return spans

    def scheduled_seconds(self, day: date, schedule: str | None = None) -> int:
        """Real elapsed seconds of the day's working intervals (23 h days counted as such)."""
        return int(sum((end - start).total_seconds()
                       for start, end in self.working_intervals(day, schedule)))

    def office_seconds(self, start: datetime, end: datetime, *, schedule: str | None = None,
                       pauses: Sequence[tuple[datetime, datetime]] = ()) -> int:
        """Working seconds between two instants, minus the `pauses` (which may overlap)."""
        start, end = _aware(start), _aware(end)
        if end < start:
            raise ValidationError("The end of the period is before its start.",
                                  "Give the earlier instant first.")
        self.schedule(schedule)  # an unknown name is refused even for an empty period
        paused = _merged((_aware(a), _aware(b)) for a, b in pauses)
        total = 0.0
        day, last = self.local_day(start), self.local_day(end)
        while day <= last:
            spans = [(max(s, start), min(e, end))
                     for s, e in self.working_intervals(day, schedule) if s < end and e > start]
            total += sum((e - s).total_seconds() for s, e in spans)
            total -= _overlap_seconds(spans, paused)
            day += timedelta(days=1)
        return int(total)

    def add_office_time(self, start: datetime, seconds: int, *,
                        schedule: str | None = None) -> datetime:
        """The instant `seconds` of working time after `start` (in the office's zone)."""
        if seconds < 0:
            raise ValidationError("Office time to add cannot be negative.",
                                  "Give a number of seconds of 0 or more.")
        chosen = self.schedule(schedule)
        moment = _aware(start)
        if seconds == 0:
            return moment.astimezone(self.zone)
        if not chosen.has_working_time:
            raise ValidationError("The schedule '{chosen}' has no working time at all.",
                                  "Give it working intervals (timedesk hours set) before "
                                  "counting office time.", chosen=chosen.name)
        remaining = float(seconds)
        day, idle = self.local_day(moment), 0
        while idle < _IDLE_DAYS_LIMIT:
            spans = [(max(s, moment), e) for s, e in self.working_intervals(day, schedule)
                     if e > moment]
            idle = 0 if spans else idle + 1
            for span_start, span_end in spans:
                available = (span_end - span_start).total_seconds()
                if remaining <= available:
                    return (span_start + timedelta(seconds=remaining)).astimezone(self.zone)
                remaining -= available
            day += timedelta(days=1)
        raise ValidationError("The schedule '{chosen}' has no working time in the "
                              "{idle_days_limit} days after {day}.",
                              "Check its week, exceptions and the holidays.",
                              chosen=chosen.name, idle_days_limit=_IDLE_DAYS_LIMIT,
                              day=day - timedelta(days=idle))

    def is_open(self, moment: datetime, schedule: str | None = None) -> bool:
        moment = _aware(moment)
        return any(start <= moment < end for start, end
                   in self.working_intervals(self.local_day(moment), schedule))


def default_calendar(zone: tzinfo) -> OfficeCalendar:
    """The calendar with nothing stored: Monday to Friday 09:00-14:00,15:00-18:00, no holidays."""
    return OfficeCalendar(zone=zone, office=Schedule(OFFICE, DEFAULT_WEEK))
