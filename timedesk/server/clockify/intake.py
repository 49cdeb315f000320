"""What the webhook handlers share while the application runs: the token check, the refusal
log, the threads that write to the database and the processor of stored deliveries.

Writes of the webhook path get their own threads, so a burst of deliveries never takes the
threads the /api/v1 handlers need. On SQLite one lock serializes them: SQLite has one writer at a
time, and a writer that finds the database busy sleeps in steps of milliseconds, while a writer
waiting on the lock is woken the moment it is free.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aiohttp import web

from timedesk.app import AppContext
from timedesk.clockify.inbox import Arrival, Stored
from timedesk.clockify.topics import WEBHOOKS_CHANGED
from timedesk.events.bus import RESYNC
from timedesk.server.clockify.batching import StoreBatcher
from timedesk.server.clockify.processor import DeliveryProcessor
from timedesk.server.clockify.security_log import RefusalLimit, RefusalLog
from timedesk.server.clockify.tokens import WebhookTokens
from timedesk.server.keys import CONTEXT

T = TypeVar("T")
STOP_WAIT_SECONDS = 2.0  # bounded: a query stuck on an unreachable server must not stall exit
# One store transaction at a time on both engines: the group commit then takes every request
# that arrived during the transaction before. On PostgreSQL three concurrent writers split the
# bursts into three times as many small commits, with a lower throughput and a longer tail
# (bench_clockify_webhooks measures both).
STORE_THREADS = 1


class Intake:
    def __init__(self, ctx: AppContext, loop: asyncio.AbstractEventLoop) -> None:
        self.ctx = ctx
        self.loop = loop
        backend = ctx.db.backend
        self._write_lock: Any = threading.Lock() if backend == "sqlite" else \
            contextlib.nullcontext()
        self._store_pool = ThreadPoolExecutor(STORE_THREADS,
                                              thread_name_prefix="timedesk-clockify-store")
        self._process_pool = ThreadPoolExecutor(1, thread_name_prefix="timedesk-clockify-process")
        # Every future handed to a thread, until done: stop() waits for them, since a thread
        # that finishes after the loop is closed would call into a dead loop (qasync crashes).
        self._inflight: set[asyncio.Future] = set()
        self.storing = 0  # stores asked for and not finished: processing gives way to them
        self.tokens = WebhookTokens(ctx.db, self.read)
        self.refusals = RefusalLog()
        self.refusal_limit = RefusalLimit()
        self.processor = DeliveryProcessor(ctx.db, ctx.bus, ctx.settings, self._process, loop,
                                           busy=lambda: self.storing > 0)
        self.batcher = StoreBatcher(ctx.db, self._write_unlocked_count, loop,
                                    writers=STORE_THREADS)
        self._unsubscribe = [ctx.bus.subscribe(topic, self.tokens.forget)
                             for topic in (WEBHOOKS_CHANGED, RESYNC)]

    async def store(self, arrival: Arrival) -> Stored:
        """Store an accepted delivery (grouped with the others arriving meanwhile); what was
        stored (or which earlier delivery it replays) once committed."""
        self.storing += 1
        try:
            return await self.batcher.store(arrival)
        finally:
            self.storing -= 1

    def _write_unlocked_count(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        # `storing` already counts every request of the batch
        return self._submit(self._store_pool, self._locked, fn, *args)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> asyncio.Future[T]:
        """A blocking read (no write lock) on the webhook threads; await the result."""
        return self._submit(self._store_pool, fn, *args, **kwargs)

    def write(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> asyncio.Future[T]:
        """A blocking write (store a delivery, log a rejection) on the webhook threads."""
        self.storing += 1
        future = self._submit(self._store_pool, self._locked, fn, *args, **kwargs)
        future.add_done_callback(self._stored)
        return future

    def _stored(self, _: asyncio.Future) -> None:
        self.storing -= 1

    def _process(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> asyncio.Future[T]:
        return self._submit(self._process_pool, self._locked, fn, *args, **kwargs)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any,
                **kwargs: Any) -> asyncio.Future[T]:
        # wrap_future on our loop: see DeliveryProcessor on qasync and the running loop
        future = asyncio.wrap_future(pool.submit(functools.partial(fn, *args, **kwargs)),
                                     loop=self.loop)
        self._inflight.add(future)
        future.add_done_callback(self._inflight.discard)
        return future

    def _locked(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._write_lock:
            return fn(*args, **kwargs)

    def start(self) -> None:
        self.processor.start()

    async def stop(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.batcher.cancel_waiting()
        await self.processor.stop()
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=STOP_WAIT_SECONDS)
        # Not waiting: a query stuck on an unreachable server must not stall the app's exit.
        self._store_pool.shutdown(wait=False, cancel_futures=True)
        self._process_pool.shutdown(wait=False, cancel_futures=True)


INTAKE = web.AppKey("timedesk_clockify_intake", Intake)


async def intake_ctx(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: the intake lives exactly as long as the running application."""
    intake = Intake(app[CONTEXT], asyncio.get_running_loop())
    app[INTAKE] = intake
    intake.start()
    yield
    await intake.stop()
