"""Reconnection pacing and the synthetic RESYNC event."""

from __future__ import annotations

import itertools

from event_helpers import collect

from timedesk.events.bus import RESYNC
from timedesk.events.feed import backoff_delays, resync_event


def test_reconnection_waits_double_from_half_a_second_up_to_ten_with_jitter():
    delays = list(backoff_delays(0.5, 10.0, attempts=10))
    nominal = [0.5, 1, 2, 4, 8, 10, 10, 10, 10, 10]
    assert len(delays) == 10
    for delay, ceiling in zip(delays, nominal, strict=False):
        assert ceiling / 2 <= delay <= ceiling


def test_reconnection_waits_are_jittered_so_workstations_do_not_reconnect_together():
    firsts = {next(backoff_delays(8.0, 10.0)) for _ in range(20)}
    assert len(firsts) > 1


def test_reconnection_attempts_are_bounded():
    assert sum(1 for _ in itertools.islice(backoff_delays(attempts=3), 100)) == 3


def test_every_resync_reaches_subscribers_even_after_the_first(db, bus):
    received = collect(bus, RESYNC)
    for _ in range(3):
        bus.deliver(resync_event(bus.origin, "reconnection"))
    assert len(received) == 3
    assert all(event.id < 0 for event in received)  # never mistaken for a stored event
    assert bus.last_id == 0  # nor moves the bus's idea of the newest stored event
