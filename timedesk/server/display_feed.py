"""`GET /display/feed`: the lobby display's live feed as Server-Sent Events, for a TV with only a
browser (the page is timedesk.server.display_page). It opens with a `snapshot` event (the recent
calls, the waiting counts per service, the message line and the staleness limit), then sends
one `call` event per call or recall, with public facts only (number, desk, service, colour; never
names or notes), a `waiting` event when the counts may have changed, a new `snapshot` after the
process's event feed recovered from an outage, and an `alive` event when nothing else was sent
for a while.

`alive` is an event, not an SSE comment: a browser's EventSource never shows comments to the
page, and the page must tell a quiet office from a dead stream (turns.display_stale_s). It comes
at least three times per staleness period, so a healthy stream never looks stale.

Subscribers may be called on any thread (the committing one): events are handed to the stream's
loop with call_soon_threadsafe."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from timedesk.app import AppContext
from timedesk.events.bus import RESYNC
from timedesk.server import run_blocking
from timedesk.server.keys import CONTEXT, OPEN_STREAMS
from timedesk.server.openapi import add_openapi
from timedesk.turns import reads
from timedesk.turns.views import TOPIC_CALLED, TOPIC_SHOWN

KEEPALIVE_S = 15.0
QUEUE_LIMIT = 1000  # a stalled browser loses old calls, never the listener's memory
RETRY_MS = 2000  # how soon a browser reconnects after the stream ends
WAITING_SETTLE_S = 0.2


def sse(event: str, data: dict, event_id: int | None = None) -> bytes:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def keepalive_s(settings) -> float:
    return min(KEEPALIVE_S, settings["turns.display_stale_s"] / 3)


def waiting_counts(ctx: AppContext) -> list[dict[str, Any]]:
    """People waiting today per active service (counts only: public facts)."""
    return [{"service": w.service_code, "service_name": w.service_name, "colour": w.colour,
             "waiting": w.waiting} for w in reads.waiting_summary(ctx.db, ctx.settings)]


def snapshot(ctx: AppContext) -> dict[str, Any]:
    recent = ctx.settings["turns.display_recent"]
    return {"calls": [t.public() for t in reads.recent_calls(ctx.db, recent + 1)],
            "waiting": waiting_counts(ctx), "recent": recent,
            "message": ctx.settings["turns.display_message"],
            "stale_s": ctx.settings["turns.display_stale_s"]}


async def display_feed(request: web.Request) -> web.StreamResponse:
    ctx = request.app[CONTEXT]
    loop = asyncio.get_running_loop()
    news = _News(asyncio.Queue(QUEUE_LIMIT), asyncio.Event())

    def on_event(event) -> None:
        loop.call_soon_threadsafe(news.add, event)

    unsubscribes = [ctx.bus.subscribe("turns.", on_event), ctx.bus.subscribe(RESYNC, on_event)]
    try:
        first = await run_blocking(request, snapshot, ctx)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-cache"})
        await response.prepare(request)
        await response.write(f"retry: {RETRY_MS}\n".encode() + sse("snapshot", first))
        news.waiting_due = None  # the snapshot already has the counts
        async with request.app[OPEN_STREAMS].track(response) as closing:
            await _stream(request, response, news, closing)
        return response
    finally:
        for unsubscribe in unsubscribes:
            unsubscribe()


@dataclass
class _News:
    """What happened since the stream last wrote: calls in order, and what to re-read."""

    calls: asyncio.Queue
    arrived: asyncio.Event
    snapshot_due: bool = False
    waiting_due: float | None = None  # loop time at which to re-read the counts

    def add(self, event) -> None:  # on the stream's loop
        if event.topic == TOPIC_CALLED:
            if self.calls.full():
                self.calls.get_nowait()
            self.calls.put_nowait(event)
        if event.topic == RESYNC:
            self.snapshot_due = True
        elif event.topic != TOPIC_SHOWN and self.waiting_due is None:
            # issued, called, changed, setup: the counts may move. Read them a moment later,
            # so that a burst costs one read and the call of a transaction goes out first.
            self.waiting_due = asyncio.get_running_loop().time() + WAITING_SETTLE_S
        self.arrived.set()


async def _stream(request: web.Request, response: web.StreamResponse, news: _News,
                  closing: asyncio.Event) -> None:
    ctx = request.app[CONTEXT]
    loop = asyncio.get_running_loop()
    interval = keepalive_s(ctx.settings)
    last_write = loop.time()
    closed = asyncio.ensure_future(closing.wait())
    # A snapshot or counts read runs beside the loop: a call arriving meanwhile goes out at
    # once instead of waiting for the database.
    reading: asyncio.Future | None = None
    try:
        while not closing.is_set():
            wake_at = last_write + interval
            if news.waiting_due is not None and reading is None:
                wake_at = min(wake_at, news.waiting_due)
            arrived = asyncio.ensure_future(news.arrived.wait())
            watched = {arrived, closed} if reading is None else {arrived, closed, reading}
            await asyncio.wait(watched, timeout=max(0.0, wake_at - loop.time()),
                               return_when=asyncio.FIRST_COMPLETED)
            arrived.cancel()
            if closing.is_set():
                break
            news.arrived.clear()
            chunks = []
            while not news.calls.empty():  # calls first: they are what people look at
                event = news.calls.get_nowait()
                chunks.append(sse("call", {**event.payload, "event_id": event.id}, event.id))
            if reading is not None and reading.done():
                chunks.append(reading.result())  # a failed read ends the stream: it reconnects
                reading = None
            if reading is None:
                if news.snapshot_due:
                    news.snapshot_due, news.waiting_due = False, None
                    reading = asyncio.ensure_future(_read_event(request, "snapshot", snapshot))
                elif news.waiting_due is not None and loop.time() >= news.waiting_due:
                    news.waiting_due = None
                    reading = asyncio.ensure_future(_read_event(request, "waiting",
                                                                _waiting_event))
            if chunks:
                await response.write(b"".join(chunks))
                last_write = loop.time()
            elif loop.time() >= last_write + interval:
                await response.write(sse("alive", {}))
                last_write = loop.time()
    finally:
        closed.cancel()
        if reading is not None:
            reading.cancel()


def _waiting_event(ctx: AppContext) -> dict[str, Any]:
    return {"waiting": waiting_counts(ctx)}


async def _read_event(request: web.Request, name: str, read) -> bytes:
    return sse(name, await run_blocking(request, read, request.app[CONTEXT]))


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.router.add_get("/display/feed", display_feed, name="display_feed")
    add_openapi(app, paths={"/display/feed": {"get": {
        "summary": "The lobby display's live feed (Server-Sent Events, public facts only)",
        "description": "Events: `snapshot` {calls (current first), waiting, recent, message, "
                       "stale_s}; `call` {turn_id, number, desk, service, colour, recall, calls, "
                       "event_id}; `waiting` {waiting: [{service, service_name, colour, "
                       "waiting}]}; `alive` {} when nothing else was sent for a while.",
        "tags": ["display"],
        "security": [],
        "responses": {"200": {"description": "An endless event stream",
                              "content": {"text/event-stream": {"schema": {"type": "string"}}}}},
    }}})
