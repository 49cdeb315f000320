"""PostgreSQL-only behaviour of the LISTEN feed: outages, other schemas, clean shutdown."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from event_helpers import collect, count_backends, terminate_backends, wait_until

from timedesk.events.bus import RESYNC
from timedesk.events.feed import CONNECTED, RECONNECTING, STOPPED

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(postgres_schema):
    """These tests only mean something on PostgreSQL."""
    return postgres_schema


@pytest.fixture
def other_schema_env(env, pg_admin, tmp_path):
    """The environment of another timedesk installation on the same server and database."""
    from timedesk.app import build_context

    schema = "t_" + uuid.uuid4().hex[:12]
    with pg_admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(env["TIMEDESK_DATABASE_URL"]).update_query_dict(
        {"options": f"-csearch_path={schema}"})
    other = dict(env, TIMEDESK_HOME=str(tmp_path / "other-home"),
                 TIMEDESK_DATABASE_URL=url.render_as_string(hide_password=False))
    build_context(other).close()  # migrates the other schema
    yield other
    with pg_admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))


async def test_killed_listen_backend_reconnects_catches_up_and_resyncs_every_time(
        ctx, running_feed, publisher, pg_admin):
    received = collect(ctx.bus)
    states: list[str] = []
    # a first wait of 1.5-3 s leaves the child time to publish while the listener is down
    async with running_feed(on_state_change=states.append, first_delay=3.0) as feed:
        child = await publisher()
        for outage in (1, 2):
            await child.publish(2, f"before{outage}.event")
            assert await wait_until(lambda outage=outage: len(
                [e for e in received if e.topic == f"before{outage}.event"]) == 2)

            assert terminate_backends(pg_admin, feed.application_name) == 1
            assert await wait_until(lambda: feed.state == RECONNECTING, timeout=5)
            await child.publish(5, f"during{outage}.event")
            assert feed.state == RECONNECTING  # so these really were published during the outage

            assert await wait_until(
                lambda outage=outage: len([e for e in received if e.topic == RESYNC]) == outage,
                timeout=15)
            assert feed.state == CONNECTED
            topics = [e.topic for e in received]
            during = [i for i, t in enumerate(topics) if t == f"during{outage}.event"]
            assert len(during) == 5
            assert max(during) < len(topics) - 1 and topics[-1] == RESYNC  # caught up, then resync

        await child.publish(1, "after.event")  # live notifications work again
        assert await wait_until(lambda: received[-1].topic == "after.event")
        assert count_backends(pg_admin, feed.application_name) == 1
    assert states == [CONNECTED, RECONNECTING, CONNECTED, RECONNECTING, CONNECTED, STOPPED]
    seqs = [e.payload["seq"] for e in received if e.topic == "during1.event"]
    assert seqs == [0, 1, 2, 3, 4]
    assert len({e.id for e in received}) == len(received)  # each resync has its own id


async def test_notifications_of_another_schema_on_the_same_database_are_ignored(
        ctx, running_feed, publisher, other_schema_env):
    received = collect(ctx.bus)
    async with running_feed():
        neighbour = await publisher(other_schema_env)
        child = await publisher()
        # fresh schemas: the neighbour's ids 1..3 are the same numbers as ours
        await neighbour.publish(3, "theirs.event")
        await neighbour.publish(1, "theirs.big", pad=9000)
        first, last = await child.publish(3, "ours.event")
        assert await wait_until(lambda: len(received) >= 3)
        await wait_until(lambda: False, timeout=0.3)
    assert [e.topic for e in received] == ["ours.event"] * 3
    assert [e.id for e in received] == list(range(first, last + 1))


async def test_stop_closes_the_listen_connection(ctx, running_feed, pg_admin):
    async with running_feed() as feed:
        name = feed.application_name
        assert count_backends(pg_admin, name) == 1
    assert feed.state == STOPPED
    assert feed.backend_pid is None
    assert await wait_until(lambda: count_backends(pg_admin, name) == 0, timeout=5)


async def test_feed_stopped_while_reconnecting_leaves_no_connection_behind(
        ctx, running_feed, pg_admin):
    async with running_feed(first_delay=0.2) as feed:
        name = feed.application_name
        terminate_backends(pg_admin, name)
        assert await wait_until(lambda: feed.state == RECONNECTING, timeout=5)
    assert feed.state == STOPPED
    await wait_until(lambda: False, timeout=0.5)  # past the moment a reconnection would land
    assert count_backends(pg_admin, name) == 0
