"""SQLite: other processes' events by polling `PRAGMA data_version` on a dedicated connection.

SQLite has no cross-process notification. `data_version` changes when another connection
commits (~5 µs to ask), so the `events` table is read only after a commit. Writers take the
lock at BEGIN IMMEDIATE, so ids become visible in order and "rows after the last id seen" never
skips one. The connection lives on the feed's worker thread; the loop only waits on it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from datetime import datetime, timezone

from timedesk.db.database import Database
from timedesk.events.bus import Event, EventBus
from timedesk.events.feed import CONNECTED, RECONNECTING, RemoteEventFeed, backoff_delays

log = logging.getLogger(__name__)

READ_PAGE = 500  # rows per poll; a longer backlog continues on the next poll
BUSY_TIMEOUT_MS = 1000


class SqliteEventFeed(RemoteEventFeed):
    name = "sqlite"

    def __init__(self, bus: EventBus, db: Database, *, poll_ms: int = 250) -> None:
        super().__init__(bus, db)
        self.poll_s = max(poll_ms, 1) / 1000
        self._path = db.engine.url.database or ""
        self._conn: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self._last_id = 0
        self._poller: asyncio.Task | None = None

    async def _open(self) -> None:
        if not self._path or self._path == ":memory:":
            raise ValueError("an in-memory SQLite database has no other processes to hear from")
        await self._in_worker(self._connect, True)
        self._set_state(CONNECTED)
        assert self._loop is not None
        self._poller = self._loop.create_task(self._poll(), name="timedesk-events-poll")

    async def _close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        if self._worker is not None:
            # the connection belongs to the worker thread (sqlite3 checks the thread)
            await self._in_worker(self._disconnect)

    # -- worker thread -----------------------------------------------------------------------
    def _connect(self, from_now: bool) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            # autocommit and only reads: no transaction stays open, so data_version moves
            if from_now:  # history before the start is not news
                newest = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
                self._last_id = newest
            self._data_version = None  # first poll after (re)connecting reads unconditionally
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _read_new(self) -> list[Event]:
        """Events committed by anyone since the last call (empty when nothing was committed)."""
        if self._conn is None:
            self._connect(False)
        assert self._conn is not None
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        if version == self._data_version:
            return []
        rows = self._conn.execute(
            "SELECT id, topic, payload, origin, created_at FROM events WHERE id > ? "
            "ORDER BY id LIMIT ?", (self._last_id, READ_PAGE)).fetchall()
        if len(rows) < READ_PAGE:  # a full page leaves the version unseen: read on next poll
            self._data_version = version
        events = [_event_from_row(row) for row in rows]
        if events:
            self._last_id = events[-1].id
        return events

    # -- loop --------------------------------------------------------------------------------
    async def _poll(self) -> None:
        delays = backoff_delays(self.poll_s, 10.0)
        while True:  # for the feed's life: stop() cancels it
            await asyncio.sleep(self.poll_s)
            try:
                events = await self._in_worker(self._read_new)
            except sqlite3.Error as exc:
                # a locked or vanished file: reopen later and carry on from the last id (the
                # rows are still there, nothing is lost, so no resync is needed)
                log.warning("events poll failed: %s", exc)
                await self._in_worker(self._disconnect)
                self._set_state(RECONNECTING)
                await asyncio.sleep(next(delays, 10.0))
                continue
            delays = backoff_delays(self.poll_s, 10.0)
            self._set_state(CONNECTED)
            await self._deliver_all(events)


def _event_from_row(row: tuple) -> Event:
    event_id, topic, payload, origin, created_at = row
    # SQLAlchemy stores naive UTC text ('2025-01-31 08:00:00.123456') and JSON as text
    stamp = datetime.fromisoformat(created_at).replace(tzinfo=timezone.utc)
    return Event(event_id, topic, (json.loads(payload) if payload else None) or {}, origin, stamp)
