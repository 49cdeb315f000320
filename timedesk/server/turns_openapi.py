"""The OpenAPI description of /api/v1/turns and /api/v1/desks/{desk}/..., registered with
add_openapi so that /api/v1/openapi.json documents them (the schemas are exactly what
timedesk.server.turns_api answers: TurnInfo.for_api() and the issue's receipt)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.server.clockify.openapi_doc import query_text_schema, text_schema
from timedesk.server.openapi import add_openapi, error_reply
from timedesk.server.openapi import closed_object as _object
from timedesk.server.openapi import json_reply as _json
from timedesk.server.openapi import schema_ref as _ref
from timedesk.turns.models import STATUSES
from timedesk.turns.reads import MAX_PAGE, MAX_PER_PAGE

TAG = "turns"
_STR = {"type": "string"}
_NSTR = {"type": ["string", "null"]}
_INT = {"type": "integer"}
_NINT = {"type": ["integer", "null"]}
_BOOL = {"type": "boolean"}
_TIME = {"type": "string", "format": "date-time"}
_NTIME = {"type": ["string", "null"], "format": "date-time"}


TURN_PROPERTIES = {
    "id": _INT, "number": {"type": "string", "description": "on the customer's ticket, e.g. "
                                                              "A001; kept through transfers"},
    "service_code": {"type": "string", "description": "the service it waits for now"},
    "service_name": _STR, "colour": {"type": "string", "description": "#RRGGBB"},
    "priority": _BOOL, "status": {"type": "string", "enum": list(STATUSES)},
    "issued_at": _TIME, "called_at": _NTIME, "started_at": _NTIME, "finished_at": _NTIME,
    "desk": {"type": ["string", "null"], "description": "where it is called"},
    "calls": {"type": "integer", "description": "calls and recalls"},
    "estimate_low_s": _NINT, "estimate_high_s": _NINT,
    "ahead": {"type": ["integer", "null"], "description": "people ahead when issued "
                                                          "(only in the issue's answer)"}}
SCHEMAS = {
    "TurnInfo": _object(TURN_PROPERTIES, "A turn, without the customer's name and note"),
    "TurnCall": _object({**TURN_PROPERTIES, "event_id": {
        "type": "integer", "description": "the call's event, which displays acknowledge"}}),
    "TurnIssued": _object({
        "id": _INT, "number": _STR, "service": _STR, "issued_at": _TIME, "priority": _BOOL,
        "ahead": {"type": "integer", "description": "waiting turns of the service called "
                                                    "before this one"},
        "estimate": {"oneOf": [{"type": "null"}, _object({"low_s": _INT, "high_s": _INT})],
                     "description": "seconds until it is called, or null with too few recent "
                                    "services or no desk working"}}),
    "TurnPage": _object({
        "items": {"type": "array", "items": _ref("TurnInfo")},
        "total": {"type": "integer", "description": "turns matching the filters, all pages"},
        "page": _INT, "per_page": _INT}),
}

_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": {"$ref": "#/components/responses/Forbidden"}}
_BAD = {"400": error_reply("Bad input: the message names the parameter or field")}
_DESK_ERRORS = {
    **_BAD, **_AUTH,
    "403": error_reply("The token's role may not do this, or a take-over without "
                       "turns.manage"),
    "404": error_reply("No such desk (or service or desk to transfer to)"),
    "409": error_reply("The desk is inactive or paused, has no turn to act on, or is open in "
                       "a desk panel on another computer (code desk_in_use)")}
_DESK = {"name": "desk", "in": "path", "required": True, "description": "the desk's name",
         "schema": {"type": "string", "maxLength": 40}}
_TAKE_OVER = {"name": "take_over", "in": "query", "required": False,
              "description": "true: act even though a desk panel holds the desk, releasing it "
                             "(needs turns.manage)",
              "schema": {"type": "string", "enum": ["true", "false"]}}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}


def _desk_op(summary: str, answers: dict[str, Any], body: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary + " (needs turns.call; a person must be on the desk's staff)",
        "tags": [TAG], "parameters": [_DESK, _TAKE_OVER], "responses": {**_DESK_ERRORS, **answers}}
    if body is not None:
        operation["requestBody"] = {"required": True,
                                    "content": {"application/json": {"schema": body}}}
    return operation


_TURN_ID = {"name": "id", "in": "path", "required": True, "description": "the turn's id",
            "schema": {"type": "integer", "minimum": 1}}


def paths() -> dict[str, Any]:
    desk = "/api/v1/desks/{desk}"
    turn = _json(_ref("TurnInfo"), "The desk's turn after the action")
    call = _json(_ref("TurnCall"), "The turn called, and the call's event")
    return {
        "/api/v1/turns": {
            "post": {"summary": "Issue a turn (needs turns.issue)", "tags": [TAG],
                     "requestBody": {"required": True, "content": {"application/json": {
                         "schema": {"type": "object", "required": ["service"],
                                    "additionalProperties": False, "properties": {
                                        "service": {**text_schema(200, required_text=True),
                                                    "description": "the service's code, e.g. A"},
                                        "priority": _BOOL}}}}},
                     "responses": {"201": _json(_ref("TurnIssued"), "Issued"), **_BAD, **_AUTH,
                                   "404": error_reply("No such service"),
                                   "409": error_reply("The service is inactive or closed now")}},
            "get": {"summary": "Today's turns in calling order, a page at a time (needs "
                               "turns.call)", "tags": [TAG],
                    "parameters": [
                        _query("status", "only turns in this state",
                               {"type": "string", "enum": list(STATUSES)}),
                        _query("service", "only turns waiting for (or served in) this service's "
                                          "code", query_text_schema(200)),
                        _query("page", "page number, from 1", {"type": "integer", "minimum": 1,
                                                               "maximum": MAX_PAGE}),
                        _query("per_page", f"turns per page (1-{MAX_PER_PAGE}, default 100)",
                               {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE})],
                    "responses": {"200": _json(_ref("TurnPage"), "One page"), **_BAD, **_AUTH}}},
        desk + "/call-next": {"post": _desk_op(
            "Call the next turn (the desk's current one is finished first)",
            {"200": call, "204": {"description": "Nobody waits for this desk"}})},
        desk + "/recall": {"post": _desk_op("Announce the desk's current turn again",
                                            {"200": call})},
        desk + "/start": {"post": _desk_op("Start serving the called turn", {"200": turn})},
        desk + "/finish": {"post": _desk_op("Finish the desk's turn", {"200": turn})},
        desk + "/no-show": {"post": _desk_op("The called customer did not come", {"200": turn})},
        desk + "/transfer": {"post": _desk_op(
            "Send the desk's turn back to wait for another service or desk; it keeps its number",
            {"200": turn}, body={"type": "object", "additionalProperties": False,
                                 "minProperties": 1, "properties": {
                                     "service": {**text_schema(200, required_text=True),
                                                 "description": "a code"},
                                     "desk": {**text_schema(200, required_text=True),
                                              "description": "a desk's name"}}})},
        "/api/v1/turns/{id}/cancel": {"post": {
            "summary": "Cancel a waiting turn (a wrong button at reception, or the customer "
                       "left): it leaves the queue and the figures; its number is not given "
                       "again (needs turns.issue)", "tags": [TAG], "parameters": [_TURN_ID],
            "responses": {"200": _json(_ref("TurnInfo"), "The turn, now cancelled"), **_AUTH,
                          "404": error_reply("No such turn"),
                          "409": error_reply("The turn is no longer waiting: a desk called "
                                             "it")}}},
        "/api/v1/turns/{id}/undo-no-show": {"post": {
            "summary": "Take back a No-show pressed by mistake: the turn is called at its desk "
                       "again, as it was (needs turns.call; a person must be on the desk's "
                       "staff)", "tags": [TAG], "parameters": [_TURN_ID, _TAKE_OVER],
            "responses": {"200": _json(_ref("TurnInfo"), "The turn, called at its desk again"),
                          **_DESK_ERRORS, "404": error_reply("No such turn"),
                          "409": error_reply(
                              "The turn is not a no-show any more, its desk has called another "
                              "turn since, the No-show is older than five minutes, or the desk "
                              "is open on another computer (code desk_in_use)")}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
