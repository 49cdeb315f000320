"""Setting up Turns (admin): services with their code letter, hours and colour; desks with the
services they serve and the staff assigned."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time
from functools import cache

from sqlalchemy import Select, String, bindparam, or_, select
from sqlalchemy.orm import Session, joinedload

from timedesk.audit.service import record
from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.database import Database
from timedesk.errors import Conflict, NotFound, ValidationError
from timedesk.events.bus import EventBus
from timedesk.turns.models import Desk, Turn, TurnService, desk_services, desk_staff
from timedesk.turns.views import TOPIC_SETUP, DeskInfo, ServiceInfo

_CODE_RE = re.compile(r"^[A-Z]{1,3}$")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
QUOTED_MAX = 40
SETUP_PAGE = "the Turns tab's Set-up page"  # where messages send people to change services/desks


def quoted(text: object) -> str:
    """Input repeated in a message, cut short: a message never carries a whole long value."""
    text = str(text)
    return f"'{text if len(text) <= QUOTED_MAX else text[:QUOTED_MAX] + '…'}'"


def parse_hours(text: str) -> tuple[time | None, time | None]:
    """'08:30-14:00' -> (08:30, 14:00); '' -> always open."""
    text = (text or "").strip()
    if not text:
        return None, None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", text)
    if not match:
        raise ValidationError("opening hours {quoted} are not HH:MM-HH:MM.",
                              "Write them like 08:30-14:00, or leave them empty for always open.",
                              quoted=quoted(text))
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
        raise ValidationError("opening hours {quoted} are not a time of day.",
                              "Hours go from 00:00 to 23:59.", quoted=quoted(text))
    opens, closes = time(h1, m1), time(23, 59, 59) if h2 == 24 else time(h2, m2)
    if closes <= opens:
        raise ValidationError("opening hours {quoted} close before they open.",
                              "Give the opening time first, e.g. 08:30-14:00.", quoted=quoted(text))
    return opens, closes


def _check_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not _CODE_RE.match(code):
        raise ValidationError("service code {quoted} is not 1 to 3 letters.",
                              "Use a letter such as A; turns are numbered A001, A002...",
                              quoted=quoted(code))
    return code


def _check_name(name: str, what: str, limit: int) -> str:
    name = (name or "").strip()
    if not name or len(name) > limit:
        raise ValidationError("the {what} name must have 1 to {limit} characters.",
                              "Give the {what} a short name people recognise.",
                              what=what, limit=limit)
    return name


def _check_colour(colour: str) -> str:
    if not _COLOUR_RE.match(colour or ""):
        raise ValidationError("colour {quoted} is not #RRGGBB.", "Use a colour like #1565c0.",
                              quoted=quoted(colour))
    return colour


def service_by_code(session: Session, code: str) -> TurnService:
    row = session.scalar(select(TurnService).where(TurnService.code == (code or "").strip().upper()))
    if row is None:  # the hint names no other service: whoever asks may not see them all
        any_service = session.scalar(select(TurnService.id).limit(1)) is not None
        raise NotFound("there is no service {quoted}.",
                       "See the services in {setup_page} or with `timedesk turns service "
                       "list`." if any_service else
                       "Add one first: timedesk turns service add --code A --name NAME.",
                       quoted=quoted(code), setup_page=SETUP_PAGE)
    return row


def desk_by_name(session: Session, name: str) -> Desk:
    row = session.scalar(select(Desk).where(Desk.name == str(name).strip()))
    if row is None:
        any_desk = session.scalar(select(Desk.id).limit(1)) is not None
        raise NotFound("there is no desk {quoted}.",
                       "See the desks in {setup_page} or with `timedesk turns desk list`."
                       if any_desk else
                       "Add one first: timedesk turns desk add --name 1 --services A.",
                       quoted=quoted(name), setup_page=SETUP_PAGE)
    return row


def desk_for_update(session: Session, name: str) -> Desk:
    """Desk `name`, locked for the rest of the transaction on PostgreSQL (SQLite's BEGIN
    IMMEDIATE already serialises writers), its services loaded in the same statement;
    NotFound with the known desks."""
    query = _desk_for_update_query(session.get_bind().dialect.name == "postgresql")
    return (session.scalars(query, {"name": str(name).strip()}).unique().first()
            or desk_by_name(session, name))


@cache
def _desk_for_update_query(postgres: bool) -> Select[Desk]:
    query = (select(Desk).options(joinedload(Desk.services))
             .where(Desk.name == bindparam("name", type_=String)))
    return query.with_for_update(of=Desk) if postgres else query


def add_service(db: Database, bus: EventBus, actor: Actor, *, code: str, name: str,
                colour: str = "#1565c0", hours: str = "", priority_allowed: bool = True) -> ServiceInfo:
    """A new service; its code letter must be unused."""
    require(actor, Permission.TURNS_MANAGE)
    code, name = _check_code(code), _check_name(name, "service", 100)
    colour = _check_colour(colour)
    opens, closes = parse_hours(hours)
    with db.unit_of_work() as session:
        if session.scalar(select(TurnService.id).where(TurnService.code == code)) is not None:
            raise Conflict("service code '{code}' is already used.", "Choose another letter.",
                           code=code)
        row = TurnService(code=code, name=name, colour=colour, opens_at=opens, closes_at=closes,
                          priority_allowed=priority_allowed, active=True)
        session.add(row)
        session.flush()
        record(session, actor, "turns.service_added", "turn_service", row.id,
               after={"code": code, "name": name, "hours": hours})
        bus.publish(session, TOPIC_SETUP, {"service_id": row.id})
        return ServiceInfo.of(row)


def update_service(db: Database, bus: EventBus, actor: Actor, code: str, *, name: str | None = None,
                   colour: str | None = None, hours: str | None = None,
                   active: bool | None = None, priority_allowed: bool | None = None) -> ServiceInfo:
    require(actor, Permission.TURNS_MANAGE)
    with db.unit_of_work() as session:
        row = service_by_code(session, code)
        before = ServiceInfo.of(row)
        if name is not None:
            row.name = _check_name(name, "service", 100)
        if colour is not None:
            row.colour = _check_colour(colour)
        if hours is not None:
            row.opens_at, row.closes_at = parse_hours(hours)
        if active is not None:
            row.active = active
        if priority_allowed is not None:
            row.priority_allowed = priority_allowed
        after = ServiceInfo.of(row)
        record(session, actor, "turns.service_changed", "turn_service", row.id,
               before=_service_audit(before), after=_service_audit(after))
        bus.publish(session, TOPIC_SETUP, {"service_id": row.id})
        return after


def _service_audit(info: ServiceInfo) -> dict[str, object]:
    return {"name": info.name, "colour": info.colour, "active": info.active,
            "hours": info.hours_text(), "priority_allowed": info.priority_allowed}


def delete_service(db: Database, bus: EventBus, actor: Actor, code: str) -> None:
    """Remove a service that was never used: no turn was ever issued for it or moved to it and
    no desk serves it. A used one is refused (deactivate it instead: its history stays)."""
    require(actor, Permission.TURNS_MANAGE)
    with db.unit_of_work() as session:
        row = service_by_code(session, code)
        used = session.scalar(select(Turn.id).where(or_(Turn.service_id == row.id,
                                                        Turn.issued_service_id == row.id))
                              .limit(1))
        if used is not None:
            raise Conflict("service {code} has turns in its history, so it cannot be "
                           "deleted.", "Deactivate it instead: it is no longer offered and its "
                           "history stays.", code=row.code)
        serving = list(session.scalars(
            select(Desk.name).join(desk_services, desk_services.c.desk_id == Desk.id)
            .where(desk_services.c.service_id == row.id).order_by(Desk.name)))
        if serving:
            raise Conflict("desk {serving} serves service {code}.",
                           "Take the service off those desks first, or deactivate it.",
                           serving=', '.join(serving), code=row.code)
        record(session, actor, "turns.service_deleted", "turn_service", row.id,
               before=_service_audit(ServiceInfo.of(row)) | {"code": row.code})
        session.delete(row)
        bus.publish(session, TOPIC_SETUP, {"service_id": row.id})


def list_services(db: Database, *, active_only: bool = False) -> list[ServiceInfo]:
    with db.session_factory() as session:
        query = select(TurnService).order_by(TurnService.code)
        if active_only:
            query = query.where(TurnService.active.is_(True))
        return [ServiceInfo.of(r) for r in session.scalars(query)]


def _services(session: Session, codes: Iterable[str]) -> list[TurnService]:
    rows = [service_by_code(session, c) for c in dict.fromkeys(c.strip().upper() for c in codes
                                                               if c.strip())]
    if not rows:
        raise ValidationError("a desk must serve at least one service.",
                              "Name its services, e.g. --services A,B.")
    return rows


def _staff(session: Session, usernames: Iterable[str]) -> list[User]:
    users = []
    for name in dict.fromkeys(u.strip() for u in usernames if u.strip()):
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFound("there is no user {quoted}.",
                           "Create the account first (timedesk user add).", quoted=quoted(name))
        users.append(user)
    return users


def _staff_names(session: Session, desk_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(select(User.username).join(desk_staff, desk_staff.c.user_id == User.id)
                                 .where(desk_staff.c.desk_id == desk_id).order_by(User.username)))


def _set_staff(session: Session, desk: Desk, users: list[User]) -> None:
    session.execute(desk_staff.delete().where(desk_staff.c.desk_id == desk.id))
    for user in users:
        session.execute(desk_staff.insert().values(desk_id=desk.id, user_id=user.id))


def add_desk(db: Database, bus: EventBus, actor: Actor, *, name: str, services: Iterable[str],
             staff: Iterable[str] = ()) -> DeskInfo:
    """A new desk serving `services` (codes), optionally with the staff assigned to it."""
    require(actor, Permission.TURNS_MANAGE)
    name = _check_name(name, "desk", 40)
    with db.unit_of_work() as session:
        if session.scalar(select(Desk.id).where(Desk.name == name)) is not None:
            raise Conflict("desk '{name}' already exists.", "Choose another name or number.",
                           name=name)
        desk = Desk(name=name, services=_services(session, services), active=True, paused=False)
        session.add(desk)
        session.flush()
        _set_staff(session, desk, _staff(session, staff))
        record(session, actor, "turns.desk_added", "turn_desk", desk.id,
               after={"name": name, "services": [s.code for s in desk.services]})
        bus.publish(session, TOPIC_SETUP, {"desk_id": desk.id})
        return DeskInfo.of(desk, _staff_names(session, desk.id))


def update_desk(db: Database, bus: EventBus, actor: Actor, name: str, *,
                services: Iterable[str] | None = None, staff: Iterable[str] | None = None,
                active: bool | None = None) -> DeskInfo:
    require(actor, Permission.TURNS_MANAGE)
    with db.unit_of_work() as session:
        desk = desk_by_name(session, name)
        before = DeskInfo.of(desk, _staff_names(session, desk.id))
        if services is not None:
            desk.services = _services(session, services)
        if staff is not None:
            _set_staff(session, desk, _staff(session, staff))
        if active is not None:
            desk.active = active
        session.flush()
        after = DeskInfo.of(desk, _staff_names(session, desk.id))
        record(session, actor, "turns.desk_changed", "turn_desk", desk.id,
               before={"services": list(before.service_codes), "staff": list(before.staff),
                       "active": before.active},
               after={"services": list(after.service_codes), "staff": list(after.staff),
                      "active": after.active})
        bus.publish(session, TOPIC_SETUP, {"desk_id": desk.id})
        return after


def delete_desk(db: Database, bus: EventBus, actor: Actor, name: str) -> None:
    """Remove a desk that never called a turn and has none sent to it; one with history is
    refused (deactivate it instead: the history keeps naming it)."""
    require(actor, Permission.TURNS_MANAGE)
    with db.unit_of_work() as session:
        desk = desk_by_name(session, name)
        used = session.scalar(select(Turn.id).where(or_(Turn.desk_id == desk.id,
                                                        Turn.target_desk_id == desk.id)).limit(1))
        if used is not None:
            raise Conflict("desk {desk} has turns in its history, so it cannot be deleted.",
                           "Deactivate it instead: nobody can open it and its history stays.",
                           desk=desk.name)
        record(session, actor, "turns.desk_deleted", "turn_desk", desk.id,
               before={"name": desk.name, "services": [s.code for s in desk.services],
                       "staff": list(_staff_names(session, desk.id))})
        session.delete(desk)
        bus.publish(session, TOPIC_SETUP, {"desk_id": desk.id})


def staff_candidates(db: Database, actor: Actor) -> list[str]:
    """The user names of the active accounts a desk can be assigned to (for whoever sets up
    desks, who may not manage users)."""
    require(actor, Permission.TURNS_MANAGE)
    with db.session_factory() as session:
        return list(session.scalars(select(User.username).where(User.active.is_(True))
                                    .order_by(User.username)))


def list_desks(db: Database) -> list[DeskInfo]:
    with db.session_factory() as session:
        return [DeskInfo.of(d, _staff_names(session, d.id))
                for d in session.scalars(select(Desk).order_by(Desk.name))]
