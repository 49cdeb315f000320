"""What every GUI process (the app, `timedesk display`, `timedesk kiosk`) sets up around its windows, and undoes
in reverse when it ends, while the qasync loop still runs:

- garbage collection on the GUI thread only (gc_guard);
- SIGINT / SIGTERM as a request to quit (timedesk.stop_signals), not a kill mid-write;
- bus events delivered on the loop, so that subscribers touch widgets on the GUI thread;
- at the end, the database's connections closed.

`run_standalone` is the whole life of a process without sign-in (the lobby display, the punch
kiosk): settings, logging, the application and its translations, the context, the loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
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


def run_standalone(what: str, verbose: bool,
                   body: Callable[[Any], Coroutine[Any, Any, int]]) -> int:
    """Run `body(ctx)` on a qasync loop in a process of its own; `what` names it in the one
    line printed when the database cannot be opened."""
    import sys

    import qasync

    from timedesk.app import build_context, load_settings
    from timedesk.errors import TimedeskError
    from timedesk.logs import setup_logging
    from timedesk.ui.application import create_application, prepare_application
    from timedesk.ui.i18n import remove_translators

    paths, settings = load_settings()
    setup_logging(paths.log_dir, settings["log.level"], verbose=verbose,
                  max_bytes=settings["log.max_bytes"], backups=settings["log.backups"])
    app = create_application()
    translators = prepare_application(app, settings["ui.language"], settings["ui.theme"])
    try:
        ctx = build_context(paths=paths, settings=settings)
    except TimedeskError as exc:
        print(f"timedesk: the {what} cannot open the database: {exc}", file=sys.stderr)
        remove_translators(app, translators)
        return exc.exit_code
    try:
        return int(qasync.run(body(ctx)) or 0)
    finally:
        ctx.close()
        remove_translators(app, translators)
