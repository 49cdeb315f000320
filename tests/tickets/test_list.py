"""The list: filters, search, sort and paging done by the database (one page of rows read, never
all of them), the total of matches and the counts per status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from timedesk.errors import NotFound, ValidationError
from timedesk.tickets.lifecycle import STATUSES
from timedesk.tickets.service import TicketFilter


@pytest.fixture
def filed(desk, people, admin_actor):
    """Twelve tickets, filed one hour apart from 2026-01-01, in turns by rita and ron."""
    desk.add_category(admin_actor, "Network")
    desk.add_category(admin_actor, "Printers")
    start = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    ids = []
    for n in range(12):
        ticket = desk.create_ticket(
            people.adele, f"Ticket {n:02d} {'printer' if n % 3 == 0 else 'wifi'}",
            f"Body {n} {'TONER' if n == 7 else ''}", created_at=start + timedelta(hours=n),
            requester="rita" if n % 2 == 0 else "ron",
            category="Printers" if n % 3 == 0 else "Network",
            priority=("low", "normal", "high", "urgent")[n % 4])
        ids.append(ticket.id)
    desk.take(people.tom, ids[1])
    desk.update_ticket(people.mara, ids[2], assignee="tina", status="assigned")
    desk.update_ticket(people.mara, ids[3], status="resolved")
    return ids


def _ids(desk, actor, **filters):
    return [item.id for item in desk.list_tickets(actor, TicketFilter(**filters)).items]


def test_filters_combine(desk, people, filed):
    assert _ids(desk, people.mara, status=("assigned",), sort="id") == [filed[1], filed[2]]
    assert _ids(desk, people.mara, priority=("urgent",), sort="id") == filed[3::4]
    assert _ids(desk, people.mara, assignee="tina") == [filed[2]]
    assert _ids(desk, people.mara, assignee="-", category="printers", sort="id") == [
        filed[0], filed[3], filed[6], filed[9]]
    assert _ids(desk, people.mara, requester="ron", priority=("normal", "urgent"),
                sort="id") == [filed[1], filed[3], filed[5], filed[7], filed[9], filed[11]]
    assert _ids(desk, people.mara, q="toner") == [filed[7]]
    assert _ids(desk, people.mara, q="PRINTER", sort="id") == filed[0::3]
    assert _ids(desk, people.mara, q="100%_") == []


def test_sorts_both_ways(desk, people, filed):
    assert _ids(desk, people.mara, sort="created_at") == filed
    assert _ids(desk, people.mara, sort="-created_at") == filed[::-1]
    by_priority = desk.list_tickets(people.mara, TicketFilter(sort="-priority")).items
    assert [t.priority for t in by_priority] == ["urgent"] * 3 + ["high"] * 3 + [
        "normal"] * 3 + ["low"] * 3
    assert _ids(desk, people.mara, sort="-subject")[0] == filed[11]
    assert _ids(desk, people.mara)[:3] == [filed[3], filed[2], filed[1]]  # changed last first
    with pytest.raises(ValidationError, match="sort 'colour'"):
        _ids(desk, people.mara, sort="colour")


def test_pages_are_read_by_the_database(desk, people, filed, db):
    statements = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    page = desk.list_tickets(people.mara, TicketFilter(sort="id", page=2, per_page=5))
    assert [t.id for t in page.items] == filed[5:10]
    assert (page.total, page.page, page.per_page) == (12, 2, 5)
    listing = [s for s in statements if "FROM tickets" in s and "count(" not in s]
    assert len(listing) == 1 and "LIMIT" in listing[0] and "OFFSET" in listing[0]
    last = desk.list_tickets(people.mara, TicketFilter(sort="id", page=3, per_page=5))
    assert [t.id for t in last.items] == filed[10:]
    assert desk.list_tickets(people.mara, TicketFilter(page=9, per_page=5)).items == []
    for bad in (dict(per_page=0), dict(per_page=201), dict(page=0)):
        with pytest.raises(ValidationError):
            desk.list_tickets(people.mara, TicketFilter(**bad))


def test_unknown_names_in_filters_are_not_found_naming_the_field(desk, people, filed):
    with pytest.raises(NotFound, match="assignee: there is no user 'zed'"):
        _ids(desk, people.mara, assignee="zed")
    with pytest.raises(NotFound, match="category: there is no category 'Cars'"):
        _ids(desk, people.mara, category="Cars")
    with pytest.raises(ValidationError, match="status 'lost'"):
        _ids(desk, people.mara, status=("lost",))


def test_counts_have_every_status_and_only_what_one_sees(desk, people, filed):
    counts = desk.counts(people.mara)
    assert list(counts) == list(STATUSES)
    assert counts == {**dict.fromkeys(STATUSES, 0), "new": 9, "assigned": 2, "resolved": 1}
    assert desk.counts(people.rita) == {**dict.fromkeys(STATUSES, 0), "new": 5, "assigned": 1}
    assert desk.counts(people.tom) == {**dict.fromkeys(STATUSES, 0), "new": 9, "assigned": 1,
                                       "resolved": 1}  # the unassigned one is in the queue
