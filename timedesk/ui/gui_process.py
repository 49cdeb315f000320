"""What every GUI process (the app, `timedesk display`) sets up around its windows, and undoes
in reverse when it ends, while the qasync loop still runs:

- garbage collection on the GUI thread only (gc_guard);
- SIGINT / SIGTERM as a request to quit (timedesk.stop_signals), not a kill mid-write;
- bus events delivered on the loop, so that subscribers touch widgets on the GUI thread;
- at the end, the database's connections closed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from timedesk.stop_signals import on_stop_signals


@asynccontextmanager
async def gui_process(ctx: Any) -> AsyncIterator[asyncio.Event]:
    """`async with gui_process(ctx) as quit_event:` the windows' lifetime; set the event to
    end it (signals, the window's Quit). The caller stops its own parts inside the block."""
    from timedesk.ui.gc_guard import MainThreadCollector

    loop = asyncio.get_running_loop()
    collector = MainThreadCollector()
    collector.start()
    quit_event = asyncio.Event()
    restore_signals = on_stop_signals(loop, quit_event.set)
    ctx.bus.set_dispatcher(loop.call_soon_threadsafe)
    try:
        yield quit_event
    finally:
        ctx.bus.set_dispatcher(lambda call: call())
        ctx.db.dispose()
        restore_signals()
        collector.stop()
