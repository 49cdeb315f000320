"""The new-ticket dialog: the service's refusal is shown in the dialog with the text kept as
typed; once stored, the ticket opens in the tab."""

from __future__ import annotations

from ticket_support import help_desk, user

from timedesk.auth.permissions import Role
from timedesk.ui.tickets.tab import TicketsTab


async def test_a_refused_ticket_shows_why_in_the_dialog_and_keeps_the_text(
        ctx, services, keep, eventually):
    admin = user(ctx, "ana", Role.ADMIN)
    requester = user(ctx, "rita", Role.REQUESTER)
    help_desk(ctx).add_category(admin, "Printers")
    tab = keep(TicketsTab.build(ctx, requester, services))
    listing = tab.page_widgets["list"]
    await eventually(lambda: listing.category.findData("Printers") > 0)
    listing.new_button.click()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.category.findData("Printers") > 0
    dialog.subject.setText("   ")
    dialog.description.setPlainText("The printer on the 2nd floor says <b>PC LOAD LETTER</b>.")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and "subject" in dialog.error.text()  # said at once
    dialog.subject.setText("x" * 201)  # the service's refusal is shown the same way
    dialog.buttons.accepted.emit()
    await eventually(lambda: dialog.error.isVisible() and "200" in dialog.error.text())
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert dialog.subject.text() == "x" * 201
    assert dialog.description.toPlainText() == \
        "The printer on the 2nd floor says <b>PC LOAD LETTER</b>."
    assert dialog.priority.currentData() == "high"
    assert help_desk(ctx).list_tickets(requester, listing.filt).total == 0  # nothing stored

    dialog.subject.setText("Printer jams")
    dialog.category.setCurrentIndex(dialog.category.findData("Printers"))
    dialog.buttons.accepted.emit()
    ticket_page = tab.page_widgets["ticket"]
    await eventually(lambda: tab.dialog is None and ticket_page.loaded is not None)
    ticket = ticket_page.loaded.detail.ticket
    assert (ticket.subject, ticket.category, ticket.priority, ticket.requester) == (
        "Printer jams", "Printers", "high", "rita")
    assert tab.pages.currentWidget() is ticket_page
    await eventually(lambda: [t.id for t in listing.model.rows] == [ticket.id])
