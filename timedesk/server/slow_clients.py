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
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import Handler


def handler_args(settings) -> dict[str, Any]:
    """Keyword arguments of aiohttp's request handler (AppRunner(**...)) for `settings`."""
    return {"keepalive_timeout": float(settings["listener.header_timeout_s"])}


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


def setup_slow_clients(app: web.Application) -> None:
    app.middlewares.append(body_deadline)
