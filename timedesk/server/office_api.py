"""`/api/v1/business-hours`: the office calendar every module follows (bearer token). Reading
it needs any valid token; changing it settings.manage (checked by timedesk.office.service).
Errors become `{"error": {"code", "message"}}` in the middleware."""

from __future__ import annotations

from aiohttp import web

from timedesk.app import AppContext
from timedesk.office import service
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

PATH = "/api/v1/business-hours"


async def current(request: web.Request) -> web.Response:
    await authenticate_request(request)
    ctx = request.app[CONTEXT]
    calendar = await run_blocking(request, service.current_calendar, ctx.db, ctx.settings)
    return web.json_response(service.calendar_json(calendar))


async def replace(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    hours = service.business_hours_from_json(await io.json_object(request))
    ctx = request.app[CONTEXT]
    calendar = await run_blocking(
        request, service.set_office_hours, ctx.db, ctx.bus, ctx.settings, actor,
        week=hours.week, tolerance_minutes=hours.tolerance_minutes,
        timezone=hours.timezone, holidays=hours.holidays)
    return web.json_response(service.calendar_json(calendar), status=201)


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.office_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_get(PATH + "/current", current)
    app.router.add_post(PATH, replace)
