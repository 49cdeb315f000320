"""Deadlines for slow clients: a connection costs a file descriptor (and, in the GUI, a place
on the GUI's loop), so a client may not hold one open by trickling its request.

- Headers: aiohttp closes a connection that waits for a complete request (the first one, or
  the next one on a kept-alive connection) longer than its `keepalive_timeout`, however many
  bytes of an unfinished request arrive meanwhile: that is the header deadline,
  listener.header_timeout_s (aiohttp's default is an hour).
- Body: `body_deadline` (a middleware) fails the reading of a body that is not complete
  listener.body_timeout_s after the headers: the handler's read raises, the answer is a 408
  with the usual JSON error, and the connection is closed (aiohttp's lingering read of the
  rest of the body meets the same error, a TimeoutError, and gives up at once). It reads
  nothing itself, so a handler still reads the body its own way.
- Count: `ConnectionBudget` keeps at most listener.max_connections connections open; beyond,
  the oldest connection that is not being served (idle, or still trickling its headers) is
  closed to make room, so a newcomer (a desk, /health) always gets in and the loop never
  carries thousands of idle sockets however fast they are opened.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import Handler

log = logging.getLogger(__name__)


# aiohttp refuses a longer request line itself, with a plain-text 400 the API does not document:
# a query text the API accepts (a 2,000-character note, up to 12 bytes a character encoded)
# must reach the handlers, which answer a too-long value with the JSON error.
MAX_REQUEST_LINE = 64 * 1024


def handler_args(settings) -> dict[str, Any]:
    """Keyword arguments of aiohttp's request handler (AppRunner(**...)) for `settings`."""
    return {"keepalive_timeout": float(settings["listener.header_timeout_s"]),
            "max_line_size": MAX_REQUEST_LINE}


class BodyTimeout(TimeoutError):
    """The body did not arrive in time (a TimeoutError: aiohttp's lingering read expects one)."""


@web.middleware
async def body_deadline(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not request.body_exists or request.content.is_eof():
        return await handler(request)
    seconds = float(request.app[CONTEXT].settings["listener.body_timeout_s"])
    expired = BodyTimeout()

    def expire() -> None:
        if not request.content.is_eof():
            request.content.set_exception(expired)

    timer = asyncio.get_running_loop().call_later(seconds, expire)
    try:
        return await handler(request)
    except BodyTimeout as exc:
        if exc is not expired:
            raise
        response = web.HTTPRequestTimeout(
            text=f"the request body did not arrive within {seconds:g} s. Send it at once (the "
                 "setting listener.body_timeout_s is the limit).")
        response.force_close()
        raise response from None
    finally:
        timer.cancel()


class ConnectionBudget:
    """At most `limit` open connections on a runner's server (see the module's docstring)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.evicted = 0
        self._serving: dict[Any, int] = {}  # connection -> handlers running on it

    @web.middleware
    async def track(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Middleware: the connection is being served while its handler runs (streams too)."""
        protocol = request.protocol
        self._serving[protocol] = self._serving.get(protocol, 0) + 1
        try:
            return await handler(request)
        finally:
            self._serving[protocol] -= 1
            if not self._serving[protocol]:
                del self._serving[protocol]

    def watch(self, server: web.Server) -> None:
        """Check the budget at every new connection of `server` (the runner's, once set up)."""
        made = server.connection_made

        def connection_made(handler, transport) -> None:
            made(handler, transport)
            self._make_room(server, handler)

        server.connection_made = connection_made  # type: ignore[method-assign]

    def _make_room(self, server: web.Server, newcomer) -> None:
        connections = server.connections
        excess = len(connections) - self.limit
        for connection in connections:  # oldest first
            if excess <= 0:
                break
            if connection is newcomer or self._serving.get(connection, 0) > 0:
                continue
            if connection.transport is None:  # already closing
                continue
            connection.force_close()
            excess -= 1
            self.evicted += 1
            if self.evicted % 1000 == 1:  # a flood: one line now and then, not one per socket
                log.warning("listener: over %d connections; closed idle ones (%d so far)",
                            self.limit, self.evicted)


CONNECTION_BUDGET = web.AppKey("timedesk_connection_budget", ConnectionBudget)


def setup_slow_clients(app: web.Application) -> None:
    """The body deadline, and the connection budget that a Listener applies to its server."""
    budget = app[CONNECTION_BUDGET] = ConnectionBudget(
        int(app[CONTEXT].settings["listener.max_connections"]))
    app.middlewares.extend([budget.track, body_deadline])
