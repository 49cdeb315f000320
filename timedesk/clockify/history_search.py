"""Search the history of the Clockify module (sessions, users, webhooks) by period, action and
actor, with the total for paging. The rows come from timedesk.audit.service.search."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from timedesk.audit.models import AuditEntry
from timedesk.audit.service import search
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.views import HistoryEntry, Page
from timedesk.db.database import Database
from timedesk.errors import ValidationError

# what a face may ask for -> the audit entity
ENTITIES = {"session": "clockify_session", "user": "clockify_user",
            "webhook": "clockify_webhook"}


def entity_name(text: str | None) -> str:
    """`session`, `user`, `webhook` (or their full names `clockify_session`...); default
    session."""
    key = (text or "session").strip().lower()
    key = key.removeprefix("clockify_")
    if key not in ENTITIES:
        raise ValidationError("'{value}' is not a Clockify history entity.",
                              "Use one of: {entities}.",
                              value=(text or '')[:40], entities=', '.join(ENTITIES))
    return ENTITIES[key]


def search_history(db: Database, actor: Actor, *, entity: str | None = None,
                   action: str | None = None, by: str | None = None,
                   since: datetime | None = None, until: datetime | None = None,
                   limit: int = 100, offset: int = 0) -> Page[HistoryEntry]:
    """History rows of one Clockify entity kind, newest first, [since, until); needs
    clockify.view and audit.view."""
    require(actor, Permission.CLOCKIFY_VIEW)
    require(actor, Permission.AUDIT_VIEW)
    name = entity_name(entity)
    for moment in (since, until):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("history dates must be aware datetimes.", "Pass UTC datetimes.")
    action = f"{name}.{action}" if action and "." not in action else action
    limit, offset = max(1, min(limit, 1000)), max(0, offset)
    # the same filters as audit.service.search, counted
    conditions = [AuditEntry.entity == name]
    if action:
        conditions.append(AuditEntry.action == action)
    if by:
        conditions.append(AuditEntry.actor == by)
    if since:
        conditions.append(AuditEntry.at >= since)
    if until:
        conditions.append(AuditEntry.at < until)
    count = select(func.count()).select_from(AuditEntry).where(*conditions)
    with db.session_factory() as session:
        rows = search(session, actor, entity=name, action=action, by=by, since=since,
                      until=until, limit=limit, offset=offset)
        total = session.scalar(count) or 0
        return Page([HistoryEntry(r.id, r.at, r.actor, r.action, r.before, r.after, r.note)
                     for r in rows], total)
