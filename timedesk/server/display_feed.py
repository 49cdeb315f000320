"""`GET /display/feed`: the lobby display's live feed as Server-Sent Events, for a TV with only a
browser. It opens with a `snapshot` event (the recent calls), then sends one `call` event per
call or recall, with public facts only (number, desk, service, colour; never names or notes),
and a comment every 15 s so that proxies and browsers keep the stream open.

Subscribers may be called on any thread (the committing one): events are handed to the stream's
loop with call_soon_threadsafe."""

from __future__ import annotations

import asyncio
import json

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server import run_blocking
from timedesk.server.keys import CONTEXT, OPEN_STREAMS
from timedesk.turns import reads
from timedesk.turns.views import TOPIC_CALLED

KEEPALIVE_S = 15.0
QUEUE_LIMIT = 1000  # a stalled browser loses old calls, never the listener's memory


def sse(event: str, data: dict, event_id: int | None = None) -> bytes:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


async def display_feed(request: web.Request) -> web.StreamResponse:
    ctx = request.app[CONTEXT]
    loop = asyncio.get_running_loop()
    calls: asyncio.Queue = asyncio.Queue(QUEUE_LIMIT)

    def on_call(event) -> None:
        def put() -> None:
            if calls.full():
                calls.get_nowait()
            calls.put_nowait(event)
        loop.call_soon_threadsafe(put)

    unsubscribe = ctx.bus.subscribe(TOPIC_CALLED, on_call)
    try:
        recent = await run_blocking(request, reads.recent_calls, ctx.db,
                                    ctx.settings["turns.display_recent"] + 1)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-cache"})
        await response.prepare(request)
        await response.write(sse("snapshot", {"calls": [t.public() for t in recent]}))
        async with request.app[OPEN_STREAMS].track(response) as closing:
            closed = asyncio.ensure_future(closing.wait())
            try:
                while not closing.is_set():
                    getter = asyncio.ensure_future(calls.get())
                    done, _ = await asyncio.wait({getter, closed}, timeout=KEEPALIVE_S,
                                                 return_when=asyncio.FIRST_COMPLETED)
                    if getter not in done:
                        getter.cancel()
                        if not closing.is_set():
                            await response.write(b": keep-alive\n\n")
                        continue
                    event = getter.result()
                    await response.write(sse("call", {**event.payload, "event_id": event.id},
                                             event.id))
            finally:
                closed.cancel()
        return response
    finally:
        unsubscribe()


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.router.add_get("/display/feed", display_feed)
