"""The in-process side of events: publish in a transaction, deliver to subscribers at commit.

Cross-process delivery (timedesk.events.feed: PostgreSQL LISTEN or an SQLite poll) feeds events of other processes into the same
`deliver()`; an event is delivered once per process whatever path brought it.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import socket
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.events.models import EventRow

log = logging.getLogger(__name__)

CHANNEL = "timedesk_events"
NOTIFY_LIMIT = 7900  # PostgreSQL caps NOTIFY payloads at 8,000 bytes
RESYNC = "events.resync"  # delivered after an outage: subscribers should refresh fully

Subscriber = Callable[["Event"], None]


@dataclass(frozen=True)
class Event:
    id: int
    topic: str
    payload: dict[str, Any]
    origin: str
    created_at: datetime

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "topic": self.topic, "payload": self.payload,
                           "origin": self.origin, "created_at": self.created_at.isoformat()},
                          separators=(",", ":"))

    @classmethod
    def from_row(cls, row: EventRow) -> Event:
        return cls(row.id, row.topic, row.payload or {}, row.origin, row.created_at)


class EventBus:
    """Publish events in the writer's transaction; call subscribers once it commits.

    `dispatcher` decides where subscriber calls run; the GUI sets it to the event loop's
    `call_soon_threadsafe` so that a commit in a worker thread reaches widgets on the GUI thread.
    """

    def __init__(self, db: Database, origin: str | None = None) -> None:
        self.db = db
        self.origin = origin or f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._subscribers: list[tuple[str, Subscriber]] = []
        self._dispatch: Callable[[Callable[[], None]], None] = lambda call: call()
        self._key = f"timedesk_events_{id(self)}"
        self._delivered: OrderedDict[int, None] = OrderedDict()
        self.last_id = 0
        db.on_session("before_commit", self._before_commit)
        db.on_session("after_commit", self._after_commit)
        db.on_session("after_rollback", self._after_rollback)

    # -- publishing --------------------------------------------------------------------------
    def publish(self, session: Session, topic: str, payload: dict[str, Any] | None = None) -> Event:
        """Store an event in `session`'s transaction. Payloads are ids and small facts, not rows."""
        return self.publish_many(session, [(topic, payload)])[0]

    def publish_many(self, session: Session,
                     events: Sequence[tuple[str, dict[str, Any] | None]]) -> list[Event]:
        """Store several events in `session`'s transaction with one flush (one INSERT)."""
        now = utcnow()
        rows = [EventRow(topic=topic, payload=payload or {}, origin=self.origin, created_at=now)
                for topic, payload in events]
        session.add_all(rows)
        session.flush()
        published = [Event.from_row(row) for row in rows]
        session.info.setdefault(self._key, []).extend(published)
        return published

    def published(self, session: Session) -> list[Event]:
        """The events `session` published that its transaction has not committed yet (a
        before_commit hook writes what they call for in the same transaction)."""
        return list(session.info.get(self._key, ()))

    def _before_commit(self, session: Session) -> None:
        """PostgreSQL: wake the listeners of other processes, every event of the transaction in
        one statement (NOTIFY is delivered at commit whenever it is sent)."""
        published = session.info.get(self._key)
        if not published or self.db.backend != "postgresql":
            return
        messages = []
        for event in published:
            message = event.to_json()
            if len(message.encode()) > NOTIFY_LIMIT:  # listeners read the row by id instead
                message = json.dumps({"id": event.id, "topic": event.topic, "origin": self.origin})
            messages.append(message)
        session.execute(select(*(func.pg_notify(CHANNEL, message) for message in messages)))

    def _after_commit(self, session: Session) -> None:
        for published in session.info.pop(self._key, []):
            self.deliver(published)

    def _after_rollback(self, session: Session) -> None:
        session.info.pop(self._key, None)

    # -- subscribing -------------------------------------------------------------------------
    def subscribe(self, topic: str, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(event)` for `topic`: exact ('turns.called'), prefix ('turns.') or '*'.
        Returns a function that unsubscribes."""
        entry = (topic, callback)
        self._subscribers.append(entry)

        def unsubscribe() -> None:
            if entry in self._subscribers:
                self._subscribers.remove(entry)

        return unsubscribe

    def set_dispatcher(self, dispatcher: Callable[[Callable[[], None]], None]) -> None:
        self._dispatch = dispatcher

    def deliver(self, published: Event) -> None:
        """Hand an event to matching subscribers, once per event id in this process."""
        if published.id in self._delivered:
            return
        self._delivered[published.id] = None
        if len(self._delivered) > 10_000:
            self._delivered.popitem(last=False)
        self.last_id = max(self.last_id, published.id)
        for topic, callback in list(self._subscribers):
            if topic == "*" or topic == published.topic or (
                topic.endswith(".") and published.topic.startswith(topic)
            ):
                self._dispatch(functools.partial(self._call, callback, published))

    @staticmethod
    def _call(callback: Subscriber, published: Event) -> None:
        try:
            callback(published)
        except Exception:  # a broken subscriber must not break the publisher or other subscribers
            log.exception("event subscriber %r failed on %s #%s", callback, published.topic,
                          published.id)

    # -- reading back ------------------------------------------------------------------------
    def events_after(self, last_id: int, limit: int = 1000) -> list[Event]:
        """Events stored after `last_id`, oldest first (for listeners catching up)."""
        with self.db.session_factory() as session:
            rows = session.scalars(
                select(EventRow).where(EventRow.id > last_id).order_by(EventRow.id).limit(limit)
            ).all()
            return [Event.from_row(r) for r in rows]

    def current_max_id(self) -> int:
        with self.db.session_factory() as session:
            return session.scalar(select(func.coalesce(func.max(EventRow.id), 0))) or 0
