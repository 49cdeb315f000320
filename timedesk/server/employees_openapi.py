"""The OpenAPI description of /api/v1/employees, registered with add_openapi so that
/api/v1/openapi.json documents it (the schemas are exactly what timedesk.server.employees_api
reads and EmployeeInfo.for_api() answers)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.people.service import EMAIL_PART
from timedesk.server.clockify.api_io import MAX_ID
from timedesk.server.clockify.openapi_doc import query_text_schema, text_schema
from timedesk.server.employees_api import MAX_LISTED, TEXTS, USER_NAME_LENGTH
from timedesk.server.openapi import add_openapi, error_reply

TAG = "employees"
_NSTR = {"type": ["string", "null"]}
_NINT = {"type": ["integer", "null"]}
_BOOL = {"type": "boolean"}
# What Python's strip() takes away around a value; the e-mail's parts as the service checks them
_SPACE = "[\\s\\u001c-\\u001f\\u0085]*"
_PART = EMAIL_PART.replace("\\x00-\\x1f", "\\u0000-\\u001f").replace("\\x7f-\\x9f",
                                                                   "\\u007f-\\u009f")
EMAIL = {"type": ["string", "null"], "maxLength": TEXTS["email"],
         "pattern": f"^{_SPACE}({_PART}@{_PART}\\.{_PART})?{_SPACE}$",
         "description": "name@example.com (any case: stored lower-case); empty or null: none"}
FIELDS: dict[str, Any] = {
    "email": EMAIL,
    "code": {**text_schema(TEXTS["code"], null=True), "description": "the badge code"},
    "department": text_schema(TEXTS["department"], null=True),
    "schedule": {**text_schema(TEXTS["schedule"], null=True),
                 "description": "the name of a schedule of the office calendar; empty or null: "
                                "the office hours"},
    "pin": {"type": ["string", "null"], "pattern": "^[0-9]{4,8}$", "writeOnly": True,
            "description": "the kiosk PIN, 4 to 8 digits in quotes (null: none); never shown"},
    "user": {"oneOf": [{"type": "integer", "minimum": 1, "maximum": MAX_ID},
                       {**text_schema(USER_NAME_LENGTH, required_text=True)},
                       {"type": "null"}],
             "description": "the timedesk account that is this employee, by id or user name "
                            "(one employee per account); null: none"}}
NAME = text_schema(TEXTS["name"], required_text=True)
EMPLOYEE = {"type": "object", "additionalProperties": False,
            "required": ["id", "name", "email", "code", "department", "active", "schedule",
                         "user_id", "has_pin"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                           "email": _NSTR, "code": _NSTR, "department": _NSTR, "active": _BOOL,
                           "schedule": _NSTR, "user_id": _NINT,
                           "has_pin": {"type": "boolean",
                                       "description": "whether a kiosk PIN is set"}}}
SCHEMAS = {
    "Employee": EMPLOYEE,
    "EmployeeList": {"type": "object", "required": ["items"], "additionalProperties": False,
                     "properties": {"items": {"type": "array", "maxItems": MAX_LISTED,
                                              "items": {"$ref": "#/components/schemas/Employee"}}}},
}

_AUTH = {"401": {"$ref": "#/components/responses/Unauthorized"},
         "403": {"$ref": "#/components/responses/Forbidden"}}
_BAD = {"400": error_reply("Bad input: the message names the field")}
_CONFLICT = {"409": error_reply("Another employee has this e-mail, badge code or account")}
_ID = {"name": "id", "in": "path", "required": True, "description": "the employee's id",
       "schema": {"type": "integer", "minimum": 1}}


def _json(description: str, schema: str = "Employee") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{schema}"}}}}


def _body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "additionalProperties": False, "required": required,
        "properties": properties}}}}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema}


def paths() -> dict[str, Any]:
    return {
        "/api/v1/employees": {
            "post": {"summary": "Add an employee (needs employees.manage)", "tags": [TAG],
                     "requestBody": _body({"name": NAME, **FIELDS}, ["name"]),
                     "responses": {"201": _json("Added"), **_BAD, **_AUTH, **_CONFLICT,
                                   "404": error_reply("No such user account or schedule")}},
            "get": {"summary": f"Employees by name, at most {MAX_LISTED} (needs employees.view)",
                    "tags": [TAG], "parameters": [
                        _query("active", "true, false or any (default: any)",
                               {"type": "string", "enum": ["true", "false", "any"]}),
                        _query("department", "only this department (any case)",
                               query_text_schema(TEXTS["department"])),
                        _query("q", "only names, e-mails or badge codes containing this (any "
                                    "case)", query_text_schema(200))],
                    "responses": {"200": _json("The employees", "EmployeeList"), **_BAD,
                                  **_AUTH}}},
        "/api/v1/employees/by-email": {
            "get": {"summary": "The employee with this e-mail address, in any case (needs "
                               "employees.view)", "tags": [TAG],
                    "parameters": [{**_query("email", "the address",
                                             query_text_schema(TEXTS["email"])),
                                    "required": True}],
                    "responses": {"200": _json("The employee"), **_BAD, **_AUTH,
                                  "404": error_reply("No employee has this address")}}},
        "/api/v1/employees/{id}": {
            "get": {"summary": "One employee (needs employees.view)", "tags": [TAG],
                    "parameters": [_ID],
                    "responses": {"200": _json("The employee"), **_AUTH,
                                  "404": error_reply("No such employee")}},
            "put": {"summary": "Change an employee: the fields sent change, the others stay; "
                               "\"pin\": null removes the PIN (needs employees.manage)",
                    "tags": [TAG], "parameters": [_ID],
                    "requestBody": _body({"name": NAME, **FIELDS, "active": _BOOL}, []),
                    "responses": {"200": _json("The employee after the change"), **_BAD, **_AUTH,
                                  **_CONFLICT,
                                  "404": error_reply("No such employee, user account or "
                                                     "schedule")}}},
    }


def setup_openapi(app: web.Application) -> None:
    add_openapi(app, paths=paths(), components={"schemas": SCHEMAS})
