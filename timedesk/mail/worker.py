"""OutboxWorker: sends queued mail in the background of the GUI or of `timedesk serve`.

Qt-free (timedesk.periodic.PeriodicTask). Blocking smtplib and database work runs in the loop's
default executor, one pass at a time, so the loop never waits on SMTP.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import InterfaceError, OperationalError

from timedesk.db.database import Database
from timedesk.errors import DatabaseUnavailable
from timedesk.events.bus import Event, EventBus
from timedesk.mail.outbox import QUEUED_TOPIC
from timedesk.mail.sender import SendReport, send_due
from timedesk.periodic import PeriodicTask
from timedesk.settings import Settings

if TYPE_CHECKING:  # keyring is imported only where secrets are read
    from timedesk.secrets import SecretStore

log = logging.getLogger(__name__)


class OutboxWorker(PeriodicTask):
    """Runs `send_due()` every `interval_s` seconds, and at once when `mail.queued` is published
    (in this process, or in another one when the bus has a remote feed)."""

    task_name = "timedesk-mail-outbox"

    def __init__(self, db: Database, settings: Settings, secrets: SecretStore,
                 bus: EventBus | None = None, *, interval_s: float = 5.0,
                 batch: int = 20, stop_timeout_s: float = 30.0) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.secrets = secrets
        self.bus = bus
        self.interval_s = interval_s
        self.batch = batch
        self.stop_timeout_s = stop_timeout_s
        self.last_report: SendReport | None = None
        self.on_report: Callable[[SendReport], None] | None = None  # e.g. the status bar
        self._unsubscribe: Callable[[], None] | None = None

    def interval(self) -> float:
        return self.interval_s

    async def start(self) -> None:
        if self.running:
            return
        if self.bus is not None:
            self._unsubscribe = self.bus.subscribe(QUEUED_TOPIC, self._on_queued)
        await super().start()

    async def stop(self) -> None:
        """Stop after the pass in progress (bounded by stop_timeout_s; an abandoned pass's
        claims go back to the queue after STALE_CLAIM)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await super().stop()

    def _on_queued(self, _event: Event) -> None:
        self.wake()

    async def tick(self) -> bool:
        """One pass; True when a full batch went out (there is probably more due right now)."""
        assert self._loop is not None  # set by start()
        try:
            report = await self._loop.run_in_executor(
                None, lambda: send_due(self.db, self.settings, self.secrets, limit=self.batch))
        except (OperationalError, InterfaceError, DatabaseUnavailable) as exc:
            # an outage must not end the worker (nor fill the log with tracebacks)
            log.warning("mail outbox: the database is unavailable (%s); trying again in "
                        "%.3g s", type(exc).__name__, self.interval_s)
            return False
        self.last_report = report
        if self.on_report is not None:
            try:
                self.on_report(report)
            except Exception:  # a broken observer must not stop the mail
                log.exception("mail outbox: on_report failed")
        return report.claimed >= self.batch
