"""One reader for every open `/display/feed` stream (display_feed.py).

Why: each stream used to re-read the waiting counts after every `turns.*` event, so N open
streams queued N database reads on the executor that /api/v1 and /health share. Here the hub
subscribes to the bus once, reads the counts (or a snapshot) once per event burst, and hands
the same bytes to every stream's Outbox. A joining stream gets the latest snapshot, read again
only when something changed since.

`alive` means "the database answered": every keep-alive period the hub pings the database and
only then says `alive`. While the database fails nothing is sent, so the web page shows "Not
updated since …" (as the display window does); the first answer after an outage brings a
fresh snapshot (events of the outage may be lost), and the page recovers by itself.

The message line is re-read while the server runs (turns.lobby.LobbyMessage, at most once per
keep-alive period): a change goes out as a `message` event, and the next snapshot carries it.
Calls carry what the page draws the way the window does (turns.lobby.public_call).

Bus subscribers may run on any thread: events reach the hub's loop by call_soon_threadsafe.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from aiohttp import web

from timedesk.db.engine import check_connection
from timedesk.events.bus import RESYNC
from timedesk.server.blocking import run_blocking
from timedesk.server.keys import CONTEXT
from timedesk.turns import reads
from timedesk.turns.lobby import LobbyMessage, public_call
from timedesk.turns.views import TOPIC_CALLED, TOPIC_SHOWN

log = logging.getLogger(__name__)

KEEPALIVE_S = 15.0
OUTBOX_LIMIT = 1000  # chunks a stalled client may owe; older ones are dropped, never memory
WAITING_SETTLE_S = 0.2


def sse(event: str, data: dict, event_id: int | None = None) -> bytes:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def keepalive_s(settings) -> float:
    """At least three `alive` per staleness period, so a healthy stream never looks stale."""
    return min(KEEPALIVE_S, settings["turns.display_stale_s"] / 3)


def waiting_counts(ctx) -> list[dict[str, Any]]:
    """People waiting today per active service (counts only: public facts)."""
    return [{"service": w.service_code, "service_name": w.service_name, "colour": w.colour,
             "waiting": w.waiting} for w in reads.waiting_summary(ctx.db, ctx.settings)]


def snapshot(ctx, message: str | None = None) -> dict[str, Any]:
    """What a page opens with; `message` is the message line now (default: the setting)."""
    recent = ctx.settings["turns.display_recent"]
    return {"calls": [public_call(t.public()) for t in reads.recent_calls(ctx.db, recent + 1)],
            "waiting": waiting_counts(ctx), "recent": recent,
            "message": ctx.settings["turns.display_message"] if message is None else message,
            "stale_s": ctx.settings["turns.display_stale_s"]}


class Outbox:
    """What one stream has still to write, filled by the hub."""

    def __init__(self) -> None:
        self.chunks: deque[bytes] = deque(maxlen=OUTBOX_LIMIT)
        self.filled = asyncio.Event()

    def put(self, chunk: bytes) -> None:
        self.chunks.append(chunk)
        self.filled.set()

    def take(self) -> bytes:
        self.filled.clear()
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


class FeedHub:
    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.outboxes: set[Outbox] = set()
        self.reads = 0  # database reads done for the streams (snapshots, counts, pings)
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._unsubscribes: list[Callable[[], None]] = []
        self._version = 0  # bumped by every event that may change what a snapshot says
        self._snapshot: tuple[int, bytes] | None = None
        self._snapshot_read: asyncio.Future | None = None
        self._snapshot_due = False
        self._waiting_due: float | None = None
        self._last_sent = 0.0
        self._database_down = False
        ctx = app[CONTEXT]
        self.message = LobbyMessage(ctx.paths, ctx.settings)
        self._message = ""  # as sent; read when the first stream joins
        self._message_checked = 0.0

    # -- streams ---------------------------------------------------------------------------
    def join(self) -> Outbox:
        outbox = Outbox()
        self.outboxes.add(outbox)
        if self._task is None:
            self._start()
        return outbox

    def leave(self, outbox: Outbox) -> None:
        self.outboxes.discard(outbox)
        if not self.outboxes:
            self.stop()

    async def first_snapshot(self) -> bytes:
        """The snapshot a joining stream opens with: the cached one while nothing changed,
        else one read shared by everyone who joins meanwhile. Raises while the database fails."""
        self._check_message()
        cached = self._snapshot
        if cached is not None and cached[0] == self._version:
            return cached[1]
        if self._snapshot_read is None or self._snapshot_read.done():
            self._snapshot_read = asyncio.ensure_future(self._read_snapshot())
        return await asyncio.shield(self._snapshot_read)

    # -- the reader ------------------------------------------------------------------------
    def _start(self) -> None:
        ctx = self.app[CONTEXT]
        loop = asyncio.get_running_loop()

        def on_event(event) -> None:  # any thread
            loop.call_soon_threadsafe(self._on_event, event)

        self._unsubscribes = [ctx.bus.subscribe("turns.", on_event),
                              ctx.bus.subscribe(RESYNC, on_event)]
        self._last_sent = self._message_checked = loop.time()
        self._message = self.message.current()
        self._task = asyncio.ensure_future(self._run())

    def stop(self) -> None:
        for unsubscribe in self._unsubscribes:
            unsubscribe()
        self._unsubscribes = []
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _broadcast(self, chunk: bytes) -> None:
        for outbox in self.outboxes:
            outbox.put(chunk)
        self._last_sent = asyncio.get_running_loop().time()

    def _on_event(self, event) -> None:
        if event.topic == TOPIC_CALLED:  # calls first, at once: they are what people look at
            self._broadcast(sse("call", public_call({**event.payload, "event_id": event.id}),
                                event.id))
        if event.topic == TOPIC_SHOWN:
            return
        self._version += 1
        if event.topic == RESYNC:
            self._snapshot_due = True
        elif self._waiting_due is None:
            # issued, called, changed, setup: the counts may move. Read them a moment later,
            # so that a burst costs one read.
            self._waiting_due = asyncio.get_running_loop().time() + WAITING_SETTLE_S
        self._wake.set()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        interval = keepalive_s(self.app[CONTEXT].settings)
        while True:
            wake_at = min(self._last_sent, self._message_checked) + interval
            if self._waiting_due is not None:
                wake_at = min(wake_at, self._waiting_due)
            if not self._snapshot_due:
                try:  # (wait_for's coroutine was left un-awaited when a stop cancelled it)
                    async with asyncio.timeout_at(wake_at):
                        await self._wake.wait()
                except TimeoutError:
                    pass
            self._wake.clear()
            now = loop.time()
            if now >= self._message_checked + interval:
                self._message_checked = now
                self._check_message()
            if self._snapshot_due:
                await self._send_snapshot()
            elif self._waiting_due is not None and now >= self._waiting_due:
                self._waiting_due = None
                await self._send("waiting", lambda ctx: {"waiting": waiting_counts(ctx)})
            elif now >= self._last_sent + interval:
                await self._send("alive", _ping)
                if self._database_down:  # no news for a while: do not spin
                    self._last_sent = loop.time()

    def _check_message(self) -> None:
        """Send the message line when it changed (a stat of the settings files, a read of
        them only then)."""
        message = self.message.current()
        if message != self._message:
            self._message = message
            self._version += 1  # the cached snapshot has the old one
            self._broadcast(sse("message", {"message": message}))

    async def _send_snapshot(self) -> None:
        self._snapshot_due = False
        try:
            chunk = await self.first_snapshot()
        except Exception as exc:
            self._failed(exc)
            return
        self._recovered()
        self._broadcast(chunk)

    async def _send(self, name: str, read) -> None:
        try:
            data = await self._read(read)
        except Exception as exc:
            self._failed(exc)
            return
        if self._database_down:  # back: what happened meanwhile may be lost
            self._recovered()
            await self._send_snapshot()
            return
        self._broadcast(sse(name, data))

    async def _read(self, read) -> Any:
        self.reads += 1
        ctx = self.app[CONTEXT]
        timeout = keepalive_s(ctx.settings)
        return await asyncio.wait_for(run_blocking(self.app, read, ctx), timeout)

    async def _read_snapshot(self) -> bytes:
        version = self._version
        message = self._message
        chunk = sse("snapshot", await self._read(lambda ctx: snapshot(ctx, message)))
        if version == self._version:
            self._snapshot = (version, chunk)
        return chunk

    def _failed(self, exc: BaseException) -> None:
        # The first answer after the outage brings a fresh snapshot (see _send); until then
        # the one cached may miss what other processes did meanwhile.
        self._snapshot = None
        if not self._database_down:
            log.warning("lobby display feed: the database does not answer (%s); the web "
                        "displays stop saying 'alive' and show since when they are not "
                        "updated", "timed out" if isinstance(exc, TimeoutError) else exc)
        self._database_down = True

    def _recovered(self) -> None:
        if self._database_down:
            log.info("lobby display feed: the database answers again")
        self._database_down = False


def _ping(ctx) -> dict:
    check_connection(ctx.db.engine)
    return {}
