"""The security log line of a refused webhook request, rate-limited per source address: a
client retrying with a wrong token (or someone probing) writes at most one line a minute per
address, which says how many refusals it stands for. Tokens are never written."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger("timedesk.security")

WINDOW_SECONDS = 60.0
MAX_SOURCES = 1024  # bounds the memory a flood from many addresses can take


class RefusalLog:
    def __init__(self, *, window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._window = window
        self._clock = clock
        self._sources: dict[str, tuple[float, int]] = {}  # address -> (window start, suppressed)

    def refused(self, source: str | None, path: str, event: str, reason: str) -> bool:
        """Note one refusal; True when it was written (the first of its window)."""
        source = source or "unknown"
        now = self._clock()
        started, suppressed = self._sources.get(source, (None, 0))
        if started is not None and now - started < self._window:
            self._sources[source] = (started, suppressed + 1)
            return False
        if len(self._sources) >= MAX_SOURCES:
            self._forget_old(now)
        self._sources[source] = (now, 0)
        more = f" ({suppressed} more refused since the last line)" if suppressed else ""
        log.warning("Clockify webhook refused from %s: %s (POST %s, event %s)%s", source, reason,
                    path, event[:64] or "-", more)
        return True

    def _forget_old(self, now: float) -> None:
        for source, (started, _) in list(self._sources.items()):
            if now - started >= self._window:
                del self._sources[source]
        if len(self._sources) >= MAX_SOURCES:
            self._sources.clear()


class RefusalLimit:
    """A token bucket of refusals per source address: BURST refusals at once, then one per
    1/RATE seconds. Beyond it a request whose token is refused gets 429 with Retry-After
    instead of 401. Refusals only: a request with a good token is never held back, since
    behind a reverse proxy every client has the proxy's address, and a flood of wrong tokens
    must not lock Clockify out (a guesser gains nothing: tokens have 16 characters or more).
    Decided in memory on the event loop, never on the webhook thread."""

    BURST = 30.0
    RATE = 1.0  # refusals per second, once the burst is spent

    def __init__(self, *, burst: float = BURST, rate: float = RATE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._burst, self._rate, self._clock = burst, rate, clock
        self._buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, at)

    def wait_after(self, source: str | None) -> float:
        """Count one refusal from `source`: 0 within the limit, else the seconds to wait."""
        source = source or "unknown"
        now = self._clock()
        tokens = self._tokens(source, now)
        if tokens >= 1.0:
            self._keep(source, tokens - 1.0, now)
            return 0.0
        self._keep(source, tokens, now)
        return (1.0 - tokens) / self._rate

    def _tokens(self, source: str, now: float) -> float:
        tokens, at = self._buckets.get(source, (self._burst, now))
        return min(self._burst, tokens + (now - at) * self._rate)

    def _keep(self, source: str, tokens: float, now: float) -> None:
        if source not in self._buckets and len(self._buckets) >= MAX_SOURCES:
            for known in list(self._buckets):  # full buckets are the same as no bucket
                if self._tokens(known, now) >= self._burst:
                    del self._buckets[known]
            if len(self._buckets) >= MAX_SOURCES:
                self._buckets.clear()
        self._buckets[source] = (tokens, now)
