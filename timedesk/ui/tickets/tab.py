"""The Tickets tab: the list, the ticket opened from it, and (for those who work tickets) the
dashboard; a new ticket from the list's button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from timedesk.auth.permissions import Actor, Permission
from timedesk.tickets.service import HelpDesk, TicketInfo
from timedesk.ui.pages import PagedTab, PageSpec
from timedesk.ui.tabs import register_tab
from timedesk.ui.tickets.dashboard_page import DashboardPage
from timedesk.ui.tickets.list_page import TicketListPage
from timedesk.ui.tickets.mail_menu import MailPreferencesButton
from timedesk.ui.tickets.new_ticket import NewTicketDialog, open_new_ticket
from timedesk.ui.tickets.ticket_page import TicketPage


class TicketsTab(PagedTab):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "tickets")
        self.dialog: QDialog | None = None
        self.mail_button: MailPreferencesButton | None = None
        if actor.kind == "user" and actor.id is not None:  # a person, who may receive mail
            self.mail_button = MailPreferencesButton(HelpDesk(ctx.db, ctx.bus, ctx.settings),
                                                     actor, services.jobs)
            self.add_corner_button(self.mail_button)

    def page_specs(self) -> list[PageSpec]:
        return [("list", (Permission.TICKETS_CREATE,), self.tr("Tickets"),
                 TicketListPage.build),
                ("ticket", (Permission.TICKETS_CREATE,), self.tr("Ticket"), TicketPage.build),
                ("dashboard", (Permission.TICKETS_WORK, Permission.TICKETS_MANAGE),
                 self.tr("Dashboard"), DashboardPage.build)]

    def ensure_pages(self) -> None:
        fresh = not self.page_widgets
        super().ensure_pages()
        if not fresh:
            return
        listing, ticket = self.page_widgets.get("list"), self.page_widgets.get("ticket")
        if isinstance(listing, TicketListPage):
            listing.opened.connect(self.open_ticket)
            listing.new_requested.connect(self.new_ticket)
            if isinstance(ticket, TicketPage):
                ticket.changed.connect(lambda _id: listing.refresh())

    def open_ticket(self, ticket_id: int) -> None:
        self.ensure_pages()
        page = self.page_widgets.get("ticket")
        if isinstance(page, TicketPage):
            page.show_ticket(ticket_id)
            index = self.pages.indexOf(page)
            self.pages.setTabText(index, self.tr("Ticket #{id}").format(id=ticket_id))
            self.pages.setCurrentIndex(index)

    def new_ticket(self) -> NewTicketDialog | None:
        self.ensure_pages()
        listing = self.page_widgets.get("list")
        if not isinstance(listing, TicketListPage):
            return None
        categories = [listing.category.itemData(n) for n in range(1, listing.category.count())]

        def created(ticket: TicketInfo) -> None:
            listing.refresh()
            self.open_ticket(ticket.id)

        return open_new_ticket(self, listing.desk, self._actor, categories, created,
                               jobs=self._services.jobs)

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> TicketsTab:
        return cls(ctx, actor, services)


register_tab("tickets", lambda: QCoreApplication.translate("Tabs", "Tickets"),
             Permission.TICKETS_CREATE, TicketsTab.build, order=40)
