"""Chat across two processes with unread counts: a message sent by another process (another PC)
reaches this one over the events bus, and its unread count is right, on both engines."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time

from timedesk.events.feed import start_remote_feed

# Another PC: its own process, context and bus; it sends as Ben.
SEND_AS_BEN = """
import sys
from timedesk.app import build_context
from timedesk.auth.service import authenticate
from timedesk.chat.service import Chat

ctx = build_context(migrate=False)
try:
    ben = authenticate(ctx.db, "ben", "a long password 1")
    chat = Chat(ctx.db, ctx.bus, ctx.settings)
    for body in sys.argv[1:]:
        chat.send(ben, "ana", body)
    print(ctx.bus.origin)
finally:
    ctx.close()
"""


async def wait_until(condition, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        await asyncio.sleep(0.02)
    return condition()


async def test_chat_across_two_processes_with_unread_counts(ctx, env, chat, ana, ben):
    received = []
    ctx.bus.subscribe("chat.message", received.append)
    feed = await start_remote_feed(ctx.bus, ctx.db, ctx.settings)
    try:
        child = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-c", SEND_AS_BEN, "Are you there?", "<b>x</b>"],
            env=env, capture_output=True, text=True, timeout=60)
        assert child.returncode == 0, child.stderr
        assert await wait_until(lambda: len(received) >= 2)
    finally:
        await feed.stop()
    assert [(e.payload["from"], e.payload["to"]) for e in received] == [("ben", "ana")] * 2
    assert {e.origin for e in received} == {child.stdout.strip()}
    assert chat.unread(ana) == {"ben": 2}
    assert [m.body for m in chat.conversation(ana, "ben")] == ["Are you there?", "<b>x</b>"]
    assert chat.unread(ana) == {}
