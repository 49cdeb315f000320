"""Engine creation for SQLite (embedded default) and PostgreSQL (shared by several PCs).

Connection problems become one-line DatabaseUnavailable errors (what, where, what to check);
passwords never appear in them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlalchemy.util import queue as sqla_queue

from timedesk.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from timedesk.settings import SettingValues

HINT_URL = ("Check database.url (TIMEDESK_DATABASE_URL), e.g. "
            "postgresql+psycopg2://user@host:5432/timedesk, or leave it empty for SQLite.")


def resolve_url(setting_value: str, sqlite_file: Path) -> URL:
    """The URL to use: the setting, or the embedded SQLite file when it is empty."""
    raw = (setting_value or "").strip()
    if not raw:
        return URL.create("sqlite+pysqlite", database=str(sqlite_file))
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseUnavailable("database URL is not valid (expected driver://user@host/db).",
                                  HINT_URL) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailable(
            "database backend '{backend}' is not supported (use sqlite or postgresql).",
            HINT_URL, backend=url.get_backend_name())
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg2")
    return url


def describe(url: URL) -> str:
    """Where the database is, for messages and the status bar (no password)."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database or ':memory:'}"
    port = url.port or 5432
    return f"PostgreSQL {url.host or 'localhost'}:{port}/{url.database or ''}"


# Writers of several processes (the app, `timedesk display`, `timedesk serve`) queue on SQLite's
# write lock; the lock is granted unfairly, and a busy machine saw one writer wait 5.3 s while
# four desks called turns: 15 s leaves room (the database.sqlite_busy_timeout_ms default).
DEFAULT_BUSY_TIMEOUT_MS = 15_000


def _sqlite_pragmas(busy_timeout_ms: int) -> Callable[[Any, object], None]:
    def on_connect(dbapi_connection: Any, _record: object) -> None:
        # Let SQLAlchemy own BEGIN so that SAVEPOINTs and BEGIN IMMEDIATE behave (pysqlite quirk).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock at BEGIN: two writers queue on busy_timeout instead of
    # failing later with "database is locked" when a read transaction tries to upgrade.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass(frozen=True)
class PoolSize:
    """How many PostgreSQL connections one process may hold (besides the event feed's LISTEN).

    `size` stay open once used, up to `overflow` more are opened for a burst and closed after
    it; a caller that finds all of them busy waits up to `timeout_s`, then gets
    DatabaseUnavailable. Workstations (the GUI, `timedesk display`, commands) hold few, since
    twenty PCs share PostgreSQL's 100 connections; `timedesk serve` answers every PC's HTTP
    calls and holds more (`server`: the database.serve_* settings)."""

    size: int = 1  # the defaults of database.pool_size, max_overflow and pool_timeout
    overflow: int = 0
    timeout_s: float = 30.0
    server: bool = False

    @property
    def prefix(self) -> str:
        """Where the size and overflow come from: database.(serve_)pool_size, max_overflow."""
        return "database.serve_" if self.server else "database."

    @classmethod
    def from_settings(cls, settings: SettingValues, *, server: bool = False) -> PoolSize:
        prefix = cls(server=server).prefix
        return cls(size=settings[prefix + "pool_size"],
                   overflow=settings[prefix + "max_overflow"],
                   timeout_s=float(settings["database.pool_timeout"]), server=server)


# Every PC hears an event at the same moment and reloads its views at once: a pool that opens
# its overflow connections at the first wait (QueuePool's way) made twenty PCs open them
# together (bench_many_pcs). Most tasks hold a connection for milliseconds, so a thread first
# waits this long for one to come free; a task that holds one longer (a report) still lets the
# others open an overflow connection after that second. (A workstation has none by default:
# with a slow server every PC waited that second at once, and 20 PCs held 60 connections.)
OVERFLOW_GRACE_S = 1.0
_HOLDER = "timedesk_holder"  # in a checked-out connection's info: the thread that holds it


