"""Building blocks of the Clockify HTTP tests: the real samples (tests/clockify/samples, copies of
shared/specs/clockify/samples), variants of them, sending them as Clockify does, and waiting for
the processing that follows the answer."""

from __future__ import annotations

import asyncio
import copy
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from timedesk.auth.permissions import Actor
from timedesk.clockify import inbox
from timedesk.clockify.models import ClockifyDelivery, ClockifyErrorLog, ClockifySession
from timedesk.clockify.payload import format_duration

SAMPLES = Path(__file__).parent.parent / "clockify" / "samples"
VIEWER = Actor.system("test")
T0 = datetime(2025, 6, 16, 8, 0, tzinfo=UTC)
STOPPED_ID = "6260fee78065a229df4561dd"
MANUAL_ID = "68453d0cf0c88d522704ab76"


def raw_sample(name: str) -> bytes:
    """The captured body exactly as Clockify sent it (NEW_TIME_ENTRY.2025, TIMER_STOPPED.2022)."""
    return (SAMPLES / f"{name}.json").read_bytes()


def sample(name: str) -> dict[str, Any]:
    return json.loads(raw_sample(name))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def variant(*, entry_id: str = STOPPED_ID, start: datetime = T0, minutes: float | None = 30,
            **top: Any) -> dict[str, Any]:
    """The 2022 TIMER_STOPPED sample with another id and times; minutes=None: still running."""
    body = copy.deepcopy(sample("TIMER_STOPPED.2022"))
    body["id"] = entry_id
    interval = body["timeInterval"]
    interval["start"] = iso(start)
    if minutes is None:
        interval["end"] = interval["duration"] = None
        body["currentlyRunning"] = True
    else:
        interval["end"] = iso(start + timedelta(minutes=minutes))
        interval["duration"] = format_duration(int(minutes * 60))
        body["currentlyRunning"] = False
    body.update(top)
    return body


def clockify_headers(token: str | None, event: str | None = None) -> dict[str, str]:
    """Headers as Clockify's Vert.x client sends them (names in another case on purpose)."""
    headers = {"Content-Type": "application/json", "User-Agent": "Vert.x-WebClient/4.5.14"}
    if token is not None:
        headers["Clockify-Signature"] = token
    if event is not None:
        headers["Clockify-Webhook-Event-Type"] = event
    return headers


async def send(http, url: str, token: str | None, event: str | None, body: Any,
               path: str = "/webhooks/clockify", headers: dict | None = None):
    """POST a webhook; (status, JSON answer)."""
    data = body if isinstance(body, bytes) else json.dumps(body, separators=(",", ":")).encode()
    all_headers = clockify_headers(token, event) | (headers or {})
    async with http.post(url + path, data=data, headers=all_headers) as response:
        return response.status, await response.json()


def delivery_status(db, delivery_id: int) -> str:
    with db.session_factory() as session:
        return session.get(ClockifyDelivery, delivery_id).status


async def processed(db, *delivery_ids: int, timeout: float = 15.0) -> list[str]:
    """Wait until the deliveries are no longer pending; their statuses."""
    deadline = time.monotonic() + timeout
    while True:
        statuses = [delivery_status(db, d) for d in delivery_ids]
        if "pending" not in statuses or time.monotonic() > deadline:
            return statuses
        await asyncio.sleep(0.02)


def count(db, model) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def deliveries(db) -> int:
    return count(db, ClockifyDelivery)


def error_rows(db) -> list[ClockifyErrorLog]:
    with db.session_factory() as session:
        return list(session.scalars(select(ClockifyErrorLog).order_by(ClockifyErrorLog.id)))


def sessions(db) -> int:
    return count(db, ClockifySession)


def store_and_process(db, bus, event: str, body: dict[str, Any]):
    """Put a delivery through the domain directly (to seed data for API tests)."""
    from timedesk.clockify.config import ClockifyRules

    delivery_id = inbox.store_delivery(db, event, {}, body)
    return inbox.process_delivery(db, bus, delivery_id, rules=ClockifyRules())
