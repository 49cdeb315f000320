"""Categories, SLA targets and the first response, mail opt-outs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.tickets.sla import DEFAULT_TARGETS, SlaTargets


def test_categories_are_unique_whatever_the_case_and_may_be_disabled(desk, people):
    assert desk.add_category(people.adele, "  Printers ") == "Printers"
    desk.add_category(people.adele, "network")
    with pytest.raises(Conflict, match="'Printers' already exists"):
        desk.add_category(people.adele, "PRINTERS")
    with pytest.raises(PermissionDenied):
        desk.add_category(people.tom, "Phones")
    with pytest.raises(ValidationError, match="category name is empty"):
        desk.add_category(people.adele, " ")
    desk.set_category_active(people.adele, "PRINTERS", False)
    assert desk.categories(people.rita) == ["network"]
    assert desk.categories(people.rita, include_inactive=True) == ["network", "Printers"]
    with pytest.raises(NotFound):
        desk.set_category_active(people.adele, "Cars", True)


def test_sla_targets_default_and_set_per_priority(desk, people):
    assert desk.sla_targets() == dict(DEFAULT_TARGETS)
    assert desk.sla_targets()["urgent"] == SlaTargets(60, 240)
    desk.set_sla_target(people.mara, "urgent", SlaTargets(30, 120))
    assert desk.sla_targets()["urgent"] == SlaTargets(30, 120)
    with pytest.raises(PermissionDenied):
        desk.set_sla_target(people.tom, "urgent", SlaTargets(30, 120))
    with pytest.raises(ValidationError, match="priority 'asap'"):
        desk.set_sla_target(people.mara, "asap", SlaTargets(30, 120))
    with pytest.raises(ValidationError, match="shorter"):
        desk.set_sla_target(people.mara, "low", SlaTargets(300, 120))
    with pytest.raises(ValidationError, match="out of range"):
        desk.set_sla_target(people.mara, "low", SlaTargets(0, 120))


def test_deadlines_follow_office_hours_and_the_targets(desk, people):
    # Friday 2026-12-04 17:00 Madrid (16:00 UTC): urgent first response in 1 office hour is
    # Monday 09:00 (08:00 UTC) once Friday's last hour is spent.
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    ticket = desk.create_ticket(people.adele, "Down", "x", priority="urgent",
                                created_at=friday, requester="rita")
    assert ticket.sla.first_response_due == datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    desk.set_sla_target(people.mara, "urgent", SlaTargets(120, 240))
    moved = desk.get_ticket(people.mara, ticket.id).ticket
    assert moved.sla.first_response_due == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def test_a_technicians_first_public_comment_is_the_first_response(desk, people):
    ticket = desk.create_ticket(people.rita, "Mail", "x")
    desk.add_comment(people.rita, ticket.id, "any news?")
    desk.add_comment(people.tom, ticket.id, "looking", internal=True)
    assert desk.get_ticket(people.tom, ticket.id).ticket.sla.first_response_at is None
    answer = desk.add_comment(people.tom, ticket.id, "On it")
    sla = desk.get_ticket(people.rita, ticket.id).ticket.sla
    assert sla.first_response_at == answer.created_at
    desk.add_comment(people.tina, ticket.id, "me too")
    assert desk.get_ticket(people.rita, ticket.id).ticket.sla.first_response_at == \
        answer.created_at


def test_a_waiting_ticket_is_paused(desk, people):
    ticket = desk.create_ticket(people.rita, "Mail", "x")
    desk.take(people.tom, ticket.id)
    paused = desk.update_ticket(people.tom, ticket.id, status="waiting_third_party")
    assert paused.sla.paused and paused.sla.breached == ()
    running = desk.update_ticket(people.tom, ticket.id, status="in_progress")
    assert not running.sla.paused


def test_an_old_import_shows_its_breaches(desk, people):
    old = datetime(2025, 1, 7, 9, 0, tzinfo=UTC)
    ticket = desk.create_ticket(people.adele, "Old", "x", created_at=old, requester="rita")
    assert ticket.sla.breached == ("first_response", "resolution")


def test_mail_optouts_are_each_persons_own(desk, people, admin_actor):
    desk.set_mail_optout(people.tom, "new", True)
    desk.set_mail_optout(people.tom, "comment", True)
    desk.set_mail_optout(people.tom, "comment", False)
    desk.set_mail_optout(people.tom, "new", True)
    assert desk.mail_optouts(people.tom) == {"new"}
    assert desk.mail_optouts(people.tina) == set()
    with pytest.raises(ValidationError, match="mail kind 'spam'"):
        desk.set_mail_optout(people.tom, "spam", True)
    with pytest.raises(ValidationError, match="belong to a person"):
        desk.mail_optouts(admin_actor)


def test_a_withdrawn_or_resolved_ticket_stops_its_clocks(desk, people):
    old = datetime(2025, 1, 7, 9, 0, tzinfo=UTC)
    withdrawn = desk.create_ticket(people.adele, "Never mind", "x", created_at=old,
                                   requester="rita")
    assert desk.update_ticket(people.rita, withdrawn.id, status="closed").sla.breached == (
        "first_response", "resolution")  # closed long after both deadlines
    fresh = desk.create_ticket(people.rita, "Quick one", "x")
    assert desk.update_ticket(people.rita, fresh.id, status="closed").sla.breached == ()
    solved = desk.create_ticket(people.rita, "Solved at once", "x")
    resolved = desk.update_ticket(people.mara, solved.id, status="resolved")
    assert resolved.sla.breached == () and resolved.sla.first_response_at is None


def test_an_import_publishes_one_event_not_one_per_ticket(desk, people, bus):
    from timedesk.tickets.service import ImportRow

    seen = []
    bus.subscribe("tickets.", lambda event: seen.append((event.topic, event.payload)))
    rows = [ImportRow(line=n + 2, subject=f"Old {n}", description="", requester="rita",
                      category=None, priority="normal", status="closed",
                      created_at=datetime(2025, 1, 7, 9, 0, tzinfo=UTC)) for n in range(3)]
    assert desk.import_tickets(people.adele, rows) == 3
    assert seen == [("tickets.imported", {"count": 3})]
    with pytest.raises(PermissionDenied):
        desk.import_tickets(people.tom, rows)
