"""HelpDesk.dashboard: open tickets by status, priority and category, the SLA met among the
period's resolutions, the median first response and resolution in office hours (Monday to
Friday 09:00-14:00, 15:00-18:00), each technician's figures, and only what the actor may see
(both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.errors import PermissionDenied, ValidationError
from timedesk.tickets.dashboard import NO_CATEGORY
from timedesk.tickets.models import Ticket
from timedesk.tickets.service import HelpDesk

SYSTEM = Actor.system("test")
WEEK = (date(2026, 11, 2), date(2026, 11, 8))  # Monday to Sunday


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def person(ctx, name: str, role: Role) -> Actor:
    info = create_user(ctx.db, SYSTEM, name, "mesa-de-ayuda-2026", role)
    return Actor("user", name, role, info.id)


def resolved(desk: HelpDesk, ctx, admin: Actor, tech: Actor, *, responded: datetime,
             done: datetime, breached: str) -> int:
    """A ticket opened Monday 10:00, taken, answered and resolved by `tech`; the moments of
    the answer and the resolution (and the breach) set to those given."""
    ticket = desk.create_ticket(admin, "Resolved", "d", created_at=at(2, 10))
    desk.take(tech, ticket.id)
    desk.add_comment(tech, ticket.id, "On it.")
    desk.update_ticket(tech, ticket.id, status="resolved")
    with ctx.db.session_factory() as session, session.begin():
        session.execute(update(Ticket).where(Ticket.id == ticket.id).values(
            first_response_at=responded, resolved_at=done, breached=breached))
    return ticket.id


@pytest.fixture
def office(ctx):
    ctx.settings.override("office.timezone", "UTC")
    admin = person(ctx, "ana", Role.ADMIN)
    tomas = person(ctx, "tomas", Role.TECHNICIAN)
    olga = person(ctx, "olga", Role.TECHNICIAN)
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    desk.add_category(admin, "Printers")
    # first response 2 office h, resolution 4 + 3 + 1 = 8 office h, on time
    resolved(desk, ctx, admin, tomas, responded=at(2, 12), done=at(3, 10), breached="")
    # first response 4 office h (the 14-15 break is not office time), resolution 16 h, late
    resolved(desk, ctx, admin, olga, responded=at(2, 14, 30), done=at(4, 10),
             breached="resolution")
    desk.create_ticket(admin, "Open urgent", "d", priority="urgent", category="Printers")
    mine = desk.create_ticket(admin, "Open mine", "d")
    desk.take(tomas, mine.id)
    other = desk.create_ticket(admin, "Open, Olga's", "d", priority="low")
    desk.take(olga, other.id)
    return desk, admin, tomas, olga


def test_the_figures_of_a_manager(office):
    desk, admin, _tomas, _olga = office
    figures = desk.dashboard(admin, WEEK)
    assert figures.open_by_status == {"new": 1, "assigned": 2, "in_progress": 0,
                                      "waiting_requester": 0, "waiting_third_party": 0,
                                      "reopened": 0}
    assert figures.open_by_priority == {"low": 1, "normal": 1, "high": 0, "urgent": 1}
    assert figures.open_by_category == {NO_CATEGORY: 2, "Printers": 1}
    assert (figures.resolved, figures.sla_met, figures.sla_met_percent) == (2, 1, 50.0)
    assert figures.median_first_response_seconds == 3 * 3600  # of 2 h and 4 h
    assert figures.median_resolution_seconds == 12 * 3600  # of 8 h and 16 h
    assert [(t.username, t.open, t.resolved, t.median_resolution_seconds)
            for t in figures.technicians] == [("olga", 1, 1, 16 * 3600),
                                              ("tomas", 1, 1, 8 * 3600)]


def test_a_technician_counts_what_they_may_see_and_a_requester_none(ctx, office):
    desk, _admin, tomas, _olga = office
    figures = desk.dashboard(tomas, WEEK)
    assert figures.open_by_status["assigned"] == 1 and figures.open_by_status["new"] == 1
    assert (figures.resolved, figures.sla_met) == (1, 1)
    assert [t.username for t in figures.technicians] == ["tomas"]
    requester = person(ctx, "rita", Role.REQUESTER)
    with pytest.raises(PermissionDenied):
        desk.dashboard(requester, WEEK)


def test_another_period_has_no_resolutions_and_a_reversed_one_is_refused(office):
    desk, admin, _tomas, _olga = office
    figures = desk.dashboard(admin, (date(2026, 11, 9), date(2026, 11, 15)))
    assert (figures.resolved, figures.sla_met_percent) == (0, None)
    assert figures.median_first_response_seconds is None
    assert figures.open_by_priority["urgent"] == 1  # open counts are now's
    with pytest.raises(ValidationError):
        desk.dashboard(admin, (WEEK[1], WEEK[0]))
