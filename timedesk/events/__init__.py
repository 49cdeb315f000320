"""Events: published inside the writing transaction, delivered to this process at commit and to
other processes by PostgreSQL LISTEN/NOTIFY or an SQLite `PRAGMA data_version` poll."""

from timedesk.events.bus import CHANNEL, Event, EventBus

__all__ = ["CHANNEL", "Event", "EventBus"]