class BoundedPool(QueuePool):
    """QueuePool that opens an overflow connection only after OVERFLOW_GRACE_S of waiting; that
    gives a thread which already holds a connection another one at once, even beyond
    max_overflow (a subscriber reading in its publisher's after_commit, a session opened inside
    another, must not wait for itself: the limit bounds the threads working at once); and whose
    exhaustion is a DatabaseUnavailable that says what to do, not SQLAlchemy's TimeoutError
    ("QueuePool limit of size 1 overflow 0 reached")."""

    where = "the database"
    sized = PoolSize()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._holders: dict[int, int] = {}  # thread id -> connections it holds
        self._holders_lock = threading.Lock()

    def recreate(self) -> QueuePool:  # engine.dispose(): the new pool keeps the description
        pool = super().recreate()
        assert isinstance(pool, BoundedPool)
        pool.where, pool.sized = self.where, self.sized
        return pool

    def _do_get(self) -> ConnectionPoolEntry:
        thread = threading.get_ident()
        with self._holders_lock:
            holds = self._holders.get(thread, 0)
        record: ConnectionPoolEntry | None = None
        if holds:  # it would wait for itself: a free connection, else one more at once
            try:
                record = self._pool.get(False)
            except sqla_queue.Empty:
                record = self._beyond_the_limit()
        elif 0 <= self._overflow < self._max_overflow:  # all `size` open and busy
            try:
                record = self._pool.get(True, OVERFLOW_GRACE_S)
            except sqla_queue.Empty:
                pass
        if record is None:
            record = self._get_or_explain()
        record.info[_HOLDER] = thread
        with self._holders_lock:
            self._holders[thread] = holds + 1
        return record

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        thread = record.info.pop(_HOLDER, None)
        with self._holders_lock:
            left = self._holders.pop(thread, 0) - 1
            if left > 0:
                self._holders[thread] = left
        if self._overflow > self._max_overflow:  # one beyond the limit: never lent to another
            try:
                record.close()
            finally:
                self._dec_overflow()
            return
        super()._do_return_conn(record)

    def _beyond_the_limit(self) -> ConnectionPoolEntry:
        """One more connection, counted as overflow: closed when it comes back to a full pool."""
        with self._overflow_lock:
            self._overflow += 1
        try:
            return self._create_connection()
        except BaseException:
            self._dec_overflow()
            raise

    def _get_or_explain(self) -> ConnectionPoolEntry:
        try:
            return super()._do_get()
        except sa_exc.TimeoutError:
            prefix, count = self.sized.prefix, self.sized.size + self.sized.overflow
            busy_hint = ("Try again in a moment. If it keeps happening, a long task holds them: "
                         "raise "
                         "{prefix}pool_size or {prefix}max_overflow (as far as PostgreSQL's "
                         "max_connections allows) or database.pool_timeout.")
            if count == 1:
                raise DatabaseUnavailable(
                    "the one connection of this program to the database ({where}) is busy: it "
                    "did not come free within {seconds:g} s.", busy_hint,
                    where=self.where, seconds=self.sized.timeout_s, prefix=prefix) from None
            raise DatabaseUnavailable(
                "all {count} connections of this program to the database ({where}) are busy: "
                "none came free within {seconds:g} s.", busy_hint, count=count, where=self.where,
                seconds=self.sized.timeout_s, prefix=prefix) from None


def application_name(url: URL, default: str = "timedesk") -> str:
    """The name PostgreSQL shows for the connections (pg_stat_activity): `application_name` in
    the URL's query (IT can name each PC's connections), else `default`."""
    given = url.query.get("application_name")
    if isinstance(given, tuple):
        given = given[-1] if given else None
    return given or default


def make_engine(url: URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
                pool: PoolSize | None = None, echo: bool = False) -> Engine:
    """`pool` sizes a PostgreSQL engine (default: a workstation's PoolSize()); SQLite keeps
    SQLAlchemy's own pool."""
    try:
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                create_private_file(Path(url.database))
            engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        sized = pool or PoolSize()
        engine = create_engine(url, echo=echo, pool_pre_ping=True, poolclass=BoundedPool,
                               pool_size=sized.size, max_overflow=sized.overflow,
                               pool_timeout=sized.timeout_s,
                               connect_args={"connect_timeout": 5,
                                             "application_name": application_name(url)})
        assert isinstance(engine.pool, BoundedPool)
        engine.pool.where, engine.pool.sized = describe(url), sized
        return engine
    except NoSuchModuleError:
        raise DatabaseUnavailable("no driver for database URL scheme '{drivername}'.",
                                  HINT_URL, drivername=url.drivername) from None
    except ImportError as exc:  # a known driver whose package is not installed (asyncpg, psycopg)
        raise DatabaseUnavailable(
            "the driver for database URL scheme '{drivername}' is not installed "
            "({value} is missing).", HINT_URL,
            drivername=url.drivername, value=exc.name or 'module') from None
    except OSError as exc:  # the SQLite file or its folder cannot be created
        raise DatabaseUnavailable("cannot create the folder of the database ({database}): "
                                  "{strerror}.", HINT_URL,
                                  database=describe(url), strerror=exc.strerror) from None


def create_private_file(path: Path) -> None:
    """Create the SQLite file (and its folder) for its owner only, before SQLite does it with
    the umask's rights; SQLite gives its -wal and -shm files the rights of the database file.
    An existing file other users can read is tightened (it holds password hashes)."""
    from timedesk.paths import PRIVATE_FILE, private_file

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except FileExistsError:  # another process made it meanwhile
            pass
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private_file(file)


def check_connection(engine: Engine) -> None:
    """Open one connection and run a trivial query; raise a one-line DatabaseUnavailable."""
    where = describe(engine.url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:  # OperationalError, or DatabaseError "file is not a database"
        lines = str(exc.orig).strip().splitlines() if exc.orig else []
        reason = lines[0].strip() if lines else "connection failed"
        password = engine.url.password
        if password:
            reason = reason.replace(str(password), "***")
        if engine.url.get_backend_name() == "sqlite":
            hint = "Check that the folder exists and is writable, and that the file is an SQLite database."
        else:
            hint = ("Check that the server is running and reachable, the user, password and database "
                    "name, and database.url (TIMEDESK_DATABASE_URL).")
        raise DatabaseUnavailable("cannot open the database ({where}): {reason}.", hint,
                                  where=where, reason=reason) from None
    except SQLAlchemyError as exc:
        raise DatabaseUnavailable("cannot open the database ({where}): {error_type}.",
                                  HINT_URL, where=where, error_type=type(exc).__name__) from None
