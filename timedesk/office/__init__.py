"""The office's calendar, one for every module: its time zone (office.timezone, or this computer's
followed instant by instant), the first day of its week (office.week_start), the named periods
the faces offer ("today", "this week", "last month"...) and, in timedesk.office.calendar, the
working week, holidays and business-time arithmetic every module asks."""

from __future__ import annotations

import time as _time
from calendar import monthrange
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timedesk import setting_checks as checks
from timedesk.errors import ConfigError, ValidationError
from timedesk.office.calendar import days_bounds
from timedesk.settings import declare, rename

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PRESETS = ("today", "this_week", "last_week", "this_month", "last_month")

declare("office.timezone", str, "",
        "Time zone of the office's days (turns, reports), such as Europe/Madrid; empty means "
        "this computer's",
        validate=checks.time_zone_or_empty)
declare("office.week_start", str, "monday",
        "First day of the office's week (weekly reports, \"this week\" in every face)",
        choices=WEEKDAYS)
rename("clockify.report_timezone", "office.timezone")
rename("turns.timezone", "office.timezone")
rename("clockify.week_start", "office.week_start")

_EPOCH = datetime(1970, 1, 1)


class SystemZone(tzinfo):
    """This computer's zone, asked of the system for each instant, so that a summer time and
    a winter time each get their own offset. (`datetime.now().astimezone().tzinfo` is the
    offset of *now*, fixed: in winter it shows a July 10:00 UTC as 11:00 in Madrid.)"""

    def _local(self, wall: datetime) -> _time.struct_time:
        stamp = _time.mktime((wall.year, wall.month, wall.day, wall.hour, wall.minute,
                              wall.second, 0, 0, -1))
        return _time.localtime(stamp)

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta | None:
        if dt is None:
            return None
        return timedelta(hours=1) if self._local(dt).tm_isdst > 0 else timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        return self._local(dt or datetime.now()).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = (dt.replace(tzinfo=None) - _EPOCH).total_seconds()
        return dt + timedelta(seconds=_time.localtime(stamp).tm_gmtoff)

    def __repr__(self) -> str:
        return "SystemZone()"

    def __str__(self) -> str:  # how reports and exports name the zone
        return f"local ({self.tzname(None)})"


def office_zone(settings: Any) -> tzinfo:
    """The zone named by office.timezone, or this computer's (with its daylight saving)."""
    name = (settings["office.timezone"] or "").strip()
    if not name:
        return SystemZone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError("'{name}' is not a known time zone (office.timezone).",
                          "Use an IANA name such as Europe/Madrid, or leave it empty for this "
                          "computer's zone.", name=name[:64]) from None


def week_start(settings: Any) -> int:
    """The first day of the office's week, 0 = Monday ... 6 = Sunday (office.week_start)."""
    return WEEKDAYS.index(settings["office.week_start"])


def period(name: str, today: date, first_weekday: int = 0, *,
           to_date: bool = False) -> tuple[date, date]:
    """(first, last) day of the preset `name` around `today`: today, this/last week (weeks start
    on `first_weekday`, 0 = Monday) or this/last month. `to_date` ends a current period today
    (figures of days still to come are empty)."""
    if name not in PRESETS:
        raise ValidationError("'{name}' is not a period preset.",
                              "Use {choices}.", name=name, choices=', '.join(PRESETS))
    if name == "today":
        return today, today
    if name.endswith("week"):
        first = today - timedelta(days=(today.weekday() - first_weekday) % 7)
        if name == "last_week":
            first -= timedelta(days=7)
        last = first + timedelta(days=6)
    else:
        first = today.replace(day=1)
        if name == "last_month":
            first = (first - timedelta(days=1)).replace(day=1)
        last = first.replace(day=monthrange(first.year, first.month)[1])
    return first, min(last, today) if to_date else last

__all__ = ["PRESETS", "WEEKDAYS", "SystemZone", "days_bounds", "office_zone", "period",
           "week_start"]
