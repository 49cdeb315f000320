"""The OpenAPI description of the punch clock's sessions, reports, export and rules
(timedesk.server.punch_reports_api), registered with add_openapi so that /api/v1/openapi.json
documents them exactly as they answer."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.punches.rules import KINDS
from timedesk.punches.sessions import FLAGS
from timedesk.punches.sessions_service import MAX_RANGE_DAYS
from timedesk.server.clockify.openapi_doc import query_text_schema
from timedesk.server.openapi import add_openapi, error_reply
from timedesk.server.openapi import closed_object as _object
from timedesk.server.openapi import json_reply as _json
from timedesk.server.openapi import schema_ref as _ref

TAG = "punches"
_INT = {"type": "integer"}
_STR = {"type": "string"}
_DAY = {"type": "string", "format": "date"}
_NTIME = {"type": ["string", "null"], "format": "date-time"}
_REPORT_DAY = {"type": "string", "format": "date", "pattern": "^(?!9999)\\d{4}-\\d{2}-\\d{2}$"}


def _array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


_FLAGS = {"type": "array", "items": {"type": "string"},
          "description": f"any of {', '.join(FLAGS)}, and rule:<name> for each working-time "
                         "rule broken (GET /api/v1/punches/rules gives their texts)"}
_TOTALS = {
    "days": {"type": "integer", "description": "sessions (employee-days) counted"},
    "worked_s": _INT, "break_s": _INT, "scheduled_s": _INT, "overtime_s": _INT,
    "late": {"type": "integer", "description": "sessions with a late first in"}, "late_s": _INT,
    "early": {"type": "integer", "description": "sessions with an early last out"},
    "early_s": _INT, "open": {"type": "integer", "description": "sessions with a cycle left "
                                                                "open (no out)"},
    "rules": {"type": "object", "additionalProperties": {"type": "integer"},
              "description": "sessions flagged, by rule name"}}
SCHEMAS = {
    "WorkSession": _object({
        "employee_id": _INT, "date": {**_DAY, "description": "the office day the first in of "
                                                             "each of its cycles fell on"},
        "first_in": {"type": "string", "format": "date-time"},
        "last_out": {**_NTIME, "description": "null while the last cycle has no out"},
        "worked_s": _INT, "break_s": _INT, "cycles": _INT, "scheduled_s": _INT,
        "late_s": _INT, "early_s": _INT, "overtime_s": _INT, "flags": _FLAGS},
        "One employee's day: in-out cycles minus breaks, judged against their schedule"),
    "PunchTotals": _object(_TOTALS),
    "EmployeeTotals": _object({"employee_id": _INT, "name": _STR, **_TOTALS}),
    "DayTotals": _object({"date": _DAY, **_TOTALS}),
    "PunchOverview": _object({
        "week": _object({"from": _DAY, "to": _DAY}),
        "board": {"type": "array", "items": _object({
            "employee_id": _INT, "name": _STR,
            "state": {"type": "string", "enum": ["out", "working", "on_break"]},
            "since": _NTIME, "late": {"type": "boolean"}})},
        "employees": _array("EmployeeTotals"), "totals": _ref("PunchTotals")}),
    "WorkingTimeRule": _object({
        "name": _STR, "flag": _STR, "kind": {"type": "string", "enum": list(KINDS)},
        "limit_s": _INT, "after_s": _INT, "text": _STR, "enabled": {"type": "boolean"}}),
}
_RANGE = (f"; 'from' and 'to' are office days (YYYY-MM-DD, both included, at most "
          f"{MAX_RANGE_DAYS} days)")
_ERRORS = {"400": error_reply("Bad input: the message names the parameter"),
           "401": {"$ref": "#/components/responses/Unauthorized"},
           "403": error_reply("Everyone's, or another employee's, needs punches.view_all; "
                              "one's own needs a token of a person linked to an employee"),
           "404": error_reply("No such employee")}


def _query(name: str, description: str, schema: dict[str, Any], required: bool = False
           ) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description,
            "schema": schema}


_PARAMETERS = [_query("from", "first day", _REPORT_DAY, True),
               _query("to", "last day (included)", _REPORT_DAY, True),
               _query("employee", "an employee's id, e-mail or badge code (default: everyone "
                                  "visible)", query_text_schema(254))]


def _get(summary: str, answer: dict[str, Any], parameters: list[dict[str, Any]] | None = None
         ) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "tags": [TAG],
                                 "responses": {"200": answer, **_ERRORS}}
    if parameters is not None:
        operation["parameters"] = parameters
    return operation


def paths() -> dict[str, Any]:
    base = "/api/v1/punches"
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        base + "/sessions": {"get": _get(
            "Work sessions, one per employee and day worked" + _RANGE,
            _json(_array("WorkSession"), "By employee, then day"), _PARAMETERS)},
        base + "/reports/overview": {"get": _get(
            "Who is in now, and this week's hours and late arrivals (needs punches.view_all)",
            _json(_ref("PunchOverview"), "The overview"))},
        base + "/reports/employees": {"get": _get(
            "Totals per employee" + _RANGE, _json(_array("EmployeeTotals"), "By name"),
            _PARAMETERS)},
        base + "/reports/daily": {"get": _get(
            "Totals per day" + _RANGE, _json(_array("DayTotals"), "By date"), _PARAMETERS)},
        base + "/export": {"get": _get(
            "The sessions as a file: XLSX or CSV one row per session, PDF the monthly record "
            "of each employee with signature lines" + _RANGE,
            {"description": "The file, as an attachment", "content": {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": binary,
                "text/csv": {"schema": {"type": "string"}}, "application/pdf": binary}},
            [*_PARAMETERS,
             _query("format", "file format (default xlsx)",
                    {"type": "string", "enum": ["xlsx", "csv", "pdf"]}),
             _query("lang", "the file's language (default es)",
                    {"type": "string", "enum": ["es", "en"]})])},
        base + "/rules": {"get": _get(
            "The working-time rules sessions are judged by, with their texts",
            _json(_array("WorkingTimeRule"), "By name"))},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
