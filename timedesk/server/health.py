"""`GET /health`: is the listener up, which version, and does the database answer.

Monitors and installers poll it without a token, so it says nothing about where the database
is; the reason of a failure goes to the log.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from timedesk import __version__
from timedesk.app import AppContext
from timedesk.db.engine import check_connection
from timedesk.server.blocking import run_blocking
from timedesk.server.keys import CONTEXT
from timedesk.server.openapi import add_openapi

log = logging.getLogger(__name__)

DATABASE_TIMEOUT_SECONDS = 5.0

HEALTH_SCHEMA = {
    "type": "object",
    "required": ["status", "version", "database"],
    "properties": {
        "status": {"type": "string", "enum": ["ok", "error"]},
        "version": {"type": "string"},
        "database": {"type": "string", "enum": ["sqlite", "postgresql"]},
        "error": {"$ref": "#/components/schemas/Error/properties/error"},
    },
}

_HEALTH_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}


async def health(request: web.Request) -> web.Response:
    db = request.app[CONTEXT].db
    body: dict = {"status": "ok", "version": __version__, "database": db.backend}
    try:
        await asyncio.wait_for(run_blocking(request, check_connection, db.engine),
                               DATABASE_TIMEOUT_SECONDS)
    except Exception as exc:  # any failure means "not healthy", never a 500
        log.warning("health check: the database does not answer: %s",
                    "timed out" if isinstance(exc, TimeoutError) else exc)
        body["status"] = "error"
        body["error"] = {"code": "database_unavailable",
                         "message": "the database does not answer. See the server's log."}
        return web.json_response(body, status=503, headers={"Cache-Control": "no-store"})
    return web.json_response(body, headers={"Cache-Control": "no-store"})


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.router.add_get("/health", health, name="health")
    add_openapi(app, paths={"/health": {"get": {
        "summary": "Liveness and database check",
        "tags": ["meta"],
        "security": [],
        "responses": {
            "200": {"description": "Up, and the database answers", "content": _HEALTH_BODY},
            "503": {"description": "Up, but the database does not answer", "content": _HEALTH_BODY},
        },
    }}}, components={"schemas": {"Health": HEALTH_SCHEMA}})
