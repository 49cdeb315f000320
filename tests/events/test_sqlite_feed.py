"""SQLite-only behaviour of the data_version feed: checks on its own thread, reconnection."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from event_helpers import collect, wait_until

from timedesk.events.feed import CONNECTED, RECONNECTING, STOPPED
from timedesk.events.sqlite_feed import SqliteEventFeed

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def test_an_idle_feed_checks_often_on_its_thread_without_waking_the_loop_each_time(
        ctx, running_feed, monkeypatch):
    """The low latency (a check every 20 ms) must not cost the GUI's loop a wake-up per check:
    the loop hears from the feed's thread when there are events, otherwise once a second."""
    checks: list[int] = []
    hand_offs: list[str] = []
    async with running_feed() as feed:
        await wait_until(lambda: False, timeout=0.1)  # the poller's first hand-off
        read_new, in_worker = feed._read_new, feed._in_worker

        def counted_read_new():
            checks.append(1)
            return read_new()

        async def counted_in_worker(func, *args):
            hand_offs.append(func.__name__)
            return await in_worker(func, *args)

        monkeypatch.setattr(feed, "_read_new", counted_read_new)
        monkeypatch.setattr(feed, "_in_worker", counted_in_worker)
        await wait_until(lambda: False, timeout=0.5)
        monkeypatch.undo()
    assert feed.poll_s == 0.02  # the default setting
    assert len(checks) >= 5  # ~25 on an idle machine
    assert len(hand_offs) <= 1  # at most the once-a-second return (MAX_WAIT_S)


async def test_after_a_failed_check_the_feed_reconnects_and_says_so_before_any_news(
        ctx, running_feed, publisher, monkeypatch):
    """A locked or vanished file: the feed reopens after a backoff, reads 'connected' again as
    soon as a check succeeds (not at the next event), and carries on from the last id."""
    failures = iter([sqlite3.OperationalError("disk I/O error")])
    read_new = SqliteEventFeed._read_new

    def failing_once(self):
        for failure in failures:
            raise failure
        return read_new(self)

    states: list[str] = []
    received = collect(ctx.bus, "after.")
    monkeypatch.setattr(SqliteEventFeed, "_read_new", failing_once)
    async with running_feed(on_state_change=states.append):
        assert await wait_until(lambda: states == [CONNECTED, RECONNECTING, CONNECTED], timeout=5)
        child = await publisher()
        await child.publish(3, "after.event")
        assert await wait_until(lambda: len(received) >= 3)
    assert [e.payload["seq"] for e in received] == [0, 1, 2]
    assert states == [CONNECTED, RECONNECTING, CONNECTED, STOPPED]


FORGETFUL_PROCESS = """
import asyncio, os
from timedesk.app import build_context
from timedesk.events.feed import start_remote_feed

async def main():
    context = build_context(dict(os.environ), migrate=False)
    await start_remote_feed(context.bus, context.db, context.settings)
    await asyncio.sleep(0.2)  # the worker is waiting for news
    print("started", flush=True)

asyncio.run(main())  # ends without feed.stop(), as a crash on the way out would
"""


def test_a_feed_nobody_stopped_does_not_hold_the_process_at_exit(ctx, env):
    """Python waits for the feed's worker thread at exit; its wait for news must end."""
    child = subprocess.run([sys.executable, "-c", FORGETFUL_PROCESS], env=env, text=True,
                           capture_output=True, timeout=60, check=False)
    assert child.stdout == "started\n", child.stderr
    assert child.returncode == 0
