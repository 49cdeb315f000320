"""Reading requests and writing answers of the /api/v1/clockify JSON API: query parameters and
JSON bodies checked into typed values (a ValidationError, hence a 400 that names the parameter,
for anything else), and the domain's views as JSON (times in ISO-8601 UTC with Z)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from aiohttp import web

from timedesk.clockify.views import ErrorLogEntry, HistoryEntry, SessionInfo, UserInfo
from timedesk.errors import NotFound, ValidationError

_TRUE = {"true"}
_FALSE = {"false"}
MAX_LIMIT = 1000
MAX_ID = 2**63 - 1  # the databases' BIGINT: a larger id is an OverflowError on SQLite
# The days a report may cover: its last day and one more (the end of the period in a time
# zone) stay in Python's years 1..9999.
FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9998, 12, 31)
_DATE_RANGE_HINT = "Dates run from 0001-01-01 to 9998-12-31."
_CONTROL = frozenset(chr(c) for c in [*range(0x20), 0x7F])


# -- answers ----------------------------------------------------------------------------------
def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def user_ref(user: UserInfo | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.id, "clockify_id": user.clockify_id, "name": user.name,
            "email": user.email}


def user_json(user: UserInfo) -> dict[str, Any]:
    return {"id": user.id, "clockify_id": user.clockify_id, "name": user.name,
            "email": user.email, "clockify_status": user.clockify_status,
            "notify": user.notify, "active": user.active, "employee_id": user.employee_id,
            "created_at": iso(user.created_at), "updated_at": iso(user.updated_at)}


def session_json(info: SessionInfo) -> dict[str, Any]:
    return {
        "id": info.id, "clockify_id": info.clockify_id, "user": user_ref(info.user),
        "workspace_id": info.workspace_id, "description": info.description,
        "project": info.project_name, "project_id": info.project_id,
        "client": info.client_name, "task": info.task_name, "task_id": info.task_id,
        "tags": [{"id": t.get("id"), "name": t.get("name")} for t in info.tags],
        "billable": info.billable, "timezone": info.time_zone,
        "offset_start": info.offset_start, "offset_end": info.offset_end,
        "start": iso(info.start), "end": iso(info.end),
        "duration_seconds": info.duration_seconds, "running": info.running,
        "valid_start": iso(info.valid_start), "valid_end": iso(info.valid_end),
        "valid_duration_seconds": info.valid_duration_seconds,
        "overtime": info.overtime, "edits": info.edits, "status": info.status,
        "observation": info.observation, "decided_by": info.decided_by,
        "decided_at": iso(info.decided_at), "deleted": info.deleted,
        "deleted_at": iso(info.deleted_at), "created_by_event": info.created_by_event,
        "created_at": iso(info.created_at), "updated_at": iso(info.updated_at)}


def history_json(entry: HistoryEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": iso(entry.at), "actor": entry.actor, "action": entry.action,
            "before": entry.before, "after": entry.after, "note": entry.note}


def error_log_json(entry: ErrorLogEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": iso(entry.at), "reason": entry.reason, "detail": entry.detail,
            "body_excerpt": entry.body_excerpt, "event_type": entry.event_type,
            "delivery_id": entry.delivery_id}


def page_json(items: list[dict[str, Any]], total: int) -> web.Response:
    return web.json_response({"data": items, "total": total})


# -- query parameters -------------------------------------------------------------------------
def path_id(request: web.Request, label: str) -> int:
    """The `{id}` of the address; ids run 1..MAX_ID, so another number names nothing."""
    value = int(request.match_info["id"])
    if not 1 <= value <= MAX_ID:
        raise NotFound("there is no {what} #{value}.", "Ids run 1-{max_id}.",
                       what=label, value=str(value)[:24], max_id=MAX_ID)
    return value


def query_value(request: web.Request, name: str) -> str | None:
    """The stripped value of a parameter that is not free text: None when absent, a 400 when
    given empty (`?to=` is not a date: the API document says what each parameter takes)."""
    if name not in request.query:
        return None
    value = request.query[name].strip()
    if not value:
        raise ValidationError("'{name}' is empty.", "Give a value or leave the parameter out.",
                              name=name)
    return value


def query_text(request: web.Request, name: str, max_length: int = 200, *,
               free: bool = True) -> str | None:
    """A text parameter; empty means no filter, unless not `free` (a choice, a key)."""
    value = request.query.get(name, "").strip() if free else query_value(request, name) or ""
    if len(value) > max_length:
        raise ValidationError("'{name}' is longer than {max_length} characters.", "Shorten it.",
                              name=name, max_length=max_length)
    if not _CONTROL.isdisjoint(value):
        raise ValidationError("'{name}' holds a control character (such as NUL).",
                              "Send printable text.", name=name)
    return value or None


def query_int(request: web.Request, name: str, default: int, *, minimum: int = 0,
              maximum: int = MAX_LIMIT) -> int:
    text = query_value(request, name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise ValidationError("'{name}' must be a whole number, not '{text}'.",
                              "Give {minimum}-{maximum}.",
                              name=name, text=text[:40], minimum=minimum, maximum=maximum) from None
    if not minimum <= value <= maximum:
        raise ValidationError("'{name}' must be between {minimum} and {maximum}.",
                              "Give {minimum}-{maximum}.",
                              name=name, minimum=minimum, maximum=maximum)
    return value


def query_bool(request: web.Request, name: str, *, allow_any: bool = False,
               default: bool | None = None) -> bool | None:
    """true or false (as the API document says); `any` means no filter where allowed."""
    text = query_value(request, name) or ""
    if not text:
        return default
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if allow_any and text in ("any", "all"):
        return None
    choices = "true, false" + (" or any" if allow_any else "")
    raise ValidationError("'{name}' must be {choices}, not '{text}'.", "",
                          name=name, choices=choices, text=text[:40])


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
# RFC 3339 (the OpenAPI "date-time" format): a zone is required, Z or +hh:mm.
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})",
                     re.ASCII)
_MOMENT_HINT = "Use YYYY-MM-DD or an ISO-8601 date and time such as 2025-06-16T07:05:00Z."
FIRST_MOMENT = datetime.min.replace(tzinfo=UTC)
LAST_MOMENT = datetime.max.replace(tzinfo=UTC)


def parse_moment(text: str, name: str, *, end_of_day: bool = False) -> datetime:
    """An aware UTC datetime from `YYYY-MM-DD` (midnight UTC; with `end_of_day`, the next
    midnight, so that a date bound includes its whole day) or an RFC 3339 date and time.
    A bound past the ends of the calendar (9999-12-31 with `end_of_day`, 0001-01-01T00:00+01:00)
    is the first or last instant Python holds: a search up to "the end of time" works."""
    text = text.strip()
    try:
        if _DAY.fullmatch(text):
            moment = datetime.combine(date.fromisoformat(text), time(0), tzinfo=UTC)
            if end_of_day:
                moment = LAST_MOMENT if moment.date() == date.max else moment + timedelta(days=1)
            return moment
        if not _MOMENT.fullmatch(text):
            raise ValueError(text)
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    except ValueError:
        raise ValidationError("'{name}' is not a date ('{text}').", _MOMENT_HINT,
                              name=name, text=text[:40]) from None
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # beyond year 1 or 9999 in UTC
        return FIRST_MOMENT if moment.year == 1 else LAST_MOMENT


def query_moment(request: web.Request, name: str, *, end_of_day: bool = False) -> datetime | None:
    text = query_value(request, name)
    return parse_moment(text, name, end_of_day=end_of_day) if text is not None else None


def query_period(request: web.Request) -> tuple[datetime | None, datetime | None]:
    """`from` and `to`: a date `to` includes its whole day; a date-time `to` is exclusive."""
    since = query_moment(request, "from")
    until = query_moment(request, "to", end_of_day=True)
    if since is not None and until is not None and since >= until:
        raise ValidationError("'from' must be before 'to'.", "Swap them.")
    return since, until


def query_date(request: web.Request, name: str) -> date:
    text = query_value(request, name)
    if text is None:
        raise ValidationError("'{name}' is required.", "Use YYYY-MM-DD.", name=name)
    try:
        day = date.fromisoformat(text) if _DAY.fullmatch(text) else _bad_date(name, text)
    except ValueError:
        return _bad_date(name, text)
    return _in_calendar(day, name)


def _in_calendar(day: date, name: str) -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError("'{name}' is outside the calendar timedesk keeps.",
                              _DATE_RANGE_HINT, name=name)
    return day


def _bad_date(name: str, text: str) -> date:
    raise ValidationError("'{name}' is not a date ('{text}').", "Use YYYY-MM-DD.",
                          name=name, text=text[:40])


# -- JSON bodies ------------------------------------------------------------------------------
async def json_object(request: web.Request, *, optional: bool = False) -> dict[str, Any]:
    """The request's body as a JSON object (an empty one for no body when `optional`)."""
    raw = await request.read()
    if not raw.strip() and optional:
        return {}
    if request.content_type != "application/json":
        raise ValidationError("the body must be JSON (Content-Type: application/json).", "")
    try:
        body = json.loads(raw)
    except ValueError:
        raise ValidationError("the body is not valid JSON.", "Send a JSON object.") from None
    except RecursionError:
        raise ValidationError("the body is nested too deeply.",
                              "Send a JSON object of plain fields.") from None
    if not isinstance(body, dict):
        raise ValidationError("the body must be a JSON object.", "Send {{\"field\": value, ...}}.")
    return body


