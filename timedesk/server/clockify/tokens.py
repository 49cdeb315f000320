"""Webhook tokens as the listener checks them: the domain's verify_webhook_token, with each
accepted (token, event) remembered for a few seconds so that a burst of deliveries does not
read the webhooks table once per request.

Only a SHA-256 of the token is kept in memory, never the token. Refusals are not remembered
(a token registered a moment ago works at once); a removed webhook's token is refused at the
latest CACHE_SECONDS after its removal, at once in this process when the removal is announced
on the bus (clockify.webhooks.changed).
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Awaitable, Callable

from timedesk.clockify.webhooks import verify_webhook_token
from timedesk.db.database import Database
from timedesk.errors import AuthenticationFailed

CACHE_SECONDS = 5.0
MAX_ENTRIES = 256  # Clockify workspaces have a handful of webhooks; this bounds a flood


class WebhookTokens:
    def __init__(self, db: Database, run: Callable[..., Awaitable], *,
                 cache_seconds: float = CACHE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self._run = run  # runs a blocking call off the loop: run(fn, *args)
        self._seconds = cache_seconds
        self._clock = clock
        self._accepted: dict[tuple[str, str], tuple[int, float]] = {}
        # one database check per (token, event) at a time: a burst waits for the same answer
        self._checking: dict[tuple[str, str], asyncio.Future] = {}

    async def webhook_id(self, token: str | None, event: str) -> int | None:
        """The id of the webhook of `event` with this token; None when refused."""
        if not token:
            return None
        key = (hashlib.sha256(token.encode("utf-8")).hexdigest(), event)
        now = self._clock()
        cached = self._accepted.get(key)
        if cached is not None and cached[1] > now:
            return cached[0]
        checking = self._checking.get(key)
        if checking is None:
            checking = self._checking[key] = self._run(verify_webhook_token, self._db, token,
                                                       event)
            checking.add_done_callback(lambda _: self._checking.pop(key, None))
        try:
            found = await asyncio.shield(checking)
        except AuthenticationFailed:
            self._accepted.pop(key, None)
            return None
        if len(self._accepted) >= MAX_ENTRIES:
            self._accepted.clear()
        self._accepted[key] = (found, now + self._seconds)
        return found

    def forget(self, *_: object) -> None:
        """Drop every remembered token (a webhook was added or removed)."""
        self._accepted.clear()
