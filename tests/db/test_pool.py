"""PostgreSQL connections: the pool sized by the settings (a workstation's and `timedesk serve`'s),
a typed error when every connection is busy, the connections named by the URL's
application_name, and the LISTEN connection's own URL (database.listen_url, for a pooler such as
PgBouncer in front of PostgreSQL)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from timedesk.app import build_context
from timedesk.db.engine import OVERFLOW_GRACE_S
from timedesk.errors import DatabaseUnavailable
from timedesk.events.postgres_feed import listen_url


def _context(monkeypatch: pytest.MonkeyPatch, url: str, *, server: bool = False,
             **settings: object):
    """build_context on `url` with database.<key> settings given as environment variables."""
    monkeypatch.setenv("TIMEDESK_DATABASE_URL", url)
    for key, value in settings.items():
        monkeypatch.setenv(f"TIMEDESK_DATABASE_{key.upper()}", str(value))
    return build_context(dict(os.environ), server=server)


@pytest.mark.parametrize("server", [False, True], ids=["workstation", "serve"])
def test_each_kind_of_process_sizes_its_pool_by_its_own_settings(postgres_schema, monkeypatch,
                                                                 server):
    ctx = _context(monkeypatch, postgres_schema, server=server, pool_size=3, max_overflow=4,
                   serve_pool_size=7, serve_max_overflow=6, pool_timeout=7.5)
    try:
        pool = ctx.db.engine.pool
        assert isinstance(pool, sa.pool.QueuePool)
        assert (pool.size(), pool._max_overflow) == ((7, 6) if server else (3, 4))
        assert pool.timeout() == 7.5
        ctx.db.dispose()  # a disposed engine makes a new pool: the same size
        assert (ctx.db.engine.pool.size(), ctx.db.engine.pool.timeout()) == (pool.size(), 7.5)
    finally:
        ctx.close()


def test_an_engine_made_without_settings_has_a_workstations_default_pool():
    from timedesk.app import load_settings
    from timedesk.db.engine import PoolSize

    _, settings = load_settings()
    assert PoolSize() == PoolSize.from_settings(settings)
    assert PoolSize.from_settings(settings, server=True).size > PoolSize().size


@pytest.mark.parametrize("server", [False, True], ids=["workstation", "serve"])
def test_an_exhausted_pool_waits_pool_timeout_then_says_the_connections_are_busy(
        postgres_schema, monkeypatch, server):
    prefix = "serve_" if server else ""
    ctx = _context(monkeypatch, postgres_schema, server=server, pool_timeout=1,
                   **{f"{prefix}pool_size": 1, f"{prefix}max_overflow": 1})
    try:
        ctx.db.dispose()  # and a recreated pool still says so
        with ThreadPoolExecutor(2) as others:  # two other threads hold both connections
            holding, release = threading.Barrier(3), threading.Event()

            def hold() -> None:
                with ctx.db.engine.connect():
                    holding.wait(10)
                    release.wait(10)

            held = [others.submit(hold) for _ in range(2)]
            holding.wait(10)
            started = time.monotonic()
            with pytest.raises(DatabaseUnavailable) as caught, ctx.db.unit_of_work() as session:
                session.execute(sa.text("SELECT 1"))
            waited = time.monotonic() - started
            release.set()
            for future in held:
                future.result(10)
        assert 1.0 <= waited < 5.0
        error = caught.value
        assert "all 2 connections of this program to the database (PostgreSQL " in error.message
        assert "are busy: none came free within 1 s" in error.message
        assert f"database.{prefix}pool_size" in error.hint
        assert f"database.{prefix}max_overflow" in error.hint
        assert "database.pool_timeout" in error.hint
        with ctx.db.unit_of_work() as session:  # free again: work goes on
            assert session.execute(sa.text("SELECT 1")).scalar() == 1
    finally:
        ctx.close()


def test_a_workstations_one_busy_connection_is_named_so(postgres_schema, monkeypatch):
    ctx = _context(monkeypatch, postgres_schema, pool_timeout=1)  # the default 1 + 0
    try:
        with ctx.db.engine.connect(), ThreadPoolExecutor(1) as other_thread:
            with pytest.raises(DatabaseUnavailable) as caught:
                other_thread.submit(_select_one, ctx).result(10)
        assert caught.value.message.startswith(
            "the one connection of this program to the database (PostgreSQL ")
        assert caught.value.message.endswith(") is busy: it did not come free within 1 s.")
    finally:
        ctx.close()


def test_a_caller_gets_a_connection_freed_within_pool_timeout(postgres_schema, monkeypatch):
    ctx = _context(monkeypatch, postgres_schema, pool_size=1, max_overflow=0, pool_timeout=10)
    try:
        held = ctx.db.engine.connect()
        threading.Timer(0.3, held.close).start()
        started = time.monotonic()
        with ThreadPoolExecutor(1) as other_thread:
            assert other_thread.submit(_select_one, ctx).result(15) == 1
        assert 0.2 < time.monotonic() - started < 5.0
    finally:
        ctx.close()


def _opened(engine: sa.Engine) -> list[int]:
    """Counts the connections the engine's pool opens from now on (one item each)."""
    opened: list[int] = []
    sa.event.listen(engine.pool, "connect", lambda *_: opened.append(1))
    return opened


