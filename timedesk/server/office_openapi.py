"""The OpenAPI description of /api/v1/business-hours, registered with add_openapi so that
/api/v1/openapi.json documents it (the schemas are exactly what timedesk.server.office_api
answers: timedesk.office.service.calendar_json)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.office.calendar import TOLERANCE_MAX, WEEK_KEYS
from timedesk.server.clockify.openapi_doc import text_schema
from timedesk.server.office_api import PATH
from timedesk.server.openapi import add_openapi, error_reply

TAG = "office"
_TIME = {"type": "string", "pattern": "^(([01]?[0-9]|2[0-3]):[0-5][0-9]|24:00)$",
         "description": "HH:MM; 24:00 ends a day"}
_INTERVALS = {"type": "array", "description": "[start, end] pairs in order, not overlapping",
              "items": {"type": "array", "items": _TIME, "minItems": 2, "maxItems": 2}}
_WEEK = {"type": "object", "required": list(WEEK_KEYS), "additionalProperties": False,
         "properties": dict.fromkeys(WEEK_KEYS, _INTERVALS),
         "description": "each weekday's working intervals, Monday first ([] : none)"}
_TOLERANCE = {"type": "integer", "minimum": 0, "maximum": TOLERANCE_MAX,
              "description": "minutes someone may be late or leave early"}
_ZONE = {"type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9_+/-]*$",
         "description": "an IANA zone such as Europe/Madrid; \"\" : the office.timezone "
                        "setting (this computer's zone when that is empty too)"}
_DATE = {"type": "string", "format": "date"}
_HOLIDAY = {"type": "object", "required": ["date", "name"], "additionalProperties": False,
            "properties": {"date": _DATE, "name": text_schema(100, required_text=True)}}


def _object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    schema = {"type": "object", "required": sorted(properties), "properties": properties,
              "additionalProperties": False}
    return {**schema, "description": description} if description else schema


SCHEMAS = {
    "BusinessHours": _object({
        "timezone": _ZONE, "tolerance_minutes": _TOLERANCE, "week": _WEEK,
        "holidays": {"type": "array", "items": _HOLIDAY, "description": "by date"},
        "schedules": {"type": "array", "description": "named schedules (part-time staff)",
                      "items": _object({"name": {"type": "string"},
                                        "tolerance_minutes": _TOLERANCE, "week": _WEEK})},
        "exceptions": {"type": "array", "description": "dates with other intervals",
                       "items": _object({"schedule": {"type": "string"}, "date": _DATE,
                                         "intervals": {"type": "string", "description":
                                                       "such as 09:00-14:00 (\"\" : none)"}})}},
        "The office calendar: zone, tolerance, week and holidays of the office, its named "
        "schedules and exceptions"),
    "BusinessHoursInput": {
        "type": "object", "required": ["week"], "additionalProperties": False,
        "properties": {"timezone": _ZONE, "tolerance_minutes": _TOLERANCE, "week": _WEEK,
                       "holidays": {"type": "array", "items": _HOLIDAY, "description":
                                    "replace every holiday with these (left out: keep them)"}}},
}
_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": {"$ref": "#/components/responses/Forbidden"}}
_CALENDAR = {"application/json": {"schema": {"$ref": "#/components/schemas/BusinessHours"}}}


def paths() -> dict[str, Any]:
    return {
        PATH + "/current": {"get": {
            "summary": "The office calendar every module follows (any valid token)",
            "tags": [TAG], "responses": {"200": {"description": "The calendar",
                                                 "content": _CALENDAR}, **_AUTH}}},
        PATH: {"post": {
            "summary": "Set the office's zone, tolerance, week and (when given) holidays, all "
                       "or nothing (needs settings.manage)",
            "tags": [TAG],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/BusinessHoursInput"}}}},
            "responses": {"201": {"description": "The calendar as it is now",
                                  "content": _CALENDAR},
                          "400": error_reply("Bad input: the message names the field (an "
                                             "interval ending before it starts, overlapping "
                                             "intervals, an unknown zone, a date twice); "
                                             "nothing is stored"),
                          **_AUTH}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
