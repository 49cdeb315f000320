"""The Turns screens' bus events as one Qt signal per event on the GUI thread (their database
calls run with timedesk.ui.tasks.run_in_background, on a serial_runner where order matters).

It needs no running asyncio loop, so the screens work the same in the application (qasync), in
the stand-alone `timedesk display` process and in plain pytest-qt tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from timedesk.events.bus import Event
from timedesk.ui.tasks import BusSignal


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
