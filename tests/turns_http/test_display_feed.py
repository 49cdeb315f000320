"""`GET /display/feed`: a snapshot of recent calls, then each call live, public facts only."""

from __future__ import annotations

import asyncio
import json

import aiohttp
from listener_support import sse_events

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue


async def test_the_feed_sends_a_snapshot_then_each_call_without_private_data(ctx, listener_url):
    system = Actor.system("test")
    setup.add_service(ctx.db, ctx.bus, system, code="A", name="Registry", colour="#aa0000")
    setup.add_desk(ctx.db, ctx.bus, system, name="3", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(system, "A", customer_name="Secret Person", note="private")
    queue.issue_turn(system, "A")
    queue.call_next(system, "3")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/display/feed") as response:
            assert response.headers["Content-Type"].startswith("text/event-stream")
            [(name, snapshot)] = await sse_events(response, 1)
            assert name == "snapshot"
            assert [(c["number"], c["desk"]) for c in snapshot["calls"]] == [("A001", "3")]
            loop = asyncio.get_running_loop()
            result = await loop.run_in_executor(None, queue.call_next, system, "3")
            [(name, call)] = await sse_events(response, 1)
    assert name == "call"
    assert (call["number"], call["desk"], call["colour"]) == ("A002", "3", "#aa0000")
    assert call["event_id"] == result.event_id
    assert "Secret" not in json.dumps(snapshot) and "private" not in json.dumps(snapshot)
