"""What faces read: sessions with filters, sorting and paging, one session, its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select

from timedesk.audit.service import history
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.clockify.journal import ENTITY
from timedesk.clockify.models import SESSION_STATUSES, ClockifySession, ClockifyUser
from timedesk.clockify.views import HistoryEntry, Page, PersonTotal, SessionInfo, SessionTotals
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError

S, U = ClockifySession, ClockifyUser
SORTS = {"start": S.start_at, "end": S.end_at, "duration": S.duration_seconds,
         "valid_duration": S.valid_duration_seconds, "status": S.status, "edits": S.edits,
         "project": func.lower(func.coalesce(S.project_name, "")),
         "user": func.lower(func.coalesce(U.name, "")), "updated": S.updated_at,
         "created": S.created_at}


@dataclass(frozen=True)
class SessionFilter:
    """Filters of `list_sessions`; None means "any". Dates bound the start: [since, until)."""

    user_id: int | None = None
    clockify_user_id: str | None = None
    project: str | None = None  # a project id, or text contained in its name (any case)
    since: datetime | None = None
    until: datetime | None = None
    status: str | None = None
    overtime: bool | None = None
    deleted: bool | None = False  # deleted sessions are hidden unless asked for
    running: bool | None = None
    text: str | None = None  # contained in the description (any case)
    email: str | None = None  # the user's e-mail (whole, any case)
    task: str | None = None  # a task id, or text contained in its name (any case)
    entry_id: str | None = None  # the Clockify time entry's id (whole)
    search: str | None = None  # an e-mail, a Clockify entry id or text of the description


def _where(query: Select[*tuple[Any, ...]], f: SessionFilter) -> Select[*tuple[Any, ...]]:
    for moment in (f.since, f.until):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("date filters must be aware datetimes.", "Pass UTC datetimes.")
    if f.status is not None and f.status not in SESSION_STATUSES:
        raise ValidationError("unknown session status '{status}'.",
                              "Use one of: {session_statuses}.",
                              status=f.status, session_statuses=', '.join(SESSION_STATUSES))
    conditions = [
        f.user_id is not None and S.user_id == f.user_id,
        f.clockify_user_id is not None and U.clockify_id == f.clockify_user_id,
        f.since is not None and S.start_at >= f.since,
        f.until is not None and S.start_at < f.until,
        f.status is not None and S.status == f.status,
        f.overtime is not None and S.overtime.is_(f.overtime),
        f.deleted is not None and S.deleted.is_(f.deleted),
        f.running is not None and S.running.is_(f.running),
    ]
    if f.project:
        conditions.append(or_(S.project_id == f.project,
                              func.lower(S.project_name).contains(f.project.lower(),
                                                                  autoescape=True)))
    if f.text:  # autoescape: % and _ in the text are searched for, not wildcards
        conditions.append(func.lower(S.description).contains(f.text.lower(), autoescape=True))
    if f.email:
        conditions.append(func.lower(U.email) == f.email.strip().lower())
    if f.task:
        conditions.append(or_(S.task_id == f.task,
                              func.lower(S.task_name).contains(f.task.lower(), autoescape=True)))
    if f.entry_id:
        conditions.append(S.clockify_id == f.entry_id.strip())
    if f.search and f.search.strip():
        needle = f.search.strip()
        conditions.append(or_(func.lower(U.email) == needle.lower(), S.clockify_id == needle,
                              func.lower(S.description).contains(needle.lower(),
                                                                 autoescape=True)))
    return query.where(*[c for c in conditions if c is not False])


def list_sessions(db: Database, actor: Actor, filters: SessionFilter = SessionFilter(), *,
                  sort: str = "start", descending: bool = True, limit: int = 100,
                  offset: int = 0) -> Page[SessionInfo]:
    """One page of sessions matching `filters`, sorted by `sort` (one of SORTS), with the total."""
    require(actor, Permission.CLOCKIFY_VIEW)
    if sort not in SORTS:
        raise ValidationError("cannot sort sessions by '{sort}'.",
                              "Sort by one of: {sorts}.", sort=sort, sorts=', '.join(SORTS))
    base = _where(select(S, U).outerjoin(U, U.id == S.user_id), filters)
    key = SORTS[sort]
    order = [key.desc().nulls_last() if descending else key.asc().nulls_last(),
             S.id.desc() if descending else S.id.asc()]
    with db.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
        rows = session.execute(base.order_by(*order).limit(max(1, min(limit, 1000)))
                               .offset(max(0, offset))).all()
        return Page([SessionInfo.of(row, user) for row, user in rows], total)


def session_totals(db: Database, actor: Actor,
                   filters: SessionFilter = SessionFilter()) -> SessionTotals:
    """How many sessions match `filters` (all pages) and their Clockify duration, per person
    (most hours first) and in all; running sessions count but add no time yet."""
    require(actor, Permission.CLOCKIFY_VIEW)
    worked = func.coalesce(func.sum(S.duration_seconds), 0)
    query = _where(select(S.user_id, U.name, U.clockify_id, func.count(S.id), worked)
                   .select_from(S).outerjoin(U, U.id == S.user_id), filters)
    with db.session_factory() as session:
        rows = session.execute(query.group_by(S.user_id, U.name, U.clockify_id)).all()
    people = sorted((PersonTotal(user_id, name or clockify_id, int(count), int(seconds))
                     for user_id, name, clockify_id, count, seconds in rows),
                    key=lambda p: (-p.seconds, (p.name or "").lower(), p.user_id or 0))
    return SessionTotals(people, sum(p.count for p in people), sum(p.seconds for p in people))


def get_session(db: Database, actor: Actor, session_id: int) -> SessionInfo:
    require(actor, Permission.CLOCKIFY_VIEW)
    return _one(db, S.id == session_id, f"#{session_id}")


def get_session_by_clockify_id(db: Database, actor: Actor, clockify_id: str) -> SessionInfo:
    require(actor, Permission.CLOCKIFY_VIEW)
    return _one(db, S.clockify_id == clockify_id, f"with Clockify id {clockify_id[:64]}")


def _one(db: Database, condition: ColumnElement[bool], label: str) -> SessionInfo:
    with db.session_factory() as session:
        found = session.execute(select(S, U).outerjoin(U, U.id == S.user_id)
                                .where(condition)).first()
        if found is None:
            raise NotFound("there is no Clockify session {session}.", "List the sessions first.",
                           session=label)
        return SessionInfo.of(*found)


def session_history(db: Database, actor: Actor, session_id: int) -> list[HistoryEntry]:
    """Every change of the session, oldest first: who, when, before/after and the cause."""
    require(actor, Permission.CLOCKIFY_VIEW)
    with db.session_factory() as session:
        if session.get(S, session_id) is None:
            raise NotFound("there is no Clockify session #{session_id}.",
                           "List the sessions first.", session_id=session_id)
        return [HistoryEntry(r.id, r.at, r.actor, r.action, r.before, r.after, r.note)
                for r in history(session, ENTITY, session_id)]