def test_a_busy_pool_lends_the_connection_that_comes_free_before_opening_another(
        postgres_schema, monkeypatch):
    """Twenty PCs hear each event at once: a burst waits a moment for the open connection
    instead of opening an overflow one on every PC (OVERFLOW_GRACE_S)."""
    ctx = _context(monkeypatch, postgres_schema, pool_size=1, max_overflow=1)
    try:
        with ctx.db.engine.connect() as first:
            first.execute(sa.text("SELECT 1"))
        opened = _opened(ctx.db.engine)
        with ThreadPoolExecutor(1) as other_thread:
            held = ctx.db.engine.connect()
            threading.Timer(0.3, held.close).start()
            assert other_thread.submit(_select_one, ctx).result(10) == 1
            assert opened == []  # the thread waited for the held connection
            with ctx.db.engine.connect():
                started = time.monotonic()
                # not freed: after the grace, an overflow connection
                assert other_thread.submit(_select_one, ctx).result(10) == 1
                assert time.monotonic() - started >= OVERFLOW_GRACE_S
            assert opened == [1]
    finally:
        ctx.close()


def test_a_thread_that_holds_a_connection_gets_another_at_once_even_beyond_the_limit(
        postgres_schema, monkeypatch):
    """A subscriber that reads in its publisher's after_commit must not wait for itself; the
    limit holds for the other threads, and the extra connection closes when it comes back."""
    ctx = _context(monkeypatch, postgres_schema, pool_size=1, max_overflow=0, pool_timeout=1)
    try:
        with ctx.db.unit_of_work() as outer, ThreadPoolExecutor(1) as other_thread:
            outer.execute(sa.text("SELECT 1"))  # this thread holds the only connection
            started = time.monotonic()
            assert _select_one(ctx) == 1
            assert time.monotonic() - started < OVERFLOW_GRACE_S
            with pytest.raises(DatabaseUnavailable):
                other_thread.submit(_select_one, ctx).result(10)
        assert ctx.db.engine.pool.checkedout() == 0
        assert ctx.db.engine.pool.checkedin() == 1  # the extra one was closed
        with ThreadPoolExecutor(1) as other_thread:  # and the limit is back to one
            assert other_thread.submit(_select_one, ctx).result(10) == 1
    finally:
        ctx.close()


def _select_one(ctx) -> int:
    with ctx.db.unit_of_work() as session:
        return session.execute(sa.text("SELECT 1")).scalar()


def _backends(admin_url: str, name: str) -> int:
    engine = sa.create_engine(make_url(admin_url).set(drivername="postgresql+psycopg2"),
                              poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM pg_stat_activity "
                                        "WHERE application_name = :name"), {"name": name}).scalar()
    finally:
        engine.dispose()


