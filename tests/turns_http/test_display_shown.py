"""POST /display/shown: the web display's acknowledgement of a call, public but bounded: only a
registered display with its key (security review LOW-6), only recent calls, once per display,
a clear 400 for a bad body (also a deeply nested one or a huge event id: LOW-1)."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.errors import NotFound
from timedesk.turns import setup
from timedesk.turns.displays import register_display
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_SHOWN

SYSTEM = Actor.system("test")


@pytest.fixture
async def called(ctx, listener_url):
    """(base URL, HTTP session, the CallResult of A001 called at desk 1, lobby-tv's key)."""
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A")
    result = queue.call_next(SYSTEM, "1")
    key = register_display(ctx.db, SYSTEM, "lobby-tv")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        yield listener_url, http, result, key


def shown_events(ctx) -> list[dict]:
    return [e.payload for e in ctx.bus.events_after(0) if e.topic == TOPIC_SHOWN]


async def test_a_registered_display_acknowledges_a_recent_call_once(ctx, called):
    url, http, result, key = called
    other_key = register_display(ctx.db, SYSTEM, "hall")
    for name, secret in (("lobby-tv", key), ("lobby-tv", key), ("hall", other_key)):
        async with http.post(f"{url}/display/shown", json={
                "event_id": result.event_id, "display": name, "key": secret}) as r:
            assert r.status == 204  # the second is a repeat: answered, not written
    assert shown_events(ctx) == [
        {"call_event_id": result.event_id, "turn_id": result.turn.id, "display": "web lobby-tv"},
        {"call_event_id": result.event_id, "turn_id": result.turn.id, "display": "web hall"}]


async def test_an_unknown_display_or_a_wrong_key_is_403_and_nothing_is_shown(ctx, called):
    url, http, result, key = called
    renewed = register_display(ctx.db, SYSTEM, "lobby-tv")  # the old key stops working
    wrong = renewed[:-1] + ("y" if renewed.endswith("x") else "x")  # one key in 64 ends with x
    for name, secret in (("fake-tv", key), ("lobby-tv", key), ("lobby-tv", wrong)):
        async with http.post(f"{url}/display/shown", json={
                "event_id": result.event_id, "display": name, "key": secret}) as response:
            assert response.status == 403
            error = (await response.json())["error"]
            assert error["code"] == "display_not_registered"
            assert "timedesk display register" in error["message"]
    assert shown_events(ctx) == []


@pytest.mark.parametrize("body, needle", [
    ({"event_id": "7"}, "'event_id' must be"), ({"event_id": 0}, "'event_id' must be"),
    ({"event_id": True}, "'event_id' must be"), ({}, "'event_id' must be"),
    ({"event_id": 2**63}, "'event_id' must be"),
    ({"event_id": 99999999999999999999}, "'event_id' must be"),
    ({"event_id": 5, "key": "k" * 32}, "'display' must be"),
    ({"event_id": 5, "display": "<script>", "key": "k" * 32}, "'display' must be"),
    ({"event_id": 5, "display": "x" * 41, "key": "k" * 32}, "'display' must be"),
    ({"event_id": 5, "display": "lobby-tv"}, "'key' must be"),
    ({"event_id": 5, "display": "lobby-tv", "key": {"a": 1}}, "'key' must be")])
async def test_a_bad_body_is_400_and_says_what_to_send(ctx, called, body, needle):
    url, http, _, _ = called
    async with http.post(f"{url}/display/shown", json=body) as response:
        assert response.status == 400
        assert needle in (await response.json())["error"]["message"]
    assert shown_events(ctx) == []


async def test_a_deeply_nested_body_is_400_not_500(ctx, called):
    url, http, _, _ = called
    deep = "[" * 200_000 + "]" * 200_000
    async with http.post(f"{url}/display/shown", data=deep,
                         headers={"Content-Type": "application/json"}) as response:
        assert response.status == 400
        assert (await response.json())["error"]["code"] == "invalid_input"


async def test_an_event_that_is_not_a_call_is_404_and_writes_nothing(ctx, called):
    url, http, result, key = called
    other = max(e.id for e in ctx.bus.events_after(0) if e.topic != "turns.called")
    for event_id in (other, result.event_id + 1000):
        async with http.post(f"{url}/display/shown", json={
                "event_id": event_id, "display": "lobby-tv", "key": key}) as response:
            assert response.status == 404
            assert "no recent call" in (await response.json())["error"]["message"]
    async with http.post(f"{url}/display/shown", data="not json",
                         headers={"Content-Type": "application/json"}) as response:
        assert response.status == 400
    assert shown_events(ctx) == []


def test_a_call_older_than_ten_minutes_cannot_be_acknowledged(ctx):
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A")
    result = queue.call_next(SYSTEM, "1")
    assert queue.acknowledge_recent_call(result.event_id, "web tv") == result.turn.id
    with pytest.raises(NotFound):
        queue.acknowledge_recent_call(result.event_id, "web tv",
                                      now=utcnow() + timedelta(minutes=11))
