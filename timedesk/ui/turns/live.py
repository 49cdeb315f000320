"""Two bridges the Turns screens share: bus events as a Qt signal on the GUI thread, and
database calls on a worker thread whose results come back on the GUI thread.

Neither needs a running asyncio loop, so the screens work the same in the application (qasync),
in the stand-alone `timedesk display` process and in plain pytest-qt tests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from timedesk.events.bus import RESYNC, Event

log = logging.getLogger(__name__)


class TurnEvents(QObject):
    """`arrived(topic, payload, event_id)` for each event of `topics` (and RESYNC), emitted on
    the GUI thread whatever thread the bus delivers on; unsubscribes when `owner` goes."""

    arrived = Signal(str, object, int)

    def __init__(self, bus: Any, owner: QObject, topics: Iterable[str]) -> None:
        super().__init__(owner)
        removers = [bus.subscribe(topic, self._on_event) for topic in (*topics, RESYNC)]
        owner.destroyed.connect(lambda *_: [remove() for remove in removers])

    def _on_event(self, event: Event) -> None:  # any thread: a queued signal crosses it
        self.arrived.emit(event.topic, dict(event.payload), int(event.id))


class Background(QObject):
    """Run blocking calls one at a time on a thread of this object's own; `on_done(result)` or
    `on_error(exception)` is called on the GUI thread. Closed with its owner."""

    _finished = Signal(object, object, object)  # callback, value, is-error

    def __init__(self, owner: QObject, name: str) -> None:
        super().__init__(owner)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            1, thread_name_prefix=f"timedesk-{name}")
        self._finished.connect(self._deliver)
        owner.destroyed.connect(lambda *_: self.close())

    def run(self, call: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Future | None:
        if self._pool is None:
            return None
        future = self._pool.submit(call)

        def finished(done: Future) -> None:  # on the worker thread
            error = done.exception()
            try:
                if error is not None:
                    self._finished.emit(on_error, error, True)
                else:
                    self._finished.emit(on_done, done.result(), False)
            except RuntimeError:  # the receiver was deleted meanwhile: nobody to tell
                pass

        future.add_done_callback(finished)
        return future

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, is_error: bool) -> None:
        if callback is not None:
            callback(value)
        elif is_error:
            log.error("background call failed", exc_info=value)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
