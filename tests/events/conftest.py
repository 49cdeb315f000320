"""Fixtures for event tests: publishers in other processes, a running feed, a server admin."""

from __future__ import annotations

import os
import uuid
from contextlib import asynccontextmanager

import pytest
import sqlalchemy as sa
from event_helpers import Publisher


@pytest.fixture
def publisher(env):
    """`await publisher()` starts a publishing process on this test's database
    (`await publisher(other_env)` on another one)."""
    started: list[Publisher] = []

    async def start(environment: dict[str, str] | None = None) -> Publisher:
        child = Publisher(environment or env)
        started.append(child)
        return await child.ready()

    yield start
    for child in started:
        child.close()


@pytest.fixture
def running_feed(ctx):
    """`async with running_feed(**options) as feed`: this process's remote feed, started.

    On PostgreSQL each feed gets its own application_name, so a test can find (and kill) its
    LISTEN backend without touching other tests' listeners on the same server."""

    @asynccontextmanager
    async def run(on_state_change=None, **options):
        from timedesk.events.feed import make_remote_feed
        from timedesk.events.postgres_feed import PostgresEventFeed

        if ctx.db.backend == "postgresql":
            options.setdefault("application_name", f"timedesk-listen-test-{uuid.uuid4().hex[:8]}")
            feed = PostgresEventFeed(ctx.bus, ctx.db, **options)
        else:
            feed = make_remote_feed(ctx.bus, ctx.db, ctx.settings)
        feed.on_state_change = on_state_change
        await feed.start()
        try:
            yield feed
        finally:
            await feed.stop()

    return run


@pytest.fixture
def pg_admin():
    """A plain connection to the test server, for pg_stat_activity and pg_terminate_backend."""
    from pathlib import Path

    from timedesk.db.engine import resolve_url

    url = resolve_url(os.environ["TIMEDESK_TEST_POSTGRES_URL"], Path("unused"))  # -> psycopg2
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    yield engine
    engine.dispose()


