"""Engine creation for SQLite (embedded default) and PostgreSQL (shared by several PCs).

Connection problems become one-line DatabaseUnavailable errors (what, where, what to check);
passwords never appear in them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from timedesk.errors import DatabaseUnavailable

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


def make_engine(url: URL, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
                echo: bool = False) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                create_private_file(Path(url.database))
            engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=10,
                             connect_args={"connect_timeout": 5,
                                           "application_name": "timedesk"})
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
