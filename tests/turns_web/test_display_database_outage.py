"""Issue 21 item 2: while PostgreSQL is down, both lobby displays say "Not updated since …" (the
README promises it), and both recover by themselves when it is back. The database is a
throw-away cluster of this test (tests/throwaway_postgres.py), never the shared server."""

from __future__ import annotations

import asyncio
import os

import aiohttp
import pytest
from listener_support import serving

from timedesk.auth.permissions import Actor
from timedesk.server import create_app
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue

SYSTEM = Actor.system("test")
STALE_S = 2.0


@pytest.fixture
def outage_ctx(own_postgres, monkeypatch):
    """(the cluster, an AppContext on it) with a 2 s staleness limit."""
    from timedesk.app import build_context

    monkeypatch.setenv("TIMEDESK_DATABASE_URL", own_postgres.url)
    context = build_context(dict(os.environ))
    context.settings.override("turns.display_stale_s", STALE_S)
    try:
        yield own_postgres, context
    finally:
        context.close()


async def _until(predicate, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        await asyncio.sleep(0.1)


async def _health(url: str) -> int:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        async with http.get(f"{url}/health") as response:
            return response.status


async def test_both_displays_say_not_updated_while_postgresql_is_down_and_recover(
        outage_ctx, browser, qapp):
    from timedesk.ui.turns.display_window import DisplayWindow

    cluster, ctx = outage_ctx
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A")
    queue.issue_turn(SYSTEM, "A")
    queue.call_next(SYSTEM, "1")
    window = DisplayWindow(ctx, refresh_ms=300)
    window.resize(1280, 720)
    window.show()
    try:
        async with serving(create_app(ctx)) as url:
            page = await browser.new_page(1920, 1080)
            await page.goto(f"{url}/display?lang=en")
            await page.wait_for("window.timedeskDisplay.connection === 'live'")
            await asyncio.sleep(STALE_S + 1)  # `alive` keeps a quiet office fresh
            assert not await page.evaluate("window.timedeskDisplay.stale")
            await _until(lambda: window.stale_banner.isHidden(), 10, "the window is fresh")

            await asyncio.to_thread(cluster.stop)
            assert await _health(url) == 503
            await page.wait_for("window.timedeskDisplay.stale", timeout=15)
            banner = await page.text("#stale")
            assert banner.startswith("Not updated since "), banner
            assert await page.text("#current-number") == "A001"  # what it showed stays
            await _until(lambda: not window.stale_banner.isHidden(), 15,
                         "the window says it is not updated")
            assert window.stale_banner.text().startswith("Not updated since ")

            await asyncio.to_thread(cluster.start)
            await page.wait_for("window.timedeskDisplay.connection === 'live'"
                                " && !window.timedeskDisplay.stale", timeout=30)
            assert await page.evaluate("document.querySelector('#stale').hidden")
            await _until(lambda: window.stale_banner.isHidden(), 30, "the window recovers")
            # and it is live again: a new call shows
            await asyncio.to_thread(queue.call_next, SYSTEM, "1")
            await page.wait_for("window.timedeskDisplay.shown.length === 1", timeout=10)
            assert await page.text("#current-number") == "A002"
            assert page.errors == []
    finally:
        window.close()
        window.deleteLater()
