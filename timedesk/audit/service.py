"""Record and read the history. Every module calls `record()` inside its writing transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.audit.models import AuditEntry
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow


def record(session: Session, actor: Actor | str, action: str, entity: str, entity_id: Any,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           note: str | None = None) -> AuditEntry:
    """Append one history row in the caller's transaction (so it commits or rolls back with the
    change it describes). `before`/`after` must be JSON-ready and must not contain secrets."""
    entry = AuditEntry(at=utcnow(), actor=actor.label if isinstance(actor, Actor) else actor,
                       action=action, entity=entity, entity_id=str(entity_id),
                       before=before, after=after, note=note)
    session.add(entry)
    return entry


def history(session: Session, entity: str, entity_id: Any) -> list[AuditEntry]:
    """The whole history of one thing, oldest first."""
    return list(session.scalars(
        select(AuditEntry).where(AuditEntry.entity == entity,
                                 AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)))


def search(session: Session, actor: Actor, *, entity: str | None = None, action: str | None = None,
           by: str | None = None, since: datetime | None = None, until: datetime | None = None,
           limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    """History rows matching the filters, newest first (needs audit.view)."""
    require(actor, Permission.AUDIT_VIEW)
    query = select(AuditEntry)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if action:
        query = query.where(AuditEntry.action == action)
    if by:
        query = query.where(AuditEntry.actor == by)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    return list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)))
