"""Building blocks of the Clockify tests: the real samples, variants derived from them, and a
`deliver` that goes through the durable inbox exactly as the HTTP face will."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.clockify import inbox, queries
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.payload import format_duration

SAMPLES = Path(__file__).with_name("samples")  # copies of shared/specs/clockify/samples
VIEWER = Actor.system("test")
T0 = datetime(2025, 6, 16, 8, 0, tzinfo=UTC)


def sample(name: str) -> dict[str, Any]:
    """A fresh copy of a real captured body: NEW_TIME_ENTRY.2025 or TIMER_STOPPED.2022."""
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def variant(base: dict[str, Any] | None = None, *, start: datetime | None = T0,
            end: datetime | None | str = "keep", minutes: float | None = None,
            **top: Any) -> dict[str, Any]:
    """A body derived from the 2022 TIMER_STOPPED sample (or `base`) with new times:
    `minutes` long from `start`, or an explicit `end` (None: a running timer)."""
    body = copy.deepcopy(base if base is not None else sample("TIMER_STOPPED.2022"))
    interval = body["timeInterval"]
    if start is not None:
        interval["start"] = iso(start)
    if minutes is not None:
        end = start + timedelta(minutes=minutes)
    if end is None:
        interval["end"] = interval["duration"] = None
        body["currentlyRunning"] = True
    elif end != "keep":
        interval["end"] = iso(end)
        seconds = int((end - datetime.fromisoformat(interval["start"].replace("Z", "+00:00")))
                      .total_seconds())
        interval["duration"] = format_duration(seconds)
        body["currentlyRunning"] = False
    body.update(top)
    return body


def deliver(db, bus, event: str, body: dict[str, Any], rules: ClockifyRules | None = None):
    """Store then process, as the listener does; returns the DeliveryInfo."""
    delivery_id = inbox.store_delivery(db, event, {"content-type": "application/json"}, body)
    return inbox.process_delivery(db, bus, delivery_id, rules=rules or ClockifyRules())


def session_of(db, clockify_id: str):
    return queries.get_session_by_clockify_id(db, VIEWER, clockify_id)


def history_of(db, clockify_id: str):
    return queries.session_history(db, VIEWER, session_of(db, clockify_id).id)
