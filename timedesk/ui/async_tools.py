"""Small bridges between Qt signals and asyncio on the qasync loop.

`run_on_loop(owner, coro, on_done, on_error)` is `spawn` bound to a widget like the kit's
`run_in_background`: for work that must run on the loop (the listener's aiohttp server), the
callbacks are dropped once `owner` is destroyed.

Never `dialog.exec()` inside a coroutine (qasync then fails with "Cannot enter into task"):
`open_dialog()` opens it window-modal and returns a Future resolved by its signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

log = logging.getLogger(__name__)
FIRST_PAINT_TIMEOUT = 5.0
PAINT_GRACE = 0.05
_tasks: set[asyncio.Task] = set()


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
    """Start a coroutine from a slot; keep it referenced and log it if it fails."""
    task = asyncio.ensure_future(coro)
    _tasks.add(task)
    task.add_done_callback(_forget)
    return task


def _forget(task: asyncio.Task) -> None:
    _tasks.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("background task failed", exc_info=task.exception())


def run_on_loop(owner: QObject, coro: Coroutine[Any, Any, Any],
                on_done: Callable[[Any], None],
                on_error: Callable[[BaseException], None]) -> asyncio.Task:
    """Run `coro` (which must not touch `owner`) on the loop, then `on_done(result)` or
    `on_error(exc)`; neither once `owner` was destroyed meanwhile (an error is then logged)."""
    gone: list[bool] = []
    connection = owner.destroyed.connect(lambda *_: gone.append(True))  # must not touch owner

    async def run() -> None:
        try:
            result = await coro
        except Exception as exc:
            if gone:
                log.error("work on the loop failed after its window closed", exc_info=exc)
            else:
                on_error(exc)
        else:
            if not gone:
                on_done(result)
        finally:
            if not gone:
                owner.destroyed.disconnect(connection)

    return spawn(run())


def open_dialog(dialog: QDialog, result_signal: Any) -> asyncio.Future:
    """Open `dialog` and return a Future with the value of `result_signal`, or None when the
    dialog is closed without it."""
    future: asyncio.Future = asyncio.get_running_loop().create_future()

    def on_result(value: Any) -> None:
        if not future.done():
            future.set_result(value)

    def on_finished(_code: int) -> None:
        if not future.done():
            future.set_result(None)

    result_signal.connect(on_result)
    dialog.finished.connect(on_finished)
    dialog.open()
    return future


def running_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None (a widget built outside the app, e.g. in a sync test)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


async def first_paint(timeout: float = FIRST_PAINT_TIMEOUT,
                      until: asyncio.Event | None = None) -> None:
    """Return once a top-level window is on screen and had a moment to paint (or after
    `timeout`, e.g. when no window ever shows, or as soon as `until` is set). Slow start-up
    work waits for this, so that people see the window first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline and not (until is not None and until.is_set()):
        if any(w.isVisible() and w.windowHandle() is not None and w.windowHandle().isExposed()
               for w in QApplication.topLevelWidgets()):
            await asyncio.sleep(PAINT_GRACE)
            return
        await asyncio.sleep(0.01)
