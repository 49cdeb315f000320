"""PostgreSQL: other processes' events through LISTEN/NOTIFY on a dedicated connection.

The connection is autocommit psycopg2, watched with the loop's `add_reader` (qasync turns that
into a QSocketNotifier), so a notification reaches subscribers in well under a millisecond of
the loop's time. Notifications sent while the connection is down are lost for good: after a
reconnection the feed reads the `events` rows it missed and then delivers RESYNC.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections import OrderedDict
from datetime import datetime
from typing import Any

import psycopg2
import psycopg2.extensions
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from timedesk.db.database import Database
from timedesk.db.engine import application_name as url_application_name
from timedesk.errors import DatabaseUnavailable
from timedesk.events.bus import CHANNEL, Event, EventBus
from timedesk.events.feed import (
    CONNECTED,
    DELIVERY_SLICE,
    RECONNECTING,
    STOPPED,
    RemoteEventFeed,
)
from timedesk.events.models import EventRow
from timedesk.retry import Backoff

log = logging.getLogger(__name__)

# Identity values are handed out at INSERT but become visible at COMMIT, so a row a little older
# than the last id seen may have committed during the outage: catch-up re-reads that margin
# (EventBus.deliver drops the ones already delivered).
CATCH_UP_OVERLAP = 100
CATCH_UP_PAGE = 500
CATCH_UP_MAX_PAGES = 200  # beyond 100,000 missed events the RESYNC refresh is the only sane path
MAX_OUTAGE_S = 7 * 24 * 3600  # then give up ('stopped'); a restart of the program tries again
KNOWN_ORIGINS_MAX = 1000
# Dead peers (a pulled cable) never make the socket readable; TCP keepalive turns them into an
# error within about a minute, which then goes through the normal reconnection.
KEEPALIVE: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
             "keepalives_count": 3}


def listen_dsn(url: URL) -> str:
    """libpq's URI for the engine's URL, with password and `options` (e.g. search_path)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def listen_url(setting_value: str, engine_url: URL) -> URL:
    """Where the LISTEN connection goes: database.listen_url, or the engine's URL when it is
    empty. A pooler in transaction mode (PgBouncer) drops LISTEN, so with database.url on the
    pooler this names PostgreSQL itself; its missing user and password are database.url's."""
    raw = (setting_value or "").strip()
    if not raw:
        return engine_url
    hint = ("Set database.listen_url (TIMEDESK_DATABASE_LISTEN_URL) to PostgreSQL itself, not "
            "the pooler, e.g. postgresql://user@dbserver:5432/timedesk, or leave it empty to "
            "use database.url.")
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):
        raise DatabaseUnavailable("database.listen_url is not a valid URL.", hint) from None
    if url.get_backend_name() != "postgresql":
        raise DatabaseUnavailable(
            "database.listen_url must be a PostgreSQL URL, not '{backend}'.", hint,
            backend=url.get_backend_name())
    if url.username is None:
        url = url.set(username=engine_url.username)
    if url.password is None and url.username == engine_url.username:
        url = url.set(password=engine_url.password)
    return url


