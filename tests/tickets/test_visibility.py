"""Who sees what, in every reading and writing path: requesters their own tickets (another's
is NotFound, never PermissionDenied), technicians the unassigned queue, theirs and their own
requests, managers and admins everything; internal notes never reach requesters."""

from __future__ import annotations

import pytest

from timedesk.errors import NotFound, PermissionDenied
from timedesk.tickets.service import TicketFilter

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def tickets(desk, people):
    """rita's queue ticket, ron's ticket assigned to tina, tom's own request, ron's ticket
    assigned to tom."""
    queue = desk.create_ticket(people.rita, "Rita's", "unassigned")
    tinas = desk.create_ticket(people.ron, "Ron's for Tina", "x")
    desk.update_ticket(people.mara, tinas.id, assignee="tina")
    toms_own = desk.create_ticket(people.tom, "Tom's request", "x")
    desk.update_ticket(people.mara, toms_own.id, assignee="tina")
    toms = desk.create_ticket(people.ron, "Ron's for Tom", "x")
    desk.take(people.tom, toms.id)
    return {"queue": queue.id, "tinas": tinas.id, "toms_own": toms_own.id, "toms": toms.id}


SEES = {"rita": {"queue"}, "ron": {"tinas", "toms"}, "tom": {"queue", "toms_own", "toms"},
        "tina": {"queue", "tinas", "toms_own"},
        "mara": {"queue", "tinas", "toms_own", "toms"},
        "adele": {"queue", "tinas", "toms_own", "toms"}}


@pytest.mark.parametrize("who", sorted(SEES))
def test_each_role_lists_counts_and_reads_only_what_it_may_see(desk, people, tickets, who):
    actor = getattr(people, who)
    expected = {tickets[name] for name in SEES[who]}
    page = desk.list_tickets(actor, TicketFilter())
    assert {item.id for item in page.items} == expected and page.total == len(expected)
    assert sum(desk.counts(actor).values()) == len(expected)
    for ticket_id in tickets.values():
        if ticket_id in expected:
            assert desk.get_ticket(actor, ticket_id).ticket.id == ticket_id
            continue
        for attempt in (lambda: desk.get_ticket(actor, ticket_id),  # noqa: B023
                        lambda: desk.update_ticket(actor, ticket_id, status="closed"),  # noqa: B023
                        lambda: desk.add_comment(actor, ticket_id, "hello"),  # noqa: B023
                        lambda: desk.add_attachment(actor, ticket_id, "a.png", PNG),  # noqa: B023
                        lambda: desk.attachment(actor, ticket_id, 1)):  # noqa: B023
            with pytest.raises(NotFound) as hidden:
                attempt()
            assert not isinstance(hidden.value, PermissionDenied)


def test_a_requester_gets_not_found_for_a_ticket_that_does_not_exist_the_same_way(
        desk, people, tickets):
    with pytest.raises(NotFound) as missing:
        desk.get_ticket(people.rita, 999_999)
    with pytest.raises(NotFound) as hidden:
        desk.get_ticket(people.rita, tickets["toms"])
    assert missing.value.message.replace("999999", "N") == \
        hidden.value.message.replace(str(tickets["toms"]), "N")


def test_internal_notes_and_their_files_are_hidden_from_requesters(desk, people, tickets):
    ticket_id = tickets["toms"]
    public = desk.add_comment(people.tom, ticket_id, "We ordered a part")
    note = desk.add_comment(people.tom, ticket_id, "Ron broke it again", internal=True)
    shared = desk.add_attachment(people.tom, ticket_id, "part.png", PNG, comment_id=public.id)
    secret = desk.add_attachment(people.tom, ticket_id, "proof.png", PNG, comment_id=note.id)
    staff_view = desk.get_ticket(people.tom, ticket_id)
    assert [c.id for c in staff_view.comments] == [public.id, note.id]
    assert [a.id for a in staff_view.attachments] == [shared.id, secret.id]
    requester_view = desk.get_ticket(people.ron, ticket_id)
    assert [c.body for c in requester_view.comments] == ["We ordered a part"]
    assert [a.id for a in requester_view.attachments] == [shared.id]
    assert "Ron broke it again" not in repr(requester_view)
    with pytest.raises(NotFound):
        desk.attachment(people.ron, ticket_id, secret.id)
    with pytest.raises(NotFound):
        desk.add_attachment(people.ron, ticket_id, "x.png", PNG, comment_id=note.id)
    with pytest.raises(PermissionDenied):
        desk.add_comment(people.ron, ticket_id, "my own note", internal=True)
    assert desk.attachment(people.ron, ticket_id, shared.id)[1] == PNG


def test_filters_never_widen_what_one_sees(desk, people, tickets):
    for filt in (TicketFilter(assignee="tom"), TicketFilter(requester="ron"),
                 TicketFilter(assignee="-"), TicketFilter(q="Ron")):
        assert desk.list_tickets(people.rita, filt).total == (1 if filt.assignee == "-" else 0)
    assert {t.id for t in desk.list_tickets(people.tom, TicketFilter(assignee="me")).items} == {
        tickets["toms"]}
