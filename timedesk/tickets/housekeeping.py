"""The help desk's housekeeping, every minute beside the GUI and `timedesk serve`: breaches of
the SLA are flagged on the ticket and mailed to the coordination list once, and resolved tickets
close by themselves after tickets.autoclose_days.

Safe on several PCs at once: each ticket is handled in its own short transaction that holds the
ticket (FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite) and re-reads it, `breach_notified`
keeps what was already told, and each breach mail has its own idempotency key. A ticket the
requester reopened in the meantime is not closed (the move reopened -> closed is refused)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.errors import Conflict, NotFound
from timedesk.periodic import PeriodicTask
from timedesk.tickets.lifecycle import OPEN_STATUSES
from timedesk.tickets.models import Ticket
from timedesk.tickets.notify import TicketMail
from timedesk.tickets.service import HelpDesk
from timedesk.tickets.sla import FIRST_RESPONSE, RESOLUTION

log = logging.getLogger(__name__)

HOUSEKEEPER = Actor.system("housekeeping")
BREACHES = (FIRST_RESPONSE, RESOLUTION)  # the history's "who" of an automatic close


@dataclass(frozen=True)
class HousekeepingResult:
    breached_notified: int  # tickets whose (new) breach was mailed this run
    autoclosed: int


def _kinds(text: str) -> list[str]:
    """The targets named in a `breached` column, in their order."""
    named = text.split(",")
    return [kind for kind in BREACHES if kind in named]


def run_housekeeping(desk: HelpDesk, now: datetime) -> HousekeepingResult:
    """One pass: flag and mail the breaches due by `now`, close what stayed resolved too long."""
    return HousekeepingResult(_tell_breaches(desk, now), _autoclose(desk, now))


def _tell_breaches(desk: HelpDesk, now: datetime) -> int:
    """Tickets running (not waiting) past a stored due not told yet, or flagged and not told
    (a late answer or resolution). A breach already told is not looked at again: the stored
    dues of a running ticket are exact, and a waiting one breaches nothing new."""
    candidates = select(Ticket.id).where(or_(
        and_(Ticket.status.in_(OPEN_STATUSES), Ticket.paused_since.is_(None),
             or_(and_(Ticket.first_response_at.is_(None), Ticket.first_response_due < now,
                      ~Ticket.breach_notified.contains(FIRST_RESPONSE)),
                 and_(Ticket.resolution_due < now,
                      ~Ticket.breach_notified.contains(RESOLUTION)))),
        Ticket.breached != Ticket.breach_notified)).order_by(Ticket.id)
    with desk.db.session_factory() as session:
        ids = list(session.scalars(candidates))
    mail = TicketMail(desk.settings, desk.bus)
    told = 0
    for ticket_id in ids:
        with desk.db.unit_of_work() as session:
            row = session.scalars(select(Ticket).where(Ticket.id == ticket_id)
                                  .with_for_update()).first()
            if row is None:
                continue
            if row.status in OPEN_STATUSES:  # a closed ticket's clock has stopped for good
                desk.refresh_sla(session, row, now)
            breached, told_before = _kinds(row.breached), _kinds(row.breach_notified)
            new = [kind for kind in breached if kind not in told_before]
            if not new:
                continue
            mail.breached(session, row, new)
            row.breach_notified = ",".join(
                kind for kind in BREACHES if kind in new or kind in told_before)
            told += 1
    return told


def _autoclose(desk: HelpDesk, now: datetime) -> int:
    days = desk.settings["tickets.autoclose_days"]
    cutoff = now - timedelta(days=days)
    with desk.db.session_factory() as session:
        ids = list(session.scalars(
            select(Ticket.id).where(Ticket.status == "resolved", Ticket.resolved_at <= cutoff)
            .order_by(Ticket.id)))
    closed = 0
    for ticket_id in ids:
        try:  # checked again under the ticket's lock: resolved before the cutoff, still
            desk.update_ticket(HOUSEKEEPER, ticket_id, status="closed", resolved_before=cutoff)
        except (Conflict, NotFound):  # reopened, resolved again (or gone) since the listing
            continue
        closed += 1
    return closed


class TicketHousekeeper(PeriodicTask):
    """Runs `run_housekeeping` every `interval_s` seconds in the loop's default executor."""

    task_name = "timedesk-tickets-housekeeping"
    stop_timeout_s = 30.0

    def __init__(self, desk: HelpDesk, *, interval_s: float = 60.0, first_delay_s: float = 5.0,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__()
        self.desk = desk
        self.interval_s, self.first_delay_s = interval_s, first_delay_s
        self.clock = clock
        self.last_result: HousekeepingResult | None = None

    def interval(self) -> float:
        return self.interval_s

    def first_delay(self) -> float:
        return self.first_delay_s

    async def tick(self) -> None:
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(
            None, lambda: run_housekeeping(self.desk, self.clock()))
        self.last_result = result
        if result.breached_notified or result.autoclosed:
            log.info("help desk: %d breach(es) told, %d ticket(s) closed automatically",
                     result.breached_notified, result.autoclosed)
