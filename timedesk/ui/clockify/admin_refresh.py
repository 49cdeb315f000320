"""Refresh a widget when bus topics arrive: a burst of events (a batch of deliveries) becomes
one reload after a short pause, and the subscription ends with the widget."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

DEBOUNCE_MS = 300


def refresh_on_topics(widget: QWidget, bus: Any, topics: Iterable[str],
                      reload: Callable[[], Any], debounce_ms: int = DEBOUNCE_MS) -> QTimer:
    """Call `reload()` (on the GUI thread) once events of `topics` stop arriving for
    `debounce_ms`. The bus dispatcher of the app calls subscribers on the GUI thread."""
    timer = QTimer(widget)
    timer.setSingleShot(True)
    timer.setInterval(debounce_ms)
    timer.timeout.connect(reload)
    alive = weakref.ref(timer)

    def on_event(_event: Any) -> None:
        found = alive()
        if found is not None and Shiboken.isValid(found):
            found.start()  # restarts a pending countdown: one reload per burst

    unsubscribes = [bus.subscribe(topic, on_event) for topic in topics]

    def unsubscribe(*_: Any) -> None:  # must not touch the widget: it is being destroyed
        for stop in unsubscribes:
            stop()

    widget.destroyed.connect(unsubscribe)
    return timer
