"""The OpenAPI description of the Clockify routes (webhooks and /api/v1/clockify), registered
with add_openapi so that /api/v1/openapi.json documents them."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.clockify.manual import MAX_DESCRIPTION, MAX_NOTE, MAX_PROJECT
from timedesk.clockify.models import SESSION_STATUSES
from timedesk.clockify.queries import SORTS
from timedesk.clockify.topics import LEGACY_PATHS
from timedesk.server.clockify.api_io import MAX_ID
from timedesk.server.openapi import add_openapi, error_reply

TAG = "clockify"
_STR = {"type": "string"}
# What the API reads: JSON texts without NUL (the database cannot store it); query values
# without control characters, at most so long (see api_io.query_text).
_NO_NUL = "^[^\\u0000]*$"
_QUERY_TEXT = "^[^\\u0000-\\u001f\\u007f]*$"


def text_schema(max_length: int, *, null: bool = False,
                required_text: bool = False) -> dict[str, Any]:
    """A JSON text the API reads (no NUL; with `required_text`, not blank once stripped)."""
    # Python's strip() also takes \x1c-\x1f and \x85 away; \s in a pattern does not.
    return {"type": ["string", "null"] if null else "string", "maxLength": max_length,
            "pattern": ("^[^\\u0000]*[^\\s\\u0000\\u001c-\\u001f\\u0085][^\\u0000]*$"
                        if required_text else _NO_NUL)}


def query_text_schema(max_length: int) -> dict[str, Any]:
    """A query value the API reads (api_io.query_text): no control characters."""
    return {"type": "string", "maxLength": max_length, "pattern": _QUERY_TEXT}


# A bound of a period: a day or an RFC 3339 date and time (api_io.parse_moment).
_MOMENT = {"anyOf": [{"type": "string", "format": "date"},
                     {"type": "string", "format": "date-time"}]}
# A report's day: years 1-9998 (its last day and one more stay in Python's calendar).
_REPORT_DAY = {"type": "string", "format": "date",
               "pattern": "^(?!9999)\\d{4}-\\d{2}-\\d{2}$"}
_NSTR = {"type": ["string", "null"]}
_NINT = {"type": ["integer", "null"]}
_TIME = {"type": "string", "format": "date-time", "description": "ISO-8601 UTC, e.g. "
                                                                 "2025-06-16T07:05:00Z"}
_NTIME = {"type": ["string", "null"], "format": "date-time"}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "object", "required": ["data", "total"],
            "properties": {"data": {"type": "array", "items": _ref(name)},
                           "total": {"type": "integer",
                                     "description": "rows matching the filters, all pages"}}}


def _query(name: str, description: str, schema: dict[str, Any] | None = None,
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema or _STR}


_ID = {"name": "id", "in": "path", "required": True,
       "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}
_PAGING = [_query("limit", "page size (1-1000)", {"type": "integer", "minimum": 1,
                                                  "maximum": 1000}),
           _query("offset", "rows to skip", {"type": "integer", "minimum": 0,
                                             "maximum": 10**9})]
_PERIOD = [_query("from", "YYYY-MM-DD or RFC 3339 date-time (inclusive)", _MOMENT),
           _query("to", "YYYY-MM-DD (that whole day included) or RFC 3339 date-time "
                        "(exclusive); after 'from'", _MOMENT)]
_BOOL = {"type": "string", "enum": ["true", "false"]}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": {"$ref": "#/components/responses/Forbidden"}}
_BAD = {"400": error_reply("Bad input: the message names the parameter or field")}
_MISSING = {"404": error_reply("No such id")}

USER_REF = {"type": ["object", "null"], "properties": {
    "id": {"type": "integer"}, "clockify_id": _STR, "name": _NSTR, "email": _NSTR}}
SESSION = {"type": "object", "required": [
    "id", "clockify_id", "user", "description", "project", "task", "start", "end",
    "duration_seconds", "running", "overtime", "edits", "status", "deleted"], "properties": {
    "id": {"type": "integer"}, "clockify_id": {"type": "string", "description":
                                               "Clockify's entry id (manual-... if made here)"},
    "user": USER_REF, "workspace_id": _NSTR, "description": _STR, "project": _NSTR,
    "project_id": _NSTR, "client": _NSTR, "task": _NSTR, "task_id": _NSTR,
    "tags": {"type": "array", "items": {"type": "object", "properties": {"id": _NSTR,
                                                                         "name": _NSTR}}},
    "billable": {"type": ["boolean", "null"]}, "timezone": _NSTR, "offset_start": _NINT,
    "offset_end": _NINT, "start": _TIME, "end": _NTIME, "duration_seconds": _NINT,
    "running": {"type": "boolean"}, "valid_start": _TIME, "valid_end": _NTIME,
    "valid_duration_seconds": _NINT, "overtime": {"type": "boolean"},
    "edits": {"type": "integer"}, "status": {"type": "string", "enum": list(SESSION_STATUSES)},
    "observation": _NSTR, "decided_by": _NSTR, "decided_at": _NTIME,
    "deleted": {"type": "boolean"}, "deleted_at": _NTIME, "created_by_event": _STR,
    "created_at": _TIME, "updated_at": _TIME}}
USER = {"type": "object", "required": ["id", "clockify_id", "name", "email", "notify", "active"],
        "properties": {"id": {"type": "integer"}, "clockify_id": _STR, "name": _NSTR,
                       "email": _NSTR, "clockify_status": _NSTR, "notify": {"type": "boolean"},
                       "active": {"type": "boolean"}, "employee_id": _NINT,
                       "created_at": _TIME, "updated_at": _TIME}}
HISTORY_ENTRY = {"type": "object", "properties": {
    "id": {"type": "integer"}, "at": _TIME, "actor": _STR, "action": _STR,
    "before": {"type": ["object", "null"]}, "after": {"type": ["object", "null"]},
    "note": _NSTR}}
ERROR_LOG_ENTRY = {"type": "object", "properties": {
    "id": {"type": "integer"}, "at": _TIME, "reason": _STR, "detail": _STR,
    "body_excerpt": _NSTR, "event_type": _NSTR, "delivery_id": _NINT}}
RECEIPT = {"type": "object", "required": ["delivery_id", "event", "status"], "properties": {
    "delivery_id": {"type": "integer"}, "event": _STR,
    "status": {"type": "string", "enum": ["accepted", "stored, not processed"]}}}
_IN_TIME = {"type": "string", "format": "date-time",
            "description": "RFC 3339 with a zone, e.g. 2025-06-16T07:05:00Z"}
_NOTE = {**text_schema(MAX_NOTE), "description": "why"}
_NEEDED_NOTE = {**text_schema(MAX_NOTE, required_text=True), "description": "why (required)"}
_EMAIL = {"type": ["string", "null"], "maxLength": 254,
          "pattern": "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*)?$",
          "description": "name@example.com; empty or null for none"}
SESSION_CREATE = {"type": "object", "required": ["user_id", "start", "end"], "properties": {
    "user_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID,
                "description": "timedesk's id of the Clockify user"},
    "description": text_schema(MAX_DESCRIPTION), "start": _IN_TIME,
    "end": {**_IN_TIME, "description": "after start"},
    "project": text_schema(MAX_PROJECT, null=True),
    "note": _NOTE}, "additionalProperties": False}
SESSION_UPDATE = {"type": "object", "required": ["note"], "properties": {
    "description": text_schema(MAX_DESCRIPTION), "project": text_schema(MAX_PROJECT, null=True),
    "start": _IN_TIME, "end": _IN_TIME, "note": _NEEDED_NOTE},
    "anyOf": [{"required": [name]} for name in ("description", "project", "start", "end")],
    "additionalProperties": False}
_QUERY_NOTE = {"type": "string", "maxLength": MAX_NOTE,
               "pattern": "^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f\\u0085]"
                          "[^\\u0000-\\u001f\\u007f]*$"}
NOTE = {"type": "object", "properties": {"note": _NOTE}, "additionalProperties": False}
NEEDED_NOTE = {"type": "object", "required": ["note"], "properties": {"note": _NEEDED_NOTE},
               "additionalProperties": False}
USER_CREATE = {"type": "object", "required": ["clockify_id"], "properties": {
    "clockify_id": {"type": "string", "pattern": "^\\s*[A-Za-z0-9_-]{1,64}\\s*$",
                    "description": "Clockify's user id (letters, digits, - and _)"},
    "name": {"type": ["string", "null"], "pattern": _NO_NUL}, "email": _EMAIL},
    "additionalProperties": False}
USER_UPDATE = {"type": "object", "properties": {
    "email": _EMAIL, "notify": {"type": "boolean"}, "active": {"type": "boolean"}},
    "additionalProperties": False}

SCHEMAS = {"ClockifySession": SESSION, "ClockifySessionList": _list_of("ClockifySession"),
           "ClockifyUser": USER, "ClockifyUserList": _list_of("ClockifyUser"),
           "ClockifyHistoryEntry": HISTORY_ENTRY,
           "ClockifyHistoryList": _list_of("ClockifyHistoryEntry"),
           "ClockifyErrorLogEntry": ERROR_LOG_ENTRY,
           "ClockifyErrorLogList": _list_of("ClockifyErrorLogEntry"),
           "ClockifyWebhookReceipt": RECEIPT}


def _op(summary: str, responses: dict[str, Any], *, parameters: list | None = None,
        body: dict[str, Any] | None = None, auth: bool = True,
        body_required: bool = True) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "tags": [TAG],
                                 "responses": {**responses, **(_AUTH if auth else {})}}
    if parameters:
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = {"required": body_required,
                                    "content": {"application/json": {"schema": body}}}
    return operation


def _webhook(summary: str, parameters: list, **more_responses: Any) -> dict[str, Any]:
    return {"post": {
        "summary": summary, "tags": [TAG], "security": [], "parameters": [
            {"name": "clockify-signature", "in": "header", "required": True,
             "description": "the token Clockify shows for this webhook", "schema": _STR},
            *parameters],
        "description": "Clockify's time entry (or any other Clockify object) as the body. "
                       "Stored before it is answered; processed right after.",
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"type": "object"}}}},
        "responses": {
            "200": _json(_ref("ClockifyWebhookReceipt"), "Stored; it will be processed"),
            "202": _json(_ref("ClockifyWebhookReceipt"),
                         "Stored; timedesk does not process this event type"),
            "400": error_reply("Not application/json, not valid JSON or not a JSON object "
                               "(recorded in the error log)"),
            "401": error_reply("Token missing, wrong or registered for another event "
                               "(nothing stored)"),
            "413": error_reply("Body over 1 MiB (recorded in the error log)"),
            "429": error_reply("Too many refused tokens from this address: wait Retry-After "
                               "seconds"),
            "503": error_reply("The database did not answer: nothing stored, send it again"),
            **more_responses}}}


def paths() -> dict[str, Any]:
    session_filters = [
        _query("user", "timedesk user id (digits) or Clockify user id", query_text_schema(64)),
        _query("project", "project id, or text in its name", query_text_schema(200)), *_PERIOD,
        _query("status", "session status", {"type": "string", "enum": list(SESSION_STATUSES)}),
        _query("overtime", "only overtime (true) or only not (false)", _BOOL),
        _query("running", "only running (true) or only closed (false)", _BOOL),
        _query("deleted", "false (default), true, or any",
               {"type": "string", "enum": ["true", "false", "any"]}),
        _query("q", "text in the description", query_text_schema(200)),
        _query("email", "the user's e-mail (whole, any case)", query_text_schema(254)),
        _query("task", "a task id, or text in its name", query_text_schema(200)),
        _query("sort", "sort key; '-' before it for descending (default -start)",
               {"type": "string", "enum": [*SORTS, *(f"-{k}" for k in SORTS)]}),
        *_PAGING]
    session = _json(_ref("ClockifySession"), "The session")
    user = _json(_ref("ClockifyUser"), "The user")
    conflict = {"409": error_reply("Deleted, or still running")}
    sessions = "/api/v1/clockify/sessions"
    users = "/api/v1/clockify/users"
    legacy_names = ", ".join(f"{name} = {event}" for name, event in LEGACY_PATHS.items())
    return {
        "/webhooks/clockify": _webhook("Receive a Clockify webhook", [
            {"name": "clockify-webhook-event-type", "in": "header", "required": True,
             "description": "the event, e.g. TIMER_STOPPED", "schema": _STR}]),
        "/webhook/clockify/{name}": _webhook(
            "Receive a Clockify webhook (the URLs of the legacy service timedesk replaced)",
            [{"name": "name", "in": "path", "required": True, "description": legacy_names,
              "schema": {"type": "string", "enum": sorted(LEGACY_PATHS)}}],
            **{"404": error_reply("No such name: the names are listed above")}),
        sessions: {
            "get": _op("List sessions (needs clockify.view)",
                       {"200": _json(_ref("ClockifySessionList"), "One page"), **_BAD},
                       parameters=session_filters),
            "post": _op("Record a session by hand (needs clockify.manage)",
                        {"201": _json(_ref("ClockifySession"), "Created"), **_BAD,
                         "404": error_reply("No Clockify user has that user_id")},
                        body=SESSION_CREATE)},
        sessions + "/{id}": {
            "get": _op("One session (needs clockify.view)", {"200": session, **_MISSING},
                       parameters=[_ID]),
            "patch": _op("Correct a session, with a note (needs clockify.manage)",
                         {"200": session, **_BAD, **_MISSING, **conflict}, parameters=[_ID],
                         body=SESSION_UPDATE),
            "delete": _op("Soft-delete a session, with a note (needs clockify.manage)",
                          {"200": _json(_ref("ClockifySession"), "The session, marked "
                                        "deleted: it stays readable, and GET answers it"),
                           **_BAD, **_MISSING}, parameters=[
                              _ID, _query("note", "why (a JSON body {\"note\": ...} also "
                                                  "works)", _QUERY_NOTE, required=True)])},
        sessions + "/by-entry/{entry_id}": {
            "get": _op("The session of a Clockify time entry, by the entry's id (needs "
                       "clockify.view)", {"200": session, **_MISSING}, parameters=[
                           {"name": "entry_id", "in": "path", "required": True,
                            "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"}}])},
        sessions + "/{id}/approve": {"post": _op(
            "Approve: the Clockify times become the valid ones (needs clockify.approve)",
            {"200": session, **_BAD, **_MISSING, **conflict}, parameters=[_ID], body=NOTE,
            body_required=False)},
        sessions + "/{id}/reject": {"post": _op(
            "Reject with a note: the valid times stay (needs clockify.approve)",
            {"200": session, **_BAD, **_MISSING, **conflict}, parameters=[_ID],
            body=NEEDED_NOTE)},
        sessions + "/{id}/history": {"get": _op(
            "Every change of the session, oldest first (needs clockify.view)",
            {"200": _json(_ref("ClockifyHistoryList"), "The history"), **_MISSING},
            parameters=[_ID])},
        users: {
            "get": _op("List or search Clockify users (needs clockify.view)",
                       {"200": _json(_ref("ClockifyUserList"), "One page"), **_BAD},
                       parameters=[_query("q", "text in name, e-mail or Clockify id",
                                          query_text_schema(200)),
                                   _query("active", "only active (true) or inactive (false)",
                                          _BOOL), *_PAGING]),
            "post": _op("Type in a Clockify user (needs clockify.manage)",
                        {"201": _json(_ref("ClockifyUser"), "Created"), **_BAD,
                         "409": error_reply("That Clockify id is already known")},
                        body=USER_CREATE)},
        users + "/{id}": {
            "get": _op("One Clockify user (needs clockify.view)", {"200": user, **_MISSING},
                       parameters=[_ID]),
            "patch": _op("Change e-mail, notices or active (needs clockify.manage)",
                         {"200": user, **_BAD, **_MISSING}, parameters=[_ID], body=USER_UPDATE),
            "delete": _op("Deactivate (needs clockify.manage)", {
                "200": _json(_ref("ClockifyUser"), "The user, now inactive: it stays readable "
                             "(its history is kept), and GET answers it"), **_MISSING},
                          parameters=[_ID])},
        "/api/v1/clockify/history": {"get": _op(
            "Search the Clockify history, newest first (needs clockify.view and audit.view)",
            {"200": _json(_ref("ClockifyHistoryList"), "One page"), **_BAD}, parameters=[
                _query("entity", "session (default), user or webhook",
                       {"type": "string", "enum": ["session", "user", "webhook"]}),
                _query("action", "e.g. edited or clockify_session.edited", query_text_schema(60)),
                _query("by", "actor label, e.g. webhook:clockify or token:name",
                       query_text_schema(120)), *_PERIOD,
                *_PAGING])},
        "/api/v1/clockify/error-log": {"get": _op(
            "Rejected webhook requests and failed processings, newest first "
            "(needs clockify.view)",
            {"200": _json(_ref("ClockifyErrorLogList"), "One page"), **_BAD}, parameters=[
                _query("reason", "e.g. malformed_json, too_large, processing_failed",
                       query_text_schema(40)),
                *_PAGING])},
        "/api/v1/clockify/reports": {"get": _op(
            "The Clockify report of a period as a file (needs clockify.view)", {
                "200": {"description": "The report, as an attachment", "content": {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {"type": "string", "format": "binary"}},
                    "text/csv": {"schema": {"type": "string"}}}},
                **_BAD, "404": error_reply("No such user"),
                "501": error_reply("Reports are not available in this version")},
            parameters=[_query("from", "first day, YYYY-MM-DD", _REPORT_DAY, required=True),
                        _query("to", "last day (included), YYYY-MM-DD, not before 'from'",
                               _REPORT_DAY, required=True),
                        _query("user", "Clockify user id or e-mail (default: everyone)",
                               query_text_schema(254)),
                        _query("format", "file format", {"type": "string",
                                                         "enum": ["xlsx", "csv"]}),
                        _query("lang", "headers' language", {"type": "string",
                                                             "enum": ["es", "en"]})])},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
