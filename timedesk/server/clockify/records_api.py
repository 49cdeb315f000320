"""`/api/v1/clockify/history` (the module's history, searched) and `/api/v1/clockify/error-log`
(rejected webhook requests and failed processings)."""

from __future__ import annotations

from aiohttp import web

from timedesk.auth.permissions import Permission
from timedesk.clockify import inbox
from timedesk.clockify.history_search import search_history
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

HISTORY = "/api/v1/clockify/history"
ERROR_LOG = "/api/v1/clockify/error-log"


async def history(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    since, until = io.query_period(request)
    page = await run_blocking(request, search_history, request.app[CONTEXT].db, actor,
                              entity=io.query_text(request, "entity", 40, free=False),
                              action=io.query_text(request, "action", 60),
                              by=io.query_text(request, "by", 120), since=since, until=until,
                              limit=io.query_int(request, "limit", 100, minimum=1),
                              offset=io.query_int(request, "offset", 0, maximum=10**9))
    return io.page_json([io.history_json(e) for e in page.items], page.total)


async def error_log(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    page = await run_blocking(request, inbox.list_error_log, request.app[CONTEXT].db, actor,
                              reason=io.query_text(request, "reason", 40),
                              limit=io.query_int(request, "limit", 100, minimum=1),
                              offset=io.query_int(request, "offset", 0, maximum=10**9))
    return io.page_json([io.error_log_json(e) for e in page.items], page.total)


def setup_routes(app: web.Application) -> None:
    app.router.add_get(HISTORY, history, name="clockify-history")
    app.router.add_get(ERROR_LOG, error_log, name="clockify-error-log")
