"""Helpers of the Clockify/mail admin screen tests: read tables, seed Clockify data."""

from __future__ import annotations

from clockify_helpers import variant  # noqa: E402  (tests/clockify, put on sys.path by conftest)

from timedesk.clockify import inbox
from timedesk.clockify.config import ClockifyRules


def cells(table) -> list[list[str]]:
    """What a QTableView shows, row by row, in its current (sorted) order."""
    model = table.model()
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def member(clockify_id: str, name: str) -> dict:
    return {"id": clockify_id, "name": name, "status": "ACTIVE"}


def work(db, bus, entry_id: str, who: dict, start, minutes: float, *,
         webhook_id: int | None = None):
    """A stopped timer of `who` through the durable inbox, as the listener stores it."""
    body = variant(start=start, minutes=minutes, id=entry_id, userId=who["id"], user=who)
    delivery = inbox.store_delivery(db, "TIMER_STOPPED", {"content-type": "application/json"},
                                    body, webhook_id=webhook_id)
    return inbox.process_delivery(db, bus, delivery, rules=ClockifyRules())
