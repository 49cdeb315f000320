"""Who may use a desk, and which PC has it open: the one rule every face applies (the desk
panel's list, open_desk, and every desk action from the panel, the API and the command line).

- Assignment: a desk whose staff list is not empty is used only by the people on it (matched by
  user id) and by anyone with turns.manage. Staff lists name people: an API token or the
  command line (not a person) is bound only by its role's permissions.
- Holders: a desk panel claims its desk with a holder name (its event origin), keeps it alive
  with heartbeats and releases it on close. While a live holder (seen within
  turns.desk_claim_s) has the desk, any other face is refused (DeskInUse) unless it asks for a
  take-over: a person at a desk panel may take over a desk they may use (they confirm it on the
  screen); any other face (a token, the CLI: no holder) needs turns.manage, and the take-over
  releases the desk, so the panel that had it hears so at its next heartbeat."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import Conflict, PermissionDenied
from timedesk.settings import Settings
from timedesk.turns.models import Desk, desk_staff
from timedesk.turns.setup import desk_by_name, desk_for_update, list_desks
from timedesk.turns.views import DeskInfo


class DeskInUse(Conflict):
    """The desk is open on another PC; `holder` says which."""

    code = "desk_in_use"

    def __init__(self, desk: str, holder: str) -> None:
        super().__init__("desk {desk} is open on another computer ({holder}).",
                         "Close it there, or take it over (from another face than a desk "
                         "panel, that needs turns.manage).", desk=desk, holder=holder)
        self.desk = desk
        self.holder = holder


def _alive(desk: Desk, claim_s: float, now: datetime) -> bool:
    return (desk.holder is not None and desk.holder_seen_at is not None
            and now - desk.holder_seen_at < timedelta(seconds=claim_s))


def _bound_by_staff(actor: Actor) -> bool:
    return actor.kind == "user" and not actor.can(Permission.TURNS_MANAGE)


def _may_use(actor: Actor, staff: set[int] | frozenset[int]) -> bool:
    return not _bound_by_staff(actor) or not staff or actor.id in staff


def check_use(session: Session, actor: Actor, desk: Desk, holder: str | None, claim_s: float,
              *, take_over: bool = False, now: datetime | None = None) -> None:
    """Refuse `actor` acting at `desk` (locked by the caller) from `holder` (a desk panel's
    name; None for the API and the CLI): see the module's rules. A take-over is written to the
    audit log."""
    require(actor, Permission.TURNS_CALL)
    if not desk.active:
        raise Conflict("desk {desk} is not active.", "An administrator can activate it.",
                       desk=desk.name)
    if _bound_by_staff(actor):
        staff = set(session.scalars(select(desk_staff.c.user_id)
                                    .where(desk_staff.c.desk_id == desk.id)))
        if not _may_use(actor, staff):
            raise PermissionDenied("{actor} is not assigned to desk {desk}.",
                                   "Ask an administrator to assign you to this desk.",
                                   actor=actor.name, desk=desk.name)
    previous = desk.holder
    if previous in (None, holder) or not _alive(desk, claim_s, now or utcnow()):
        return
    if not take_over:
        raise DeskInUse(desk.name, previous)
    if holder is None:
        require(actor, Permission.TURNS_MANAGE)
    record(session, actor, "turns.desk_taken_over", "turn_desk", desk.id,
           before={"holder": previous}, after={"holder": holder})
    desk.holder, desk.holder_seen_at = holder, None


def usable_desks(db: Database, actor: Actor) -> list[DeskInfo]:
    """The active desks `actor` may use: those assigned to them first, then the others."""
    with db.session_factory() as session:
        staff: dict[int, set[int]] = {}
        for desk_id, user_id in session.execute(select(desk_staff.c.desk_id, desk_staff.c.user_id)):
            staff.setdefault(desk_id, set()).add(user_id)
    usable = [d for d in list_desks(db) if d.active and _may_use(actor, staff.get(d.id, set()))]
    mine = {desk_id for desk_id, ids in staff.items() if actor.kind == "user" and actor.id in ids}
    return sorted(usable, key=lambda d: d.id not in mine)  # stable: by name within each


def open_desk(db: Database, actor: Actor, name: str, holder: str, settings: Settings, *,
              take_over: bool = False, now: datetime | None = None) -> None:
    """Claim desk `name` for `holder` (a desk panel): the rule of check_use, then the claim."""
    require(actor, Permission.TURNS_CALL)
    now = now or utcnow()
    with db.unit_of_work() as session:
        desk = desk_for_update(session, name)
        check_use(session, actor, desk, holder, settings["turns.desk_claim_s"],
                  take_over=take_over, now=now)
        desk.holder, desk.holder_seen_at = holder, now


def heartbeat(db: Database, name: str, holder: str, now: datetime | None = None) -> bool:
    """Note that `holder` still has the desk open; False when another PC took it over."""
    with db.unit_of_work() as session:
        desk = desk_by_name(session, name)
        if desk.holder != holder:
            return False
        desk.holder_seen_at = now or utcnow()
        return True


def close_desk(db: Database, name: str, holder: str) -> None:
    with db.unit_of_work() as session:
        desk = desk_by_name(session, name)
        if desk.holder == holder:
            desk.holder, desk.holder_seen_at = None, None
