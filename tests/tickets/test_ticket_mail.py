"""The help desk's mail (timedesk.tickets.notify) as the outbox stores it, on both engines: who
hears of a new ticket, an assignment, a public comment and a resolution; opt-outs; internal
notes never mailed; what people typed sent as plain text."""

from __future__ import annotations

import pytest
from desk_mail_support import addressees, mail_desk, outbox, person

from timedesk.auth.permissions import Role
from timedesk.errors import ValidationError

TECH, TECH2, ADMIN = "tec@oficina.example", "tec2@oficina.example", "admin@oficina.example"
REQ, OTHER = "ana@oficina.example", "otro@oficina.example"


@pytest.fixture
def desk(ctx):
    return mail_desk(ctx)


@pytest.fixture
def staff(ctx):
    """Two technicians and an administrator with addresses, one technician without any, a
    requester (Ana) and another requester who works no tickets."""
    return {"tec": person(ctx, "tec", Role.TECHNICIAN, TECH),
            "tec2": person(ctx, "tec2", Role.TECHNICIAN, TECH2),
            "jefa": person(ctx, "jefa", Role.ADMIN, ADMIN),
            "nomail": person(ctx, "nomail", Role.TECHNICIAN),
            "ana": person(ctx, "ana", Role.REQUESTER, REQ),
            "otro": person(ctx, "otro", Role.REQUESTER, OTHER)}


def test_a_new_ticket_is_mailed_to_each_person_who_works_the_queue(ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "La impresora no imprime", "Sale en blanco.")
    mails = outbox(ctx)
    assert sorted(addressees(ctx)) == sorted([ADMIN, TECH, TECH2])  # not requesters
    assert all(len(mail.to) == 1 for mail in mails)  # nobody sees another's address
    assert all(f"#{ticket.id}" in mail.subject and "La impresora no imprime" in mail.subject
               for mail in mails)
    assert all("Sale en blanco." in mail.text for mail in mails)


def test_a_technician_filing_a_ticket_is_not_told_of_it(ctx, desk, staff):
    desk.create_ticket(staff["tec"], "Cambiar tóner", "")
    assert sorted(addressees(ctx)) == sorted([ADMIN, TECH2])


def test_an_assignment_is_mailed_to_the_assignee_but_taking_one_mails_nobody(ctx, desk, staff):
    first = desk.create_ticket(staff["ana"], "Sin red", "")
    second = desk.create_ticket(staff["ana"], "Sin correo", "")
    queued = len(outbox(ctx))
    desk.update_ticket(staff["jefa"], first.id, assignee="tec")
    [mail] = outbox(ctx)[queued:]
    assert mail.to == (TECH,) and f"#{first.id}" in mail.subject
    assert "Jefa" in mail.text or "jefa" in mail.text  # who assigned it
    desk.take(staff["tec2"], second.id)
    assert len(outbox(ctx)) == queued + 1


def test_a_public_comment_goes_to_the_requester_and_the_assignee_not_its_author(
        ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "Pantalla rota", "")
    desk.take(staff["tec"], ticket.id)
    queued = len(outbox(ctx))
    desk.add_comment(staff["tec"], ticket.id, "Voy para allá.")
    assert addressees(ctx)[queued:] == [REQ]
    desk.add_comment(staff["ana"], ticket.id, "Gracias, aquí le espero.")
    assert addressees(ctx)[queued + 1:] == [TECH]
    desk.add_comment(staff["jefa"], ticket.id, "Que lo revise también el proveedor.")
    assert sorted(addressees(ctx)[queued + 2:]) == sorted([REQ, TECH])
    assert "Que lo revise también el proveedor." in outbox(ctx)[-1].text


def test_an_internal_note_is_never_mailed(ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "Portátil lento", "")
    desk.take(staff["tec"], ticket.id)
    queued = outbox(ctx)
    desk.add_comment(staff["tec"], ticket.id, "Nota: el disco está al 99 %", internal=True)
    desk.add_comment(staff["jefa"], ticket.id, "Nota: pedir uno nuevo", internal=True)
    assert outbox(ctx) == queued
    assert not any("disco" in mail.text or "pedir" in mail.text for mail in outbox(ctx))


def test_a_resolution_is_mailed_to_the_requester(ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "Teclado", "")
    desk.take(staff["tec"], ticket.id)
    queued = len(outbox(ctx))
    desk.update_ticket(staff["tec"], ticket.id, status="resolved")
    [mail] = outbox(ctx)[queued:]
    assert mail.to == (REQ,) and f"#{ticket.id}" in mail.subject
    assert "7" in mail.text  # closes by itself in tickets.autoclose_days


def test_each_person_s_opt_out_is_honoured_kind_by_kind(ctx, desk, staff):
    desk.set_mail_optout(staff["tec2"], "new", True)
    desk.set_mail_optout(staff["ana"], "resolved", True)
    ticket = desk.create_ticket(staff["ana"], "Ratón", "")
    assert TECH2 not in addressees(ctx) and TECH in addressees(ctx)
    desk.update_ticket(staff["jefa"], ticket.id, assignee="tec2")  # assignments still reach them
    assert addressees(ctx)[-1] == TECH2
    desk.add_comment(staff["tec2"], ticket.id, "¿Cuál?")  # comments still reach Ana
    assert addressees(ctx)[-1] == REQ
    queued = len(outbox(ctx))
    desk.update_ticket(staff["tec2"], ticket.id, status="resolved")
    assert len(outbox(ctx)) == queued
    desk.set_mail_optout(staff["tec2"], "new", False)  # and opting in again works
    desk.create_ticket(staff["ana"], "Otro ratón", "")
    assert TECH2 in addressees(ctx)[queued:]


def test_what_people_type_is_mailed_as_plain_text(ctx, desk, staff):
    subject = "<script>alert('x')</script> & ${id}"
    desk.create_ticket(staff["ana"], subject, "<b>negrita</b>\nBcc: intruso@example.com")
    mail = outbox(ctx)[0]
    assert mail.html is None
    assert "<b>negrita</b>" in mail.text and subject in mail.text
    assert "\n" not in mail.subject and "<script>alert('x')</script> & ${id}" in mail.subject


def test_nothing_is_mailed_while_mail_is_off(ctx, desk, staff):
    ctx.settings.override("mail.enabled", False)
    desk.create_ticket(staff["ana"], "Silla", "")
    assert outbox(ctx) == []


def test_a_refused_change_queues_no_mail(ctx, desk, staff):
    ticket = desk.create_ticket(staff["ana"], "Monitor", "")
    queued = outbox(ctx)
    with pytest.raises(ValidationError):
        desk.add_comment(staff["tec"], ticket.id, "   ")
    with pytest.raises(ValidationError):
        desk.update_ticket(staff["jefa"], ticket.id, assignee="otro")  # cannot work tickets
    assert outbox(ctx) == queued
