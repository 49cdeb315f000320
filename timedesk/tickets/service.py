"""The help desk's use cases: file, list, read, change, take and comment tickets, attach files,
and the admin's categories, SLA targets and each person's mail opt-outs.

Who sees what is part of every query, never a filter applied afterwards: requesters see their
own tickets only, technicians the unassigned queue, what is assigned to them and their own
requests, tickets.manage (managers, admins) everything. A ticket one may not see is "not
found", never "forbidden", so that its existence is not told.

Why two technicians taking one ticket cannot both win: the take is one conditional UPDATE
(`... WHERE assignee_id IS NULL`) whose row count says who won; the loser's UPDATE waits for
the winner's row lock (PostgreSQL) or write lock (SQLite's BEGIN IMMEDIATE), then matches no
row and gets a Conflict naming the winner.

Every change writes one ticket_history row per field (who, when, before, after) and the audit
log in its transaction, recomputes the stored SLA deadlines, and publishes "tickets.changed"
{"id", "status"}, delivered once the transaction commits."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Final, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    delete,
    false,
    func,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, aliased

from timedesk.audit.service import record
from timedesk.auth.models import User
from timedesk.auth.permissions import MATRIX, Actor, Permission, Role, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.events.bus import EventBus
from timedesk.office.calendar import OfficeCalendar
from timedesk.office.service import load_calendar
from timedesk.tickets.attachments import check_attachment
from timedesk.tickets.dashboard import DashboardFigures, dashboard_figures, require_dashboard
from timedesk.tickets.lifecycle import PRIORITIES, STATUSES, WAITING, check_move
from timedesk.tickets.models import (
    CATEGORY_MAX,
    SUBJECT_MAX,
    Ticket,
    TicketAttachment,
    TicketCategory,
    TicketComment,
    TicketHistory,
    TicketMailOptout,
    TicketSlaTarget,
)
from timedesk.tickets.notify import TicketMail
from timedesk.tickets.sla import DEFAULT_TARGETS, SlaTargets, sla_state

__all__ = ["MAIL_KINDS", "SORT_KEYS", "TOPIC_CHANGED", "TOPIC_IMPORTED", "UNSET", "AttachmentInfo", "CommentInfo",
           "HelpDesk", "HistoryEntry", "ImportRow", "SlaInfo", "TicketDetail", "TicketFilter",
           "TicketInfo", "TicketPage"]

TOPIC_CHANGED = "tickets.changed"
TOPIC_IMPORTED = "tickets.imported"
MAIL_KINDS = ("new", "assigned", "comment", "resolved")
SORT_KEYS = ("id", "created_at", "updated_at", "priority", "status", "subject")
DESCRIPTION_MAX = 50_000
COMMENT_MAX = 50_000
PER_PAGE_MAX = 200
TARGET_MAX_MINUTES = 365 * 24 * 60
_REQUESTER_MOVES = frozenset({"closed", "reopened"})


class _Unset:
    """The value of an argument that was not given (None means "nobody" / "no category")."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


@dataclass(frozen=True)
class SlaInfo:
    first_response_due: datetime | None
    resolution_due: datetime | None
    paused: bool
    breached: tuple[str, ...]
    first_response_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {"first_response_due": _iso(self.first_response_due),
                "resolution_due": _iso(self.resolution_due), "paused": self.paused,
                "breached": list(self.breached),
                "first_response_at": _iso(self.first_response_at)}


@dataclass(frozen=True)
class TicketInfo:
    id: int
    subject: str
    description: str
    status: str
    priority: str
    category: str | None
    requester: str
    assignee: str | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    sla: SlaInfo

    def to_json(self) -> dict[str, Any]:
        """The ticket for `--json` and the API: people and categories by name, times
        ISO-8601 with their offset."""
        found = asdict(self)
        for key in ("created_at", "updated_at", "resolved_at", "closed_at"):
            found[key] = _iso(getattr(self, key))
        found["sla"] = self.sla.to_json()
        found["first_response_at"] = _iso(self.sla.first_response_at)
        return found


@dataclass(frozen=True)
class CommentInfo:
    id: int
    ticket_id: int
    author: str
    body: str
    internal: bool
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "created_at": _iso(self.created_at)}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    ticket_id: int
    comment_id: int | None
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by: str
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "created_at": _iso(self.created_at)}


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    field: str
    before: str | None
    after: str | None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": _iso(self.at)}


@dataclass(frozen=True)
class TicketDetail:
    ticket: TicketInfo
    comments: list[CommentInfo]
    attachments: list[AttachmentInfo]
    history: list[HistoryEntry]

    def to_json(self) -> dict[str, Any]:
        return {**self.ticket.to_json(),
                "comments": [comment.to_json() for comment in self.comments],
                "attachments": [attachment.to_json() for attachment in self.attachments],
                "history": [entry.to_json() for entry in self.history]}


@dataclass(frozen=True)
class TicketFilter:
    status: tuple[str, ...] = ()
    priority: tuple[str, ...] = ()
    assignee: str | None = None  # a user name; "-" the unassigned; "me" the actor
    category: str | None = None
    requester: str | None = None
    q: str | None = None  # in the subject or description, whatever the case
    sort: str = "-updated_at"  # one of SORT_KEYS; "-" first for descending
    page: int = 1
    per_page: int = 50


