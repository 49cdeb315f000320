"""What tabs receive besides the context and the actor: the job runner, the listener, the
remote event feed, the running parts (timedesk.runtime: those two and the background workers), and
Qt signals that say when the listener and the feed change state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from timedesk.jobs import JobRunner


class RuntimeSignals(QObject):
    """Emitted on the GUI thread; widgets connect here instead of to the services."""

    listenerStateChanged = Signal(str)
    feedStateChanged = Signal(str)


@dataclass
class UiServices:
    jobs: JobRunner
    listener: Any | None = None  # timedesk.server Listener (None when not built)
    feed: Any | None = None  # timedesk.events.feed.RemoteEventFeed
    parts: Any | None = None  # timedesk.runtime.RunningParts, once started
    signals: RuntimeSignals = field(default_factory=RuntimeSignals)
    request_quit: Callable[[], None] = lambda: None
