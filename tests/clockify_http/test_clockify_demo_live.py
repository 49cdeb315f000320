"""The demo's live Clockify session (timedesk/server/clockify/demo_live.py): with
clockify.demo_live on, a running listener stores a timer start and then its stop in the inbox,
and the session log shows the session running, then stopped; off, nothing is played."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import web
from sqlalchemy import select

from timedesk.clockify import topics
from timedesk.clockify.models import ClockifyDelivery, ClockifySession, ClockifyUser
from timedesk.demo import use_live_clockify_demo
from timedesk.server import create_app
from timedesk.server.clockify import demo_live

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _sessions(db) -> list[ClockifySession]:
    with db.session_factory() as session:
        return list(session.scalars(select(ClockifySession).where(
            ClockifySession.description == demo_live.DESCRIPTION)))


async def _until(check, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = await asyncio.to_thread(check)
        if found:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError("the demo session did not arrive in time")


async def test_the_listener_plays_a_session_that_starts_then_stops(ctx, monkeypatch):
    ctx.settings.override("clockify.demo_live", True)
    monkeypatch.setattr(demo_live, "START_AFTER_S", 0.05)
    monkeypatch.setattr(demo_live, "RUNS_FOR_S", 0.6)
    started: list[dict] = []
    ctx.bus.subscribe(topics.SESSION_STARTED, started.append)
    runner = web.AppRunner(create_app(ctx), shutdown_timeout=2)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        running = await _until(lambda: [s for s in _sessions(ctx.db) if s.running])
        with ctx.db.session_factory() as session:
            user = session.get(ClockifyUser, running[0].user_id)
            assert user is not None and user.name == demo_live.MEMBER["name"]
        stopped = await _until(lambda: [s for s in _sessions(ctx.db) if not s.running and s.end_at])
        assert stopped[0].clockify_id == running[0].clockify_id
        assert len(_sessions(ctx.db)) == 1
        assert [event.payload["clockify_id"] for event in started] == [running[0].clockify_id]
        with ctx.db.session_factory() as session:
            events = sorted(session.scalars(select(ClockifyDelivery.event_type)))
        assert events == [topics.TIMER_STARTED, topics.TIMER_STOPPED]
    finally:
        await runner.cleanup()


async def test_off_by_default_nothing_is_played(ctx, monkeypatch, server):
    monkeypatch.setattr(demo_live, "START_AFTER_S", 0.0)
    await asyncio.sleep(0.5)
    assert _sessions(ctx.db) == []


@SQLITE_ONLY  # no SQL in it
def test_timedesk_demo_turns_it_on_unless_clockify_is_connected_or_chosen(ctx):
    ctx.secrets.set("CLOCKIFY_API_KEY", "a-real-key", session_only=True)
    assert use_live_clockify_demo(ctx) is False
    ctx.secrets.delete("CLOCKIFY_API_KEY")
    assert use_live_clockify_demo(ctx) is True
    assert ctx.settings["clockify.demo_live"] is True
    assert use_live_clockify_demo(ctx) is False  # chosen now: left alone
