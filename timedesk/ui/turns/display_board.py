"""What the lobby display shows, without Qt: the current call, the previous calls, the waiting
counts and how fresh all of it is. The window (display_window.py) draws a DisplayBoard; tests
and the latency benchmark drive it directly.

Calls come from `turns.called` events (payload: turn_id, number, desk, colour, service, recall)
and, at start-up or after an outage, from reads.recent_calls(). An event id is shown once: the
same call reaching the display by the in-process bus and by the remote feed, or replayed after
a reconnection, does not chime twice.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from timedesk.turns.views import TurnInfo, WaitingSummary


@dataclass(frozen=True)
class ShownCall:
    turn_id: int
    number: str
    desk: str
    colour: str
    service: str
    recall: bool = False
    event_id: int | None = None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any], event_id: int | None) -> ShownCall:
        return cls(int(payload["turn_id"]), str(payload["number"]), str(payload["desk"]),
                   str(payload.get("colour") or "#1565c0"), str(payload.get("service") or ""),
                   bool(payload.get("recall")), event_id)

    @classmethod
    def from_turn(cls, turn: TurnInfo) -> ShownCall:
        return cls(turn.id, turn.number, turn.desk or "", turn.colour, turn.service_code)


class DisplayBoard:
    """The display's state. `recent_limit` previous calls are kept besides the current one."""

    def __init__(self, recent_limit: int = 6, clock=time.monotonic) -> None:
        self.recent_limit = max(0, int(recent_limit))
        self.current: ShownCall | None = None
        self.recent: list[ShownCall] = []
        self.waiting: list[WaitingSummary] = []
        self._clock = clock
        self._shown_events: OrderedDict[int, None] = OrderedDict()
        # clock() and wall time of the last good news from the database; a display that never
        # hears from it warns too, counting from its start
        self.last_update = clock()
        self.last_update_at: datetime | None = None

    # -- calls -------------------------------------------------------------------------------
    def load(self, calls: Iterable[TurnInfo]) -> None:
        """Replace the calls by `calls`, newest first (reads.recent_calls)."""
        shown = [ShownCall.from_turn(t) for t in calls if t.desk]
        self.current = shown[0] if shown else None
        self.recent = shown[1:1 + self.recent_limit]
        self.mark_updated()

    def add_call(self, payload: Mapping[str, Any], event_id: int | None = None) -> ShownCall | None:
        """Show a call; None when this event was already shown (nothing to announce)."""
        if event_id is not None:
            if event_id in self._shown_events:
                return None
            self._shown_events[event_id] = None
            while len(self._shown_events) > 1000:
                self._shown_events.popitem(last=False)
        call = ShownCall.from_payload(payload, event_id)
        previous = self.current
        self.current = call
        recent = [c for c in self.recent if c.turn_id != call.turn_id]
        if previous is not None and previous.turn_id != call.turn_id:
            recent.insert(0, previous)
        self.recent = recent[:self.recent_limit]
        self.mark_updated()
        return call

    # -- waiting counts and freshness ----------------------------------------------------------
    def set_waiting(self, waiting: Iterable[WaitingSummary]) -> None:
        self.waiting = list(waiting)
        self.mark_updated()

    def mark_updated(self) -> None:
        self.last_update = self._clock()
        self.last_update_at = datetime.now().astimezone()

    def stale_for(self, stale_after_s: float) -> float | None:
        """Seconds since the last good news when that is more than `stale_after_s` (the
        display then warns), else None."""
        age = self._clock() - self.last_update
        return age if age > stale_after_s else None
