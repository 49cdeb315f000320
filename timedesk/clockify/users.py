"""Clockify users: upserted from the `user` of each entry (or the REST member list), linked to
timedesk employees by Clockify id or e-mail, and edited in timedesk (e-mail, notices, active).

Webhooks never carry an e-mail; one is stored only when the REST API gives it or a person types
it (the legacy webhook service invented addresses, and its notices bounced)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify import topics
from timedesk.clockify.models import ClockifyUser
from timedesk.clockify.views import Page, UserInfo
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.people.service import find_employee_link

ENTITY = "clockify_user"
EDITABLE = ("email", "notify", "active")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRACKED = ("clockify_id", "name", "email", "clockify_status", "notify", "active", "employee_id")


def _snapshot(row: ClockifyUser) -> dict[str, Any]:
    return {field: getattr(row, field) for field in _TRACKED}


def clean_email(value: Any) -> str | None:
    """A lower-case address, None for empty; ValidationError for anything else."""
    text = str(value).strip().lower() if value is not None else ""
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError("'{value}' is not a valid e-mail address.",
                              "Type it as name@example.com or leave it empty.",
                              value=str(value)[:80])
    return text


def _known_email(value: str | None) -> str | None:
    try:
        return clean_email(value)
    except ValidationError:
        return None  # a malformed address from outside is dropped, never "fixed"


def _changed(session: Session, bus: EventBus, actor: Actor | str, row: ClockifyUser,
             before: dict[str, Any] | None, action: str) -> None:
    after = _snapshot(row)
    if before == after:
        return
    if before is not None:
        row.updated_at = utcnow()
    record(session, actor, f"{ENTITY}.{action}", ENTITY, row.id, before, after)
    bus.publish(session, topics.USER_CHANGED, {"user_id": row.id,
                                               "clockify_user_id": row.clockify_id})


def upsert_user(session: Session, bus: EventBus, actor: Actor | str, clockify_id: str | None, *,
                name: str | None = None, status: str | None = None,
                email: str | None = None) -> ClockifyUser | None:
    """The user with this Clockify id, created or refreshed in the caller's transaction.
    Known values win over missing ones; an e-mail from outside fills only an empty one."""
    if not clockify_id:
        return None
    row = session.scalar(select(ClockifyUser).where(ClockifyUser.clockify_id == clockify_id))
    before = None if row is None else _snapshot(row)
    if row is None:
        row = ClockifyUser(clockify_id=clockify_id, notify=True, active=True,
                           created_at=utcnow(), updated_at=utcnow())
        session.add(row)
    if name and row.name != name[:200]:
        row.name = name[:200]
    if status and row.clockify_status != status[:20]:
        row.clockify_status = status[:20]
    if row.email is None and _known_email(email):
        row.email = _known_email(email)
    if row.employee_id is None:
        employee = find_employee_link(session, clockify_user_id=clockify_id, email=row.email)
        row.employee_id = employee.id if employee is not None else None
    session.flush()  # a concurrent insert of the same user fails here and is retried
    _changed(session, bus, actor, row, before, "created" if before is None else "updated")
    return row


def list_users(db: Database, actor: Actor, text: str = "", *, active: bool | None = None,
               limit: int = 200, offset: int = 0) -> Page[UserInfo]:
    """Users whose name, e-mail or Clockify id contains `text` (any case), by name."""
    require(actor, Permission.CLOCKIFY_VIEW)
    query = select(ClockifyUser)
    if text.strip():
        needle = text.strip().lower()  # % and _ in it are searched for, not wildcards
        query = query.where(or_(*(column.contains(needle, autoescape=True) for column in (
            func.lower(ClockifyUser.name), ClockifyUser.email,
            func.lower(ClockifyUser.clockify_id)))))
    if active is not None:
        query = query.where(ClockifyUser.active.is_(active))
    with db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(query.order_by(func.lower(func.coalesce(ClockifyUser.name, "")),
                                              ClockifyUser.id)
                               .limit(max(1, min(limit, 1000))).offset(max(0, offset)))
        return Page([UserInfo.of(r) for r in rows], total)


def get_user(db: Database, actor: Actor, user_id: int) -> UserInfo:
    require(actor, Permission.CLOCKIFY_VIEW)
    with db.session_factory() as session:
        row = session.get(ClockifyUser, user_id)
        if row is None:
            raise NotFound("there is no Clockify user #{user_id}.", "List the users first.",
                           user_id=user_id)
        return UserInfo.of(row)


def update_user(db: Database, bus: EventBus, actor: Actor, user_id: int,
                **changes: Any) -> UserInfo:
    """Change `email`, `notify` (e-mail notices) or `active`; needs clockify.manage.
    Unchanged values write no history; a new e-mail links the employee with that address."""
    require(actor, Permission.CLOCKIFY_MANAGE)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("unknown Clockify user field(s): {unknown}.",
                              "Editable fields: {editable}.",
                              unknown=', '.join(sorted(unknown)), editable=', '.join(EDITABLE))
    values = {k: clean_email(v) if k == "email" else bool(v) for k, v in changes.items()}
    with db.unit_of_work() as session:
        row = session.get(ClockifyUser, user_id, with_for_update=True)
        if row is None:
            raise NotFound("there is no Clockify user #{user_id}.", "List the users first.",
                           user_id=user_id)
        before = _snapshot(row)
        for field, value in values.items():
            setattr(row, field, value)
        if row.employee_id is None and row.email:
            employee = find_employee_link(session, email=row.email)
            row.employee_id = employee.id if employee is not None else None
        _changed(session, bus, actor, row, before, "updated")
        return UserInfo.of(row)
