"""Routes that exist only in the server tests: they raise, read bodies, stream, need tokens.

Plugged in exactly as a real module is: listed next to ROUTE_SETUPS, `setup_routes(app, ctx)`.
"""

from __future__ import annotations

import asyncio
import threading

from aiohttp import web

from timedesk.auth.permissions import Permission
from timedesk.errors import Conflict, ValidationError
from timedesk.server import OPEN_STREAMS, add_openapi, authenticate_request, run_blocking

LEAKY_TEXT = "password=hunter2-not-for-clients"


async def echo_size(request: web.Request) -> web.Response:
    body = await request.read()
    return web.json_response({"bytes": len(body)})


async def conflict(request: web.Request) -> web.Response:
    raise Conflict("turn A-12 was already called.", "Call the next turn instead.")


async def invalid(request: web.Request) -> web.Response:
    raise ValidationError(f"bad value {request.query['value']}.", "Send another one.")


async def named_conflict(request: web.Request) -> web.Response:
    raise Conflict("that one was already called.", "Call the next one instead.")


async def endless_stream(request: web.Request) -> web.StreamResponse:
    """Writes a chunk every 50 ms for up to 10 s: a client that leaves makes a write fail."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for _ in range(200):
        await response.write(b"data: tick\n\n")
        await asyncio.sleep(0.05)
    return response


async def boom(request: web.Request) -> web.Response:
    raise RuntimeError(LEAKY_TEXT)


async def broken_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    await response.prepare(request)
    await response.write(b"partial")
    raise RuntimeError("the stream broke half-way")


async def worker_thread(request: web.Request) -> web.Response:
    name = await run_blocking(request, lambda: threading.current_thread().name)
    return web.json_response({"thread": name})


async def whoami(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.TURNS_ISSUE)
    return web.json_response({"name": actor.name, "role": actor.role.value, "kind": actor.kind})


async def stream(request: web.Request) -> web.StreamResponse:
    """Cooperative: ends as soon as the server starts shutting down."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    async with request.app[OPEN_STREAMS].track(response) as closing:
        await response.write(b"data: hello\n\n")
        try:
            await asyncio.wait_for(closing.wait(), timeout=60)
        except TimeoutError:
            pass
    return response


async def stubborn_stream(request: web.Request) -> web.StreamResponse:
    """Ignores the closing signal: only cancellation ends it."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    async with request.app[OPEN_STREAMS].track(response):
        await response.write(b"data: hello\n\n")
        await asyncio.sleep(60)
    return response


def setup_routes(app: web.Application, ctx) -> None:
    app.router.add_post("/test/echo-size", echo_size)
    app.router.add_get("/test/conflict", conflict)
    app.router.add_get("/test/invalid", invalid)
    app.router.add_get("/test/boom", boom)
    app.router.add_get("/test/named/{name}/conflict", named_conflict)
    app.router.add_get("/test/endless-stream", endless_stream)
    app.router.add_get("/test/broken-stream", broken_stream)
    app.router.add_get("/test/worker-thread", worker_thread)
    app.router.add_get("/api/v1/test/whoami", whoami)
    app.router.add_get("/test/stream", stream)
    app.router.add_get("/test/stubborn-stream", stubborn_stream)
    add_openapi(app, paths={"/api/v1/test/whoami": {"get": {
        "summary": "Who the token stands for",
        "responses": {"200": {"description": "the actor"},
                      "401": {"$ref": "#/components/responses/Unauthorized"},
                      "403": {"$ref": "#/components/responses/Forbidden"}},
    }}})
