"""Processing of stored deliveries, after their answer has gone: one asyncio task hands the ids
the webhook handlers queue, oldest first, to `inbox.process_delivery` on a worker thread.

Answering before processing keeps Clockify's requests short whatever the session log costs; the
stored body is the durable copy. Ids still queued when the listener stops stay `pending` in
the database: the next start queues them again (and `timedesk clockify reprocess` processes
them too). A failure is kept by process_delivery as `failed` and logged; it never stops the task.

When the database is unreachable or locked (process_delivery then leaves the delivery pending
and raises), the delivery is not dropped: it waits at the head of the queue and is tried again,
with a growing pause, until the database answers, so what was acknowledged just before an
outage is processed once it ends, without `timedesk clockify reprocess`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.exc import InterfaceError, OperationalError

from timedesk.auth.permissions import Actor
from timedesk.clockify import inbox
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.models import PENDING
from timedesk.db.database import Database
from timedesk.errors import DatabaseUnavailable
from timedesk.events.bus import EventBus

log = logging.getLogger(__name__)

_INTAKE_ACTOR = Actor.system("clockify-intake")
_PAGE = 500
GIVE_WAY_SECONDS = 1.0
RETRY_SECONDS = (0.25, 0.5, 1.0, 2.0, 5.0)  # pauses while the database is unavailable
_UNAVAILABLE = (OperationalError, InterfaceError, DatabaseUnavailable)


class DeliveryProcessor:
    """Futures and tasks are made on `loop` explicitly, never found from the running loop: under
    qasync a task may be stepped by Qt while no loop counts as running (pytest-qt does it)."""

    def __init__(self, db: Database, bus: EventBus, settings: Any,
                 run: Callable[..., asyncio.Future[Any]], loop: asyncio.AbstractEventLoop, *,
                 busy: Callable[[], bool] = lambda: False) -> None:
        self._db, self._bus, self._settings = db, bus, settings
        self._run = run  # runs a blocking call on the processing thread: run(fn, *args)
        self._loop = loop
        self._busy = busy  # True while answers wait for their store: processing gives way
        self._queue: deque[int] = deque()
        # ids queued or under way: the start's listing of pending deliveries and a handler may
        # both queue one that arrived meanwhile, and it must be processed once (a failing one
        # processed twice left two error-log rows)
        self._queued: set[int] = set()
        self._wakeup: asyncio.Future | None = None
        self._task: asyncio.Task | None = None
        self._current: asyncio.Future | None = None
        self.processed = 0  # deliveries handed to process_delivery since start

    @property
    def backlog(self) -> int:
        return len(self._queue)

    def queue(self, delivery_id: int, *, first: bool = False) -> None:
        """Process `delivery_id` after those queued (`first`: before them, as a delivery the
        database could not take yet); one already queued or under way is not queued again."""
        if first:
            self._queue.appendleft(delivery_id)
        elif delivery_id in self._queued:
            return
        else:
            self._queue.append(delivery_id)
        self._queued.add(delivery_id)
        if self._wakeup is not None and not self._wakeup.done():
            self._wakeup.set_result(None)

    def start(self) -> None:
        self._task = self._loop.create_task(self._work(), name="clockify-deliveries")

    async def _next(self) -> int:
        while not self._queue:
            self._wakeup = self._loop.create_future()
            await self._wakeup
        return self._queue.popleft()

    async def stop(self, grace: float = 2.0) -> None:
        """Stop after the delivery under way (waited for up to `grace` seconds); the ones
        still queued stay pending."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        current = self._current
        if current is not None and not current.done():
            await asyncio.wait([current], timeout=grace)
        if self.backlog:
            log.info("Clockify deliveries: %d left pending for the next start", self.backlog)

    async def _work(self) -> None:
        try:
            await self._until_available(self._queue_left_pending, "list the pending deliveries")
        except Exception:  # the handlers' ids still get processed
            log.exception("Clockify deliveries: could not list the pending ones")
        outage = 0  # consecutive failures for want of the database
        while True:
            delivery_id = await self._next()
            await self._give_way()
            rules = ClockifyRules.from_settings(self._settings)
            try:
                # shielded: a stop lets the delivery under way finish (see stop)
                self._current = self._run(inbox.process_delivery, self._db, self._bus,
                                          delivery_id, rules=rules)
                self._current.add_done_callback(_retrieve)
                await asyncio.shield(self._current)
            except asyncio.CancelledError:
                raise
            except _UNAVAILABLE as exc:  # still pending: first in line once the database is back
                self.queue(delivery_id, first=True)
                pause = RETRY_SECONDS[min(outage, len(RETRY_SECONDS) - 1)]
                outage += 1
                if outage == 1 or pause == RETRY_SECONDS[-1]:
                    log.warning("Clockify delivery #%s waits for the database (%s); trying "
                                "again in %.2g s", delivery_id, type(exc).__name__, pause)
                await self._sleep(pause)
                continue
            except Exception as exc:  # process_delivery keeps failures itself; unforeseen
                log.error("Clockify delivery #%s could not be processed (%s); it stays pending "
                          "for `timedesk clockify reprocess`", delivery_id,
                          inbox.describe_failure(exc))
            self._queued.discard(delivery_id)
            if outage:
                log.info("Clockify deliveries: the database answers again")
                outage = 0
            self.processed += 1

    async def _until_available(self, step: Callable[[], Awaitable], what: str) -> None:
        """Run `step` again, with a growing pause, for as long as the database is unavailable."""
        for attempt in itertools.count():
            try:
                return await step()
            except _UNAVAILABLE as exc:
                pause = RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]
                if attempt == 0:
                    log.warning("Clockify deliveries: could not %s (%s); trying again",
                                what, type(exc).__name__)
                await self._sleep(pause)

    async def _sleep(self, seconds: float) -> None:
        pause = self._loop.create_future()
        self._loop.call_later(seconds, _resolve, pause)
        await pause

    async def _give_way(self) -> None:
        """Wait while deliveries are being stored, at most GIVE_WAY_SECONDS: an answer waits
        for its store, nobody waits for processing; in a burst, processing catches up after."""
        deadline = self._loop.time() + GIVE_WAY_SECONDS
        while self._busy() and self._loop.time() < deadline:
            await self._sleep(0.002)

    async def _queue_left_pending(self) -> None:
        """Queue what an earlier run stored but did not process (oldest first)."""
        pending: list[int] = []
        offset = 0
        while True:
            page = await self._run(inbox.list_deliveries, self._db, _INTAKE_ACTOR,
                                   status=PENDING, limit=_PAGE, offset=offset)
            pending.extend(d.id for d in page.items)
            offset += _PAGE
            if offset >= page.total:
                break
        for delivery_id in sorted(pending):
            self.queue(delivery_id)
        if pending:
            log.info("Clockify deliveries: %d left pending by an earlier run queued", len(pending))


def _retrieve(future: asyncio.Future) -> None:
    # Mark the outcome as seen: after a stop nobody awaits it, and asyncio would warn.
    if not future.cancelled():
        future.exception()


def _resolve(future: asyncio.Future) -> None:
    if not future.done():
        future.set_result(None)
