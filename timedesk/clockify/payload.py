"""Clockify time entries as timedesk understands them, from webhook bodies of every era
(2021-2025) and from the REST API (back-fill). Pure functions: no database, no clock.

Clockify adds keys over the years, so unknown keys are ignored and missing ones tolerated; only
the entry id and its start are required. `timeInterval.start`/`end` (UTC) are the truth: the
reported duration is kept for information, never trusted over them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from timedesk.errors import ValidationError

# Plausible times of an entry, around now: Clockify keeps years of history (an old entry may be
# edited or restored), and nobody tracks time years ahead; beyond them a time is a forgery or a
# bug, and would overflow the reports (year 9999 gave a 251,605,756,799 s session).
PAST_LIMIT = timedelta(days=3653)  # 10 years
FUTURE_LIMIT = timedelta(days=1827)  # 5 years
_DURATION = re.compile(
    r"^P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:[.,]\d+)?)S)?)?$")


class PayloadError(ValidationError):
    """A body timedesk cannot take as a time entry; `field` names what is missing or wrong."""

    code = "invalid_payload"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__("time entry {field}: {problem}.",
                         "Clockify always sends it; check what sent this request.",
                         field=field, problem=problem)
        self.field = field


@dataclass(frozen=True)
class Tag:
    id: str | None
    name: str | None


@dataclass(frozen=True)
class TimeEntry:
    """One Clockify time entry, normalized: UTC-aware times truncated to whole seconds."""

    id: str
    start: datetime
    end: datetime | None = None
    reported_duration: int | None = None  # seconds, as Clockify said (informative only)
    description: str = ""
    user_id: str | None = None
    user_name: str | None = None
    user_status: str | None = None
    user_email: str | None = None  # only from the REST API: webhooks never carry it
    workspace_id: str | None = None
    project_id: str | None = None
    project_name: str | None = None
    client_name: str | None = None
    task_id: str | None = None
    task_name: str | None = None
    tags: tuple[Tag, ...] = ()
    billable: bool | None = None
    time_zone: str | None = None
    offset_start: int | None = None
    offset_end: int | None = None

    @property
    def running(self) -> bool:
        return self.end is None

    @property
    def duration_seconds(self) -> int | None:
        return None if self.end is None else int((self.end - self.start).total_seconds())


def parse_duration(text: str) -> int:
    """Seconds of an ISO-8601 duration as Clockify writes it (PT26S, PT11H48M, PT5H1S, PT49H;
    a day part is tolerated). ValueError for anything else."""
    found = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if not found or not any(found.groupdict().values()) or text.strip().endswith("T"):
        raise ValueError(f"not an ISO-8601 duration: {text!r}")
    parts = {k: float(v.replace(",", ".")) if v else 0.0 for k, v in found.groupdict().items()}
    return round(parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"])


def format_duration(seconds: int) -> str:
    """The ISO-8601 form Clockify uses: hours without a day part, zero parts left out."""
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return text + (f"{secs}S" if secs or text == "PT" else "")


def parse_instant(value: Any, field: str) -> datetime:
    """An aware UTC datetime from Clockify's `2025-06-16T07:05:00Z` (offsets and fractions
    tolerated; no zone means UTC). Fractions are dropped so that a REST copy of an entry
    (milliseconds) never looks like an edit of its webhook copy (seconds)."""
    if not isinstance(value, str) or not value.strip():
        raise PayloadError(field, "missing" if value in (None, "") else "must be an ISO-8601 text")
    text = value.strip()
    if text[-1:] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise PayloadError(field, f"not an ISO-8601 date and time ({value[:40]!r})") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).replace(microsecond=0)
    except OverflowError:  # year 1 with a positive offset, year 9999 with a negative one
        raise PayloadError(field, f"out of range ({value[:40]!r})") from None


def check_plausible_times(entry: TimeEntry, now: datetime) -> None:
    """PayloadError when the entry's start or end lies more than PAST_LIMIT before `now` or
    more than FUTURE_LIMIT after it."""
    for field, moment in (("timeInterval.start", entry.start), ("timeInterval.end", entry.end)):
        if moment is not None and not now - PAST_LIMIT <= moment <= now + FUTURE_LIMIT:
            raise PayloadError(field, f"{moment:%Y-%m-%d} is not a plausible date (timedesk "
                                      f"takes {PAST_LIMIT.days // 365} years back to "
                                      f"{FUTURE_LIMIT.days // 365} years ahead)")


def _text(value: Any) -> str | None:
    """Ids and names: text or None ("" means none: Clockify sends clientId "" for no client)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    return (value.strip() or None) if isinstance(value, str) else None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _seconds(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _tags(body: Mapping[str, Any]) -> tuple[Tag, ...]:
    """Webhooks send tag objects (the legacy service assumed names as strings); REST sends
    `tagIds`."""
    tags: list[Tag] = []
    raw = body.get("tags")
    for item in raw if isinstance(raw, list) else ():
        if isinstance(item, Mapping):
            tag = Tag(_text(item.get("id")), _text(item.get("name")))
        else:
            tag = Tag(None, _text(item))
        if tag.id or tag.name:
            tags.append(tag)
    known = {t.id for t in tags}
    ids = body.get("tagIds")
    for tag_id in map(_text, ids if isinstance(ids, list) else ()):
        if tag_id and tag_id not in known:
            tags.append(Tag(tag_id, None))
            known.add(tag_id)
    return tuple(tags)


def parse_webhook_entry(body: Any) -> TimeEntry:
    """The time entry of a webhook body (the entry itself, at top level, no envelope).
    PayloadError names the field when `id` or `timeInterval.start` is missing or unreadable."""
    if not isinstance(body, Mapping):
        raise PayloadError("body", "must be a JSON object")
    entry_id = _text(body.get("id"))
    if entry_id is None:
        raise PayloadError("id", "missing")
    if len(entry_id) > 64:
        raise PayloadError("id", "longer than 64 characters")
    interval = _mapping(body.get("timeInterval"))
    start = parse_instant(interval.get("start"), "timeInterval.start")
    end = None if interval.get("end") in (None, "") else parse_instant(interval["end"],
                                                                       "timeInterval.end")
    if end is not None and end < start:
        raise PayloadError("timeInterval.end", "before timeInterval.start")
    try:
        reported = parse_duration(interval["duration"]) if interval.get("duration") else None
    except ValueError:
        reported = None  # informative only: start and end are the truth
    user, project, task = (_mapping(body.get(k)) for k in ("user", "project", "task"))
    description = body.get("description")
    billable = body.get("billable")
    return TimeEntry(
        id=entry_id, start=start, end=end, reported_duration=reported,
        description=description if isinstance(description, str) else (_text(description) or ""),
        user_id=_text(body.get("userId")) or _text(user.get("id")),
        user_name=_text(user.get("name")), user_status=_text(user.get("status")),
        user_email=_text(user.get("email")),
        workspace_id=_text(body.get("workspaceId")),
        project_id=_text(body.get("projectId")) or _text(project.get("id")),
        project_name=_text(project.get("name")), client_name=_text(project.get("clientName")),
        task_id=_text(body.get("taskId")) or _text(task.get("id")),
        task_name=_text(task.get("name")),
        tags=_tags(body), billable=billable if isinstance(billable, bool) else None,
        time_zone=_text(interval.get("timeZone")),
        offset_start=_seconds(interval.get("offsetStart")),
        offset_end=_seconds(interval.get("offsetEnd")))


def parse_rest_entry(body: Any, user: Mapping[str, Any] | None = None) -> TimeEntry:
    """The time entry of a REST API answer (`taskId`/`tagIds`, or hydrated objects).
    `user` is the member as `GET /workspaces/{ws}/users` lists it ({id, name, email, status}),
    since REST entries carry only `userId`."""
    entry = parse_webhook_entry(body)
    member_id = _text(user.get("id")) if user else None
    if not user or (entry.user_id and member_id and member_id != entry.user_id):
        return entry
    return replace(entry, user_id=entry.user_id or member_id,
                   user_name=entry.user_name or _text(user.get("name")),
                   user_status=entry.user_status or _text(user.get("status")),
                   user_email=entry.user_email or _text(user.get("email")))
