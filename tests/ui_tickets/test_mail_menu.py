"""The Tickets tab's "My e-mail" menu: shows and stores which help-desk mails the person gets."""

from __future__ import annotations

from ticket_support import help_desk, user

from timedesk.auth.permissions import Actor, Role
from timedesk.ui.tickets.tab import TicketsTab


async def test_my_email_menu_shows_and_stores_my_choices(ctx, services, keep, eventually):
    tech = user(ctx, "tecnica", Role.TECHNICIAN)
    desk = help_desk(ctx)
    desk.set_mail_optout(tech, "comment", True)
    tab = keep(TicketsTab.build(ctx, tech, services))
    button = tab.mail_button
    button.menu_.aboutToShow.emit()  # what opening the menu does
    await eventually(lambda: all(a.isEnabled() for a in button.actions_.values()))
    assert {k for k, a in button.actions_.items() if not a.isChecked()} == {"comment"}
    button.actions_["new"].setChecked(False)  # no more mail about the queue
    button.actions_["comment"].setChecked(True)  # replies again
    await eventually(lambda: desk.mail_optouts(tech) == {"new"})


def test_an_actor_who_is_not_a_person_gets_no_mail_menu(ctx, services, keep):
    tab = keep(TicketsTab.build(ctx, Actor("token", "kiosk", Role.ADMIN, 3), services))
    assert tab.mail_button is None
