"""Which modules serve which addresses.

Each module named in ROUTE_MODULES has `setup_routes(app: web.Application, ctx: AppContext)`;
it adds its routes with `app.router.add_*` and describes them with
`timedesk.server.openapi.add_openapi(app, paths=..., components=...)`. A new face of a domain
package (webhooks, /api/v1/turns, /display) adds one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from aiohttp import web

from timedesk.app import AppContext

ROUTE_MODULES: list[str] = [
    "timedesk.server.health",
    "timedesk.server.openapi",
    "timedesk.server.clockify",
    "timedesk.server.turns_api",
    "timedesk.server.display_feed",
    "timedesk.server.display_page",
    "timedesk.server.display_shown",
]


def setup_routes(app: web.Application, ctx: AppContext, modules: Iterable[str]) -> None:
    for name in modules:
        importlib.import_module(name).setup_routes(app, ctx)
