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
