"""Webhook tokens. Clockify gives each webhook (one event type) its own fixed token, sent in the
`clockify-signature` header; timedesk stores only its SHA-256 and compares in constant time.
Tokens never reach a log, an error message or the history."""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import select

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.models import ClockifyWebhook
from timedesk.clockify.topics import PROCESSED_EVENTS, WEBHOOKS_CHANGED, is_event_name
from timedesk.clockify.views import WebhookInfo
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import AuthenticationFailed, Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus

ENTITY = "clockify_webhook"
MAX_TOKEN = 4096
# Clockify's tokens are 32 characters or longer; a short one is a mistake, and one that a
# guesser could find
MIN_TOKEN = 16


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _clean_event(event: str) -> str:
    name = (event or "").strip().upper()
    if not is_event_name(name):
        raise ValidationError("'{value}' is not a Clockify event type.",
                              "Use an UPPER_SNAKE name such as {events}.",
                              value=(event or '')[:64], events=', '.join(PROCESSED_EVENTS))
    return name


def add_webhook(db: Database, actor: Actor, event: str, token: str, *,
                label: str = "", bus: EventBus | None = None) -> WebhookInfo:
    """Register the token Clockify shows for one webhook (needs clockify.manage).
    Any UPPER_SNAKE event name is accepted, since Clockify keeps adding them; the token needs
    MIN_TOKEN to MAX_TOKEN characters. With `bus`,
    clockify.webhooks.changed is published (listeners drop their token caches)."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    name = _clean_event(event)
    token = (token or "").strip()  # pasted tokens often end with a newline
    if not token or len(token) > MAX_TOKEN:
        raise ValidationError("the webhook token is empty or too long.",
                              "Copy the token Clockify shows for this webhook.")
    if len(token) < MIN_TOKEN:
        raise ValidationError("the webhook token is too short ({count} characters; at "
                              "least {min_token}).",
                              "Copy the whole token Clockify shows for this webhook.",
                              count=len(token), min_token=MIN_TOKEN)
    label = (label or "").strip()[:120]
    with db.unit_of_work() as session:
        clash = session.scalar(select(ClockifyWebhook).where(
            ClockifyWebhook.token_hash == _digest(token)))
        if clash is not None:
            raise Conflict("this token is already registered (webhook #{clash_id}, "
                           "{event}).",
                           "Each Clockify webhook has its own token; remove the old one first.",
                           clash_id=clash.id, event=clash.event)
        row = ClockifyWebhook(event=name, label=label, token_hash=_digest(token),
                              created_at=utcnow())
        session.add(row)
        session.flush()
        record(session, actor, f"{ENTITY}.added", ENTITY, row.id,
               after={"event": name, "label": label})
        if bus is not None:
            bus.publish(session, WEBHOOKS_CHANGED, {"webhook_id": row.id})
        return WebhookInfo.of(row)


def list_webhooks(db: Database, actor: Actor) -> list[WebhookInfo]:
    """Registered webhooks (never their tokens), by event, with the time of their last event."""
    require(actor, Permission.CLOCKIFY_VIEW)
    with db.session_factory() as session:
        rows = session.scalars(select(ClockifyWebhook).order_by(ClockifyWebhook.event,
                                                                ClockifyWebhook.id))
        return [WebhookInfo.of(r) for r in rows]


def remove_webhook(db: Database, actor: Actor, webhook_id: int, *,
                   bus: EventBus | None = None) -> None:
    """Forget a webhook (needs clockify.manage). Its token is refused at once by listeners that
    get clockify.webhooks.changed (published with `bus`, also across processes through the
    event feed), at the latest after their few seconds of token cache otherwise."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    with db.unit_of_work() as session:
        row = session.get(ClockifyWebhook, webhook_id)
        if row is None:
            raise NotFound("there is no webhook #{webhook_id}.", "List the webhooks first.",
                           webhook_id=webhook_id)
        record(session, actor, f"{ENTITY}.removed", ENTITY, row.id,
               before={"event": row.event, "label": row.label})
        session.delete(row)
        if bus is not None:
            bus.publish(session, WEBHOOKS_CHANGED, {"webhook_id": webhook_id})


RegisteredHook = tuple[int, str, str]  # (webhook id, event, SHA-256 of its token)


def registered_hooks(db: Database) -> list[RegisteredHook]:
    """Every registered webhook as match_webhook_token compares it (a listener keeps them in
    memory, so that a wrong token costs no query)."""
    with db.session_factory() as session:
        return [(hook_id, event, token_hash) for hook_id, event, token_hash in session.execute(
            select(ClockifyWebhook.id, ClockifyWebhook.event, ClockifyWebhook.token_hash))]


def match_webhook_token(hooks: list[RegisteredHook], token: str | None,
                        event: str) -> int | None:
    """The id of the webhook registered for `event` with this token, or None. Every hash is
    compared (hmac.compare_digest), so the time taken does not tell which one came close."""
    digest = _digest(token or "").encode()
    event = (event or "").strip().upper()
    found = None
    for webhook_id, registered_event, token_hash in hooks:
        same = hmac.compare_digest(token_hash.encode(), digest)
        if same and registered_event == event and token:
            found = webhook_id
    return found


def verify_webhook_token(db: Database, token: str | None, event: str) -> int:
    """The id of the webhook registered for `event` with this token; AuthenticationFailed for a
    missing or wrong token or one registered for another event."""
    found = match_webhook_token(registered_hooks(db), token, event)
    if found is None:
        raise AuthenticationFailed("the webhook token is missing, wrong or registered for "
                                   "another event.",
                                   "Register the token Clockify shows for this webhook with "
                                   "`timedesk clockify webhook add`.")
    return found
