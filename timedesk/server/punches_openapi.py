"""The OpenAPI description of /api/v1/punches, registered with add_openapi so that
/api/v1/openapi.json documents it (the schemas are exactly what timedesk.server.punches_api
answers: PunchInfo.to_json and StatusInfo.to_json)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.punches.models import ACTIONS, SOURCES, STATES
from timedesk.punches.service import MAX_REASON
from timedesk.server.clockify.api_io import MAX_ID
from timedesk.server.clockify.openapi_doc import query_text_schema, text_schema
from timedesk.server.openapi import add_openapi, error_reply

TAG = "punches"
_TIME = {"type": "string", "format": "date-time"}
_NTIME = {"type": ["string", "null"], "format": "date-time"}
_INT = {"type": "integer"}
_STATE = {"type": "string", "enum": list(STATES), "description": "the state it leaves"}


def _schema(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _closed(properties: dict[str, Any], description: str) -> dict[str, Any]:
    return {"type": "object", "required": sorted(properties), "properties": properties,
            "additionalProperties": False, "description": description}


def _answer(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


SCHEMAS = {
    "Punch": _closed({
        "id": _INT, "employee_id": _INT, "action": {"type": "string", "enum": list(ACTIONS)},
        "at": _TIME, "state": _STATE,
        "correction": {"type": "boolean", "description": "added or amended by a manager, or a "
                                                         "forgotten out the person confirmed"},
        "reason": {"type": ["string", "null"], "description": "why (corrections)"},
        "source": {"type": "string", "enum": list(SOURCES)},
        "replaces_id": {"type": ["integer", "null"], "description": "the punch it amends"},
        "voided": {"type": "boolean", "description": "amended: kept, no longer counted"}},
        "A punch; never overwritten"),
    "PunchList": _closed({"items": {"type": "array", "items": _schema("Punch")}},
                         "Punches by time"),
    "PunchStatus": _closed({
        "employee_id": _INT, "state": {"type": "string", "enum": list(STATES)},
        "since": {**_NTIME, "description": "the last punch; null before the first"},
        "worked_today_s": {"type": "integer", "description": "seconds worked today (office "
                                                             "calendar's zone)"},
        "break_today_s": {"type": "integer", "description": "seconds on a break today"}},
        "Where a person is now"),
}
_ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
_EMPLOYEE = {"anyOf": [_ID, text_schema(254, required_text=True)],
             "description": "the employee's id, e-mail address or badge code"}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": error_reply("The token's role may not do this: punching needs punches.punch "
                            "and your own employee unless punches.manage; `at` needs "
                            "punches.manage; others' punches need punches.view_all")}
_BAD = {"400": error_reply("Bad input: the message names the field (a bad action, a time in "
                           "the future, a correction without a reason)")}
_UNKNOWN = {"404": error_reply("No such employee (or punch to amend)")}
_PERIOD = [{"name": "from", "in": "query", "required": False,
            "description": "YYYY-MM-DD or RFC 3339 date-time (inclusive)",
            "schema": {"anyOf": [{"type": "string", "format": "date"}, _TIME]}},
           {"name": "to", "in": "query", "required": False,
            "description": "a date includes its whole day; a date-time is exclusive",
            "schema": {"anyOf": [{"type": "string", "format": "date"}, _TIME]}}]


def paths() -> dict[str, Any]:
    body = {"type": "object", "required": ["employee", "action"], "additionalProperties": False,
            "dependentRequired": {"at": ["reason"], "replaces_id": ["at", "reason"]},
            "properties": {
                "employee": _EMPLOYEE, "action": {"type": "string", "enum": list(ACTIONS)},
                "at": {**_TIME, "description": "a correction's time, in the past (needs "
                                               "punches.manage and a reason); without it the "
                                               "database server's clock"},
                "reason": {**text_schema(MAX_REASON, required_text=True),
                           "description": "why (required with `at`)"},
                "replaces_id": {**_ID, "type": ["integer", "null"],
                                "description": "amend this punch (kept, voided)"}}}
    confirm = {"type": "object", "required": ["employee", "at"], "additionalProperties": False,
               "properties": {
                   "employee": _EMPLOYEE,
                   "at": {**_TIME, "description": "when the person left: after the open day's "
                                                  "last punch and by its open deadline"},
                   "reason": {**text_schema(MAX_REASON, null=True),
                              "description": "optional note"}}}
    return {
        "/api/v1/punches/confirm": {
            "post": {"summary": "Confirm the out of a day flagged open (your own, or anyone's "
                                "with punches.manage)",
                     "tags": [TAG], "requestBody": {"required": True, "content": {
                         "application/json": {"schema": confirm}}},
                     "responses": {"201": _answer(_schema("Punch"), "The out, stored with "
                                                  "source \"confirmation\""),
                                   **_BAD, **_AUTH, **_UNKNOWN,
                                   "409": error_reply("No day is open (no out past the "
                                                      "schedule's end plus the margin), or the "
                                                      "time is not after its last punch and by "
                                                      "its deadline; nothing stored")}}},
        "/api/v1/punches": {
            "post": {"summary": "Punch in, out, or a break; or correct (needs punches.punch)",
                     "tags": [TAG], "requestBody": {"required": True, "content": {
                         "application/json": {"schema": body}}},
                     "responses": {"201": _answer(_schema("Punch"), "Stored"), **_BAD, **_AUTH,
                                   **_UNKNOWN,
                                   "409": error_reply("Impossible in the person's state "
                                                      "(\"Ana is already in since 09:02\"), or a "
                                                      "correction that does not fit the punches "
                                                      "around it; nothing stored")}},
            "get": {"summary": "Punches by time, corrections and amended ones included",
                    "tags": [TAG],
                    "parameters": [{"name": "employee", "in": "query", "required": False,
                                    "description": "id, e-mail or badge code; without it "
                                                   "everyone's (needs punches.view_all)",
                                    "schema": query_text_schema(254)}, *_PERIOD],
                    "responses": {"200": _answer(_schema("PunchList"), "The punches"), **_BAD,
                                  **_AUTH, **_UNKNOWN}}},
        "/api/v1/punches/status/{employee}": {
            "get": {"summary": "A person's state now and time today", "tags": [TAG],
                    "parameters": [{"name": "employee", "in": "path", "required": True,
                                    "description": "id, e-mail or badge code",
                                    "schema": {"type": "string", "maxLength": 254}}],
                    "responses": {"200": _answer(_schema("PunchStatus"), "The status"),
                                  **_AUTH, **_UNKNOWN}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
