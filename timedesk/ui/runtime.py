"""The parts that run beside the window: the HTTP listener, the remote event feed and the
background workers of timedesk.workers (mail outbox, Clockify overtime, notices and reports).

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
LISTENER_STOP_SECONDS = 3.0
FEED_STOP_SECONDS = 3.0
STARTING = "starting"
UNAVAILABLE = "unavailable"


def build_listener(ctx: Any, services: UiServices) -> Any | None:
    try:
        from timedesk.server.listener import Listener
    except Exception:  # a broken server package must not keep the window closed
        log.exception("the HTTP listener is not available")
        return None
    listener = Listener(ctx)
    listener.on_state_change.append(
        lambda changed: services.signals.listenerStateChanged.emit(changed.state))
    return listener


def build_feed(ctx: Any, services: UiServices) -> Any | None:
    try:
        from timedesk.events.feed import make_remote_feed

        feed = make_remote_feed(ctx.bus, ctx.db, ctx.settings)
    except Exception:
        log.exception("the remote event feed is not available")
        return None
    feed.on_state_change = services.signals.feedStateChanged.emit
    return feed


async def start_background(ctx: Any, services: UiServices) -> None:
    """Start the listener (when listener.enabled), the event feed and the background workers,
    after the start-up housekeeping; never raises."""
    from timedesk.app import housekeeping
    from timedesk.workers import start_workers

    await asyncio.get_running_loop().run_in_executor(None, housekeeping, ctx)
    services.listener = build_listener(ctx, services)
    services.feed = build_feed(ctx, services)
    # workers first: the notices must be written by the first delivery processed
    services.workers = await start_workers(ctx)
    if services.listener is None:
        services.signals.listenerStateChanged.emit(UNAVAILABLE)
    if services.listener is not None and ctx.settings["listener.enabled"]:
        services.signals.listenerStateChanged.emit(STARTING)
        try:
            await services.listener.start(ctx.settings["listener.host"],
                                          ctx.settings["listener.port"])
        except Exception:
            log.exception("the listener could not start")
    if services.feed is not None:
        try:
            await services.feed.start()
        except Exception:
            log.exception("the remote event feed could not start")


async def start_after_first_paint(ctx: Any, services: UiServices,
                                  quitting: asyncio.Event | None = None) -> None:
    """Start the background parts once a window has painted, unless the app quits first."""
    await first_paint(until=quitting)
    if quitting is None or not quitting.is_set():
        await start_background(ctx, services)


async def _bounded(what: str, coro: Any, seconds: float) -> None:
    try:
        await asyncio.wait_for(coro, seconds)
    except asyncio.TimeoutError:
        log.warning("%s did not stop within %.0f s; going on", what, seconds)
    except Exception:
        log.exception("%s failed while stopping", what)


async def stop_background(services: UiServices, starting: asyncio.Task | None = None) -> None:
    """Stop the listener (short timeout), the workers, then the event feed; first let a start
    that is still under way finish, so that nothing starts after the stop."""
    from timedesk.workers import stop_workers

    if starting is not None and not starting.done():
        await _bounded("the start of the listener and the feed", asyncio.shield(starting),
                       LISTENER_STOP_SECONDS)
    if services.listener is not None:
        await _bounded("the listener", services.listener.stop(), LISTENER_STOP_SECONDS)
    await stop_workers(services.workers)
    if services.feed is not None:
        await _bounded("the event feed", services.feed.stop(), FEED_STOP_SECONDS)
