"""The overtime monitor: every clockify.overtime_check_seconds it flags running sessions that
have run longer than the threshold (closed ones are judged when they close).

Qt-free and aiohttp-free: an asyncio task that runs `flag_running_overtime` on a worker thread,
so it runs on the GUI's qasync loop and under `timedesk serve` alike:

    monitor = OvertimeMonitor(ctx.db, ctx.bus, ctx.settings)
    await monitor.start()    # on the running loop (timedesk.periodic.PeriodicTask)
    ...
    await monitor.stop()

A failed check (database down) is logged and tried again at the next tick; it never ends the
task. The rules and the interval are read from the settings at every tick, so a change in the
Settings dialog applies without a restart.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.overtime import flag_running_overtime
from timedesk.db.database import Database
from timedesk.events.bus import EventBus
from timedesk.periodic import PeriodicTask

log = logging.getLogger(__name__)


class OvertimeMonitor(PeriodicTask):
    """Checks at once, then every clockify.overtime_check_seconds; `check_soon()` wakes it."""

    task_name = "clockify-overtime-monitor"
    stop_timeout_s = 5.0  # a check in progress is one short transaction

    def __init__(self, db: Database, bus: EventBus, settings: Any, *,
                 executor: Executor | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.db, self.bus, self.settings = db, bus, settings
        self.checks = 0  # completed checks, successful or not (for tests and the status bar)
        self.flagged = 0  # sessions flagged since start
        self.last_error: str | None = None
        self._executor = executor  # None: a thread of the monitor's own
        self._own_executor: ThreadPoolExecutor | None = None
        self._clock = clock  # None: flag_running_overtime's own utcnow()
        self._check: asyncio.Future[list[int]] | None = None

    def interval(self) -> float:
        return float(self.settings["clockify.overtime_check_seconds"])

    async def start(self) -> None:
        """Start checking on the running loop (the first check at once); idempotent."""
        if self._executor is None and self._own_executor is None:
            self._own_executor = ThreadPoolExecutor(1, thread_name_prefix="timedesk-overtime")
        await super().start()

    async def stop(self) -> None:
        """Stop; a check already on its thread finishes there (one short transaction)."""
        await super().stop()
        check = self._check
        if check is not None and not check.done():
            # a thread finishing after the loop closed would call into a dead loop
            await asyncio.wait([check], timeout=5.0)
        if self._own_executor is not None:
            self._own_executor.shutdown(wait=False)
            self._own_executor = None

    def check_soon(self) -> None:
        """Run a check now instead of at the next tick (e.g. after the threshold changed)."""
        self.wake()

    async def check_once(self) -> list[int]:
        """One check off the loop; the ids flagged."""
        rules = ClockifyRules.from_settings(self.settings)
        now = self._clock() if self._clock is not None else None
        loop = self._loop or asyncio.get_running_loop()
        pool = self._executor or self._own_executor
        if pool is None:
            return await loop.run_in_executor(
                None, lambda: flag_running_overtime(self.db, self.bus, now, rules=rules))
        self._check = asyncio.wrap_future(
            pool.submit(flag_running_overtime, self.db, self.bus, now, rules=rules), loop=loop)
        return await asyncio.shield(self._check)

    async def tick(self) -> None:
        try:
            flagged = await self.check_once()
            self.flagged += len(flagged)
            self.last_error = None
            if flagged:
                log.info("overtime monitor: %d running session(s) flagged", len(flagged))
        except Exception as exc:  # the database may be down for a while: try next tick
            self.last_error = f"{type(exc).__name__}: {exc}"[:300]
            log.warning("overtime monitor: check failed: %s", self.last_error)
        self.checks += 1
