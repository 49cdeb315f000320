"""Which modules serve which addresses: ROUTE_SETUPS, plain imports in serving order.

Each entry is a module's `setup_routes(app: web.Application, ctx: AppContext)`; it adds its
routes with `app.router.add_*` and describes them with
`timedesk.server.openapi.add_openapi(app, paths=..., components=...)`. A new face of a domain
package (webhooks, /api/v1/turns, /display) adds one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server import (
                             chat_api,
                             clockify,
                             display_feed,
                             display_page,
                             display_shown,
                             employees_api,
                             health,
                             office_api,
                             openapi,
                             punch_reports_api,
                             punches_api,
                             sesame_demo,
                             tickets_api,
                             turns_api,
                             users_api,
)

RouteSetup = Callable[[web.Application, AppContext], None]

ROUTE_SETUPS: tuple[RouteSetup, ...] = (
    health.setup_routes,
    openapi.setup_routes,
    clockify.setup_routes,
    turns_api.setup_routes,
    punch_reports_api.setup_routes,
    punches_api.setup_routes,
    tickets_api.setup_routes,
    employees_api.setup_routes,
    office_api.setup_routes,
    chat_api.setup_routes,
    users_api.setup_routes,
    display_feed.setup_routes,
    display_page.setup_routes,
    display_shown.setup_routes,
    sesame_demo.setup_routes,
)
