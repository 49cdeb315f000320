"""Which PC has a desk open: a desk panel claims its desk with a holder name (its event origin),
keeps it alive with heartbeats and releases it on close. A desk held by another PC that was
seen within turns.desk_claim_s is refused unless the person confirms a take-over."""

from __future__ import annotations

from datetime import datetime, timedelta

from timedesk.audit.service import record
from timedesk.auth.permissions import Actor, Permission, require
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import Conflict
from timedesk.turns.models import Desk
from timedesk.turns.setup import desk_by_name, desk_for_update


class DeskInUse(Conflict):
    """The desk is open on another PC; `holder` says which."""

    code = "desk_in_use"

    def __init__(self, desk: str, holder: str) -> None:
        super().__init__(f"desk {desk} is open on another computer ({holder}).",
                         "Close it there, or take it over here.")
        self.desk = desk
        self.holder = holder


def _alive(desk: Desk, claim_s: float, now: datetime) -> bool:
    return (desk.holder is not None and desk.holder_seen_at is not None
            and now - desk.holder_seen_at < timedelta(seconds=claim_s))


def check_holder(desk: Desk, holder: str | None, claim_s: float, now: datetime | None = None) -> None:
    """Refuse a panel's action on a desk that another live PC holds (API calls pass None)."""
    if holder is None or desk.holder in (None, holder):
        return
    if _alive(desk, claim_s, now or utcnow()):
        raise DeskInUse(desk.name, desk.holder)


def open_desk(db: Database, actor: Actor, name: str, holder: str, settings, *,
              take_over: bool = False, now: datetime | None = None) -> None:
    """Claim desk `name` for `holder`; DeskInUse when another live PC has it (unless take_over)."""
    require(actor, Permission.TURNS_CALL)
    now = now or utcnow()
    with db.unit_of_work() as session:
        desk = desk_for_update(session, name)
        previous = desk.holder
        if previous not in (None, holder) and _alive(desk, settings["turns.desk_claim_s"], now):
            if not take_over:
                raise DeskInUse(desk.name, previous)
            record(session, actor, "turns.desk_taken_over", "turn_desk", desk.id,
                   before={"holder": previous}, after={"holder": holder})
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
