"""Tables of the Turns module: services (a code letter and its numbering), desks (the services
they serve, the staff assigned, which PC has them open) and the turns themselves."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from timedesk.db.base import Base, UTCDateTime, utcnow

WAITING, CALLED, SERVING, DONE, NO_SHOW = "waiting", "called", "serving", "done", "no_show"
CANCELLED = "cancelled"  # reception took it back (a wrong button): never counted as issued
STATUSES = (WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED)
AT_DESK = (CALLED, SERVING)

# The turn state machine: what a desk may do with its turn in each status. The queue refuses
# the rest and the desk panel enables its buttons from it (TurnInfo.allowed_actions).
RECALL, START, FINISH, MARK_NO_SHOW, TRANSFER = "recall", "start", "finish", "no_show", "transfer"
_ACTIONS = {CALLED: frozenset({RECALL, START, FINISH, MARK_NO_SHOW, TRANSFER}),
            SERVING: frozenset({RECALL, FINISH, TRANSFER})}


def allowed_actions(status: str) -> frozenset[str]:
    """The actions a desk may take on a turn in `status` (none unless it is at a desk)."""
    return _ACTIONS.get(status, frozenset())


desk_services = Table(
    "turn_desk_services", Base.metadata,
    Column("desk_id", ForeignKey("turn_desks.id", ondelete="CASCADE"), primary_key=True),
    Column("service_id", ForeignKey("turn_services.id", ondelete="CASCADE"), primary_key=True),
)
desk_staff = Table(
    "turn_desk_staff", Base.metadata,
    Column("desk_id", ForeignKey("turn_desks.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class TurnService(Base):
    """What a customer comes for; its code letter prefixes the turn numbers (A001)."""

    __tablename__ = "turn_services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(7), default="#1565c0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    opens_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    closes_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    priority_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    # the numbering: the day it belongs to and the last number given that day
    number_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Desk(Base):
    """A counter where staff call turns; `holder` is the PC (event origin) that has it open."""

    __tablename__ = "turn_desks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    holder: Mapped[str | None] = mapped_column(String(120), nullable=True)
    holder_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_call_priority: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    services: Mapped[list[TurnService]] = relationship(secondary=desk_services,
                                                       order_by=TurnService.code)


class Turn(Base):
    """One customer's place in a queue, from issue to done (or no-show).

    Why two services: the number on the customer's ticket (A001) belongs to the service that
    issued it (`issued_service_id`, with `day` and `seq` the unique key); a transfer moves the
    turn to another service (`service_id`, which desks call by) and it keeps its number."""

    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("issued_service_id", "day", "seq",
                                       name="uq_turns_issued_service_day_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("turn_services.id"), index=True)
    issued_service_id: Mapped[int] = mapped_column(ForeignKey("turn_services.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default=WAITING, index=True)
    customer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("turn_desks.id"), nullable=True,
                                                index=True)
    target_desk_id: Mapped[int | None] = mapped_column(ForeignKey("turn_desks.id"),
                                                       nullable=True)
    called_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    transfers: Mapped[int] = mapped_column(Integer, default=0)
    estimate_low_s: Mapped[int | None] = mapped_column(Integer, nullable=True)
    estimate_high_s: Mapped[int | None] = mapped_column(Integer, nullable=True)


def waits_for_desk(desk: Desk, day: date) -> ColumnElement[bool]:
    """The SQL condition of the turns `desk` may call on numbering day `day`: waiting turns of
    its services that were not sent to a particular desk, and those sent to this one."""
    return waiting_for(desk.id, [s.id for s in desk.services], day)


def waiting_for(desk_id: Any, service_ids: Any, day: Any) -> ColumnElement[bool]:
    """waits_for_desk() by ids; each argument may be a value or a bind parameter (an expanding
    one for `service_ids`), so that a statement can be built once and run many times."""
    return and_(Turn.status == WAITING, Turn.day == day,
                or_(and_(Turn.service_id.in_(service_ids), Turn.target_desk_id.is_(None)),
                    Turn.target_desk_id == desk_id))


CALLING_ORDER = (Turn.priority.desc(), Turn.queued_at, Turn.id)  # priority first, then first come
