"""What the Turns faces read: a desk's waiting list and current turn, waiting counts per service,
the display's recent calls, one turn, turns by status. Read-only, one short session each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import NotFound, ValidationError
from timedesk.turns.clock import OfficeClock
from timedesk.turns.models import (AT_DESK, CALLING_ORDER, STATUSES, WAITING, Desk, Turn,
                                   TurnService, waits_for_desk)
from timedesk.turns.setup import desk_by_name
from timedesk.turns.views import DeskInfo, TurnInfo, WaitingSummary

CalledDesk = aliased(Desk)


def _rows(session: Session, query) -> list[TurnInfo]:
    rows = session.execute(query.join(TurnService, TurnService.id == Turn.service_id)
                           .outerjoin(CalledDesk, CalledDesk.id == Turn.desk_id)
                           .add_columns(TurnService, CalledDesk)).all()
    return [TurnInfo.of(turn, service, desk) for turn, service, desk in rows]


def today(settings, now: datetime | None = None):
    return OfficeClock.from_settings(settings).numbering_day(now or utcnow())


@dataclass(frozen=True)
class DeskState:
    desk: DeskInfo
    current: TurnInfo | None
    waiting: list[TurnInfo]
    longest_wait_s: int


def desk_state(db: Database, settings, name: str, now: datetime | None = None) -> DeskState:
    """The desk, its current turn and the turns waiting for it (in calling order)."""
    now = now or utcnow()
    day = today(settings, now)
    with db.session_factory() as session:
        desk = desk_by_name(session, name)
        current = _rows(session, select(Turn).where(Turn.desk_id == desk.id,
                                                    Turn.status.in_(AT_DESK))
                        .order_by(Turn.called_at.desc()).limit(1))
        waiting = _rows(session, select(Turn).where(waits_for_desk(desk, day))
                        .order_by(*CALLING_ORDER).limit(500))
        longest = max(((now - t.issued_at).total_seconds() for t in waiting), default=0)
        return DeskState(DeskInfo.of(desk), current[0] if current else None, waiting, int(longest))


def waiting_summary(db: Database, settings, now: datetime | None = None) -> list[WaitingSummary]:
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
        raise NotFound(f"there is no turn #{turn_id}.", "Check the turn's id.")
    return found[0]


def list_turns(db: Database, settings, *, status: str | None = None, service: str | None = None,
               limit: int = 500, now: datetime | None = None) -> list[TurnInfo]:
    """Today's turns, optionally of one status and service, in calling order."""
    if status is not None and status not in STATUSES:
        raise ValidationError(f"unknown status '{status}'.", "Use one of: " + ", ".join(STATUSES) + ".")
    day = today(settings, now)
    query = select(Turn).where(Turn.day == day)
    if status:
        query = query.where(Turn.status == status)
    if service:
        query = query.where(TurnService.code == service.strip().upper())
    with db.session_factory() as session:
        return _rows(session, query.order_by(*CALLING_ORDER)
                     .limit(max(1, min(limit, 5000))))
