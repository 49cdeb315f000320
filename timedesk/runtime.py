"""The parts that run beside every long-running face: the remote event feed, the background
workers (timedesk.workers) and the HTTP listener, started and stopped in one order by the GUI
(ui/runtime.py), `timedesk display` (ui/turns/display_app.py) and `timedesk serve`. Qt-free:

    async with running_parts(ctx, listener=Listener(ctx), listen_on=(host, port),
                             on_state=lambda part, state: ...) as parts:
        ...  # parts.listener.state is 'listening' unless it could not bind

Start order: the feed (other processes' events reach this process's subscribers from the first
request on), the workers (the notices must be written by the first delivery processed), then the
listener. Stop order: the reverse, each part bounded in time. Nothing here raises: a part that
cannot start is logged (and the listener keeps its failure in `state` and `error`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from timedesk.workers import RunningWorker, start_workers, stop_workers

log = logging.getLogger(__name__)

LISTENER_STOP_SECONDS = 3.0
FEED_STOP_SECONDS = 3.0
STARTING = "starting"

OnState = Callable[[str, str], None]  # (part: 'listener' or 'feed', state)


class RunningParts:
    """The feed, the workers and the listener of one process; `start()` then `stop()` once each
    (running_parts() does both around a block)."""

    def __init__(self, ctx: Any, *, listener: Any | None = None,
                 listen_on: tuple[str, int] | None = None, feed: bool = True,
                 workers: bool = True, on_state: OnState | None = None) -> None:
        self.ctx = ctx
        self.listener = listener  # a timedesk.server Listener, built by the face, or None
        self.listen_on = listen_on  # None: the listener is not started (e.g. listener.enabled off)
        self.feed: Any | None = None  # timedesk.events.feed.RemoteEventFeed
        self.workers: list[RunningWorker] = []
        self._with_feed, self._with_workers = feed, workers
        self._on_state = on_state
        if listener is not None and on_state is not None:
            listener.on_state_change.append(lambda changed: on_state("listener", changed.state))

    async def start(self) -> None:
        if self._with_feed:
            await self._start_feed()
        if self._with_workers:
            self.workers = await start_workers(self.ctx)
        if self.listener is not None and self.listen_on is not None:
            if self._on_state is not None:
                self._on_state("listener", STARTING)
            try:
                await self.listener.start(*self.listen_on)
            except Exception:
                log.exception("the listener could not start")

    async def _start_feed(self) -> None:
        try:
            from timedesk.events.feed import make_remote_feed

            self.feed = feed = make_remote_feed(self.ctx.bus, self.ctx.db, self.ctx.settings)
        except Exception:
            log.exception("the remote event feed is not available")
            return
        if self._on_state is not None:
            on_state = self._on_state
            feed.on_state_change = lambda state: on_state("feed", state)
        try:
            await feed.start()  # when the database is down it keeps trying by itself
        except Exception:
            log.exception("the remote event feed could not start")

    async def stop(self) -> None:
        if self.listener is not None:
            await _bounded("the listener", self.listener.stop(), LISTENER_STOP_SECONDS)
        await stop_workers(self.workers)
        if self.feed is not None:
            await _bounded("the event feed", self.feed.stop(), FEED_STOP_SECONDS)


async def _bounded(what: str, coro: Awaitable[Any], seconds: float) -> None:
    try:
        await asyncio.wait_for(coro, seconds)
    except TimeoutError:
        log.warning("%s did not stop within %.0f s; going on", what, seconds)
    except Exception:
        log.exception("%s failed while stopping", what)


@asynccontextmanager
async def running_parts(ctx: Any, *, listener: Any | None = None,
                        listen_on: tuple[str, int] | None = None, feed: bool = True,
                        workers: bool = True, on_state: OnState | None = None
                        ) -> AsyncIterator[RunningParts]:
    """Start the parts asked for, yield them, and stop them in reverse order on the way out."""
    parts = RunningParts(ctx, listener=listener, listen_on=listen_on, feed=feed,
                         workers=workers, on_state=on_state)
    try:
        await parts.start()
        yield parts
    finally:
        await parts.stop()