async def test_the_urls_application_name_names_the_pool_and_the_listen_connection(
        postgres_schema, monkeypatch):
    from timedesk.events.feed import start_remote_feed

    name = f"pc-{uuid.uuid4().hex[:8]}"
    url = make_url(postgres_schema).update_query_dict({"application_name": name})
    ctx = _context(monkeypatch, url.render_as_string(hide_password=False))
    try:
        feed = await start_remote_feed(ctx.bus, ctx.db, ctx.settings)
        try:
            with ctx.db.engine.connect():
                admin = os.environ["TIMEDESK_TEST_POSTGRES_URL"]
                assert (_backends(admin, name), _backends(admin, f"{name}-listen")) == (1, 1)
        finally:
            await feed.stop()
    finally:
        ctx.close()


def test_listen_url_is_database_url_when_empty_and_takes_its_user_and_password():
    engine_url = make_url("postgresql+psycopg2://clerk:s3cret@pgbouncer.lan:6432/timedesk")
    assert listen_url("  ", engine_url) is engine_url
    direct = listen_url("postgresql://db.lan:5432/timedesk", engine_url)
    assert (direct.host, direct.port, direct.username, direct.password) == (
        "db.lan", 5432, "clerk", "s3cret")
    other_user = listen_url("postgresql://listener@db.lan/timedesk", engine_url)
    assert (other_user.username, other_user.password) == ("listener", None)
    own = listen_url("postgresql://clerk:other@db.lan/timedesk", engine_url)
    assert own.password == "other"


@pytest.mark.parametrize("value, says", [
    ("sqlite:///x.db", "must be a PostgreSQL URL, not 'sqlite'"),
    ("db.lan:5432", "is not a valid URL"),
])
def test_a_listen_url_that_is_not_postgresql_is_refused_naming_the_setting(value, says):
    engine_url = make_url("postgresql+psycopg2://clerk@pgbouncer.lan:6432/timedesk")
    with pytest.raises(DatabaseUnavailable) as caught:
        listen_url(value, engine_url)
    assert caught.value.message.startswith("database.listen_url ")
    assert says in caught.value.message
    assert "TIMEDESK_DATABASE_LISTEN_URL" in caught.value.hint


async def test_the_feed_listens_on_listen_url_with_database_urls_password(postgres_schema,
                                                                          monkeypatch):
    """database.url keeps the pool's connections; the LISTEN goes to database.listen_url (here
    the same server by another address, without a password): events still arrive."""
    from timedesk.events.feed import start_remote_feed

    server = make_url(os.environ["TIMEDESK_TEST_POSTGRES_URL"])
    direct = server.set(host="localhost", password=None).render_as_string(hide_password=False)
    ctx = _context(monkeypatch, postgres_schema, listen_url=direct)
    other = build_context(dict(os.environ), migrate=False)  # another PC on the same database
    try:
        feed = await start_remote_feed(ctx.bus, ctx.db, ctx.settings)
        try:
            assert feed.url.host == "localhost" and feed.url.password == server.password
            got: list[int] = []
            ctx.bus.subscribe("pool.", lambda event: got.append(event.payload["n"]))
            with other.db.unit_of_work() as session:
                other.bus.publish(session, "pool.test", {"n": 7})
            for _ in range(200):
                if got:
                    break
                await asyncio.sleep(0.025)
            assert got == [7]
        finally:
            await feed.stop()
    finally:
        other.close()
        ctx.close()


async def test_a_listen_url_that_cannot_be_reached_stops_the_feed_not_the_database(
        postgres_schema, monkeypatch):
    import psycopg2

    from timedesk.events.feed import start_remote_feed

    unreachable = make_url(os.environ["TIMEDESK_TEST_POSTGRES_URL"]).set(port=1)
    ctx = _context(monkeypatch, postgres_schema,
                   listen_url=unreachable.render_as_string(hide_password=False))
    try:
        with pytest.raises(psycopg2.OperationalError, match="port 1"):
            await start_remote_feed(ctx.bus, ctx.db, ctx.settings)
        with ctx.db.unit_of_work() as session:
            assert session.execute(sa.text("SELECT 1")).scalar() == 1
    finally:
        ctx.close()
