"""How session values read in the Clockify tab: the house date-times (timedesk.ui.formats),
status names and their colours (the colours of the stylesheet's success / warning / error
roles, in the light design: themed() gives the current theme's)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication as Q

from timedesk.clockify.models import APPROVED, REJECTED, UNDER_REVIEW
from timedesk.clockify.views import SessionInfo
from timedesk.ui.formats import date_time_text, short_date_time

NO_VALUE = "—"
# (text, background) per status; the text colours are those of light.qss's label roles
STATUS_COLOURS = {APPROVED: ("#1b7530", "#e3f3e7"), UNDER_REVIEW: ("#8a5a00", "#fff3d6"),
                  REJECTED: ("#b3261e", "#fbe4e2")}
RUNNING_COLOUR = "#1b7530"
OVERTIME_COLOUR = "#8a5a00"
MUTED_COLOUR = "#5b6472"  # the hints' grey: 6:1 on the table's white (WCAG AA)


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """The house date-time ('16/06/2025 10:00') in the office's zone; NO_VALUE for None."""
    return NO_VALUE if moment is None else date_time_text(moment, seconds=seconds)


def end_text(info: SessionInfo) -> str:
    """The end as a time of day when it is the start's day (the usual case), else in full;
    a running session's end says so."""
    if info.running:
        return Q.translate("ClockifySessions", "● Running")
    if info.end is None:
        return NO_VALUE
    return short_date_time(info.end, info.start)


def elapsed_seconds(info: SessionInfo, now: datetime) -> int | None:
    """The duration so far: Clockify's for a stopped session, start to `now` while running."""
    if info.running:
        return max(0, int((now - info.start).total_seconds()))
    return info.duration_seconds


def status_title(status: str) -> str:
    return {APPROVED: Q.translate("ClockifySessions", "Approved"),
            UNDER_REVIEW: Q.translate("ClockifySessions", "Under review"),
            REJECTED: Q.translate("ClockifySessions", "Rejected")}.get(status, status)


def statuses() -> list[tuple[str, str]]:
    """(status, title) in the order people read them."""
    return [(s, status_title(s)) for s in (UNDER_REVIEW, APPROVED, REJECTED)]


def user_name(info: SessionInfo) -> str:
    if info.user is None:
        return Q.translate("ClockifySessions", "(unknown user)")
    return info.user.name or info.user.clockify_id


def project_text(info: SessionInfo) -> str:
    if not info.project_name:
        return info.project_id or ""
    return f"{info.project_name} ({info.client_name})" if info.client_name else info.project_name


def tags_text(info: SessionInfo) -> str:
    return ", ".join(str(t.get("name") or t.get("id") or "") for t in info.tags) or NO_VALUE
