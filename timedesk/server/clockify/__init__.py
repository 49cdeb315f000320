"""The Clockify faces of the listener: the webhook receiver (receive.py, with intake.py,
tokens.py, security_log.py and processor.py behind it) and the JSON API under
/api/v1/clockify (sessions, users, history and error log, reports), described in
openapi_doc.py. The domain is timedesk.clockify: nothing there imports aiohttp.
"""

from __future__ import annotations

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.clockify import (
    demo_live,
    openapi_doc,
    receive,
    records_api,
    reports_api,
    sessions_api,
    users_api,
)
from timedesk.server.clockify.intake import intake_ctx


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.cleanup_ctx.append(intake_ctx)
    app.cleanup_ctx.append(demo_live.demo_live_ctx)
    for module in (receive, sessions_api, users_api, records_api, reports_api):
        module.setup_routes(app)
    openapi_doc.setup_openapi(app)