@dataclass(frozen=True)
class TicketPage:
    items: list[TicketInfo]
    total: int
    page: int
    per_page: int


@dataclass(frozen=True)
class ImportRow:
    """One ticket of an import (a CSV line: `line` names it in errors)."""

    line: int
    subject: str
    description: str
    requester: str
    category: str | None
    priority: str
    status: str
    created_at: datetime | None


_Requester = aliased(User, name="requester")
_Assignee = aliased(User, name="assignee")
_PRIORITY_RANK = case({name: rank for rank, name in enumerate(PRIORITIES)},
                      value=Ticket.priority, else_=-1)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _quoted(text: str) -> str:
    return text.strip()[:60]


def _check_choice(field: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ValidationError("{field} '{quoted}' is not one of "
                              "{choices}.", "Give the {field} as one of those.",
                              field=field, quoted=_quoted(str(value)), choices=', '.join(choices))
    return value


def _check_subject(subject: str) -> str:
    text = (subject or "").strip()
    if not text:
        raise ValidationError("the subject is empty.", "Say in a few words what is wrong.")
    if len(text) > SUBJECT_MAX:
        raise ValidationError("the subject is over {subject_max} characters.",
                              "Say it shorter; details go in the description.",
                              subject_max=SUBJECT_MAX)
    return text


def _check_text(field: str, text: str, limit: int, *, required: bool) -> str:
    value = (text or "").strip()
    if required and not value:
        raise ValidationError("the {field} is empty.", "Write the {field}.", field=field)
    if len(value) > limit:
        raise ValidationError("the {field} is over {limit:,} characters.",
                              "Say it shorter, or attach it as a file.", field=field, limit=limit)
    return value


def _label(actor: Actor) -> str:
    return actor.name if actor.kind == "user" else actor.label


def _user_id(actor: Actor) -> int | None:
    return actor.id if actor.kind == "user" else None


def _works_tickets(role: str) -> bool:
    try:
        return Permission.TICKETS_WORK in MATRIX[Role(role)]
    except ValueError:
        return False


class HelpDesk:
    """The help desk's use cases over one database, event bus and the settings."""

    def __init__(self, db: Database, bus: EventBus, settings: Any) -> None:
        self.db = db
        self.bus = bus
        self.settings = settings
        self.mail = TicketMail(settings, bus)  # the mails of each change (timedesk.tickets.notify)

    # -- who sees what -----------------------------------------------------------------------
    @staticmethod
    def _visible(actor: Actor) -> ColumnElement[bool]:
        """The tickets `actor` may see, as a condition of the query."""
        require(actor, Permission.TICKETS_CREATE)
        if actor.can(Permission.TICKETS_MANAGE):
            return Ticket.id.is_not(None)
        me = _user_id(actor)
        if actor.can(Permission.TICKETS_WORK):
            if me is None:
                return Ticket.assignee_id.is_(None)
            return or_(Ticket.assignee_id.is_(None), Ticket.assignee_id == me,
                       Ticket.requester_id == me)
        if me is None:
            return false()
        return Ticket.requester_id == me

    def _ticket(self, session: Session, actor: Actor, ticket_id: int, *,
                for_update: bool = False) -> Ticket:
        """The ticket if `actor` may see it, else NotFound (the same whether it exists)."""
        query = select(Ticket).where(Ticket.id == ticket_id, self._visible(actor))
        if for_update and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(of=Ticket)
        row = session.scalars(query).first()
        if row is None:
            raise NotFound("there is no ticket #{ticket_id} you can see.",
                           "Check the number in the list of tickets.", ticket_id=ticket_id)
        return row

    # -- reading -----------------------------------------------------------------------------
    @staticmethod
    def _info_query() -> Select[Ticket, str, str, str]:
        return (select(Ticket, _Requester.username, _Assignee.username, TicketCategory.name)
                .join(_Requester, _Requester.id == Ticket.requester_id)
                .outerjoin(_Assignee, _Assignee.id == Ticket.assignee_id)
                .outerjoin(TicketCategory, TicketCategory.id == Ticket.category_id))

    @staticmethod
    def _info(row: Ticket, requester: str, assignee: str | None, category: str | None,
              now: datetime) -> TicketInfo:
        breached = set(_split(row.breached))
        paused = row.paused_since is not None
        if not paused and row.closed_at is None:  # a deadline passes without any change
            if (row.first_response_at is None and row.resolved_at is None
                    and row.first_response_due is not None and now > row.first_response_due):
                breached.add("first_response")
            if (row.resolved_at is None and row.resolution_due is not None
                    and now > row.resolution_due):
                breached.add("resolution")
        sla = SlaInfo(row.first_response_due, row.resolution_due, paused,
                      tuple(name for name in ("first_response", "resolution")
                            if name in breached), row.first_response_at)
        return TicketInfo(row.id, row.subject, row.description, row.status, row.priority,
                          category, requester, assignee, row.created_at, row.updated_at,
                          row.resolved_at, row.closed_at, sla)

    def _info_of(self, session: Session, ticket_id: int) -> TicketInfo:
        row, requester, assignee, category = session.execute(
            self._info_query().where(Ticket.id == ticket_id)).one()
        return self._info(row, requester, assignee, category, utcnow())

    def list_tickets(self, actor: Actor, filt: TicketFilter) -> TicketPage:
        """One page of the tickets `actor` may see that match `filt`, and how many match:
        filtered, sorted and paged by the database."""
        visible = self._visible(actor)
        if not 1 <= filt.per_page <= PER_PAGE_MAX:
            raise ValidationError("per_page {per_page} is out of range.",
                                  "Give 1 to {per_page_max} tickets per page.",
                                  per_page=filt.per_page, per_page_max=PER_PAGE_MAX)
        if filt.page < 1:
            raise ValidationError("page {page} is out of range.", "Pages start at 1.",
                                  page=filt.page)
        key = filt.sort.removeprefix("-")
        _check_choice("sort", key, SORT_KEYS)
        with self.db.session_factory() as session:
            conditions = [visible, *self._conditions(session, actor, filt)]
            # count(*), not count(id): the indexes alone answer it (an index-only scan)
            total = session.scalar(
                select(func.count()).select_from(Ticket).where(*conditions)) or 0
            column: Any = _PRIORITY_RANK if key == "priority" else getattr(Ticket, key)
            descending = filt.sort.startswith("-")
            order = [column.desc() if descending else column.asc()]
            if key != "id":
                order.append(Ticket.id.desc() if descending else Ticket.id.asc())
            query = (self._info_query().where(*conditions).order_by(*order)
                     .limit(filt.per_page).offset((filt.page - 1) * filt.per_page))
            now = utcnow()
            items = [self._info(*found, now) for found in session.execute(query)]
        return TicketPage(items, total, filt.page, filt.per_page)

    def _conditions(self, session: Session, actor: Actor,
                    filt: TicketFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if filt.status:
            for status in filt.status:
                _check_choice("status", status, STATUSES)
            conditions.append(Ticket.status.in_(filt.status))
        if filt.priority:
            for priority in filt.priority:
                _check_choice("priority", priority, PRIORITIES)
            conditions.append(Ticket.priority.in_(filt.priority))
        if filt.assignee == "-":
            conditions.append(Ticket.assignee_id.is_(None))
        elif filt.assignee == "me":
            me = _user_id(actor)
            conditions.append(false() if me is None else Ticket.assignee_id == me)
        elif filt.assignee:
            conditions.append(Ticket.assignee_id == self._user(session, filt.assignee,
                                                               "assignee").id)
        if filt.requester:
            conditions.append(Ticket.requester_id == self._user(session, filt.requester,
                                                                "requester").id)
        if filt.category:
            conditions.append(Ticket.category_id == self._category(session, filt.category).id)
        if filt.q and filt.q.strip():
            text = filt.q.strip().lower()
            conditions.append(or_(func.lower(Ticket.subject).contains(text, autoescape=True),
                                  func.lower(Ticket.description).contains(text,
                                                                          autoescape=True)))
        return conditions

    @staticmethod
    def _visible_parts(actor: Actor) -> list[ColumnElement[bool]]:
        """What `actor` may see as disjoint conditions, each served by one index (a
        technician's OR made SQLite read the whole table to count by status)."""
        require(actor, Permission.TICKETS_CREATE)
        me = _user_id(actor)
        if (actor.can(Permission.TICKETS_WORK) and not actor.can(Permission.TICKETS_MANAGE)
                and me is not None):
            return [Ticket.assignee_id.is_(None), Ticket.assignee_id == me,
                    and_(Ticket.requester_id == me, Ticket.assignee_id.is_not(None),
                         Ticket.assignee_id != me)]
        return [HelpDesk._visible(actor)]

    def counts(self, actor: Actor) -> dict[str, int]:
        """How many tickets `actor` may see are in each status (every status a key)."""
        parts = self._visible_parts(actor)
        found = dict.fromkeys(STATUSES, 0)
        query = union_all(*(select(Ticket.status, func.count().label("n"))
                            .where(part).group_by(Ticket.status) for part in parts))
        with self.db.session_factory() as session:
            for status, count in session.execute(query):
                found[status] += count
        return found

    def get_ticket(self, actor: Actor, ticket_id: int) -> TicketDetail:
        """The ticket with its comments, attachments (metadata) and history; internal notes
        and what is attached to them are left out for those who do not work tickets."""
        with self.db.session_factory() as session:
            self._ticket(session, actor, ticket_id)
            info = self._info_of(session, ticket_id)
            staff = actor.can(Permission.TICKETS_WORK)
            comments_query = (select(TicketComment, User.username)
                              .outerjoin(User, User.id == TicketComment.author_id)
                              .where(TicketComment.ticket_id == ticket_id)
                              .order_by(TicketComment.id))
            if not staff:
                comments_query = comments_query.where(TicketComment.internal.is_(False))
            comments = [self._comment_info(comment, author)
                        for comment, author in session.execute(comments_query)]
            attachments_query = self._attachments_query(staff).where(
                TicketAttachment.ticket_id == ticket_id).order_by(TicketAttachment.id)
            attachments = [self._attachment_info(*found)
                           for found in session.execute(attachments_query)]
            history = [HistoryEntry(entry.at, entry.actor, entry.field, entry.before, entry.after)
                       for entry in session.scalars(
                           select(TicketHistory).where(TicketHistory.ticket_id == ticket_id)
                           .order_by(TicketHistory.id))]
        return TicketDetail(info, comments, attachments, history)

    @staticmethod
    def _comment_info(comment: TicketComment, author: str | None) -> CommentInfo:
        return CommentInfo(comment.id, comment.ticket_id, author or "system", comment.body,
                           comment.internal, comment.created_at)

    @staticmethod
    def _attachments_query(staff: bool) -> Select[TicketAttachment, str]:
        query = (select(TicketAttachment, User.username)
                 .outerjoin(User, User.id == TicketAttachment.uploaded_by)
                 .outerjoin(TicketComment, TicketComment.id == TicketAttachment.comment_id))
        if not staff:
            query = query.where(or_(TicketComment.id.is_(None),
                                    TicketComment.internal.is_(False)))
        return query

    @staticmethod
    def _attachment_info(row: TicketAttachment, uploader: str | None) -> AttachmentInfo:
        return AttachmentInfo(row.id, row.ticket_id, row.comment_id, row.filename,
                              row.content_type, row.size, row.sha256, uploader or "system",
                              row.created_at)

    # -- people, categories ------------------------------------------------------------------
    @staticmethod
    def _user(session: Session, username: str, field: str) -> User:
        name = (username or "").strip().lower()
        user = session.scalar(select(User).where(User.username == name)) if name else None
        if user is None:
            raise NotFound("{field}: there is no user '{quoted}'.",
                           "Check the name with `timedesk user list`.",
                           field=field, quoted=_quoted(username or ''))
        return user

    @staticmethod
    def _category(session: Session, name: str) -> TicketCategory:
        found = session.scalar(select(TicketCategory).where(
            func.lower(TicketCategory.name) == name.strip().lower()))
        if found is None:
            raise NotFound("category: there is no category '{quoted}'.",
                           "Pick one of the list (`timedesk tickets category list`).",
                           quoted=_quoted(name))
        return found

    def _active_category(self, session: Session, name: str | None) -> TicketCategory | None:
        if name is None or not name.strip():
            return None
        found = self._category(session, name)
        if not found.active:
            raise ValidationError("category: '{found}' is disabled.",
                                  "Pick an active category.", found=found.name)
        return found

    def categories(self, actor: Actor, include_inactive: bool = False) -> list[str]:
        """The category names, whatever their case in alphabetical order."""
        require(actor, Permission.TICKETS_CREATE)
        query = select(TicketCategory.name)
        if not include_inactive:
            query = query.where(TicketCategory.active.is_(True))
        with self.db.session_factory() as session:
            return sorted(session.scalars(query), key=str.lower)

    def add_category(self, actor: Actor, name: str) -> str:
        require(actor, Permission.TICKETS_MANAGE)
        text = _check_text("category name", name, CATEGORY_MAX, required=True)
        with self.db.unit_of_work() as session:
            existing = session.scalar(select(TicketCategory.name).where(
                func.lower(TicketCategory.name) == text.lower()))
            if existing is not None:
                raise Conflict("the category '{existing}' already exists.",
                               "Use it, or enable it again if it is disabled.", existing=existing)
            row = TicketCategory(name=text, active=True)
            session.add(row)
            session.flush()
            record(session, actor, "ticket_category.created", "ticket_category", row.id,
                   after={"name": text})
        return text

    def set_category_active(self, actor: Actor, name: str, active: bool) -> None:
        require(actor, Permission.TICKETS_MANAGE)
        with self.db.unit_of_work() as session:
            row = self._category(session, name)
            if row.active != active:
                record(session, actor, "ticket_category.changed", "ticket_category", row.id,
                       before={"active": row.active}, after={"active": active})
                row.active = active

    # -- SLA ---------------------------------------------------------------------------------
    @staticmethod
    def _targets(session: Session) -> dict[str, SlaTargets]:
        targets = dict(DEFAULT_TARGETS)
        for row in session.scalars(select(TicketSlaTarget)):
            targets[row.priority] = SlaTargets(row.first_response_minutes,
                                               row.resolution_minutes)
        return targets

    def sla_targets(self) -> dict[str, SlaTargets]:
        """The office minutes to the first response and to the resolution, per priority."""
        with self.db.session_factory() as session:
            return self._targets(session)

    def set_sla_target(self, actor: Actor, priority: str, targets: SlaTargets) -> None:
        """Set a priority's targets; the open tickets of that priority get new deadlines."""
        require(actor, Permission.TICKETS_MANAGE)
        _check_choice("priority", priority, PRIORITIES)
        for field, minutes in (("first response", targets.first_response_minutes),
                               ("resolution", targets.resolution_minutes)):
            if not 1 <= minutes <= TARGET_MAX_MINUTES:
                raise ValidationError("the {field} target of {minutes} minutes is out of "
                                      "range.", "Give 1 to {target_max_minutes} office minutes.",
                                      field=field, minutes=minutes,
                                      target_max_minutes=TARGET_MAX_MINUTES)
        if targets.resolution_minutes < targets.first_response_minutes:
            raise ValidationError("the resolution target is shorter than the first response's.",
                                  "Give a resolution target at least as long.")
        with self.db.unit_of_work() as session:
            row = session.get(TicketSlaTarget, priority)
            before = self._targets(session)[priority]
            if row is None:
                row = TicketSlaTarget(priority=priority)
                session.add(row)
            row.first_response_minutes = targets.first_response_minutes
            row.resolution_minutes = targets.resolution_minutes
            session.flush()
            record(session, actor, "ticket_sla.changed", "ticket_sla_target", priority,
                   before={"first_response_minutes": before.first_response_minutes,
                           "resolution_minutes": before.resolution_minutes},
                   after={"first_response_minutes": targets.first_response_minutes,
                          "resolution_minutes": targets.resolution_minutes})
            calendar = load_calendar(session, self.settings)
            now = utcnow()
            for ticket in session.scalars(select(Ticket).where(
                    Ticket.priority == priority, Ticket.resolved_at.is_(None),
                    Ticket.closed_at.is_(None))):
                self._refresh_sla(session, ticket, calendar, now)

    @staticmethod
    def _pauses(session: Session, ticket_id: int) -> list[tuple[datetime, datetime | None]]:
        """The intervals the ticket waited (in a WAITING status), from its status history."""
        pauses: list[tuple[datetime, datetime | None]] = []
        opened: datetime | None = None
        for at, after in session.execute(
                select(TicketHistory.at, TicketHistory.after)
                .where(TicketHistory.ticket_id == ticket_id, TicketHistory.field == "status")
                .order_by(TicketHistory.id)):
            if after in WAITING and opened is None:
                opened = at
            elif after not in WAITING and opened is not None:
                pauses.append((opened, at))
                opened = None
        if opened is not None:
            pauses.append((opened, None))
        return pauses

    def refresh_sla(self, session: Session, row: Ticket, now: datetime) -> None:
        """For the housekeeping: the ticket's deadlines and breaches stored as of `now`."""
        self._refresh_sla(session, row, load_calendar(session, self.settings), now)

    def _refresh_sla(self, session: Session, row: Ticket, calendar: OfficeCalendar,
                     now: datetime) -> None:
        """Store the ticket's deadlines, pause and breaches as of `now` (after its changes
        and their history are in the session)."""
        session.flush()
        pauses = self._pauses(session, row.id)
        targets = self._targets(session)[row.priority]
        # Resolving answers the requester too, and closing one never resolved (withdrawn)
        # stops both clocks.
        resolved_at = row.resolved_at or row.closed_at
        try:
            state = sla_state(calendar, targets, created_at=row.created_at, pauses=pauses,
                              first_response_at=row.first_response_at or resolved_at,
                              resolved_at=resolved_at, now=now)
        except ValidationError:  # a calendar without working time: no deadlines to keep
            row.first_response_due = row.resolution_due = None
            row.breached = ""
        else:
            row.first_response_due = state.first_response_due
            row.resolution_due = state.resolution_due
            row.breached = ",".join(state.breached)
        row.paused_since = next((start for start, end in pauses if end is None), None)
        row.paused_seconds = sum(calendar.office_seconds(start, max(end or now, start))
                                 for start, end in pauses)

    # -- writing -----------------------------------------------------------------------------
    @staticmethod
    def _history(session: Session, actor: Actor, ticket_id: int, at: datetime, field: str,
                 before: str | None, after: str | None) -> None:
        session.add(TicketHistory(ticket_id=ticket_id, at=at, user_id=_user_id(actor),
                                  actor=_label(actor), field=field, before=before, after=after))

    def _publish(self, session: Session, row: Ticket) -> None:
        self.bus.publish(session, TOPIC_CHANGED, {"id": row.id, "status": row.status})

    def create_ticket(self, actor: Actor, subject: str, description: str, *,
                      category: str | None = None, priority: str = "normal",
                      created_at: datetime | None = None,
                      requester: str | None = None) -> TicketInfo:
        """File a ticket ("new"). `created_at` (an import keeping its date; never in the
        future) and `requester` (filing for someone else) need tickets.manage."""
        require(actor, Permission.TICKETS_CREATE)
        subject = _check_subject(subject)
        description = _check_text("description", description, DESCRIPTION_MAX, required=False)
        _check_choice("priority", priority, PRIORITIES)
        now = utcnow()
        if created_at is not None:
            require(actor, Permission.TICKETS_MANAGE)
            created_at = self._check_created_at(created_at, now)
        with self.db.unit_of_work() as session:
            requester_id = self._requester_id(session, actor, requester)
            found = self._active_category(session, category)
            row = self._add_ticket(session, actor, subject=subject, description=description,
                                   requester_id=requester_id, category=found,
                                   priority=priority, status="new",
                                   created_at=created_at or now, now=now)
            self._publish(session, row)
            self.mail.new_ticket(session, row)  # mail: in the change's transaction
            return self._info_of(session, row.id)

    @staticmethod
    def _check_created_at(created_at: datetime, now: datetime) -> datetime:
        if created_at.tzinfo is None or created_at.utcoffset() is None:
            raise ValidationError("created_at needs its UTC offset.",
                                  "Give it like 2026-03-01T09:30:00+01:00.")
        if created_at > now:
            raise ValidationError("created_at {moment} is in the future.",
                                  "Give the date the ticket was really filed.",
                                  moment=created_at.isoformat())
        return created_at

    def _requester_id(self, session: Session, actor: Actor, requester: str | None) -> int:
        me = _user_id(actor)
        if requester is not None and requester.strip():
            user = self._user(session, requester, "requester")
            if user.id != me:
                require(actor, Permission.TICKETS_MANAGE)
            return user.id
        if me is None:
            raise ValidationError("requester: a ticket filed by a token or the system needs "
                                  "the requester's user name.", "Give the requester.")
        return me

    def _add_ticket(self, session: Session, actor: Actor, *, subject: str, description: str,
                    requester_id: int, category: TicketCategory | None, priority: str,
                    status: str, created_at: datetime, now: datetime) -> Ticket:
        row = Ticket(subject=subject, description=description, requester_id=requester_id,
                     assignee_id=None, category_id=category.id if category else None,
                     priority=priority, status=status, created_at=created_at,
                     updated_at=max(created_at, now) if status != "new" else created_at,
                     paused_seconds=0, breached="", breach_notified="")
        if status in ("resolved", "closed"):
            row.resolved_at = now
        if status == "closed":
            row.closed_at = now
        session.add(row)
        session.flush()
        self._history(session, actor, row.id, created_at, "status", None, "new")
        if status != "new":
            self._history(session, actor, row.id, now, "status", "new", status)
        self._refresh_sla(session, row, load_calendar(session, self.settings), now)
        record(session, actor, "ticket.created", "ticket", row.id,
               after={"subject": subject, "priority": priority, "status": status,
                      "requester_id": requester_id, "created_at": created_at.isoformat()})
        return row

    def import_tickets(self, actor: Actor, rows: Iterable[ImportRow]) -> int:
        """Import tickets from another system keeping their dates and statuses, all or
        nothing: the first bad row is an error naming its line and nothing is stored.
        Breaches found at import are counted as already told (no mail about the past)."""
        require(actor, Permission.TICKETS_MANAGE)
        now = utcnow()
        count = 0
        with self.db.unit_of_work() as session:
            for item in rows:
                try:
                    row = self._import_row(session, actor, item, now)
                except ValidationError as exc:
                    raise type(exc)("line {line}: {problem}", exc.hint,
                                    line=item.line, problem=exc.message) from None
                except NotFound as exc:
                    raise NotFound("line {line}: {problem}", exc.hint,
                                   line=item.line, problem=exc.message) from None
                row.breach_notified = row.breached
                count += 1
            if count:  # one event, not one per ticket: an import is not news to mail about
                self.bus.publish(session, TOPIC_IMPORTED, {"count": count})
        return count

    def _import_row(self, session: Session, actor: Actor, item: ImportRow,
                    now: datetime) -> Ticket:
        subject = _check_subject(item.subject)
        description = _check_text("description", item.description, DESCRIPTION_MAX,
                                  required=False)
        _check_choice("priority", item.priority, PRIORITIES)
        _check_choice("status", item.status, ("new", "resolved", "closed"))
        created_at = self._check_created_at(item.created_at or now, now)
        requester_id = self._user(session, item.requester, "requester").id
        category = self._active_category(session, item.category)
        return self._add_ticket(session, actor, subject=subject, description=description,
                                requester_id=requester_id, category=category,
                                priority=item.priority, status=item.status,
                                created_at=created_at, now=now)

    def update_ticket(self, actor: Actor, ticket_id: int, *, status: str | None = None,
                      assignee: str | None | _Unset = UNSET, priority: str | None = None,
                      category: str | None | _Unset = UNSET,
                      resolved_before: datetime | None = None) -> TicketInfo:
        """Change a ticket's status (a legal move only: Conflict naming both statuses),
        assignee (None: nobody), priority or category. Requesters may only close or reopen
        their tickets. Setting an assignee on a "new" ticket makes it "assigned"; taking the
        assignee off an "assigned" one puts it back in the queue ("new"). With
        `resolved_before`, only a ticket resolved before then is changed (Conflict otherwise),
        checked under the ticket's lock: the automatic close of a ticket reopened and resolved
        again since it was listed must not happen."""
        require(actor, Permission.TICKETS_CREATE)
        staff = actor.can(Permission.TICKETS_WORK)
        if not staff and (assignee is not UNSET or priority is not None
                          or category is not UNSET
                          or (status is not None and status not in _REQUESTER_MOVES)):
            raise PermissionDenied("{actor} ({role}) may only close or "
                                   "reopen their tickets.", "Ask a technician to change it.",
                                   actor=actor.name, role=actor.role.value)
        if status is not None:
            _check_choice("status", status, STATUSES)
        if priority is not None:
            _check_choice("priority", priority, PRIORITIES)
        with self.db.unit_of_work() as session:
            row = self._ticket(session, actor, ticket_id, for_update=True)
            if resolved_before is not None and (row.resolved_at is None
                                                or row.resolved_at > resolved_before):
                raise Conflict("ticket #{row_id} was not resolved before "
                               "{resolved_before:%Y-%m-%d %H:%M} UTC.",
                               "It was reopened or resolved again since: nothing changed.",
                               row_id=row.id, resolved_before=resolved_before)
            now = utcnow()
            changes: list[tuple[str, str | None, str | None]] = []
            if not isinstance(assignee, _Unset):
                changes += self._set_assignee(session, row, assignee, status)
            if status is not None and status != row.status:
                changes += self._set_status(row, status, now)
            if priority is not None and priority != row.priority:
                changes.append(("priority", row.priority, priority))
                row.priority = priority
            if not isinstance(category, _Unset):
                changes += self._set_category(session, row, category)
            if changes:
                for field, before, after in changes:
                    self._history(session, actor, row.id, now, field, before, after)
                row.updated_at = now
                self._refresh_sla(session, row, load_calendar(session, self.settings), now)
                record(session, actor, "ticket.changed", "ticket", row.id,
                       before={field: before for field, before, _ in changes},
                       after={field: after for field, _, after in changes})
                self._publish(session, row)
                self.mail.changed(session, row, changes, _user_id(actor))  # mail
            return self._info_of(session, row.id)

    def _set_assignee(self, session: Session, row: Ticket, assignee: str | None,
                      status: str | None) -> list[tuple[str, str | None, str | None]]:
        before = (session.get(User, row.assignee_id) if row.assignee_id is not None else None)
        user = None
        if assignee is not None:
            user = self._user(session, assignee, "assignee")
            if not user.active or not _works_tickets(user.role):
                raise ValidationError("assignee: '{username}' cannot work tickets.",
                                      "Assign a technician (or a manager or admin).",
                                      username=user.username)
        if (user.id if user else None) == row.assignee_id:
            return []
        changes: list[tuple[str, str | None, str | None]] = [
            ("assignee", before.username if before else None, user.username if user else None)]
        row.assignee_id = user.id if user else None
        if status is None and user is not None and row.status == "new":
            changes.append(("status", "new", "assigned"))
            row.status = "assigned"
        elif status is None and user is None and row.status == "assigned":
            changes.append(("status", "assigned", "new"))
            row.status = "new"
        return changes

    @staticmethod
    def _set_status(row: Ticket, status: str, now: datetime
                    ) -> list[tuple[str, str | None, str | None]]:
        check_move(row.status, status)
        if status == "assigned" and row.assignee_id is None:
            raise ValidationError("status: a ticket is 'assigned' only with an assignee.",
                                  "Give the assignee too (or take the ticket).")
        changes: list[tuple[str, str | None, str | None]] = [("status", row.status, status)]
        row.status = status
        if status == "resolved":
            row.resolved_at = now
        elif status == "closed":
            row.closed_at = now
        elif status == "reopened":
            row.resolved_at = row.closed_at = None
        return changes

    def _set_category(self, session: Session, row: Ticket, category: str | None
                      ) -> list[tuple[str, str | None, str | None]]:
        found = self._active_category(session, category)
        if (found.id if found else None) == row.category_id:
            return []
        before = session.get(TicketCategory, row.category_id) if row.category_id else None
        row.category_id = found.id if found else None
        return [("category", before.name if before else None, found.name if found else None)]

    def take(self, actor: Actor, ticket_id: int) -> TicketInfo:
        """Assign an unassigned open ticket to yourself ("new" becomes "assigned"); of two
        technicians taking it at once one wins, the other gets a Conflict naming the winner."""
        require(actor, Permission.TICKETS_WORK)
        me = _user_id(actor)
        if me is None:
            raise ValidationError("only a person can take a ticket.",
                                  "Assign it to someone by user name instead.")
        with self.db.unit_of_work() as session:
            # A ticket someone else took is no longer in the queue the technician sees: it is
            # looked up among the taken ones too, so that the loser of a race hears who won.
            row = session.scalars(select(Ticket).where(
                Ticket.id == ticket_id,
                or_(self._visible(actor), Ticket.assignee_id.is_not(None)))).first()
            if row is None:
                raise NotFound("there is no ticket #{ticket_id} you can see.",
                               "Check the number in the list of tickets.", ticket_id=ticket_id)
            if row.assignee_id is not None:
                raise self._taken(session, ticket_id, me)
            if row.status in ("resolved", "closed"):
                raise Conflict("ticket #{ticket_id} is {status}; there is nothing to take.",
                               "Reopen it first if it needs more work.",
                               ticket_id=ticket_id, status=row.status)
            status_before = row.status
            status_after = "assigned" if status_before == "new" else status_before
            now = utcnow()
            taken = session.execute(
                update(Ticket).where(Ticket.id == ticket_id, Ticket.assignee_id.is_(None),
                                     Ticket.status == status_before)
                .values(assignee_id=me, status=status_after, updated_at=now)
                .execution_options(synchronize_session=False))
            if cast("CursorResult[Any]", taken).rowcount != 1:
                raise self._taken(session, ticket_id, me)
            session.refresh(row)
            self._history(session, actor, row.id, now, "assignee", None, actor.name)
            if status_after != status_before:
                self._history(session, actor, row.id, now, "status", status_before, status_after)
            self._refresh_sla(session, row, load_calendar(session, self.settings), now)
            record(session, actor, "ticket.taken", "ticket", row.id,
                   before={"assignee": None, "status": status_before},
                   after={"assignee": actor.name, "status": status_after})
            self._publish(session, row)
            return self._info_of(session, row.id)

    @staticmethod
    def _taken(session: Session, ticket_id: int, me: int) -> Conflict:
        """The refusal of a take: who has the ticket (read in the same transaction, which on
        PostgreSQL sees the winner's commit)."""
        user = session.scalars(select(User).join(Ticket, Ticket.assignee_id == User.id)
                               .where(Ticket.id == ticket_id)).first()
        if user is None:
            return Conflict("ticket #{ticket_id} changed while you took it.",
                            "Look at it again and retry.", ticket_id=ticket_id)
        if user.id == me:
            return Conflict("ticket #{ticket_id} is already yours.", "Work on it.",
                            ticket_id=ticket_id)
        return Conflict("ticket #{ticket_id} was already taken by {username}.",
                        "Pick another ticket from the queue.",
                        ticket_id=ticket_id, username=user.username)

    def add_comment(self, actor: Actor, ticket_id: int, body: str, *,
                    internal: bool = False) -> CommentInfo:
        """A public comment, or an internal note (those who work tickets only; requesters
        never see it). A technician's first public comment on someone else's ticket is its
        first response."""
        require(actor, Permission.TICKETS_CREATE)
        if internal:
            require(actor, Permission.TICKETS_WORK)
        text = _check_text("comment", body, COMMENT_MAX, required=True)
        with self.db.unit_of_work() as session:
            row = self._ticket(session, actor, ticket_id, for_update=True)
            now = utcnow()
            comment = TicketComment(ticket_id=row.id, author_id=_user_id(actor), body=text,
                                    internal=internal, created_at=now)
            session.add(comment)
            session.flush()
            if (not internal and row.first_response_at is None
                    and actor.can(Permission.TICKETS_WORK)
                    and _user_id(actor) != row.requester_id):
                row.first_response_at = now
                self._history(session, actor, row.id, now, "first_response_at", None,
                              _iso(now))
                self._refresh_sla(session, row, load_calendar(session, self.settings), now)
            row.updated_at = now
            record(session, actor, "ticket.commented", "ticket", row.id,
                   after={"comment_id": comment.id, "internal": internal})
            self._publish(session, row)
            self.mail.comment(session, row, comment)  # mail (never an internal note)
            author = session.get(User, comment.author_id) if comment.author_id else None
            return self._comment_info(comment, author.username if author else None)

    # -- attachments -------------------------------------------------------------------------
    def add_attachment(self, actor: Actor, ticket_id: int, filename: str, data: bytes, *,
                       comment_id: int | None = None) -> AttachmentInfo:
        """Attach a file (kept in the database): within tickets.attachment_max_bytes, not
        empty, of an allowed type by its content; its name made safe. Nothing is stored when
        it is refused."""
        require(actor, Permission.TICKETS_CREATE)
        name, content_type = check_attachment(filename, data,
                                              int(self.settings["tickets.attachment_max_bytes"]))
        digest = hashlib.sha256(data).hexdigest()
        with self.db.unit_of_work() as session:
            row = self._ticket(session, actor, ticket_id)
            if comment_id is not None:
                comment = session.get(TicketComment, comment_id)
                if (comment is None or comment.ticket_id != row.id
                        or (comment.internal and not actor.can(Permission.TICKETS_WORK))):
                    raise NotFound("ticket #{ticket_id} has no comment #{comment_id}.",
                                   "Attach the file to the ticket or to one of its comments.",
                                   ticket_id=ticket_id, comment_id=comment_id)
            now = utcnow()
            stored = TicketAttachment(ticket_id=row.id, comment_id=comment_id, filename=name,
                                      content_type=content_type, size=len(data), sha256=digest,
                                      data=data, uploaded_by=_user_id(actor), created_at=now)
            session.add(stored)
            session.flush()
            row.updated_at = now
            record(session, actor, "ticket.attached", "ticket", row.id,
                   after={"attachment_id": stored.id, "filename": name, "size": len(data),
                          "sha256": digest})
            self._publish(session, row)
            return self._attachment_info(stored, None if actor.kind != "user" else actor.name)

    def attachment(self, actor: Actor, ticket_id: int,
                   attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        """An attachment's metadata and its exact bytes."""
        with self.db.session_factory() as session:
            self._ticket(session, actor, ticket_id)
            found = session.execute(self._attachments_query(
                actor.can(Permission.TICKETS_WORK)).where(
                TicketAttachment.id == attachment_id,
                TicketAttachment.ticket_id == ticket_id)).first()
            if found is None:
                raise NotFound("ticket #{ticket_id} has no attachment #{attachment_id}.",
                               "Check the ticket's list of attachments.",
                               ticket_id=ticket_id, attachment_id=attachment_id)
            return self._attachment_info(*found), bytes(found[0].data)

    # -- mail opt-outs -----------------------------------------------------------------------
    @staticmethod
    def _me(actor: Actor) -> int:
        me = _user_id(actor)
        if me is None:
            raise ValidationError("mail preferences belong to a person.",
                                  "Sign in as the person whose mail it is.")
        return me

    def mail_optouts(self, actor: Actor) -> set[str]:
        """The kinds of help-desk mail ("new", "assigned", "comment", "resolved") the actor
        does not want."""
        me = self._me(actor)
        with self.db.session_factory() as session:
            return set(session.scalars(select(TicketMailOptout.kind)
                                       .where(TicketMailOptout.user_id == me)))

    def set_mail_optout(self, actor: Actor, kind: str, opted_out: bool) -> None:
        me = self._me(actor)
        _check_choice("mail kind", kind, MAIL_KINDS)
        with self.db.unit_of_work() as session:
            present = session.get(TicketMailOptout, (me, kind)) is not None
            if opted_out and not present:
                session.add(TicketMailOptout(user_id=me, kind=kind))
            elif not opted_out and present:
                session.execute(delete(TicketMailOptout).where(
                    and_(TicketMailOptout.user_id == me, TicketMailOptout.kind == kind)))

    # -- the dashboard (timedesk.tickets.dashboard) ------------------------------------------
    def dashboard(self, actor: Actor, period: tuple[date, date]) -> DashboardFigures:
        """The dashboard's figures of the office days period[0]..period[1], over the tickets
        `actor` may see (tickets.work or tickets.manage)."""
        require_dashboard(actor)
        return dashboard_figures(self.db, self.settings, self._visible(actor), *period)
