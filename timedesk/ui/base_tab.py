"""Shared behaviour of tabs and sections: track signal connections made to long-lived objects
(services, the application) and drop them when the widget is destroyed (after Vorta)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any


class TrackedConnections:
    """Mix into a QWidget; call `track(signal, slot)` instead of `signal.connect(slot)` for
    signals of objects that outlive the widget."""

    destroyed: Any  # the signal of the QWidget this is mixed into

    def _tracked(self) -> list[tuple[Any, Any]]:
        tracked = self.__dict__.get("_tracked_connections")
        if tracked is None:
            tracked = self.__dict__["_tracked_connections"] = []
            self.destroyed.connect(lambda *_: TrackedConnections.disconnect_tracked(tracked))
        return tracked

    def track(self, signal: Any, slot: Callable[..., Any]) -> Any:
        connection = signal.connect(slot)
        self._tracked().append((signal, connection))
        return connection

    @staticmethod
    def disconnect_tracked(tracked: list[tuple[Any, Any]]) -> None:
        # PySide may already have dropped connections to a dying receiver's methods and then
        # warns that there is nothing to disconnect: that is the state we want anyway.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            while tracked:
                signal, connection = tracked.pop()
                try:
                    signal.disconnect(connection)
                except (TypeError, RuntimeError):
                    pass