class PostgresEventFeed(RemoteEventFeed):
    name = "postgresql"

    def __init__(self, bus: EventBus, db: Database, *, url: URL | None = None,
                 application_name: str | None = None,
                 first_delay: float = 0.5, max_delay: float = 10.0) -> None:
        """`url`: where to LISTEN (listen_url(); default the engine's URL). The connection is
        named after the engine's (its URL's application_name, else "timedesk") + "-listen"."""
        super().__init__(bus, db)
        self.url = url if url is not None else db.engine.url
        self.application_name = application_name or url_application_name(db.engine.url) + "-listen"
        self.first_delay = first_delay
        self.max_delay = max_delay
        self._conn: psycopg2.extensions.connection | None = None
        self._fd: int | None = None
        self._queue: asyncio.Queue[tuple[str, Any]] | None = None
        self._consumer: asyncio.Task[None] | None = None
        self._reconnector: asyncio.Task[None] | None = None
        self._baseline = 0  # the newest id when the feed started: older rows are history
        self._last_seen = 0
        # Every database on the server shares the channel: a notification whose origin has no
        # row in our `events` table comes from another installation (another schema) and is
        # ignored. The answer is remembered per origin, so only a process's first event costs
        # a lookup.
        self._origins: OrderedDict[str, bool] = OrderedDict()

    @property
    def backend_pid(self) -> int | None:
        """The server process of the LISTEN connection (None while disconnected)."""
        return self._conn.get_backend_pid() if self._conn is not None else None

    # -- connection --------------------------------------------------------------------------
    async def _open(self) -> None:
        self._queue = asyncio.Queue()
        self._conn = await self._connect_listening()
        try:
            # after LISTEN: an event committed in between is both notified and not "history"
            self._baseline = self._last_seen = await self._in_worker(self.bus.current_max_id)
        except BaseException:
            self._conn.close()
            self._conn = None
            raise
        assert self._loop is not None
        self._consumer = self._loop.create_task(self._consume(), name="timedesk-events-consume")
        self._set_state(CONNECTED)
        self._watch()

    async def _close(self) -> None:
        tasks = [t for t in (self._reconnector, self._consumer) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._reconnector = self._consumer = None
        self._unwatch()

    def _connect(self) -> psycopg2.extensions.connection:
        """Worker thread: connect and LISTEN (both are round trips the loop must not wait on)."""
        conn: psycopg2.extensions.connection = psycopg2.connect(
            listen_dsn(self.url), connect_timeout=5,
            application_name=self.application_name, **KEEPALIVE)
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        return conn

    async def _connect_listening(self) -> psycopg2.extensions.connection:
        assert self._loop is not None
        future = self._loop.run_in_executor(self._worker, self._connect)
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:  # stop() during a connect: close what it opens
            future.add_done_callback(_close_connected)
            raise

    def _watch(self) -> None:
        assert self._loop is not None and self._conn is not None
        self._fd = self._conn.fileno()
        self._loop.add_reader(self._fd, self._on_readable)
        self._on_readable()  # notifications that arrived with LISTEN's reply are already buffered

    def _unwatch(self) -> None:
        conn, fd = self._conn, self._fd
        self._conn = self._fd = None
        if fd is not None and self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(fd)  # by the fd kept at _watch: a dead conn has no fileno()
        if conn is not None:
            conn.close()

    def _on_readable(self) -> None:
        conn = self._conn
        if conn is None or self._queue is None:
            return
        lost: psycopg2.Error | None = None
        try:
            conn.poll()
        except psycopg2.Error as exc:
            lost = exc
        if conn.notifies:  # read before a failure too: they are real, committed events
            batch = list(conn.notifies)
            del conn.notifies[:]
            for notify in batch:
                if notify.channel == CHANNEL:
                    self._queue.put_nowait(("notify", notify.payload))
        if lost is not None:
            log.warning("events listener lost the database: %s", _first_line(lost))
            self._lose_connection()

    def _lose_connection(self) -> None:
        self._unwatch()
        self._set_state(RECONNECTING)
        if self._reconnector is None or self._reconnector.done():
            assert self._loop is not None
            self._reconnector = self._loop.create_task(self._reconnect(),
                                                       name="timedesk-events-reconnect")

    async def _reconnect(self) -> None:
        attempts = int(MAX_OUTAGE_S / self.max_delay) + 1
        delays = Backoff(self.first_delay, cap=self.max_delay, jitter=True).delays(attempts)
        for attempt, delay in enumerate(delays):
            await asyncio.sleep(delay)
            try:
                conn = await self._connect_listening()
            except psycopg2.Error as exc:
                log.info("events listener: reconnection attempt %d failed: %s", attempt + 1,
                         _first_line(exc))
                continue
            assert self._queue is not None
            self._conn = conn
            # queued before the reader starts, so the missed events come before the new ones
            self._queue.put_nowait(("catch_up", None))
            self._set_state(CONNECTED)
            self._reconnector = None  # done: if the first read fails, _lose_connection starts anew
            self._watch()
            return
        log.error("events listener: database unreachable for %d s, giving up", MAX_OUTAGE_S)
        self._set_state(STOPPED)

    # -- delivery (one consumer task keeps the order of notifications and catch-ups) ---------
    async def _consume(self) -> None:
        assert self._queue is not None
        for handled in itertools.count(1):  # for the feed's life: stop() cancels it
            if handled % DELIVERY_SLICE == 0:  # get() does not yield while the queue has items
                await asyncio.sleep(0)
            kind, data = await self._queue.get()
            try:
                if kind == "notify":
                    await self._deliver_notification(data)
                else:
                    await self._catch_up()
            except Exception:  # one bad event (or a lookup during an outage) must not stop the feed
                log.exception("events listener could not deliver a %s", kind)

    async def _deliver_notification(self, raw: str) -> None:
        try:
            message = json.loads(raw)
            event_id, topic = int(message["id"]), str(message["topic"])
            origin = str(message["origin"])
        except (ValueError, KeyError, TypeError):
            log.warning("events listener ignored a malformed notification")
            return
        if origin == self.bus.origin:
            self._last_seen = max(self._last_seen, event_id)
            return
        known = self._origins.get(origin)
        if known is False:
            return
        event: Event | None
        if known and "payload" in message:
            event = Event(event_id, topic, message["payload"] or {}, origin,
                          datetime.fromisoformat(message["created_at"]))
        else:  # a payload too big for NOTIFY, or an origin not checked yet: read the row
            event = await self._in_worker(self._read_event, event_id)
            belongs = event is not None and event.origin == origin
            self._remember_origin(origin, belongs)
            if event is None or not belongs:
                return
        self._last_seen = max(self._last_seen, event_id)
        self._deliver_foreign(event)

    def _remember_origin(self, origin: str, belongs: bool) -> None:
        self._origins[origin] = belongs
        if len(self._origins) > KNOWN_ORIGINS_MAX:
            self._origins.popitem(last=False)

    def _read_event(self, event_id: int) -> Event | None:
        with self.db.session_factory() as session:
            row = session.get(EventRow, event_id)
            return Event.from_row(row) if row is not None else None

    async def _catch_up(self) -> None:
        after = max(self._baseline, self._last_seen - CATCH_UP_OVERLAP)
        try:
            for _ in range(CATCH_UP_MAX_PAGES):
                missed = await self._in_worker(self.bus.events_after, after, CATCH_UP_PAGE)
                for event in missed:
                    self._remember_origin(event.origin, True)
                await self._deliver_all(missed)
                if missed:
                    after = missed[-1].id
                    self._last_seen = max(self._last_seen, after)
                if len(missed) < CATCH_UP_PAGE:
                    break
            else:
                log.warning("events listener: catch-up stopped at id %d; resync covers the rest",
                            after)
        finally:  # even a failed catch-up must tell subscribers to reload
            self._deliver_resync("reconnection")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _close_connected(future: asyncio.Future[psycopg2.extensions.connection]) -> None:
    """Close the connection a cancelled connect went on to open."""
    if not future.cancelled() and future.exception() is None:
        future.result().close()
