"""How long to wait before trying again: the one backoff policy and the one `Retry-After` parser
of the Sesame and Clockify clients, the event feeds' reconnection, the mail outbox and the
database's conflict retry. Qt-free and free of I/O: callers do their own (cancellable) waiting.

A `Backoff` waits `first`, then twice as long at each attempt, never more than `cap`; with
`jitter`, each wait is drawn from its upper half ([d/2, d]), so that many clients that failed
together do not come back in the same instant, yet never wait less than half the nominal delay.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_MAX_DOUBLINGS = 64  # 2**64 times any sensible first wait is past every cap (and no overflow)


@dataclass(frozen=True)
class Backoff:
    first: float
    cap: float
    jitter: bool = False

    def delay(self, attempt: int) -> float:
        """The wait before retry number `attempt` (1 for the first retry)."""
        nominal = min(self.cap, self.first * 2.0 ** min(max(attempt, 1) - 1, _MAX_DOUBLINGS))
        return nominal / 2 + random.uniform(0, nominal / 2) if self.jitter else nominal

    def delays(self, attempts: int | None = None) -> Iterator[float]:
        """The waits of `attempts` retries in order (endless when None)."""
        numbers = itertools.count(1) if attempts is None else range(1, attempts + 1)
        return (self.delay(attempt) for attempt in numbers)


def retry_after_seconds(header: str | None, *, cap: float, floor: float = 0.0,
                        now: datetime | None = None) -> float | None:
    """The wait an HTTP `Retry-After` header asks for, clamped to [floor, cap]; None when the
    header is absent or neither a number of seconds nor an HTTP date (the caller backs off).

    A date in the past means "now" (the floor); `now` is for tests."""
    text = (header or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; "-0000" parses naive
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if math.isnan(seconds):  # not a wait
        return None
    return min(cap, max(floor, seconds))
