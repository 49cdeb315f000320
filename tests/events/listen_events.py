"""A timedesk process that receives other processes' events under plain asyncio, without Qt,
as `timedesk serve` does (tests/events/test_feed_without_qt.py).

Usage: listen_events.py <count> <timeout_s>. Prints 'ready', then after `count` events on
topics 'remote.*' (or the timeout) one 'event <id> <seq>' line each and 'qt-loaded <bool>'.
"""

import asyncio
import os
import sys
import time

from timedesk.app import build_context
from timedesk.events.feed import start_remote_feed


async def listen(count: int, timeout: float) -> None:
    context = build_context(dict(os.environ), migrate=False)
    try:
        received = []
        context.bus.subscribe("remote.", received.append)
        feed = await start_remote_feed(context.bus, context.db, context.settings)
        print("ready", flush=True)
        deadline = time.monotonic() + timeout
        while len(received) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await feed.stop()
        for event in received:
            print("event", event.id, event.payload["seq"], flush=True)
        print("qt-loaded", any(name.startswith(("PySide6", "qasync")) for name in sys.modules),
              flush=True)
    finally:
        context.close()


if __name__ == "__main__":
    asyncio.run(listen(int(sys.argv[1]), float(sys.argv[2])))
