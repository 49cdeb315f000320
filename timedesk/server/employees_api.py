"""`/api/v1/employees`: the office's employees for integrations and the punch clock (bearer
token; employees.view to read, employees.manage to change, both checked by the service).
A PIN goes in (`"pin"`), never out: answers carry only `has_pin`.

Why the body helpers come from server.clockify.api_io: they are the listener's one JSON reader
(moving them to server/ is a pending clean-up, not a second copy)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.app import AppContext
from timedesk.errors import ValidationError
from timedesk.people import service as people
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

EMPLOYEE = r"/api/v1/employees/{id:[0-9]{1,30}}"
# The longest text each field takes, before the service strips it (as the document says).
TEXTS = {"name": 200, "email": 254, "code": 50, "department": 100, "schedule": 60}
USER_NAME_LENGTH = 80
MAX_LISTED = 10_000


def _text(body: dict[str, Any], name: str) -> str | None:
    value = io.body_text(body, name)
    if value is not None and len(value) > TEXTS[name]:
        raise ValidationError("'{name}' is longer than {limit} characters.",
                              "Shorten it.", name=name, limit=TEXTS[name])
    return value


def _user(body: dict[str, Any]) -> int | str | None:
    """`"user"`: an account's id or user name (null: none)."""
    value = body.get("user")
    if value is None:
        return None
    if not isinstance(value, str):
        return io.body_int(body, "user")
    if not value.strip() or len(value) > USER_NAME_LENGTH or "\x00" in value:
        raise ValidationError("'user' must be an account's id or user name (or null).",
                              "e.g. 7 or \"ana\".")
    return value


def _pin(body: dict[str, Any]) -> str | None:
    value = body.get("pin")
    if value is not None and not isinstance(value, str):
        raise ValidationError("'pin' must be text of 4 to 8 digits (or null).",
                              "Send it in quotes, e.g. \"0427\": a number loses leading zeros.")
    return value


def _changes(body: dict[str, Any]) -> dict[str, Any]:
    """The fields of a body, checked for type and length; the service checks the rest."""
    changes: dict[str, Any] = {name: _text(body, name) for name in TEXTS if name in body}
    if "user" in body:
        changes["user_id"] = _user(body)
    if "pin" in body:
        changes["pin"] = _pin(body)
    if "active" in body:
        changes["active"] = io.body_bool(body, "active")
    return changes


async def create(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    body = await io.json_object(request)
    io.only_fields(body, (*TEXTS, "pin", "user"))
    changes = _changes(body)
    name = changes.pop("name", None)
    if name is None:
        raise ValidationError("'name' is required.", "Send {{\"name\": \"Ana Pérez\", ...}}.")
    if changes.get("pin") is None:
        changes.pop("pin", None)
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, people.create_employee, ctx.db, ctx.bus, actor, name,
                              **changes)
    return web.json_response(info.for_api(), status=201)


async def list_employees(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ctx = request.app[CONTEXT]
    found = await run_blocking(request, people.search_employees, ctx.db, actor,
                               io.query_text(request, "q") or "",
                               active=io.query_bool(request, "active", allow_any=True),
                               department=io.query_text(request, "department", 100),
                               limit=MAX_LISTED)
    return web.json_response({"items": [e.for_api() for e in found]})


async def get(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, people.get_employee, ctx.db, actor,
                              io.path_id(request, "employee"))
    return web.json_response(info.for_api())


async def change(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    employee_id = io.path_id(request, "employee")
    body = await io.json_object(request)
    io.only_fields(body, (*TEXTS, "pin", "user", "active"))
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, people.update_employee, ctx.db, ctx.bus, actor,
                              employee_id, **_changes(body))
    return web.json_response(info.for_api())


async def by_email(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    if "email" not in request.query:
        raise ValidationError("'email' is required.", "Ask /api/v1/employees/by-email?email=…")
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, people.employee_by_email, ctx.db, actor,
                              io.query_text(request, "email", TEXTS["email"]) or "")
    return web.json_response(info.for_api())


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.employees_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_post("/api/v1/employees", create)
    app.router.add_get("/api/v1/employees", list_employees)
    app.router.add_get("/api/v1/employees/by-email", by_email)
    app.router.add_get(EMPLOYEE, get)
    app.router.add_put(EMPLOYEE, change)
