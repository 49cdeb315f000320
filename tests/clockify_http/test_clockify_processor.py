"""The delivery processor's queue: an id queued twice (by the start's listing of pending
deliveries and by the handler that stored it) is processed once."""

from __future__ import annotations

import asyncio
import functools
import time

from timedesk.clockify import inbox
from timedesk.server.clockify.processor import DeliveryProcessor


async def test_a_delivery_queued_twice_before_it_is_processed_is_processed_once(ctx, monkeypatch):
    loop = asyncio.get_running_loop()
    calls: list[int] = []

    def process(db, bus, delivery_id, *, rules):
        calls.append(delivery_id)
        time.sleep(0.05)  # under way while it is queued again

    monkeypatch.setattr(inbox, "process_delivery", process)

    def run(fn, *args, **kwargs):
        return loop.run_in_executor(None, functools.partial(fn, *args, **kwargs))

    processor = DeliveryProcessor(ctx.db, ctx.bus, ctx.settings, run, loop)
    processor.queue(7)
    processor.queue(7)  # the same id from the other path: not twice in line
    processor.start()
    try:
        deadline = time.monotonic() + 10
        while not calls and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        processor.queue(7)  # under way: not again
        while processor.processed < 1 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        assert calls == [7]
        processor.queue(7)  # done: a later queueing is processed again
        while len(calls) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert calls == [7, 7]
    finally:
        await processor.stop()
