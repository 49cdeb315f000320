"""What the Turns faces read: a desk's waiting list and current turn, waiting counts per service,
the display's recent calls, one turn, turns by status. Read-only, one short session each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError
from timedesk.settings import Settings
from timedesk.turns.clock import OfficeClock
from timedesk.turns.models import (
    AT_DESK,
    CALLING_ORDER,
    STATUSES,
    WAITING,
    Desk,
    Turn,
    TurnService,
    waits_for_desk,
)
from timedesk.turns.setup import desk_by_name, quoted
from timedesk.turns.views import DeskInfo, TurnInfo, WaitingSummary

CalledDesk = aliased(Desk)
DESK_LIST_SHOWN = 500  # a desk's waiting list shows the first ones; its count is the true one
MAX_PER_PAGE = 500
MAX_PAGE = 1_000_000


def _rows(session: Session, query: Select[Turn]) -> list[TurnInfo]:
    rows = session.execute(query.join(TurnService, TurnService.id == Turn.service_id)
                           .outerjoin(CalledDesk, CalledDesk.id == Turn.desk_id)
                           .add_columns(TurnService, CalledDesk)).all()
    return [TurnInfo.of(turn, service, desk) for turn, service, desk in rows]


def today(settings: Settings, now: datetime | None = None) -> date:
    return OfficeClock.from_settings(settings).numbering_day(now or utcnow())


@dataclass(frozen=True)
class DeskState:
    desk: DeskInfo
    current: TurnInfo | None
    waiting: list[TurnInfo]  # the first DESK_LIST_SHOWN in calling order
    longest_wait_s: int
    waiting_total: int  # all of them, also those past the list

    @property
    def waiting_cut(self) -> bool:
        return self.waiting_total > len(self.waiting)


@dataclass(frozen=True)
class TurnPage:
    """One page of a list of turns, and how many the whole list has."""

    items: list[TurnInfo]
    total: int
    page: int
    per_page: int


def desk_state(db: Database, settings: Settings, name: str,
               now: datetime | None = None) -> DeskState:
    """The desk, its current turn and the turns waiting for it (in calling order)."""
    now = now or utcnow()
    day = today(settings, now)
    with db.session_factory() as session:
        desk = desk_by_name(session, name)
        current = _rows(session, select(Turn).where(Turn.desk_id == desk.id,
                                                    Turn.status.in_(AT_DESK))
                        .order_by(Turn.called_at.desc()).limit(1))
        waits = waits_for_desk(desk, day)
        waiting = _rows(session, select(Turn).where(waits)
                        .order_by(*CALLING_ORDER).limit(DESK_LIST_SHOWN))
        total, oldest = session.execute(select(func.count(Turn.id), func.min(Turn.issued_at))
                                        .where(waits)).one()
        longest = (now - oldest).total_seconds() if oldest else 0
        return DeskState(DeskInfo.of(desk), current[0] if current else None, waiting,
                         int(longest), total)


def waiting_summary(db: Database, settings: Settings,
                    now: datetime | None = None) -> list[WaitingSummary]:
    """Per active service: how many wait today and the longest wait (s)."""
    now = now or utcnow()
    day = today(settings, now)
    with db.session_factory() as session:
        rows = session.execute(
            select(TurnService.code, TurnService.name, TurnService.colour,
                   func.count(Turn.id), func.min(Turn.issued_at))
            .outerjoin(Turn, and_(Turn.service_id == TurnService.id, Turn.status == WAITING,
                                  Turn.day == day))
            .where(TurnService.active.is_(True))
            .group_by(TurnService.id, TurnService.code, TurnService.name, TurnService.colour)
            .order_by(TurnService.code)).all()
    return [WaitingSummary(code, name, colour, count,
                           int((now - oldest).total_seconds()) if oldest else 0)
            for code, name, colour, count, oldest in rows]


def recent_calls(db: Database, limit: int = 7) -> list[TurnInfo]:
    """The latest calls (current first), for the display when it starts or reconnects."""
    with db.session_factory() as session:
        return _rows(session, select(Turn).where(Turn.called_at.is_not(None),
                                                 Turn.desk_id.is_not(None))
                     .order_by(Turn.called_at.desc(), Turn.id.desc()).limit(limit))


def get_turn(db: Database, turn_id: int) -> TurnInfo:
    with db.session_factory() as session:
        found = _rows(session, select(Turn).where(Turn.id == int(turn_id)))
    if not found:
        raise NotFound("there is no turn #{turn_id}.", "Check the turn's id.", turn_id=turn_id)
    return found[0]


RECENT_MAX = 100


def recent_turns(db: Database, settings: Settings, actor: Actor, *, limit: int = 8,
                 number: str = "", now: datetime | None = None) -> list[TurnInfo]:
    """Today's last `limit` turns issued (kept within 1..RECENT_MAX), the newest first,
    whatever became of them; with `number`, only the turns of that number ("a12" and "A-012"
    find A012, "12" the twelfth turn of every service, "A" the turns of service A). Needs
    turns.issue: reception's list, to reprint or cancel one."""
    require(actor, Permission.TURNS_ISSUE)
    limit = max(1, min(limit, RECENT_MAX))
    condition = [Turn.day == today(settings, now)]
    wanted = "".join(c for c in number.upper() if c.isalnum())
    if wanted:  # the service's letters, then the turn's sequence number
        letters = wanted.rstrip("0123456789")
        digits = wanted[len(letters):]
        if letters:
            condition.append(Turn.service_id.in_(
                select(TurnService.id).where(TurnService.code == letters)))
        if digits:
            condition.append(Turn.seq == int(digits))
    with db.session_factory() as session:
        return _rows(session, select(Turn).where(*condition)
                     .order_by(Turn.issued_at.desc(), Turn.id.desc()).limit(limit))


def list_turns(db: Database, settings: Settings, actor: Actor, *, status: str | None = None,
               service: str | None = None, page: int = 1, per_page: int = 100,
               now: datetime | None = None) -> TurnPage:
    """Today's turns, optionally of one status and service, in calling order: page `page` of
    `per_page` (at most MAX_PER_PAGE) and the true total. Needs turns.call (it shows the
    desks' lists); the name and note of a customer are in the TurnInfo, for the faces that
    may show them (TurnInfo.for_api() leaves them out)."""
    require(actor, Permission.TURNS_CALL)
    if status is not None and status not in STATUSES:
        raise ValidationError("unknown status {quoted}.",
                              "Use one of: {choices}.",
                              quoted=quoted(status), choices=', '.join(STATUSES))
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise ValidationError("page {page} of {per_page} turns is not a page.",
                              "Pages start at 1 and hold 1 to {max_per_page} turns.",
                              page=page, per_page=per_page, max_per_page=MAX_PER_PAGE)
    condition = [Turn.day == today(settings, now)]
    if status:
        condition.append(Turn.status == status)
    if service:
        condition.append(Turn.service_id.in_(
            select(TurnService.id).where(TurnService.code == service.strip().upper())))
    with db.session_factory() as session:
        total = session.scalar(select(func.count(Turn.id)).where(*condition)) or 0
        items = _rows(session, select(Turn).where(*condition).order_by(*CALLING_ORDER)
                      .limit(per_page).offset((page - 1) * per_page))
    return TurnPage(items, total, page, per_page)
