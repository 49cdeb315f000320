"""The durable inbox. The HTTP face stores each accepted request (`store_deliveries`, through
server/clockify/batching.py: the requests arriving together share one short transaction) before
answering 2xx, then processes it (`process_delivery`); a delivery whose
processing fails stays as `failed` for `reprocess_failed` (`timedesk clockify reprocess`).
Rejected requests (bad JSON, too large...) go to the error log with a bounded excerpt.

Replays: Clockify sends no delivery id, timestamp or signature of the body, so a request that
repeats the body an earlier request brought to the same webhook (and event type) within
REPLAY_WINDOW is taken for a replay (a retry, or someone who captured it): it is not stored
again and not applied again. The check is the insert itself (a unique key, no read first);
only a repeat costs a read. The price: a genuine edit that puts an entry back exactly as an
earlier edit of the window left it (the same body byte for byte, the project's running totals
included) is taken for a replay too.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.journal import WEBHOOK_ACTOR
from timedesk.clockify.models import (
    FAILED,
    IGNORED,
    PENDING,
    PROCESSED,
    ClockifyDelivery,
    ClockifyErrorLog,
    ClockifyWebhook,
)
from timedesk.clockify.payload import check_plausible_times, parse_webhook_entry
from timedesk.clockify.sessions import apply_entry
from timedesk.clockify.topics import PROCESSED_EVENTS
from timedesk.clockify.views import DeliveryInfo, ErrorLogEntry, Page
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.inserts import insert_unless_present
from timedesk.db.txn import run_in_transaction
from timedesk.errors import NotFound, ValidationError
from timedesk.events.bus import EventBus

log = logging.getLogger(__name__)

EXCERPT_CHARS = 2000
ERROR_CHARS = 2000
# Headers that carry secrets are never stored, whatever subset a face passes.
_SECRET_HEADERS = ("signature", "authorization", "api-key", "cookie", "token")
# Refreshing a webhook's last_event_at on every delivery would make its row a hot spot that
# serializes concurrent deliveries; once a minute is precise enough for the set-up screen.
_LAST_EVENT_RESOLUTION = timedelta(minutes=1)
REPLAY_WINDOW = timedelta(hours=24)


def excerpt(body: Any, limit: int = EXCERPT_CHARS) -> str:
    """A bounded text form of a body (bytes, text or JSON-ready) for the error log."""
    if isinstance(body, bytes):
        text = body[: limit * 4].decode("utf-8", errors="replace")
    elif isinstance(body, str):
        text = body
    else:
        text = json.dumps(body, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit] + "…"


def _safe_headers(headers: dict[str, Any] | None) -> dict[str, str]:
    return {str(k).lower()[:100]: str(v)[:300] for k, v in (headers or {}).items()
            if not any(word in str(k).lower() for word in _SECRET_HEADERS)}


@dataclass(frozen=True)
class Arrival:
    """One accepted webhook request, as store_deliveries() takes it."""
    event_type: str
    headers: dict[str, Any] | None
    body: dict[str, Any]
    webhook_id: int | None = None

    @property
    def event(self) -> str:
        return (self.event_type or "").strip().upper()[:64]

    def replay_key(self) -> str | None:
        """What identifies this request among Clockify's: its webhook, event type and body
        (keys sorted, so that their order does not matter). None without a webhook (a test, an
        import): only webhook requests can be replays."""
        if self.webhook_id is None:
            return None
        body = json.dumps(self.body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        identity = f"{self.webhook_id}\n{self.event}\n{body}"
        return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Stored:
    delivery_id: int
    replay: bool  # True: the request repeats delivery_id, stored earlier; nothing was stored


def store_delivery(db: Database, event_type: str, headers: dict[str, Any] | None,
                   body: dict[str, Any], *, webhook_id: int | None = None) -> int:
    """Store an accepted request durably and return its id (that of the earlier delivery for a
    replay); the face answers 2xx only after. Any event type is stored (unknown ones are later
    marked ignored, not rejected)."""
    return store_deliveries(db, [Arrival(event_type, headers, body, webhook_id)])[0].delivery_id


def store_deliveries(db: Database, arrivals: list[Arrival]) -> list[Stored]:
    """Store several accepted requests in one transaction (a group commit: a burst costs one
    commit, not one each); what became of each, in order. All or none are stored. A replay
    (see the module) is not stored: it names the delivery it repeats."""
    rows = [_delivery_values(arrival) for arrival in arrivals]
    with db.unit_of_work() as session:
        found = _insert(session, rows)
        webhook_ids = {a.webhook_id for a in arrivals if a.webhook_id is not None}
        if webhook_ids:
            now = utcnow()
            session.execute(update(ClockifyWebhook).where(
                ClockifyWebhook.id.in_(webhook_ids),
                (ClockifyWebhook.last_event_at.is_(None))
                | (ClockifyWebhook.last_event_at < now - _LAST_EVENT_RESOLUTION))
                .values(last_event_at=now))
        return [found[id(row)] for row in rows]


def _insert(session: Session, rows: list[dict[str, Any]]) -> dict[int, Stored]:
    """Insert the rows, except replays (see the module); id(row) -> what became of it."""
    found: dict[int, Stored] = {}
    plain = [row for row in rows if row["replay_key"] is None]
    if plain:
        objects = [ClockifyDelivery(**row) for row in plain]
        session.add_all(objects)
        session.flush()
        found.update((id(row), Stored(obj.id, False)) for row, obj in zip(plain, objects, strict=False))
    keyed = [row for row in rows if row["replay_key"] is not None]
    holders: dict[str, int] = {}  # replay key -> the delivery that holds it
    pending: dict[str, dict[str, Any]] = {}
    for row in keyed:
        pending.setdefault(row["replay_key"], row)
    new: set[str] = set()
    for _ in range(2):  # again for the keys freed because their holder was too old
        if not pending:
            break
        inserted: dict[str, int] = {  # every row inserted here has a replay key
            str(key): delivery for key, delivery in session.execute(
                insert_unless_present(session, ClockifyDelivery, ["replay_key"])
                .returning(ClockifyDelivery.replay_key, ClockifyDelivery.id),
                list(pending.values())).all()}
        holders.update(inserted)
        new.update(inserted)
        pending = {key: row for key, row in pending.items() if key not in inserted}
        if pending:
            pending = _free_old_keys(session, pending, holders)
    done: set[str] = set()
    for row in keyed:
        key = row["replay_key"]
        found[id(row)] = Stored(holders[key], key not in new or key in done)
        done.add(key)
    return found


def _free_old_keys(session: Session, held: dict[str, dict[str, Any]],
                   holders: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Of the rows whose key is held, those whose holder is older than REPLAY_WINDOW (the key
    is taken from it, and the row is to be inserted again); the others' holders go to
    `holders`."""
    oldest = utcnow() - REPLAY_WINDOW
    expired: dict[str, dict[str, Any]] = {}
    for key, delivery_id, received_at in session.execute(
            select(ClockifyDelivery.replay_key, ClockifyDelivery.id,
                   ClockifyDelivery.received_at).where(ClockifyDelivery.replay_key.in_(held))):
        assert key is not None  # one of the held keys
        if received_at < oldest:
            expired[key] = held[key]
        else:
            holders[key] = delivery_id
    if expired:
        session.execute(update(ClockifyDelivery).where(
            ClockifyDelivery.replay_key.in_(expired)).values(replay_key=None))
    return expired


