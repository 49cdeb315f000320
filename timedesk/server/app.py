"""The application factory of the HTTP listener (aiohttp-demos style).

`create_app(ctx)` is the one way to build the listener's application: the GUI's Listener,
`timedesk serve` and the tests all go through it, so they serve the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.blocking import executor_ctx
from timedesk.server.keys import CONTEXT, OPEN_STREAMS, OPENAPI_FRAGMENTS
from timedesk.server.middlewares import MAX_BODY_BYTES, setup_middlewares
from timedesk.server.routes import ROUTE_SETUPS, RouteSetup
from timedesk.server.slow_clients import setup_slow_clients
from timedesk.server.streams import OpenStreams, close_open_streams


def create_app(ctx: AppContext, *, routes: Iterable[RouteSetup] = ROUTE_SETUPS) -> web.Application:
    """A fresh application serving `routes` (default: ROUTE_SETUPS, every face) over `ctx`.

    An application runs once: build a new one for every start of a listener."""
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[CONTEXT] = ctx
    app[OPEN_STREAMS] = OpenStreams()
    app[OPENAPI_FRAGMENTS] = []
    setup_middlewares(app)
    setup_slow_clients(app)
    app.cleanup_ctx.append(executor_ctx)
    app.on_shutdown.append(close_open_streams)
    for setup_routes in routes:
        setup_routes(app, ctx)
    return app
