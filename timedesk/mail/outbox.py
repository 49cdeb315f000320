"""The outbox: queue e-mail inside the caller's transaction, and the row-state changes the sender
makes (claim, sent, retry later, failed) and a person makes (retry a failed one).

Every state change is one short transaction guarded by the claim token, so a sender whose claim
was taken back (it hung past STALE_CLAIM) can never overwrite what another sender did since.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.db.inserts import insert_unless_present
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.mail.models import FAILED, PENDING, SENDING, SENT, STATUSES, OutboxMail
from timedesk.mail.recipients import unique_addresses
from timedesk.mail.templates import language_of

QUEUED_TOPIC = "mail.queued"
STALE_CLAIM = timedelta(minutes=10)  # longer than a batch may run (see sender.BATCH_BUDGET)
MAX_KEY = 200
MAX_SUBJECT = 500


@dataclass(frozen=True)
class QueuedMail:
    """One e-mail for `enqueue_many`; `key` is its idempotency key."""
    key: str
    to: Sequence[str | None]
    subject: str
    body: str
    html: str | None = None
    language: str = "es"
    attachments: Sequence[str] = ()


def enqueue(session: Session, key: str, to: Iterable[str | None], subject: str, body: str, *,
            html: str | None = None, language: str = "es", attachments: Sequence[str] = (),
            bus: EventBus | None = None) -> bool:
    """Queue one e-mail in the caller's transaction; True when queued.

    False, and nothing written, when `key` was queued before (whatever its state) or when no
    valid recipient remains. `bus` (an EventBus) wakes the sender when the transaction commits.
    """
    values = _row(QueuedMail(key, list(to), subject, body, html, language, attachments))
    if values is None:
        return False
    statement = _insert(session).values(**values).returning(OutboxMail.id)
    new_id = session.execute(statement).scalar()
    if new_id is None:
        return False
    if bus is not None:
        bus.publish(session, QUEUED_TOPIC, {"id": new_id})
    return True


def enqueue_many(session: Session, mails: Sequence[QueuedMail],
                 bus: EventBus | None = None) -> int:
    """Queue several e-mails in the caller's transaction with one INSERT (and one mail.queued
    event), whatever their number; the number offered (a key queued before is skipped)."""
    rows = [values for values in map(_row, mails) if values is not None]
    if not rows:
        return 0
    session.execute(_insert(session), rows)
    if bus is not None:
        bus.publish(session, QUEUED_TOPIC, {"count": len(rows)})
    return len(rows)


def _row(mail: QueuedMail) -> dict[str, Any] | None:
    """The outbox row of `mail`; None when no valid recipient remains."""
    key = (mail.key or "").strip()
    if not key or len(key) > MAX_KEY:
        raise ValidationError("a mail idempotency key needs 1-{max_key} characters.",
                              "Use a stable key such as 'clockify:session:<id>:stopped'.",
                              max_key=MAX_KEY)
    addresses = unique_addresses(mail.to)
    if not addresses:
        return None
    subject = " ".join((mail.subject or "").split())
    if len(subject) > MAX_SUBJECT:  # a long description must not make the notice unsendable
        subject = subject[:MAX_SUBJECT - 1] + "…"
    now = utcnow()
    return {"idempotency_key": key, "recipients": addresses, "subject": subject,
            "body_text": mail.body, "body_html": mail.html, "language": language_of(mail.language),
            "attachments": [str(p) for p in mail.attachments], "status": PENDING, "attempts": 0,
            "next_attempt_at": now, "created_at": now}


def _insert(session: Session) -> Insert:
    return insert_unless_present(session, OutboxMail, ["idempotency_key"])


# -- the sender's transitions ----------------------------------------------------------------
def recover_stale_claims(db: Database, now: datetime) -> int:
    """Give back to the queue the mail a sender claimed and never finished (it crashed or hung).
    Its attempt is not counted: whether it reached the server is unknown."""
    with db.unit_of_work() as session:
        result = cast(CursorResult[Any], session.execute(  # an UPDATE's result
            update(OutboxMail)
            .where(OutboxMail.status == SENDING, OutboxMail.claimed_at < now - STALE_CLAIM)
            .values(status=PENDING, claim_token=None, claimed_at=None, next_attempt_at=now)))
        return result.rowcount or 0


def claim_due(db: Database, now: datetime, limit: int) -> tuple[str, list[OutboxMail]]:
    """Mark up to `limit` due pending mails as 'sending' under a fresh token and return them."""
    token = uuid.uuid4().hex
    due = (select(OutboxMail.id)
           .where(OutboxMail.status == PENDING, OutboxMail.next_attempt_at <= now)
           .order_by(OutboxMail.next_attempt_at, OutboxMail.id).limit(limit)
           # PostgreSQL: concurrent senders skip each other's rows instead of waiting for them;
           # SQLite renders nothing here and serializes writers with BEGIN IMMEDIATE instead.
           .with_for_update(skip_locked=True))
    with db.unit_of_work() as session:
        # Two statements, not UPDATE ... WHERE id IN (sub-select LIMIT n): PostgreSQL may run
        # such a sub-select more than once, claiming more than `limit` rows.
        ids = list(session.scalars(due))
        if not ids:
            return token, []
        session.execute(
            update(OutboxMail)
            .where(OutboxMail.id.in_(ids), OutboxMail.status == PENDING)
            .values(status=SENDING, claim_token=token, claimed_at=now)
            .execution_options(synchronize_session=False))
        rows = list(session.scalars(select(OutboxMail).where(OutboxMail.claim_token == token)
                                    .order_by(OutboxMail.next_attempt_at, OutboxMail.id)))
    return token, rows


def _finish(db: Database, mail_id: int, token: str, **values: Any) -> bool:
    with db.unit_of_work() as session:
        result = cast(CursorResult[Any], session.execute(  # an UPDATE's result
            update(OutboxMail)
            .where(OutboxMail.id == mail_id, OutboxMail.claim_token == token,
                   OutboxMail.status == SENDING)
            .values(claim_token=None, claimed_at=None, **values)))
        return bool(result.rowcount)


def mark_sent(db: Database, mail_id: int, token: str, now: datetime,
              note: str | None = None) -> bool:
    return _finish(db, mail_id, token, status=SENT, sent_at=now, last_error=note)


def mark_failed(db: Database, mail_id: int, token: str, attempts: int, reason: str) -> bool:
    return _finish(db, mail_id, token, status=FAILED, attempts=attempts, last_error=reason)


def mark_retry(db: Database, mail_id: int, token: str, attempts: int, when: datetime,
               reason: str) -> bool:
    return _finish(db, mail_id, token, status=PENDING, attempts=attempts, next_attempt_at=when,
                   last_error=reason)


def release(db: Database, mail_id: int, token: str) -> bool:
    """Put a claimed mail back untouched (the batch ran out of time before reaching it)."""
    return _finish(db, mail_id, token, status=PENDING)


# -- what people do --------------------------------------------------------------------------
def list_outbox(db: Database, actor: Actor, status: str | None = None,
                limit: int = 200) -> list[dict[str, Any]]:
    """The newest mails first, optionally of one status (needs settings.manage)."""
    require(actor, Permission.SETTINGS_MANAGE)
    if status is not None and status not in STATUSES:
        raise ValidationError("unknown mail status '{status}'.",
                              "Use one of: {choices}.", status=status, choices=', '.join(STATUSES))
    query = select(OutboxMail).order_by(OutboxMail.id.desc()).limit(max(1, min(limit, 10_000)))
    if status:
        query = query.where(OutboxMail.status == status)
    with db.unit_of_work() as session:
        return [row.describe() for row in session.scalars(query)]


def retry_failed(db: Database, actor: Actor, mail_id: int,
                 bus: EventBus | None = None) -> dict[str, Any]:
    """Send a failed mail again from a fresh count of attempts (needs settings.manage)."""
    require(actor, Permission.SETTINGS_MANAGE)
    with db.unit_of_work() as session:
        row = session.get(OutboxMail, mail_id)
        if row is None:
            raise NotFound("there is no queued mail {mail_id}.", "See `timedesk mail outbox`.",
                           mail_id=mail_id)
        if row.status != FAILED:
            raise Conflict("mail {mail_id} is {status}, not failed.",
                           "Only failed mail can be retried.", mail_id=mail_id, status=row.status)
        record(session, actor, "mail.retry", "mail_outbox", mail_id,
               before={"status": row.status, "attempts": row.attempts},
               after={"status": PENDING, "attempts": 0}, note=row.last_error)
        row.status, row.attempts, row.next_attempt_at = PENDING, 0, utcnow()
        if bus is not None:
            bus.publish(session, QUEUED_TOPIC, {"id": mail_id})
        session.flush()
        return row.describe()