def _delivery_values(arrival: Arrival) -> dict[str, Any]:
    body = arrival.body
    if not isinstance(body, dict):
        raise ValidationError("a Clockify webhook body must be a JSON object.",
                              "Log it with log_rejection instead.")
    entry_id = body.get("id")
    return dict(
        received_at=utcnow(), event_type=arrival.event, headers=_safe_headers(arrival.headers),
        body=body, webhook_id=arrival.webhook_id, status=PENDING, attempts=0,
        clockify_id=entry_id[:64] if isinstance(entry_id, str) else None,
        replay_key=arrival.replay_key())


@dataclass(frozen=True)
class ReprocessResult:
    processed: int
    ignored: int
    failed: int


def process_delivery(db: Database, bus: EventBus, delivery_id: int, *,
                     rules: ClockifyRules) -> DeliveryInfo:
    """Apply a stored delivery to the session log. A delivery already processed or ignored is
    left alone (so two workers may race on it); a failure is kept as `failed` with its error
    and an error-log row, never raised, except the database's being unreachable or locked
    (OperationalError, InterfaceError): the delivery then stays pending, to try again."""

    def work(session: Session) -> DeliveryInfo:
        row = session.get(ClockifyDelivery, delivery_id, with_for_update=True)
        if row is None:
            raise NotFound("there is no Clockify delivery #{delivery_id}.", "",
                           delivery_id=delivery_id)
        if row.status in (PROCESSED, IGNORED):
            return DeliveryInfo.of(row)
        row.attempts += 1
        row.status, row.outcome, row.error, row.processed_at = IGNORED, None, None, utcnow()
        if row.event_type not in PROCESSED_EVENTS:
            row.outcome = "event type not processed"
            return DeliveryInfo.of(row)
        entry = parse_webhook_entry(row.body)
        check_plausible_times(entry, utcnow())
        if rules.workspace_id and entry.workspace_id not in (None, rules.workspace_id):
            row.outcome = "another workspace"
            return DeliveryInfo.of(row)
        applied = apply_entry(session, bus, row.event_type, entry, rules, WEBHOOK_ACTOR)
        row.status, row.outcome, row.session_id = PROCESSED, applied.outcome[:200], \
            applied.session_id
        return DeliveryInfo.of(row)

    try:
        return run_in_transaction(db, work)
    except (NotFound, OperationalError, InterfaceError):
        raise  # the database is unreachable or locked: the delivery stays pending, not failed
    except Exception as exc:  # kept for reprocessing: the body is already stored durably
        log.warning("Clockify delivery #%s failed: %s", delivery_id, describe_failure(exc))
        return _mark_failed(db, delivery_id, exc)


