"""The synthetic RESYNC event (the reconnection pacing: tests/test_retry.py)."""

from __future__ import annotations

from event_helpers import collect

from timedesk.events.bus import RESYNC
from timedesk.events.feed import resync_event


def test_every_resync_reaches_subscribers_even_after_the_first(db, bus):
    received = collect(bus, RESYNC)
    for _ in range(3):
        bus.deliver(resync_event(bus.origin, "reconnection"))
    assert len(received) == 3
    assert all(event.id < 0 for event in received)  # never mistaken for a stored event
    assert bus.last_id == 0  # nor moves the bus's idea of the newest stored event
