"""The office's clock for Turns: the local time zone, the numbering day (which starts at
turns.reset_time) and whether a service is open now."""

from __future__ import annotations

import time as _time
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timedesk.errors import ConfigError
from timedesk.setting_checks import parse_time_of_day


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


def office_zone(name: str) -> tzinfo:
    """The zone named by turns.timezone, or this computer's (with its daylight saving)."""
    if not name:
        return SystemZone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"turns.timezone '{name}' is not a known time zone.",
                          "Use a name such as Europe/Madrid, or leave it empty.") from None


def parse_reset(text: str) -> time:
    try:
        return parse_time_of_day(text or "00:00")
    except ValueError as exc:
        raise ConfigError(f"turns.reset_time: {exc}.",
                          "Set it like 00:00 (midnight) or 05:00.") from None


@dataclass(frozen=True)
class OfficeClock:
    zone: tzinfo
    reset: time = time(0, 0)

    @classmethod
    def from_settings(cls, settings) -> "OfficeClock":
        return cls(office_zone(settings["turns.timezone"]), parse_reset(settings["turns.reset_time"]))

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def numbering_day(self, moment: datetime) -> date:
        """The day whose numbering `moment` belongs to: before the reset time it is yesterday's."""
        local = self.local(moment)
        shifted = local - timedelta(hours=self.reset.hour, minutes=self.reset.minute)
        return shifted.date()

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """UTC-aware start and end of a calendar day in the office's zone."""
        start = datetime.combine(day, time(0, 0), self.zone)
        end = datetime.combine(day + timedelta(days=1), time(0, 0), self.zone)
        return start, end

    def is_open(self, opens: time | None, closes: time | None, moment: datetime) -> bool:
        if opens is None or closes is None:
            return True
        now = self.local(moment).time()
        return opens <= now < closes
