"""SQLite: other processes' events by checking `PRAGMA data_version` on a dedicated connection.

SQLite has no cross-process notification. `data_version` changes when another connection
commits and costs ~5 µs to ask, so the feed's worker thread asks every `poll_ms` (20 ms by
default) and reads the `events` table only after a commit; the asyncio loop (the GUI's) is woken
when there are events to deliver and otherwise once a second (MAX_WAIT_S), so an idle feed costs
~0.5% of a core (figures in tests/benchmarks/bench_event_latency.py). Writers take the lock at
BEGIN IMMEDIATE, so ids become visible in order and "rows after the last id seen" never skips
one. The connection lives on the feed's worker thread; the loop only waits on it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime
from typing import Any

from timedesk.db.database import Database
from timedesk.events.bus import Event, EventBus
from timedesk.events.feed import CONNECTED, RECONNECTING, RemoteEventFeed
from timedesk.retry import Backoff

log = logging.getLogger(__name__)

READ_PAGE = 500  # rows per read; a longer backlog continues on the next one
BUSY_TIMEOUT_MS = 1000
# the worker hands back an empty list at least this often: a feed nobody stopped (a crash on the
# way out) cannot hold the process at exit, which waits for the worker thread, for longer
MAX_WAIT_S = 1.0
# after a failed check, reopen in 0.125-0.25 s, doubling up to 10 s
_REOPEN = Backoff(0.25, cap=10.0, jitter=True)


class SqliteEventFeed(RemoteEventFeed):
    name = "sqlite"

    def __init__(self, bus: EventBus, db: Database, *, poll_ms: int = 20) -> None:
        super().__init__(bus, db)
        self.poll_s = max(poll_ms, 1) / 1000
        self._path = db.engine.url.database or ""
        self._conn: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self._last_id = 0
        self._stopping = threading.Event()
        self._poller: asyncio.Task[None] | None = None

    async def _open(self) -> None:
        if not self._path or self._path == ":memory:":
            raise ValueError("an in-memory SQLite database has no other processes to hear from")
        self._stopping.clear()
        await self._in_worker(self._connect, True)
        self._set_state(CONNECTED)
        assert self._loop is not None
        self._poller = self._loop.create_task(self._poll(), name="timedesk-events-poll")

    async def _close(self) -> None:
        self._stopping.set()  # ends the worker's wait for news
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
            self._data_version = None  # first check after (re)connecting reads unconditionally
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _wait_for_news(self) -> list[Event]:
        """The next events committed by anyone, checking every `poll_s` until there are some.

        Returns early, possibly empty, when the feed stops, once a reconnection has read
        successfully (so the loop can say 'connected' again) or after MAX_WAIT_S."""
        reconnecting = self._conn is None
        give_up = time.monotonic() + MAX_WAIT_S
        while True:
            events = self._read_new()
            if events or reconnecting or self._stopping.is_set() or time.monotonic() > give_up:
                return events
            time.sleep(self.poll_s)  # half the CPU of Event.wait(timeout); stop waits one check

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
        if len(rows) < READ_PAGE:  # a full page leaves the version unseen: read on next check
            self._data_version = version
        events = [_event_from_row(row) for row in rows]
        if events:
            self._last_id = events[-1].id
        return events

    # -- loop --------------------------------------------------------------------------------
    async def _poll(self) -> None:
        delays = _REOPEN.delays()
        while True:  # for the feed's life: stop() cancels it
            try:
                events = await self._in_worker(self._wait_for_news)
            except sqlite3.Error as exc:
                # a locked or vanished file: reopen later and carry on from the last id (the
                # rows are still there, nothing is lost, so no resync is needed)
                log.warning("events check failed: %s", exc)
                await self._in_worker(self._disconnect)
                self._set_state(RECONNECTING)
                await asyncio.sleep(next(delays))
                continue
            delays = _REOPEN.delays()
            self._set_state(CONNECTED)
            await self._deliver_all(events)


def _event_from_row(row: tuple[Any, ...]) -> Event:
    event_id, topic, payload, origin, created_at = row
    # SQLAlchemy stores naive UTC text ('2025-01-31 08:00:00.123456') and JSON as text
    stamp = datetime.fromisoformat(created_at).replace(tzinfo=UTC)
    return Event(event_id, topic, (json.loads(payload) if payload else None) or {}, origin, stamp)