def describe_failure(exc: BaseException) -> str:
    """The class and message of a failure, fit for the error log, the API and the log file.
    A database error is named by the first line of the driver's message: SQLAlchemy's own
    text carries the SQL statement and its parameters (the body's values), which stay out."""
    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None)
        lines = str(orig).strip().splitlines() if orig is not None else []
        text = lines[0] if lines else "the database refused the change"
    else:
        text = getattr(exc, "message", None) or str(exc)
    return f"{type(exc).__name__}: {text}"[:ERROR_CHARS]


def _mark_failed(db: Database, delivery_id: int, exc: Exception) -> DeliveryInfo:
    with db.unit_of_work() as session:
        row = session.get(ClockifyDelivery, delivery_id, with_for_update=True)
        assert row is not None  # the delivery that was being processed
        if row.status in (PROCESSED, IGNORED):  # another worker succeeded meanwhile
            return DeliveryInfo.of(row)
        row.attempts += 1
        row.status, row.error, row.processed_at = FAILED, describe_failure(exc), utcnow()
        row.outcome = None
        session.add(ClockifyErrorLog(at=utcnow(), reason="processing_failed", detail=row.error,
                                     body_excerpt=excerpt(row.body), event_type=row.event_type,
                                     delivery_id=row.id))
        return DeliveryInfo.of(row)


def reprocess_failed(db: Database, bus: EventBus, actor: Actor, *, rules: ClockifyRules,
                     limit: int | None = None) -> ReprocessResult:
    """Process again, oldest first, every failed delivery and every one left pending (a crash
    between storing and processing); needs clockify.manage. Safe while the listener runs."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    counts = {PROCESSED: 0, IGNORED: 0, FAILED: 0}
    last_id = 0
    while limit is None or sum(counts.values()) < limit:
        with db.session_factory() as session:
            ids = list(session.scalars(
                select(ClockifyDelivery.id)
                .where(ClockifyDelivery.status.in_((FAILED, PENDING)),
                       ClockifyDelivery.id > last_id)
                .order_by(ClockifyDelivery.id).limit(200)))
        if not ids:
            break
        for delivery_id in ids[: None if limit is None else limit - sum(counts.values())]:
            counts[process_delivery(db, bus, delivery_id, rules=rules).status] += 1
        last_id = ids[-1]
    return ReprocessResult(counts[PROCESSED], counts[IGNORED], counts[FAILED])


def log_rejection(db: Database, reason: str, detail: str, body_excerpt: Any = None, *,
                  event_type: str | None = None) -> int:
    """Record a request the face refused (400, 413...) in the error log; the excerpt is
    bounded. Faces pass the body only, never the headers, so no token can get in."""
    with db.unit_of_work() as session:
        row = ClockifyErrorLog(at=utcnow(), reason=(reason or "rejected")[:40],
                               detail=(detail or "")[:ERROR_CHARS],
                               body_excerpt=None if body_excerpt is None else excerpt(body_excerpt),
                               event_type=(event_type or "").strip().upper()[:64] or None)
        session.add(row)
        session.flush()
        return row.id


def list_deliveries(db: Database, actor: Actor, *, status: str | None = None,
                    event_type: str | None = None, limit: int = 100,
                    offset: int = 0) -> Page[DeliveryInfo]:
    """Stored deliveries, newest first (bodies left out: see get_delivery)."""
    require(actor, Permission.CLOCKIFY_VIEW)
    query = select(ClockifyDelivery)
    if status:
        query = query.where(ClockifyDelivery.status == status)
    if event_type:
        query = query.where(ClockifyDelivery.event_type == event_type)
    with db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(ClockifyDelivery.id.desc())
                               .limit(max(1, min(limit, 1000))).offset(max(0, offset)))
        return Page([DeliveryInfo.of(r) for r in rows], total)


def get_delivery(db: Database, actor: Actor, delivery_id: int) -> DeliveryInfo:
    """One delivery with its body."""
    require(actor, Permission.CLOCKIFY_VIEW)
    with db.session_factory() as session:
        row = session.get(ClockifyDelivery, delivery_id)
        if row is None:
            raise NotFound("there is no Clockify delivery #{delivery_id}.",
                           "List the deliveries first.", delivery_id=delivery_id)
        return DeliveryInfo.of(row, with_body=True)


def list_error_log(db: Database, actor: Actor, *, reason: str | None = None, limit: int = 100,
                   offset: int = 0) -> Page[ErrorLogEntry]:
    """Rejected requests and failed processings, newest first."""
    require(actor, Permission.CLOCKIFY_VIEW)
    query = select(ClockifyErrorLog)
    if reason:
        query = query.where(ClockifyErrorLog.reason == reason)
    with db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(ClockifyErrorLog.id.desc())
                               .limit(max(1, min(limit, 1000))).offset(max(0, offset)))
        return Page([ErrorLogEntry.of(r) for r in rows], total)
