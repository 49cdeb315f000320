"""Report periods (weeks from a configurable first day, calendar months) and the time zones that
turn dates into instants: the office's zone for period bounds, each session's zone for its
"usuario" times. Pure functions but for reading the computer's zone when none is configured."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timedesk.clockify.settings import WEEKDAYS
from timedesk.errors import ConfigError, ValidationError

WEEKLY, MONTHLY = "weekly", "monthly"


def week_period(day: date, week_start: str = "monday") -> tuple[date, date]:
    """The week holding `day` as (first, last) dates, the week starting on `week_start`
    (monday...sunday; the seed's weeks ran saturday to friday)."""
    name = (week_start or "").strip().lower()
    if name not in WEEKDAYS:
        raise ValidationError(f"'{week_start}' is not a day of the week.",
                              "Use one of: " + ", ".join(WEEKDAYS) + ".")
    first = day - timedelta(days=(day.weekday() - WEEKDAYS.index(name)) % 7)
    return first, first + timedelta(days=6)


def month_period(day: date) -> tuple[date, date]:
    """The calendar month holding `day` as (first, last) dates."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def last_finished(kind: str, today: date, week_start: str = "monday") -> tuple[date, date]:
    """The latest week or month that ended before `today`."""
    if kind == WEEKLY:
        current_first, _ = week_period(today, week_start)
        return week_period(current_first - timedelta(days=1), week_start)
    if kind == MONTHLY:
        return month_period(today.replace(day=1) - timedelta(days=1))
    raise ValueError(f"unknown report period {kind!r}")


# -- zones -----------------------------------------------------------------------------------
def office_zone(name: str) -> tzinfo | None:
    """The zone report periods are counted in: an IANA name, or None for this computer's."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"'{name[:64]}' is not a known time zone (clockify.report_timezone).",
                          "Use an IANA name such as Europe/Madrid, or leave it empty for this "
                          "computer's zone.") from None


def zone_label(zone: tzinfo | None) -> str:
    if zone is None:
        return f"local ({datetime.now().astimezone().tzname()})"
    return str(zone)


def in_zone(moment: datetime, zone: tzinfo | None) -> datetime:
    """An aware instant as the wall time of `zone` (None: this computer's zone)."""
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def midnight(day: date, zone: tzinfo | None) -> datetime:
    """The instant `day` begins in `zone`, in UTC; at the ends of the calendar (0001-01-01 east
    of UTC, 9999-12-31 west of it) the first or last instant Python can hold."""
    naive = datetime.combine(day, time())
    try:
        local = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
        return local.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # the instant is in year 0 or 10000
        edge = datetime.min if day.year == 1 else datetime.max
        return edge.replace(tzinfo=timezone.utc)


def period_bounds(start: date, end: date, zone: tzinfo | None) -> tuple[datetime, datetime]:
    """[since, until) in UTC covering the whole days start..end of `zone`."""
    return midnight(start, zone), midnight(end + timedelta(days=1), zone)


def offset_label(seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def session_zones(time_zone: str | None, offset_start: int | None, offset_end: int | None,
                  fallback: tzinfo | None) -> tuple[tzinfo | None, tzinfo | None, str]:
    """(zone of starts, zone of ends, label) of a session's "usuario" times: its IANA zone when
    known (deprecated aliases such as Asia/Calcutta included), else the offsets Clockify sent,
    else `fallback` (the office's zone)."""
    if time_zone:
        try:
            zone = ZoneInfo(time_zone)
            return zone, zone, time_zone
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if offset_start is not None or offset_end is not None:
        first = offset_start if offset_start is not None else offset_end
        last = offset_end if offset_end is not None else offset_start
        label = offset_label(first) if first == last else (
            f"{offset_label(first)} / {offset_label(last)}")
        return (timezone(timedelta(seconds=first)), timezone(timedelta(seconds=last)), label)
    return fallback, fallback, zone_label(fallback)
