"""The parts that run beside the window (timedesk.runtime: the remote event feed, the background
workers and the HTTP listener), started after the first paint and stopped at quit.

None of them may stop the app: a listener that cannot bind shows 'failed' in the status bar, a
feed that cannot connect is logged and shows 'off', a worker that cannot start is logged.
Their state changes reach widgets as Qt signals.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from timedesk.ui.async_tools import first_paint
from timedesk.ui.services import UiServices

log = logging.getLogger(__name__)
UNAVAILABLE = "unavailable"


def build_listener(ctx: Any) -> Any | None:
    try:
        from timedesk.server.listener import Listener
    except Exception:  # a broken server package must not keep the window closed
        log.exception("the HTTP listener is not available")
        return None
    return Listener(ctx)


async def start_background(ctx: Any, services: UiServices) -> None:
    """Start the feed, the background workers and the listener (when listener.enabled), after
    the start-up housekeeping; never raises."""
    from timedesk.app import housekeeping
    from timedesk.runtime import RunningParts

    await asyncio.get_running_loop().run_in_executor(None, housekeeping, ctx)
    signals = services.signals

    def on_state(part: str, state: str) -> None:
        if part == "listener":
            signals.listenerStateChanged.emit(state)
        else:
            services.feed = parts.feed  # the status bar reads its state
            signals.feedStateChanged.emit(state)

    listener = build_listener(ctx)
    if listener is None:
        signals.listenerStateChanged.emit(UNAVAILABLE)
    enabled = ctx.settings["listener.enabled"]
    parts = RunningParts(ctx, listener=listener, on_state=on_state,
                         listen_on=(ctx.settings["listener.host"], ctx.settings["listener.port"])
                         if enabled else None)
    services.parts, services.listener = parts, listener
    await parts.start()


async def start_after_first_paint(ctx: Any, services: UiServices,
                                  quitting: asyncio.Event | None = None) -> None:
    """Start the background parts once a window has painted, unless the app quits first."""
    await first_paint(until=quitting)
    if quitting is None or not quitting.is_set():
        await start_background(ctx, services)


async def stop_background(services: UiServices, starting: asyncio.Task | None = None) -> None:
    """Stop the listener, the workers, then the event feed; first let a start that is still
    under way finish (bounded), so that nothing starts after the stop."""
    from timedesk.runtime import LISTENER_STOP_SECONDS

    if starting is not None and not starting.done():
        try:
            await asyncio.wait_for(asyncio.shield(starting), LISTENER_STOP_SECONDS)
        except TimeoutError:
            log.warning("the start of the background parts did not end within %.0f s; going on",
                        LISTENER_STOP_SECONDS)
        except Exception:
            log.exception("the start of the background parts failed")
    if services.parts is not None:
        await services.parts.stop()
