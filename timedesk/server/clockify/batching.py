"""Group commit of the webhook stores: the requests that arrive while a store transaction runs
are stored together by the next one, so a burst of deliveries costs a few commits instead of one
each, and no request waits longer than the transaction before it plus its own.

Each request still gets its answer only once its own row is committed. When a batch fails
(a body the database refuses, such as one holding \\u0000 for PostgreSQL's JSONB), its requests
are stored one by one, so that only the culprit gets the error and the others lose nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from timedesk.clockify import inbox
from timedesk.clockify.inbox import Arrival, Stored
from timedesk.db.database import Database

log = logging.getLogger(__name__)

MAX_BATCH = 200


class StoreBatcher:
    """`store(arrival)` -> what was stored (inbox.Stored), once committed. At most `writers` transactions at
    once (1 on SQLite, whose writers queue anyway; a few on PostgreSQL)."""

    def __init__(self, db: Database, write: Callable[..., Awaitable[Any]],
                 loop: asyncio.AbstractEventLoop, *, writers: int = 1,
                 max_batch: int = MAX_BATCH) -> None:
        self._db = db
        self._write = write  # runs a blocking write on the webhook threads: write(fn, *args)
        self._loop = loop
        self._writers = max(1, writers)
        self._max_batch = max_batch
        self._waiting: list[tuple[Arrival, asyncio.Future]] = []
        self._active = 0
        self.batches = 0  # transactions committed (tests and benchmarks read it)

    async def store(self, arrival: Arrival) -> Stored:
        future = self._loop.create_future()
        self._waiting.append((arrival, future))
        self._pump()
        return await future

    def _pump(self) -> None:
        while self._waiting and self._active < self._writers:
            batch = self._waiting[:self._max_batch]
            del self._waiting[:self._max_batch]
            self._active += 1
            task = self._loop.create_task(self._store_batch(batch), name="clockify-store")
            task.add_done_callback(self._batch_done)

    def _batch_done(self, _: asyncio.Task) -> None:
        self._active -= 1
        self._pump()

    async def _store_batch(self, batch: list[tuple[Arrival, asyncio.Future]]) -> None:
        arrivals = [arrival for arrival, _ in batch]
        try:
            stored = await self._write(inbox.store_deliveries, self._db, arrivals)
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch[0][1], exception=exc)
                return
            log.info("Clockify store of %d deliveries failed (%s); storing them one by one",
                     len(batch), type(exc).__name__)
            for arrival, future in batch:
                try:
                    alone = await self._write(inbox.store_deliveries, self._db, [arrival])
                except Exception as single:
                    _settle(future, exception=single)
                else:
                    _settle(future, result=alone[0])
            return
        self.batches += 1
        for (_, future), one in zip(batch, stored, strict=False):
            _settle(future, result=one)

    def cancel_waiting(self) -> None:
        """At stop: requests not yet handed to a transaction are answered with an error (their
        clients send them again)."""
        waiting, self._waiting = self._waiting, []
        for _, future in waiting:
            _settle(future, exception=ConnectionAbortedError("the listener is stopping"))


def _settle(future: asyncio.Future, *, result: Any = None,
            exception: BaseException | None = None) -> None:
    if future.done():  # the request went away (client disconnected, handler cancelled)
        return
    if exception is not None:
        future.set_exception(exception)
    else:
        future.set_result(result)
