"""The lobby display as a web page: `GET /display` and its assets, what the feed adds for it, and
the page itself in headless Chromium over a real listener (a call and a recall shown, the waiting
counts, the message line, the stale warning when the listener stops and the recovery when it
comes back, both languages, reduced motion)."""

from __future__ import annotations

import asyncio
import json
from contextlib import asynccontextmanager
from html.parser import HTMLParser
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web
from listener_support import sse_events
from yarl import URL

from timedesk.auth.permissions import Actor
from timedesk.server import create_app, display_page
from timedesk.server.routes import ROUTE_SETUPS
from timedesk.turns import setup
from timedesk.turns.displays import register_display
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_SHOWN

SYSTEM = Actor.system("test")


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value is not None:
                self.links.append(value)


def _office(ctx, message: str = "", stale_s: float | None = None) -> TurnQueue:
    """Two services, desk "3" for both; a few turns waiting."""
    if message:
        ctx.settings.override("turns.display_message", message)
    if stale_s is not None:
        ctx.settings.override("turns.display_stale_s", stale_s)
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry", colour="#c62828")
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="B", name="Payments", colour="#2e7d32")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="3", services=["A", "B"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for code in "AABAB":
        queue.issue_turn(SYSTEM, code, customer_name="Secret Person", note="private note")
    return queue


async def _in_thread(fn, *args, **kwargs):
    return await asyncio.get_running_loop().run_in_executor(None, lambda: fn(*args, **kwargs))


@asynccontextmanager
async def _listener_on(ctx, port: int = 0, routes=ROUTE_SETUPS):
    """A listener on `port` (0: any); yields its port. Restartable on the same port."""
    runner = web.AppRunner(create_app(ctx, routes=routes), shutdown_timeout=2)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", port).start()
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


# -- the page and its assets, over HTTP ----------------------------------------------------------
async def test_display_is_html_that_loads_only_its_own_assets(ctx, listener_url):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display") as response:
            assert response.status == 200
            assert response.content_type == "text/html" and response.charset == "utf-8"
            assert "default-src 'self'" in response.headers["Content-Security-Policy"]
            assert response.headers["Cache-Control"] == "no-cache"
            page = await response.text()
        parser = _Assets()
        parser.feed(page)
        assert sorted(parser.links) == ["display/static/display.css",
                                        "display/static/display.js"]
        kinds = {}
        for link in parser.links:
            assert "//" not in link and not link.startswith("/")  # relative, this server
            async with http.get(URL(f"{listener_url}/display").join(URL(link))) as asset:
                assert asset.status == 200
                kinds[link.rsplit(".", 1)[1]] = asset.content_type
                etag = asset.headers["ETag"]
            async with http.get(URL(f"{listener_url}/display").join(URL(link)),
                                headers={"If-None-Match": etag}) as again:
                assert again.status == 304
    assert kinds == {"css": "text/css", "js": "text/javascript"}


@pytest.mark.parametrize("name", ["index.html", "display.JS", "other.js", "..%2Fdisplay.js",
                                  "%2e%2e%2f%2e%2e%2fpyproject.toml", "display.css%00.py"])
async def test_static_names_outside_the_whitelist_are_404_with_a_clear_message(ctx, listener_url,
                                                                               name):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        url = URL(f"{listener_url}/display/static/{name}", encoded=True)
        async with http.get(url) as response:
            assert response.status == 404
            error = (await response.json())["error"]
    assert error["code"] == "not_found" and error["message"]
    assert "[tool" not in json.dumps(error)  # nothing of another file


async def test_a_traversal_path_reaches_no_file(ctx, listener_url):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        url = URL(f"{listener_url}/display/static/../../pyproject.toml", encoded=True)
        async with http.get(url) as response:
            assert response.status == 404
            assert "[project]" not in await response.text()


async def test_display_with_a_slash_redirects_to_the_page_keeping_the_language(ctx, listener_url):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display/?lang=es", allow_redirects=False) as answer:
            assert answer.status == 302
            assert answer.headers["Location"] == "../display?lang=es"


async def test_the_display_addresses_are_public_in_the_openapi_document(ctx, listener_url):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as response:
            paths = (await response.json())["paths"]
    for path in ("/display", "/display/static/{name}", "/display/feed"):
        assert paths[path]["get"]["security"] == []


# -- what the feed adds for the page ----------------------------------------------------------
async def test_the_snapshot_carries_waiting_counts_message_and_staleness_limit(ctx, listener_url):
    queue = _office(ctx, message="Closed on Friday", stale_s=2.0)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display/feed") as response:
            [(name, snapshot)] = await sse_events(response, 1)
            assert name == "snapshot"
            assert snapshot["message"] == "Closed on Friday" and snapshot["stale_s"] == 2.0
            assert [(w["service"], w["waiting"]) for w in snapshot["waiting"]] == [("A", 3),
                                                                                   ("B", 2)]
            await _in_thread(queue.issue_turn, SYSTEM, "B")
            [(name, update)] = await sse_events(response, 1)
            assert name == "waiting"
            assert [(w["service"], w["waiting"]) for w in update["waiting"]] == [("A", 3),
                                                                                 ("B", 3)]
            # nothing happens: `alive` events, often enough for a 2 s staleness limit
            loop = asyncio.get_running_loop()
            started = loop.time()
            quiet = await sse_events(response, 2, timeout=5)
            assert [n for n, _ in quiet] == ["alive", "alive"]
            assert loop.time() - started < 2.0
    assert "Secret" not in json.dumps(snapshot) + json.dumps(update)


async def test_a_call_goes_out_before_the_counts_it_changes(ctx, listener_url):
    queue = _office(ctx)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display/feed") as response:
            await sse_events(response, 1)
            await _in_thread(queue.call_next, SYSTEM, "3")
            (first, call), (second, counts) = await sse_events(response, 2)
    assert (first, call["number"], call["desk"]) == ("call", "A001", "3")
    assert second == "waiting" and counts["waiting"][0]["waiting"] == 2


async def test_after_an_event_feed_outage_the_feed_sends_a_fresh_snapshot(ctx, listener_url):
    from timedesk.events.feed import resync_event

    queue = _office(ctx)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display/feed") as response:
            [(_, before)] = await sse_events(response, 1)
            # a call this process never heard of (another PC's, made during the outage)
            await _in_thread(_call_unheard, ctx, queue)
            ctx.bus.deliver(resync_event("test", "reconnected"))
            [(name, after)] = await sse_events(response, 1)
    assert before["calls"] == [] and name == "snapshot"
    assert [(c["number"], c["desk"]) for c in after["calls"]] == [("A001", "3")]


def _call_unheard(ctx, queue) -> None:
    """Call next with this process's subscribers away, as if the call was made on another PC
    while the event feed was down."""
    unsubscribed = list(ctx.bus._subscribers)
    ctx.bus._subscribers.clear()
    try:
        queue.call_next(SYSTEM, "3")
    finally:
        ctx.bus._subscribers.extend(unsubscribed)


# -- the page in headless Chromium ------------------------------------------------------------
SHOWN = "window.timedeskDisplay && window.timedeskDisplay.shown.length"


async def test_the_page_shows_each_call_and_recall_and_recovers_after_an_outage(ctx, browser, shots):
    queue = _office(ctx, message="Office closes at 14:00", stale_s=2.0)
    first = await _in_thread(queue.call_next, SYSTEM, "3")
    async with _listener_on(ctx) as port:
        page = await browser.new_page(1920, 1080)
        await page.goto(f"http://127.0.0.1:{port}/display?lang=en")
        await page.wait_for("window.timedeskDisplay.connection === 'live'")
        # the snapshot: the current call, the counts, the message; no animation for it
        assert await page.text("#current-number") == "A001"
        assert await page.text("#message") == "Office closes at 14:00"
        assert await page.evaluate("[...document.querySelectorAll('#waiting li')]"
                                   ".map(li => li.textContent)") == ["Registry2", "Payments2"]
        assert await page.evaluate(SHOWN) == 0

        second = await _in_thread(queue.call_next, SYSTEM, "3")
        await page.wait_for("document.querySelector('#current-number').textContent === 'A002'"
                            " && document.querySelector('#current-desk').textContent === 'Desk 3'")
        assert await page.evaluate("document.querySelector('#current').classList"
                                   ".contains('announce')")
        assert await page.text("#history li .h-number") == first.turn.number
        await page.wait_for("document.querySelector('#waiting li .count').textContent === '1'")
        shown = await page.evaluate("window.timedeskDisplay.shown")
        assert [(s["event_id"], s["number"], s["recall"]) for s in shown] == [
            (second.event_id, "A002", False)]

        recall = await _in_thread(queue.recall, SYSTEM, "3")
        await page.wait_for(f"{SHOWN} === 2")
        latest = await page.evaluate("window.timedeskDisplay.shown[1]")
        assert (latest["event_id"], latest["number"], latest["recall"]) == (
            recall.event_id, "A002", True)
        assert not await page.evaluate("document.querySelector('#current-recall').hidden")
        assert await page.evaluate("window.timedeskDisplay.chimes") == 2
        # the recalled turn is not listed as its own previous call
        assert await page.evaluate("[...document.querySelectorAll('#history .h-number')]"
                                   ".map(e => e.textContent)") == ["A001"]
        await page.wait_for("!document.querySelector('#current').classList.contains('announce')")
        await page.screenshot(shots / f"web_display_{ctx.db.backend}.png")
        if ctx.db.backend == "sqlite":
            await page.screenshot(shots / "web_display.png")
        assert "Secret" not in await page.evaluate("document.body.innerText")

    # the listener is gone: the page says since when it is not updated
    await page.wait_for("window.timedeskDisplay.stale", timeout=10)
    banner = await page.text("#stale")
    assert banner.startswith("Not updated since ") and banner[18:26].count(":") == 2
    assert await page.evaluate("window.timedeskDisplay.connection") != "live"
    await page.screenshot(shots / f"web_display_stale_{ctx.db.backend}.png")

    async with _listener_on(ctx, port):
        third = await _in_thread(queue.call_next, SYSTEM, "3")
        await page.wait_for("window.timedeskDisplay.connection === 'live'"
                            " && !window.timedeskDisplay.stale", timeout=15)
        assert await page.evaluate("document.querySelector('#stale').hidden")
        # the call made while it reconnected is there, from the new snapshot
        await page.wait_for(f"document.querySelector('#current-number').textContent === "
                            f"'{third.turn.number}'")
    assert page.errors == []


async def test_the_page_speaks_spanish_when_asked(ctx, browser, listener_url, shots):
    _office(ctx)
    page = await browser.new_page(1920, 1080)
    await page.goto(f"{listener_url}/display?lang=es")
    await page.wait_for("window.timedeskDisplay.connection === 'live'")
    assert await page.evaluate("document.documentElement.lang") == "es"
    assert await page.text(".title") == "Atendiendo ahora"  # the Qt window's title
    assert await page.text("#current-empty") == "Espere a que le llamen"
    assert await page.text("#connection-text") == "En directo"
    await page.screenshot(shots / f"web_display_idle_es_{ctx.db.backend}.png")
    assert page.errors == []


async def test_reduced_motion_marks_a_new_call_without_animating_it(ctx, browser, listener_url):
    queue = _office(ctx)
    page = await browser.new_page(1920, 1080)
    await page.send("Emulation.setEmulatedMedia",
                    {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    await page.goto(f"{listener_url}/display")
    await page.wait_for("window.timedeskDisplay.connection === 'live'")
    await _in_thread(queue.call_next, SYSTEM, "3")
    await page.wait_for(SHOWN)
    style = await page.evaluate("(() => { const s = getComputedStyle("
                                "document.querySelector('#current'), '::after'); "
                                "return [s.animationName, s.opacity, getComputedStyle("
                                "document.querySelector('#current-number')).animationName]; "
                                "})()")
    assert style == ["none", "1", "none"]  # a steady frame, nothing moves
    await page.send("Emulation.setEmulatedMedia", {"features": []})
    await _in_thread(queue.call_next, SYSTEM, "3")
    await page.wait_for(f"{SHOWN} === 2")
    assert await page.evaluate("getComputedStyle(document.querySelector('#current'), "
                               "'::after').animationName") == "flash"


async def test_a_long_desk_name_is_shrunk_to_fit_not_cut(ctx, browser, listener_url, shots):
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="Ventanilla de atención 12",
                   services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A")
    page = await browser.new_page(1920, 1080)
    await page.goto(f"{listener_url}/display")
    await page.wait_for("window.timedeskDisplay.connection === 'live'")
    await _in_thread(queue.call_next, SYSTEM, "Ventanilla de atención 12")
    await page.wait_for(SHOWN)
    fits = await page.evaluate("(() => { const d = document.querySelector('#current-desk'); "
                               "return d.scrollWidth <= d.clientWidth + 1; })()")
    assert fits
    await page.screenshot(shots / f"web_display_long_desk_{ctx.db.backend}.png")


async def test_a_feed_that_answers_an_error_shows_offline_and_is_retried_until_it_works(ctx,
                                                                                      browser):
    queue = _office(ctx)
    await _in_thread(queue.call_next, SYSTEM, "3")
    # a server without the feed (as a proxy's error page would be): EventSource gives up
    async with _listener_on(ctx, routes=[display_page.setup_routes]) as port:
        page = await browser.new_page(1920, 1080)
        await page.goto(f"http://127.0.0.1:{port}/display?lang=en")
        await page.wait_for("window.timedeskDisplay.connection === 'offline'")
        assert await page.text("#connection-text") == "No connection to the server: retrying\u2026"
    async with _listener_on(ctx, port):
        await page.wait_for("window.timedeskDisplay.connection === 'live'", timeout=15)
        assert await page.text("#current-number") == "A001"


async def test_previous_calls_show_only_whole_rows(ctx, browser, listener_url):
    queue = _office(ctx, message="A long message line. " * 12)
    for _ in range(4):
        await _in_thread(queue.issue_turn, SYSTEM, "A")
    for _ in range(8):
        await _in_thread(queue.call_next, SYSTEM, "3")
    page = await browser.new_page(1920, 1080)
    await page.goto(f"{listener_url}/display")
    await page.wait_for("window.timedeskDisplay.snapshots")
    rows, fits = await page.evaluate(
        "(() => { const list = document.querySelector('#history'); const box = "
        "list.getBoundingClientRect(); const rows = [...list.children]; return [rows.length, "
        "rows.every(r => r.getBoundingClientRect().bottom <= box.bottom + 1)]; })()")
    assert 3 <= rows <= 6 and fits


async def _registered_page_calls(ctx, browser, listener_url, key: str | None):
    """lobby-tv registered; a page opened with `key` (the right one when None); one call made.
    Returns the page and the CallResult, once the page drew it and heard back."""
    queue = _office(ctx)
    right = register_display(ctx.db, SYSTEM, "lobby-tv")
    page = await browser.new_page(1920, 1080)
    await page.goto(f"{listener_url}/display?"
                    + urlencode({"name": "lobby-tv", "key": key or right}))
    await page.wait_for("window.timedeskDisplay.connection === 'live'")
    called = await _in_thread(queue.call_next, SYSTEM, "3")
    await page.wait_for("window.timedeskDisplay.shown.length === 1"
                        " && window.timedeskDisplay.shown[0].acknowledged")
    return page, called


async def test_the_page_acknowledges_what_it_drew_so_the_desk_sees_it_shown(ctx, browser,
                                                                          listener_url):
    page, called = await _registered_page_calls(ctx, browser, listener_url, None)
    assert await page.evaluate("window.timedeskDisplay.shown[0].acknowledged") == 204
    shown = [e.payload for e in ctx.bus.events_after(called.event_id) if e.topic == TOPIC_SHOWN]
    assert shown == [{"call_event_id": called.event_id, "turn_id": called.turn.id,
                      "display": "web lobby-tv"}]
    assert page.errors == []


async def test_a_page_with_a_wrong_key_shows_the_call_but_the_desk_is_not_told(ctx, browser,
                                                                            listener_url):
    page, called = await _registered_page_calls(ctx, browser, listener_url, "x" * 32)
    assert await page.evaluate("window.timedeskDisplay.shown[0].acknowledged") == 403
    assert await page.text("#current-number") == called.turn.number
    assert [e for e in ctx.bus.events_after(called.event_id) if e.topic == TOPIC_SHOWN] == []
