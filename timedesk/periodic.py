"""PeriodicTask: the one skeleton of the periodic background workers (the mail outbox, the
Clockify overtime monitor and its report scheduler). Qt-free: it needs only a running asyncio
loop (qasync in the GUI, plain asyncio under `timedesk serve`).

A subclass defines `tick()` (one pass; True when more is due at once) and `interval()`; the task
runs `tick()` after `first_delay()`, then every `interval()` seconds, and at once when `wake()`
is called (from any thread; a wake during a pass runs the next one right after it). `stop()` lets
the pass in progress end, bounded by `stop_timeout_s`, then cancels it. A pass that raises is
logged and the next one runs on time: a database outage never ends the task.

Futures and the task are made on the loop `start()` ran on, never looked up again: under
qasync, Qt may step a task while no loop counts as running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)


class PeriodicTask:
    task_name = "timedesk-periodic"
    stop_timeout_s = 30.0

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Future[None] | None = None
        self._woken = False
        self._stopping = False

    # -- what a subclass defines -------------------------------------------------------------
    async def tick(self) -> bool | None:
        """One pass; return True when more is due right now."""
        raise NotImplementedError

    def interval(self) -> float:
        raise NotImplementedError

    def first_delay(self) -> float:
        return 0.0

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Start on the running loop; idempotent."""
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._stopping, self._woken = False, False
        self._task = self._loop.create_task(self._run(), name=self.task_name)

    def wake(self) -> None:
        """Run a pass now instead of at the next tick; callable from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop is closing during shutdown
            loop.call_soon_threadsafe(self._set_woken)

    async def stop(self) -> None:
        """Stop after the pass in progress (bounded by stop_timeout_s, then cancelled)."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._set_woken()
        done, _ = await asyncio.wait([task], timeout=self.stop_timeout_s)
        if not done:
            log.warning("%s: the pass in progress did not end in %ss; leaving it",
                        self.task_name, self.stop_timeout_s)
            task.cancel()

    # -- the loop ----------------------------------------------------------------------------
    def _set_woken(self) -> None:
        self._woken = True
        if self._wake is not None and not self._wake.done():
            self._wake.set_result(None)

    async def _sleep(self, seconds: float) -> None:
        if self._woken:
            return
        assert self._loop is not None
        self._wake = wake = self._loop.create_future()
        timer = self._loop.call_later(seconds, _resolve, wake)
        try:
            await wake
        finally:
            timer.cancel()
            self._wake = None

    async def _run(self) -> None:
        delay = self.first_delay()
        while True:
            await self._sleep(delay)
            if self._stopping:
                return
            self._woken = False
            try:
                again = await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug or an outage must not end the task: try again later
                log.exception("%s: a pass failed", self.task_name)
                again = False
            delay = 0.0 if again else self.interval()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
