"""Filing and changing tickets through the service: legal moves walk the whole lifecycle,
illegal ones store nothing, every change is history (who, when, before, after), bad input is
refused naming the field, and markup is kept as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.tickets.service import TicketFilter


def _history(desk, actor, ticket_id):
    return [(h.actor, h.field, h.before, h.after)
            for h in desk.get_ticket(actor, ticket_id).history]


def test_a_ticket_walks_its_lifecycle_and_every_change_is_history(desk, people, category):
    ticket = desk.create_ticket(people.rita, "Printer jams", "Page 2 jams", category="printers",
                                priority="high")
    assert (ticket.status, ticket.requester, ticket.category, ticket.assignee) == (
        "new", "rita", "Printers", None)
    desk.take(people.tom, ticket.id)
    for status in ("in_progress", "waiting_requester", "in_progress", "resolved"):
        assert desk.update_ticket(people.tom, ticket.id, status=status).status == status
    assert desk.update_ticket(people.rita, ticket.id, status="reopened").resolved_at is None
    desk.update_ticket(people.tom, ticket.id, status="resolved")
    closed = desk.update_ticket(people.rita, ticket.id, status="closed")
    assert closed.closed_at is not None and closed.resolved_at is not None
    assert _history(desk, people.mara, ticket.id) == [
        ("rita", "status", None, "new"),
        ("tom", "assignee", None, "tom"), ("tom", "status", "new", "assigned"),
        ("tom", "status", "assigned", "in_progress"),
        ("tom", "status", "in_progress", "waiting_requester"),
        ("tom", "status", "waiting_requester", "in_progress"),
        ("tom", "status", "in_progress", "resolved"),
        ("rita", "status", "resolved", "reopened"),
        ("tom", "status", "reopened", "resolved"),
        ("rita", "status", "resolved", "closed"),
    ]
    entries = desk.get_ticket(people.mara, ticket.id).history
    assert all(entry.at.tzinfo is not None for entry in entries)
    assert entries == sorted(entries, key=lambda entry: entry.at)


def test_an_illegal_move_is_a_conflict_naming_both_statuses_and_stores_nothing(
        desk, people):
    ticket = desk.create_ticket(people.rita, "VPN", "It drops")
    before = desk.get_ticket(people.mara, ticket.id)
    with pytest.raises(Conflict) as refused:
        desk.update_ticket(people.mara, ticket.id, status="in_progress", priority="urgent")
    assert "'new'" in str(refused.value) and "'in_progress'" in str(refused.value)
    after = desk.get_ticket(people.mara, ticket.id)
    assert after == before


def test_priority_category_and_assignee_changes_are_history(desk, people, category,
                                                            admin_actor):
    desk.add_category(admin_actor, "Network")
    ticket = desk.create_ticket(people.rita, "Wi-Fi", "Slow", category="Printers")
    changed = desk.update_ticket(people.mara, ticket.id, assignee="tina", priority="urgent",
                                 category="network")
    assert (changed.assignee, changed.status, changed.priority, changed.category) == (
        "tina", "assigned", "urgent", "Network")
    back = desk.update_ticket(people.mara, ticket.id, assignee=None, category=None)
    assert (back.assignee, back.status, back.category) == (None, "new", None)
    assert _history(desk, people.mara, ticket.id)[1:] == [
        ("mara", "assignee", None, "tina"), ("mara", "status", "new", "assigned"),
        ("mara", "priority", "normal", "urgent"), ("mara", "category", "Printers", "Network"),
        ("mara", "assignee", "tina", None), ("mara", "status", "assigned", "new"),
        ("mara", "category", "Network", None),
    ]


def test_requesters_may_only_close_or_reopen(desk, people):
    ticket = desk.create_ticket(people.rita, "Mouse", "Broken")
    for change in ({"status": "resolved"}, {"priority": "urgent"}, {"assignee": "tom"},
                   {"category": None}):
        with pytest.raises(PermissionDenied):
            desk.update_ticket(people.rita, ticket.id, **change)
    assert desk.update_ticket(people.rita, ticket.id, status="closed").status == "closed"


def test_the_assignee_must_be_someone_who_works_tickets(desk, people):
    ticket = desk.create_ticket(people.rita, "Mouse", "Broken")
    with pytest.raises(ValidationError, match="assignee: 'ron'"):
        desk.update_ticket(people.mara, ticket.id, assignee="ron")
    with pytest.raises(NotFound, match="assignee: there is no user 'nobody'"):
        desk.update_ticket(people.mara, ticket.id, assignee="nobody")
    with pytest.raises(ValidationError, match="status: a ticket is 'assigned' only"):
        desk.update_ticket(people.mara, ticket.id, status="assigned")


def test_bad_input_names_the_field_and_stores_nothing(desk, people, category, admin_actor):
    cases = [
        (dict(subject="   "), ValidationError, "subject is empty"),
        (dict(subject="x" * 201), ValidationError, "subject is over 200"),
        (dict(category="Nope"), NotFound, "category: there is no category 'Nope'"),
        (dict(priority="asap"), ValidationError, "priority 'asap'"),
        (dict(requester="ghost"), NotFound, "requester: there is no user 'ghost'"),
    ]
    for change, error, words in cases:
        arguments = {"subject": "Fine", **change}
        actor = people.mara if "requester" in change else people.rita
        with pytest.raises(error, match=words):
            desk.create_ticket(actor, arguments.pop("subject"), "text", **arguments)
    desk.set_category_active(admin_actor, "Printers", False)
    with pytest.raises(ValidationError, match="category: 'Printers' is disabled"):
        desk.create_ticket(people.rita, "Fine", "text", category="Printers")
    assert desk.counts(people.mara) == dict.fromkeys(desk.counts(people.mara), 0)


def test_markup_is_stored_and_returned_as_the_text_it_is(desk, people):
    script = '<script>alert("x")</script><b>bold</b> & <img src=x onerror=alert(1)>'
    ticket = desk.create_ticket(people.rita, script[:200], script)
    comment = desk.add_comment(people.rita, ticket.id, script)
    detail = desk.get_ticket(people.rita, ticket.id)
    assert (detail.ticket.subject, detail.ticket.description, comment.body,
            detail.comments[0].body) == (script[:200], script, script, script)
    found = desk.list_tickets(people.rita, TicketFilter(q="<script>")).items
    assert [item.id for item in found] == [ticket.id]


def test_created_at_is_kept_for_tickets_manage_only_and_never_in_the_future(desk, people):
    then = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    kept = desk.create_ticket(people.adele, "Old", "From the old desk", created_at=then,
                              requester="rita")
    assert (kept.created_at, kept.requester) == (then, "rita")
    assert desk.get_ticket(people.rita, kept.id).history[0].at == then
    with pytest.raises(PermissionDenied):
        desk.create_ticket(people.tom, "Old", "x", created_at=then)
    with pytest.raises(PermissionDenied):
        desk.create_ticket(people.rita, "For Ron", "x", requester="ron")
    with pytest.raises(ValidationError, match="in the future"):
        desk.create_ticket(people.adele, "Soon", "x",
                           created_at=datetime.now(UTC) + timedelta(minutes=5))
    with pytest.raises(ValidationError, match="UTC offset"):
        desk.create_ticket(people.adele, "Naive", "x", created_at=datetime(2025, 1, 1))
    assert desk.counts(people.mara)["new"] == 1


def test_a_change_publishes_tickets_changed_after_commit(desk, people, bus):
    seen = []
    bus.subscribe("tickets.changed", lambda event: seen.append(event.payload))
    ticket = desk.create_ticket(people.rita, "Screen", "Flickers")
    desk.take(people.tom, ticket.id)
    with pytest.raises(Conflict):
        desk.update_ticket(people.tom, ticket.id, status="closed")
    assert seen == [{"id": ticket.id, "status": "new"}, {"id": ticket.id, "status": "assigned"}]