def only_fields(body: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise ValidationError("unknown field(s): {unknown}.",
                              "Allowed: {allowed}.",
                              unknown=', '.join(unknown), allowed=', '.join(allowed))


def body_moment(body: dict[str, Any], name: str, *, required: bool = True) -> datetime | None:
    value = body.get(name)
    if value is None:
        if required:
            raise ValidationError("'{name}' is required.",
                                  "Give an ISO-8601 date and time such as 2025-06-16T07:05:00Z.",
                                  name=name)
        return None
    if not isinstance(value, str) or len(value.strip()) <= 10:
        raise ValidationError("'{name}' must be an ISO-8601 date and time.",
                              "e.g. 2025-06-16T07:05:00Z.", name=name)
    return parse_moment(value, name)


def body_text(body: dict[str, Any], name: str, *, required: bool = False,
              default: str | None = None) -> str | None:
    value = body.get(name, default)
    if value is None:
        if required:
            raise ValidationError("'{name}' is required.", "", name=name)
        return None
    if not isinstance(value, str):
        raise ValidationError("'{name}' must be text.", "", name=name)
    if "\x00" in value:
        raise ValidationError("'{name}' holds a NUL character (\\u0000), a control "
                              "character the database cannot store.", "Remove it.", name=name)
    return value


def body_bool(body: dict[str, Any], name: str) -> bool:
    value = body.get(name)
    if not isinstance(value, bool):
        raise ValidationError("'{name}' must be true or false.", "", name=name)
    return value


def body_int(body: dict[str, Any], name: str) -> int:
    value = body.get(name)
    if isinstance(value, float) and value.is_integer():  # JSON's 7.0 is the integer 7
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise ValidationError("'{name}' must be a positive whole number (an id) up to {max_id}.",
                              "", name=name, max_id=MAX_ID)
    return value
