"""Webhook tokens as the listener checks them: every registered webhook (id, event, SHA-256 of
its token; a workspace has a handful) is kept in memory and compared there, so that neither an
accepted delivery nor a refused one costs a query on the webhook thread (a flood of wrong
tokens used to cost one SELECT each, on the thread that stores deliveries).

The table is read again after clockify.webhooks.changed (a webhook added or removed, in this
process or, through the event feed, in another) or an events resync, and at the latest
REFRESH_SECONDS after the last read: a change made where no event reaches this process takes
effect that late. Only hashes are kept, never a token.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from timedesk.clockify.webhooks import RegisteredHook, match_webhook_token, registered_hooks
from timedesk.db.database import Database

log = logging.getLogger(__name__)

REFRESH_SECONDS = 5.0


class WebhookTokens:
    def __init__(self, db: Database, run: Callable[..., asyncio.Future[Any]], *,
                 refresh_seconds: float = REFRESH_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._run = run  # runs a blocking call off the loop: run(fn, *args)
        self.refresh_seconds = refresh_seconds
        self._clock = clock
        self._hooks: list[RegisteredHook] | None = None
        self._read_at = 0.0
        self._reading: asyncio.Future[list[RegisteredHook]] | None = None  # one read at a time: a burst shares it
        self.reads = 0  # reads of the webhooks table (tests read it)

    async def webhook_id(self, token: str | None, event: str) -> int | None:
        """The id of the webhook of `event` with this token; None when refused."""
        if not token:
            return None
        return match_webhook_token(await self._table(), token, event)

    async def _table(self) -> list[RegisteredHook]:
        hooks = self._hooks
        if hooks is not None and self._clock() - self._read_at < self.refresh_seconds:
            return hooks
        reading = self._reading
        if reading is None:
            reading = self._reading = self._run(registered_hooks, self._db)
            reading.add_done_callback(self._read_done)
            self.reads += 1
        try:
            return await asyncio.shield(reading)
        except Exception:
            if hooks is None:
                raise
            log.warning("Clockify webhooks could not be read again; the known ones are used")
            return hooks

    def _read_done(self, reading: asyncio.Future) -> None:
        if reading is not self._reading:
            return  # forgotten while it ran: the next request reads again
        self._reading = None
        if not reading.cancelled() and reading.exception() is None:
            self._hooks, self._read_at = reading.result(), self._clock()

    def forget(self, *_: object) -> None:
        """Read the webhooks again before the next check (one was added or removed)."""
        self._hooks, self._reading = None, None
