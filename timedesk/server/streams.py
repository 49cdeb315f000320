"""The registry of open streaming responses (server-sent events, long polls).

Why it exists: an open stream keeps `runner.cleanup()` waiting for the whole shutdown timeout,
so quitting the app would stall. The application's `on_shutdown` hook calls `close_all()`:
streams that watch `closing` end on their own at once; the others get their handler task
cancelled after a short grace period.

A streaming handler registers itself:

    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    async with request.app[OPEN_STREAMS].track(response) as closing:
        while not closing.is_set():
            ...  # wait for the next event *or* closing, then write it
    return response
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web

from timedesk.server.keys import OPEN_STREAMS

log = logging.getLogger(__name__)

GRACE_SECONDS = 0.25  # time for cooperative streams to finish before their task is cancelled
CANCEL_WAIT_SECONDS = 1.0  # bound on waiting for cancelled handlers to unwind


class OpenStreams:
    def __init__(self) -> None:
        self._streams: dict[web.StreamResponse, asyncio.Task] = {}
        self.closing = asyncio.Event()

    def __len__(self) -> int:
        return len(self._streams)

    def register(self, response: web.StreamResponse) -> None:
        """Note an open stream, served by the current task; call `unregister` when it ends."""
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("register() must be called from the handler's task")
        self._streams[response] = task

    def unregister(self, response: web.StreamResponse) -> None:
        self._streams.pop(response, None)

    @asynccontextmanager
    async def track(self, response: web.StreamResponse) -> AsyncIterator[asyncio.Event]:
        """Register `response` for the block; yields the event that is set on shutdown."""
        self.register(response)
        try:
            yield self.closing
        finally:
            self.unregister(response)

    async def close_all(self) -> None:
        """End every open stream: signal, wait briefly, then cancel the handlers left."""
        self.closing.set()
        tasks = {task for task in self._streams.values() if not task.done()}
        if not tasks:
            return
        log.info("ending %d open stream(s)", len(tasks))
        _, pending = await asyncio.wait(tasks, timeout=GRACE_SECONDS)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=CANCEL_WAIT_SECONDS)
        self._streams.clear()


async def close_open_streams(app: web.Application) -> None:
    """`on_shutdown` hook of the application."""
    await app[OPEN_STREAMS].close_all()
