"""Bus events for a widget: subscribe to topics, hear them as a Qt signal on the GUI thread,
debounced, and unsubscribe when the widget goes.

In the application the bus already calls subscribers on the GUI thread; the queued signal also
makes a commit in a worker thread (a test, a script without a dispatcher) safe. Bursts (a back-
fill, a webhook retry storm) become one `changed` signal per DEBOUNCE_MS.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from timedesk.events.bus import RESYNC, Event

DEBOUNCE_MS = 200


class LiveSessions(QObject):
    """`changed(ids, topics)`: the session ids the events named since the last signal and
    their topics (RESYNC among them: events were lost, refresh everything)."""

    changed = Signal(object, object)
    _arrived = Signal(str, object)

    def __init__(self, bus: Any, owner: QObject, topics: tuple[str, ...] = ("clockify.",),
                 debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(owner)
        self._ids: set[int] = set()
        self._topics: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._collect)
        removers = [bus.subscribe(topic, self._on_event) for topic in (*topics, RESYNC)]
        owner.destroyed.connect(lambda *_: [remove() for remove in removers])

    def _on_event(self, event: Event) -> None:  # any thread
        self._arrived.emit(event.topic, event.payload.get("session_id"))

    def _collect(self, topic: str, session_id: Any) -> None:
        self._topics.add(topic)
        if isinstance(session_id, int):
            self._ids.add(session_id)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        ids, topics = self._ids, self._topics
        self._ids, self._topics = set(), set()
        self.changed.emit(ids, topics)
