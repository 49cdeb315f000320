"""`GET /display/feed`: the lobby display's live feed as Server-Sent Events, for a TV with only a
browser (the page is timedesk.server.display_page). It opens with a `snapshot` event (the recent
calls, the waiting counts per service, the message line and the staleness limit), then sends
one `call` event per call or recall, with public facts only (number, desk, service, colour; never
names or notes), a `waiting` event when the counts may have changed, a `message` event when the
message line changed (it is re-read while the server runs: no restart), a new `snapshot` after the
process's event feed (or the database) recovered from an outage, and an `alive` event when the
database answered and nothing else was sent for a while.

`alive` is an event, not an SSE comment: a browser's EventSource never shows comments to the
page, and the page must tell a quiet office from a dead stream or a dead database
(turns.display_stale_s). It comes at least three times per staleness period while the database
answers, so a healthy stream never looks stale, and never while it fails.

Every stream is fed by one reader (display_fanout.FeedHub): one database read per event, not
one per stream. The streams are public, so they are capped (listener.feed_streams_total and
listener.feed_streams_per_address): beyond, a 503 with Retry-After."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.display_fanout import FeedHub, Outbox, keepalive_s
from timedesk.server.keys import CONTEXT, OPEN_STREAMS
from timedesk.server.middlewares import error_response
from timedesk.server.openapi import add_openapi

log = logging.getLogger(__name__)

RETRY_MS = 2000  # how soon a browser reconnects after the stream ends
RETRY_AFTER_S = 30  # what a client beyond the cap is told
FEED_HUB = web.AppKey("timedesk_display_feed_hub", FeedHub)
FEED_CLIENTS = web.AppKey("timedesk_display_feed_clients", Counter)


async def display_feed(request: web.Request) -> web.StreamResponse:
    refused = _over_the_cap(request)
    if refused is not None:
        return refused
    address = request.remote or "unknown"
    clients = request.app[FEED_CLIENTS]
    clients[address] += 1
    hub = request.app[FEED_HUB]
    outbox = hub.join()  # before the snapshot: nothing that happens meanwhile is missed
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                           "Cache-Control": "no-cache"})
    try:
        await response.prepare(request)
        await response.write(f"retry: {RETRY_MS}\n".encode())
        async with request.app[OPEN_STREAMS].track(response) as closing:
            await _stream(request, response, hub, outbox, closing)
    except ConnectionError:  # the client went away: nothing to tell anyone
        log.debug("display feed: %s went away", address)
    finally:
        hub.leave(outbox)
        clients[address] -= 1
        if clients[address] <= 0:
            del clients[address]
    return response


def _over_the_cap(request: web.Request) -> web.Response | None:
    """A 503 with Retry-After beyond listener.feed_streams_total or _per_address."""
    settings = request.app[CONTEXT].settings
    clients = request.app[FEED_CLIENTS]
    address = request.remote or "unknown"
    total, per_address = (settings["listener.feed_streams_total"],
                          settings["listener.feed_streams_per_address"])
    if sum(clients.values()) >= total:
        why = f"this server already serves {total} lobby display streams"
    elif clients[address] >= per_address:
        why = f"your address already has {per_address} lobby display streams open"
    else:
        return None
    log.info("display feed: refused %s: %s", address, why)
    return error_response(503, "too_many_streams",
                          f"{why}. Try again in {RETRY_AFTER_S} s, or close other display "
                          "pages (the limits are the settings listener.feed_streams_total and "
                          "listener.feed_streams_per_address).",
                          headers={"Retry-After": str(RETRY_AFTER_S)})


async def _stream(request: web.Request, response: web.StreamResponse, hub: FeedHub,
                  outbox: Outbox, closing: asyncio.Event) -> None:
    interval = keepalive_s(request.app[CONTEXT].settings)
    first: bytes | None = None
    while first is None:  # while the database fails the stream stays quiet: the page warns
        try:
            first = await hub.first_snapshot()
        except Exception:
            if await _closing_or_gone(request, closing, interval):
                return
    await response.write(first)
    closed = asyncio.ensure_future(closing.wait())
    try:
        while True:
            filled = asyncio.ensure_future(outbox.filled.wait())
            await asyncio.wait({filled, closed}, timeout=interval,
                               return_when=asyncio.FIRST_COMPLETED)
            filled.cancel()
            if closing.is_set() or _gone(request):
                return
            if outbox.chunks:
                await response.write(outbox.take())
    finally:
        closed.cancel()


def _gone(request: web.Request) -> bool:
    """The client closed the connection (seen without writing: while the database fails
    nothing is written, and a page reconnects every staleness period)."""
    transport = request.transport
    return transport is None or transport.is_closing()


async def _closing_or_gone(request: web.Request, closing: asyncio.Event, wait_s: float) -> bool:
    try:
        await asyncio.wait_for(closing.wait(), wait_s)
    except TimeoutError:
        pass
    return closing.is_set() or _gone(request)


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app[FEED_HUB] = FeedHub(app)
    app[FEED_CLIENTS] = Counter()
    app.on_cleanup.append(_stop_hub)
    app.router.add_get("/display/feed", display_feed, name="display_feed")
    add_openapi(app, paths={"/display/feed": {"get": {
        "summary": "The lobby display's live feed (Server-Sent Events, public facts only)",
        "description": "Events: `snapshot` {calls (current first), waiting, recent, message, "
                       "stale_s}; `call` {turn_id, number, desk, service, colour, recall, calls, "
                       "event_id}; `waiting` {waiting: [{service, service_name, colour, "
                       "waiting}]}; `message` {message} when the message line changed; "
                       "`alive` {} when nothing else was sent for a while. Calls also carry "
                       "desk_number (the desk is named by a number: shown as \"Desk 12\"), "
                       "fill and ink (the current call panel's colours).",
        "tags": ["display"],
        "security": [],
        "responses": {"200": {"description": "An endless event stream",
                              "content": {"text/event-stream": {"schema": {"type": "string"}}}},
                      "503": {"description": "Too many streams open (in total or from this "
                                             "address); see Retry-After"}},
    }}})


async def _stop_hub(app: web.Application) -> None:
    app[FEED_HUB].stop()
