"""Two bridges the Turns screens share: bus events as a Qt signal on the GUI thread, and
database calls on a worker thread whose results come back on the GUI thread.

Neither needs a running asyncio loop, so the screens work the same in the application (qasync),
in the stand-alone `timedesk display` process and in plain pytest-qt tests.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from timedesk.events.bus import Event
from timedesk.ui.tasks import BusSignal

log = logging.getLogger(__name__)


class TurnEvents(BusSignal):
    """`arrived(topic, payload, event_id)` for each event of `topics` (and RESYNC), on the GUI
    thread: timedesk.ui.tasks.BusSignal, one signal per event for the Turns screens."""

    arrived = Signal(str, object, int)

    def __init__(self, bus: Any, owner: QObject, topics: Iterable[str]) -> None:
        super().__init__(owner, bus, topics)
        self.received.connect(self._each)

    def _each(self, events: list[Event]) -> None:
        for event in events:
            self.arrived.emit(event.topic, dict(event.payload), int(event.id))


class Background(QObject):
    """Run blocking calls one at a time on a thread of this object's own; `on_done(result)` or
    `on_error(exception)` is called on the GUI thread. Closed with its owner.

    The worker thread never drops the last reference to anything the GUI thread owns: a call
    and its callbacks usually hold a window (`lambda: self.queue...`), and a top-level window
    whose last reference goes on another thread is destroyed there, leaving its timers
    registered with the GUI thread's dispatcher, which then crashes Qt (a segmentation fault
    at the next timer event). So the GUI side keeps every job until its result is handed over,
    the worker lets go of the call before it posts the result, and the result is taken from a
    queue on the GUI thread rather than carried by the signal."""

    _ready = Signal()

    def __init__(self, owner: QObject, name: str) -> None:
        super().__init__(owner)
        self._jobs: dict[int, tuple[Callable[[], Any], Callable[[Any], None] | None,
                                    Callable[[BaseException], None] | None]] = {}
        self._tokens = itertools.count(1)
        self._inbox: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] = queue.SimpleQueue()
        self._results: deque[tuple[int, Any, bool]] = deque()
        self._closed = threading.Event()
        self._ready.connect(self._deliver)
        self._thread = threading.Thread(
            target=_work, args=(self._inbox, self._results, self._ready, self._closed),
            name=f"timedesk-{name}", daemon=True)
        self._thread.start()
        owner.destroyed.connect(lambda *_: self.close())

    def run(self, call: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> bool:
        """Queue `call`; False (and nothing runs) once closed."""
        if self._closed.is_set():
            return False
        token = next(self._tokens)
        self._jobs[token] = (call, on_done, on_error)
        self._inbox.put((token, call))
        return True

    def pending(self) -> int:
        """Jobs queued or running whose result has not been handed over yet."""
        return len(self._jobs)

    def _deliver(self) -> None:
        while self._results:
            token, value, is_error = self._results.popleft()
            job = self._jobs.pop(token, None)
            if job is None:
                continue
            _call, on_done, on_error = job
            callback = on_error if is_error else on_done
            if callback is not None:
                callback(value)
            elif is_error:
                log.error("background call failed", exc_info=value)

    def close(self) -> None:
        """Start nothing more: queued calls are dropped, a running one finishes. The jobs stay
        referenced here (not on the worker) until this object goes."""
        if not self._closed.is_set():
            self._closed.set()
            self._inbox.put(None)


def _work(inbox: queue.SimpleQueue, results: deque, ready, closed: threading.Event) -> None:
    """The worker thread: run each queued call, post its result, and let go of the call first."""
    while True:
        job = inbox.get()
        if job is None:
            return
        token, call = job
        del job
        if closed.is_set():
            del call
            continue
        try:
            outcome = (token, call(), False)
        except BaseException as exc:  # noqa: BLE001 (handed to on_error on the GUI thread)
            outcome = (token, exc, True)
            del exc
        del call
        results.append(outcome)
        del outcome
        try:
            ready.emit()
        except RuntimeError:  # the Background was deleted meanwhile: nobody to tell
            return
