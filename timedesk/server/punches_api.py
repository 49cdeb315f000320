"""`/api/v1/punches`: punching in and out, corrections, a person's status and the punch list
(bearer token). Each handler parses, calls one PunchClock use case off the loop and answers
JSON; errors become `{"error": {"code", "message"}}` in the middleware (a refused punch: 409)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.app import AppContext
from timedesk.auth.permissions import Permission
from timedesk.errors import ValidationError
from timedesk.punches.service import PunchClock
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

FIELDS = ("employee", "action", "at", "reason", "replaces_id")
CONFIRM_FIELDS = ("employee", "at", "reason")


def _clock(request: web.Request) -> PunchClock:
    ctx = request.app[CONTEXT]
    return PunchClock(ctx.db, ctx.bus, ctx.settings)


def _employee(value: Any) -> str | int:
    """The body's `employee`: an id (a number) or an e-mail address or badge code (text)."""
    if isinstance(value, float) and value.is_integer():  # JSON's 7.0 is the integer 7
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= io.MAX_ID:
        return value
    if isinstance(value, str) and value.strip() and len(value) <= 254 and "\x00" not in value:
        return value.strip()
    raise ValidationError("'employee' must be an id, an e-mail address or a badge code.",
                          "e.g. {{\"employee\": \"ana@example.com\", \"action\": \"in\"}}.")


def _body_employee(body: dict[str, Any]) -> str | int:
    if "employee" not in body:
        raise ValidationError("'employee' is required.", "Give an id, e-mail or badge code.")
    return _employee(body["employee"])


async def punch(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.PUNCHES_PUNCH)
    body = await io.json_object(request)
    io.only_fields(body, FIELDS)
    employee = _body_employee(body)
    action = io.body_text(body, "action", required=True) or ""
    replaces_id = io.body_int(body, "replaces_id") if body.get("replaces_id") is not None \
        else None
    info = await run_blocking(request, _clock(request).punch, actor, employee, action,
                              at=io.body_moment(body, "at", required=False),
                              reason=io.body_text(body, "reason"), source="api",
                              replaces_id=replaces_id)
    return web.json_response(info.to_json(), status=201)


async def confirm(request: web.Request) -> web.Response:
    """The person's word for an out they forgot (a day flagged open): 201 with the out."""
    actor = await authenticate_request(request, Permission.PUNCHES_PUNCH)
    body = await io.json_object(request)
    io.only_fields(body, CONFIRM_FIELDS)
    employee = _body_employee(body)
    at = io.body_moment(body, "at", required=True)
    assert at is not None
    info = await run_blocking(request, _clock(request).confirm_out, actor, employee, at,
                              io.body_text(body, "reason"))
    return web.json_response(info.to_json(), status=201)


async def status(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)  # the service checks whose status it is
    info = await run_blocking(request, _clock(request).status, actor,
                              request.match_info["employee"])
    return web.json_response(info.to_json())


async def list_punches(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)  # the service checks whose punches they are
    start, end = io.query_period(request)
    punches = await run_blocking(request, _clock(request).list_punches, actor,
                                 employee=io.query_text(request, "employee", 254),
                                 start=start, end=end)
    return web.json_response({"items": [p.to_json() for p in punches]})


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.punches_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_post("/api/v1/punches", punch)
    app.router.add_get("/api/v1/punches", list_punches)
    app.router.add_post("/api/v1/punches/confirm", confirm)
    app.router.add_get("/api/v1/punches/status/{employee:[^/]{1,254}}", status)
