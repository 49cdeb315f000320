"""One lobby design for the web page and the Qt window (timedesk/turns/lobby.py decides, both
follow): "Desk 12" for a desk named by a number and "Ventanilla 12" for one with a name, the
current call on its service's colour, the same colours (WCAG AA), the message changed while the
server runs, nothing cut with six long services and a long message, and a visible "sound off"
button while the browser blocks sound."""

from __future__ import annotations

import asyncio
import re

import aiohttp
import pytest
from listener_support import sse_events
from lobby_support import LONG_MESSAGE, SYSTEM, six_services_office

from timedesk.resources import resource
from timedesk.settings import Settings
from timedesk.turns import lobby


async def _in_thread(fn, *args):
    return await asyncio.get_running_loop().run_in_executor(None, lambda: fn(*args))


# -- the rule, in Python ----------------------------------------------------------------------
@pytest.mark.parametrize(("desk", "word", "shown"), [
    ("12", "Desk", "Desk 12"), (" 3 ", "Puesto", "Puesto 3"),
    ("Ventanilla 12", "Desk", "Ventanilla 12"), ("Caja", "Puesto", "Caja")])
def test_a_desk_named_by_a_number_gets_the_word_and_a_named_one_does_not(desk, word, shown):
    assert lobby.desk_label(desk, word) == shown


def test_the_current_call_panel_takes_the_service_colour_with_readable_ink():
    call = lobby.public_call({"desk": "3", "colour": "#f9a825", "number": "C001"})
    assert call["desk_number"] is True and call["number"] == "C001"
    assert call["fill"] == lobby.mix(lobby.PANEL, "#f9a825", lobby.CALL_TINT)
    assert lobby.contrast_ratio(call["ink"], call["fill"]) >= 4.5
    assert lobby.public_call({"desk": "x", "colour": "url(evil)"})["fill"] == lobby.call_fill(
        lobby.DEFAULT_COLOUR)


def test_the_page_uses_the_shared_colours_and_they_pass_wcag_aa():
    css = resource("display", "display.css").read_text(encoding="utf-8")
    declared = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6}); /\* lobby", css))
    assert declared == {"bg": lobby.BACKGROUND, "panel": lobby.PANEL, "text": lobby.TEXT,
                        "muted": lobby.MUTED, "stale-bg": lobby.STALE_BACKGROUND,
                        "stale-ink": lobby.STALE_INK}
    for ground in (lobby.PANEL, lobby.BACKGROUND):
        assert lobby.contrast_ratio(lobby.MUTED, ground) >= 4.5
        assert lobby.contrast_ratio(lobby.TEXT, ground) >= 4.5
    assert lobby.contrast_ratio(lobby.STALE_INK, lobby.STALE_BACKGROUND) >= 4.5


# -- the feed -----------------------------------------------------------------------------------
async def test_the_feed_sends_the_shared_decisions_and_a_changed_message(ctx, listener_url):
    ctx.settings.override("turns.display_message", "Welcome")
    ctx.settings.override("turns.display_stale_s", 3.0)  # keep-alive, and message checks, each 1 s
    queue = six_services_office(ctx)
    await _in_thread(queue.call_next, SYSTEM, "3")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
        async with http.get(f"{listener_url}/display/feed") as response:
            [(_, snapshot)] = await sse_events(response, 1)
            assert snapshot["message"] == "Welcome"
            [current] = snapshot["calls"][:1]
            assert current["desk_number"] is True
            assert (current["fill"], current["ink"]) == (
                lobby.call_fill(current["colour"]),
                lobby.contrast_text(lobby.call_fill(current["colour"])))
            await _in_thread(queue.call_next, SYSTEM, "Ventanilla 12")
            [(name, call)] = [e for e in await sse_events(response, 2) if e[0] == "call"]
            assert call["desk"] == "Ventanilla 12" and call["desk_number"] is False
            # `timedesk config set` (another process) while the server runs
            await _in_thread(Settings.load(ctx.paths).set, "turns.display_message", LONG_MESSAGE)
            for _ in range(10):
                events = await sse_events(response, 1)
                if events[0][0] == "message":
                    break
            assert events == [("message", {"message": LONG_MESSAGE})]
        async with http.get(f"{listener_url}/display/feed") as again:
            [(_, fresh)] = await sse_events(again, 1)
    assert fresh["message"] == LONG_MESSAGE  # a page opened now gets the new one


