"""Events of other processes, fed into this process's EventBus.

`start_remote_feed()` picks the engine's way of hearing about them: PostgreSQL LISTEN/NOTIFY
(postgres_feed.py) or an SQLite `PRAGMA data_version` poll (sqlite_feed.py). Both are Qt-free and
need only a running asyncio loop, so the GUI (qasync) and `timedesk serve` share them.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.events.bus import RESYNC, Event, EventBus
from timedesk.settings import Settings

log = logging.getLogger(__name__)

CONNECTED = "connected"
RECONNECTING = "reconnecting"
STOPPED = "stopped"

# EventBus.deliver() remembers ids to deliver each event once; a fixed id for the synthetic
# RESYNC would be swallowed from the second outage on, so each one gets a fresh negative id
# (never a real row id, and it leaves EventBus.last_id alone).
_resync_ids = itertools.count(-1, -1)

T = TypeVar("T")

DELIVERY_SLICE = 100  # events delivered between two yields to the loop


def resync_event(origin: str, reason: str) -> Event:
    """The synthetic event that tells subscribers to reload everything they show."""
    return Event(next(_resync_ids), RESYNC, {"reason": reason}, origin, utcnow())


class RemoteEventFeed:
    """Delivers events published by other processes into `bus.deliver()`.

    `state` is 'connected', 'reconnecting' or 'stopped'; `on_state_change(state)` is called on
    the loop's thread each time it changes (the status bar shows it). Blocking database work
    runs on one worker thread of the feed's own, so long jobs in the shared executor never
    delay events and the loop never waits on the database.
    """

    name = "events"

    def __init__(self, bus: EventBus, db: Database) -> None:
        self.bus = bus
        self.db = db
        self.state = STOPPED
        self.on_state_change: Callable[[str], None] | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        if self._worker is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._worker = ThreadPoolExecutor(1, thread_name_prefix=f"timedesk-{self.name}-feed")
        try:
            await self._open()  # ends 'connected' (or already 'reconnecting')
        except BaseException:
            self._shutdown_worker()
            raise

    async def stop(self) -> None:
        if self._worker is None:
            return
        try:
            await self._close()
        finally:
            self._shutdown_worker()
            self._set_state(STOPPED)

    async def _open(self) -> None:
        """Connect, set the state, start delivering; raise if the database cannot be reached."""
        raise NotImplementedError

    async def _close(self) -> None:
        raise NotImplementedError

    # -- helpers for the engines -------------------------------------------------------------
    async def _in_worker(self, func: Callable[..., T], *args: Any) -> T:
        assert self._loop is not None and self._worker is not None
        return await self._loop.run_in_executor(self._worker, func, *args)

    def _shutdown_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=False, cancel_futures=True)

    def _deliver_foreign(self, event: Event) -> None:
        """Deliver unless this process published it (it got it at commit already)."""
        if event.origin != self.bus.origin:
            self.bus.deliver(event)

    async def _deliver_all(self, events: list[Event]) -> None:
        """Deliver a backlog, letting the loop breathe between slices (subscribers repaint)."""
        for start in range(0, len(events), DELIVERY_SLICE):
            if start:
                await asyncio.sleep(0)
            for event in events[start:start + DELIVERY_SLICE]:
                self._deliver_foreign(event)

    def _deliver_resync(self, reason: str) -> None:
        log.info("events feed: resync after %s", reason)
        self.bus.deliver(resync_event(self.bus.origin, reason))

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        log.info("events feed (%s): %s", self.name, state)
        self.state = state
        if self.on_state_change is not None:
            try:
                self.on_state_change(state)
            except Exception:  # a broken status bar must not stop events
                log.exception("on_state_change callback failed")


def make_remote_feed(bus: EventBus, db: Database,
                     settings: Settings | Mapping[str, Any]) -> RemoteEventFeed:
    """The feed for this database's engine, not started yet."""
    if db.backend == "postgresql":
        from timedesk.events.postgres_feed import PostgresEventFeed, listen_url

        return PostgresEventFeed(bus, db,
                                 url=listen_url(settings["database.listen_url"], db.engine.url))
    from timedesk.events.sqlite_feed import SqliteEventFeed

    return SqliteEventFeed(bus, db, poll_ms=int(settings["events.sqlite_poll_ms"]))


async def start_remote_feed(bus: EventBus, db: Database, settings: Settings | Mapping[str, Any],
                            on_state_change: Callable[[str], None] | None = None,
                            ) -> RemoteEventFeed:
    """Start delivering other processes' events into `bus`; call `await feed.stop()` at exit.

    Raises the engine's connection error if the database cannot be reached at start."""
    feed = make_remote_feed(bus, db, settings)
    feed.on_state_change = on_state_change
    await feed.start()
    return feed
