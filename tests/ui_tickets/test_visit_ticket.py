"""From a turn to a ticket: the desk panel makes a help-desk ticket about the customer being
served in one click (name, service, note, waiting and service time) and confirms its number."""

from __future__ import annotations

from ticket_support import SYSTEM, help_desk, user
from ui_turns.turns_ui_support import open_panel, seed_office

from timedesk.auth.permissions import Role
from timedesk.tickets.service import TicketFilter


def test_one_click_makes_a_ticket_of_the_visit_and_says_its_number(ctx, qtbot):
    staff = user(ctx, "sara", Role.STAFF)
    queue = seed_office(ctx)
    queue.issue_turn(SYSTEM, "A", customer_name="María <i>López</i>", note="Trae el certificado")
    panel = open_panel(qtbot, ctx, staff)
    assert panel.ticket_button.isVisibleTo(panel) and not panel.ticket_button.isEnabled()
    qtbot.waitUntil(lambda: panel.waiting_table.rowCount() == 1, timeout=10_000)
    panel.call_button.click()
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.current is not None
                    and not panel._busy, timeout=10_000)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.state.current.status == "serving" and not panel._busy,
                    timeout=10_000)
    assert panel.ticket_button.isEnabled()
    panel.ticket_button.click()
    qtbot.waitUntil(lambda: "made from this visit" in panel.message.text(), timeout=10_000)
    [ticket] = help_desk(ctx).list_tickets(staff, TicketFilter()).items
    assert panel.message.text() == f"Ticket #{ticket.id} made from this visit."
    assert ticket.subject == "Visit A001 (Registry): María <i>López</i>"
    assert ticket.requester == "sara"
    lines = ticket.description.splitlines()
    assert lines[:4] == ["Customer: María <i>López</i>", "Service: Registry",
                         "Turn: A001 at desk 1", "Note: Trae el certificado"]
    assert lines[4].startswith("Waiting time: ") and lines[5].startswith("Service time: ")
    assert lines[4] != "Waiting time: –" and lines[5] != "Service time: –"  # both measured

