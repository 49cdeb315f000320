"""The report periods and the zones of sessions: each session's zone for its "usuario" times
(the office's days become UTC bounds through timedesk.office.days_bounds). Pure functions."""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKLY, MONTHLY = "weekly", "monthly"
LAST_FINISHED = {WEEKLY: "last_week", MONTHLY: "last_month"}  # the office.period of a report


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
        assert first is not None and last is not None  # one of the two is known
        label = offset_label(first) if first == last else (
            f"{offset_label(first)} / {offset_label(last)}")
        return (timezone(timedelta(seconds=first)), timezone(timedelta(seconds=last)), label)
    return fallback, fallback, str(fallback)
