"""The demo's help desk: categories, tickets in many statuses with the technician's answers and
an internal note the requester does not see; loaded once."""

from __future__ import annotations

from sqlalchemy import select

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Role
from timedesk.demo import load_demo
from timedesk.tickets.service import HelpDesk, TicketFilter


def _actor(ctx, username):
    with ctx.db.session_factory() as session:
        user = session.scalar(select(User).where(User.username == username))
    return Actor("user", user.username, Role(user.role), user.id)


def test_the_demo_fills_the_help_desk_once(ctx):
    added = load_demo(ctx)
    assert "10 tickets" in added and "5 ticket categories" in added
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    admin = _actor(ctx, "admin")
    counts = desk.counts(admin)
    assert sum(counts.values()) == 10
    assert {status for status, count in counts.items() if count} == {
        "new", "in_progress", "waiting_requester", "waiting_third_party", "resolved", "closed",
        "reopened"}
    assert len(desk.categories(admin)) == 5
    printer = desk.list_tickets(admin, TicketFilter(q="impresora")).items[0]
    assert [c.internal for c in desk.get_ticket(admin, printer.id).comments] == [False, True]
    requester = _actor(ctx, printer.requester)
    assert [c.internal for c in desk.get_ticket(requester, printer.id).comments] == [False]
    assert printer.sla.first_response_at is not None
    assert load_demo(ctx) == []
    assert sum(desk.counts(admin).values()) == 10