# -- the page in headless Chromium ------------------------------------------------------------
CLIPPED = """(() => {
  const cut = [];
  const view = {right: innerWidth + 1, bottom: innerHeight + 1};
  for (const el of document.querySelectorAll(
      '.title, .clock, .date, #current-number, #current-desk, #message, #waiting li, '
      + '#history li, .label, .history-title, #sound')) {
    if (el.closest('[hidden]') || el.offsetParent === null) continue;
    const box = el.getBoundingClientRect();
    const hides = getComputedStyle(el).overflow !== 'visible';  // else it shows what sticks out
    if (hides && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        || box.right > view.right || box.bottom > view.bottom || box.left < -1)
      cut.push([el.id || el.className, el.scrollWidth, el.clientWidth, el.scrollHeight,
                el.clientHeight, box.right, box.bottom]);
  }
  return cut;
})()"""
SMALL = """(limit => [...document.querySelectorAll('body *')].filter(
  e => e.offsetParent !== null && [...e.childNodes].some(
    n => n.nodeType === 3 && n.textContent.trim())
    && parseFloat(getComputedStyle(e).fontSize) < limit).map(
  e => [e.id || e.className, getComputedStyle(e).fontSize]))"""


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["720p", "1080p"])
async def test_six_services_and_a_long_message_are_never_cut(ctx, browser, listener_url, size,
                                                             shots):
    ctx.settings.override("turns.display_message", LONG_MESSAGE)
    queue = six_services_office(ctx)
    for desk in ("3", "Ventanilla 12"):
        called = await _in_thread(queue.call_next, SYSTEM, desk)
    page = await browser.new_page(*size)
    await page.goto(f"{listener_url}/display?lang=es")
    await page.wait_for("window.timedeskDisplay.snapshots")
    assert await page.text("#current-desk") == "Ventanilla 12"  # not "Puesto Ventanilla 12"
    assert await page.text("#history li .h-desk") == "Puesto 3"
    assert await page.text(".title") == "Atendiendo ahora"
    assert await page.evaluate("document.querySelectorAll('#waiting li').length") == 6
    assert await page.evaluate(CLIPPED) == []
    assert await page.evaluate(f"{SMALL}({size[1] * 0.03 - 0.5})") == []  # 3 % of the height
    fill = await page.evaluate("getComputedStyle(document.querySelector('#current'))"
                               ".backgroundColor")
    expected = lobby.call_fill(called.turn.colour)  # the one called last, at Ventanilla 12
    assert fill == "rgb({}, {}, {})".format(*(int(expected[i:i + 2], 16) for i in (1, 3, 5)))
    await page.screenshot(shots / f"web_lobby_long_{size[1]}p_{ctx.db.backend}.png")
    assert page.errors == []


async def test_the_sound_off_button_shows_while_sound_is_blocked_and_a_click_enables_it(
        ctx, browser, listener_url):
    six_services_office(ctx)
    page = await browser.new_page(1920, 1080)
    await page.goto(f"{listener_url}/display?lang=en")
    await page.wait_for("!!window.timedeskDisplay.audioContext")
    # this Chromium allows sound without a click: no button
    await page.wait_for("window.timedeskDisplay.audioContext.state === 'running'")
    assert await page.evaluate("document.querySelector('#sound').hidden")
    # a browser that blocks sound until a click (the default on TVs and desktops)
    await page.evaluate("window.timedeskDisplay.audioContext.suspend()")
    await page.wait_for("!document.querySelector('#sound').hidden")
    assert await page.text("#sound") == "Sound off \u2014 click to enable"
    assert await page.evaluate("getComputedStyle(document.querySelector('#sound')).cursor") == \
        "pointer"
    await page.evaluate("document.querySelector('#sound').click()")
    await page.wait_for("document.querySelector('#sound').hidden"
                        " && window.timedeskDisplay.audioContext.state === 'running'")
    assert page.errors == []



@pytest.mark.parametrize(("lang", "said"), [("en", "No earlier calls yet today"),
                                            ("es", "Aún no hay llamadas anteriores hoy")])
async def test_the_previous_calls_say_so_while_there_are_none(ctx, browser, listener_url, lang,
                                                              said):
    queue = six_services_office(ctx)
    page = await browser.new_page(1280, 720)
    await page.goto(f"{listener_url}/display?lang={lang}")
    await page.wait_for("window.timedeskDisplay.snapshots")
    assert await page.text("#history li") == said
    await _in_thread(queue.call_next, SYSTEM, "3")  # the first call: the current, none earlier
    await page.wait_for("document.querySelector('#current-number').textContent !== ''")
    assert await page.text("#history li") == said
    await _in_thread(queue.call_next, SYSTEM, "3")  # now one earlier call replaces the line
    await page.wait_for("!document.querySelector('#history li.history-empty')")
    assert await page.evaluate("document.querySelectorAll('#history li').length") == 1
    assert await page.evaluate(CLIPPED) == []
    assert page.errors == []
