"""Webhooks while the database is down or locked: the answer is 503 with the JSON error (nothing
stored, so Clockify sends it again), never a 500 with a traceback; a delivery acknowledged just
before the outage is processed once the database is back, without `clockify reprocess`.

PostgreSQL: the test's own throw-away cluster (never the shared one), stopped and started
again mid-test. SQLite: another connection holds the write lock past the busy timeout."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time

import aiohttp
import pytest
import sqlalchemy as sa
from clockify_http_helpers import VIEWER, delivery_status, processed, send, variant
from listener_support import serving

from timedesk.app import build_context
from timedesk.clockify import webhooks
from timedesk.server import create_app

pytestmark = pytest.mark.slow
STOPPED, STARTED = "TIMER_STOPPED", "NEW_TIMER_STARTED"


def token_of(event: str) -> str:
    return f"tok-{event.lower()}-outage-0123456789abcdef"


@contextlib.contextmanager
def context_on(url: str, **environ: str):
    env = dict(os.environ) | {"TIMEDESK_DATABASE_URL": url} | environ
    ctx = build_context(env, server=True)  # the listener as `timedesk serve` runs it
    try:
        for event in (STOPPED, STARTED):
            webhooks.add_webhook(ctx.db, VIEWER, event, token_of(event))
        yield ctx
    finally:
        ctx.close()


def tracebacks(caplog) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records
            if r.name.startswith("timedesk") and r.exc_info]


async def answers_503(http, url: str, event: str, body) -> None:
    status, answer = await send(http, url, token_of(event), event, body)
    assert status == 503, answer
    assert answer["error"]["code"] == "database_unavailable"
    assert "send it again later" in answer["error"]["message"]


async def test_a_postgresql_outage_answers_503_and_processes_what_was_acknowledged_after_it(
        own_postgres, caplog):
    caplog.set_level(logging.INFO)
    with context_on(own_postgres.url) as ctx:
        async with serving(create_app(ctx)) as url, aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=30)) as http:
            # hold the processing (it waits for a lock) so the outage catches it mid-way
            locker = sa.create_engine(own_postgres.url.replace("postgresql:",
                                                               "postgresql+psycopg2:"))
            lock = locker.connect()
            lock.begin()
            lock.execute(sa.text("LOCK TABLE clockify_sessions IN ACCESS EXCLUSIVE MODE"))
            status, acked = await send(http, url, token_of(STOPPED), STOPPED,
                                       variant(entry_id="a" * 24))
            assert status == 200
            time.sleep(0.5)
            assert delivery_status(ctx.db, acked["delivery_id"]) == "pending"

            own_postgres.stop()
            with contextlib.suppress(Exception):
                lock.close()
            locker.dispose()
            await answers_503(http, url, STARTED, variant(entry_id="b" * 24, minutes=None))
            await answers_503(http, url, STOPPED, variant(entry_id="c" * 24))  # token known
            await answers_503(http, url, STOPPED, b"{not json")  # its error-log row too
            assert tracebacks(caplog) == []

            own_postgres.start()
            assert await processed(ctx.db, acked["delivery_id"], timeout=30) == ["processed"]
            status, after = await send(http, url, token_of(STARTED), STARTED,
                                       variant(entry_id="d" * 24, minutes=None))
            assert status == 200
            assert await processed(ctx.db, after["delivery_id"]) == ["processed"]


async def test_sqlite_locked_past_the_busy_timeout_answers_503_not_500(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "locked.db"
    with context_on(f"sqlite+pysqlite:///{path}",
                    TIMEDESK_DATABASE_SQLITE_BUSY_TIMEOUT_MS="300") as ctx:
        async with serving(create_app(ctx)) as url, aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=30)) as http:
            locker = sqlite3.connect(path, isolation_level=None)
            locker.execute("BEGIN EXCLUSIVE")
            try:
                await answers_503(http, url, STOPPED, variant(entry_id="e" * 24))
                await answers_503(http, url, STOPPED, b"{not json")
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            assert tracebacks(caplog) == []
            status, after = await send(http, url, token_of(STOPPED), STOPPED,
                                       variant(entry_id="f" * 24))
            assert status == 200
            assert await processed(ctx.db, after["delivery_id"]) == ["processed"]
