"""OutboxWorker: sends queued mail in the background of the GUI or of `timedesk serve`.

Qt-free: it needs only a running asyncio loop (qasync in the GUI). Blocking smtplib and database
work runs in the loop's default executor, one pass at a time, so the loop never waits on SMTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from sqlalchemy.exc import InterfaceError, OperationalError

from timedesk.db.database import Database
from timedesk.errors import DatabaseUnavailable
from timedesk.mail.outbox import QUEUED_TOPIC
from timedesk.mail.sender import SendReport, send_due

log = logging.getLogger(__name__)


class OutboxWorker:
    """Runs `send_due()` every `interval_s` seconds, and at once when `mail.queued` is published
    (in this process, or in another one when the bus has a remote feed)."""

    def __init__(self, db: Database, settings, secrets, bus=None, *, interval_s: float = 5.0,
                 batch: int = 20, stop_timeout_s: float = 30.0) -> None:
        self.db = db
        self.settings = settings
        self.secrets = secrets
        self.bus = bus
        self.interval_s = interval_s
        self.batch = batch
        self.stop_timeout_s = stop_timeout_s
        self.last_report: SendReport | None = None
        self.on_report: Callable[[SendReport], None] | None = None  # e.g. the status bar
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = False
        self._task: asyncio.Task | None = None
        self._unsubscribe: Callable[[], None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stopping = False
        if self.bus is not None:
            self._unsubscribe = self.bus.subscribe(QUEUED_TOPIC, self._on_queued)
        self._task = asyncio.create_task(self._run(), name="timedesk-mail-outbox")

    def wake(self) -> None:
        """Send due mail now; callable from any thread (the bus delivers from writer threads)."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # loop closing during shutdown
            loop.call_soon_threadsafe(event.set)

    async def stop(self) -> None:
        """Stop after the pass in progress (bounded by stop_timeout_s; an abandoned pass's
        claims go back to the queue after STALE_CLAIM)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        if self._wake is not None:
            self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), self.stop_timeout_s)
        except asyncio.TimeoutError:
            log.warning("mail outbox: the pass in progress did not end in %ss; leaving it",
                        self.stop_timeout_s)
            task.cancel()

    def _on_queued(self, _event) -> None:
        self.wake()

    async def _run(self) -> None:
        assert self._loop is not None and self._wake is not None
        while not self._stopping:
            self._wake.clear()
            try:
                report = await self._loop.run_in_executor(
                    None, lambda: send_due(self.db, self.settings, self.secrets,
                                           limit=self.batch))
            except (OperationalError, InterfaceError, DatabaseUnavailable) as exc:
                # an outage must not end the worker (nor fill the log with tracebacks)
                log.warning("mail outbox: the database is unavailable (%s); trying again in "
                            "%.3g s", type(exc).__name__, self.interval_s)
            except Exception:  # a bug must not end the worker either: try again later
                log.exception("mail outbox pass failed")
            else:
                self.last_report = report
                if self.on_report is not None:
                    try:
                        self.on_report(report)
                    except Exception:  # a broken observer must not stop the mail
                        log.exception("mail outbox: on_report failed")
                if report.claimed >= self.batch:  # there is probably more due right now
                    continue
            if self._stopping:
                break
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval_s)
