"""Turns are not issued on the office calendar's holidays (timedesk.office), in the office's
zone; the demo issues no turns on one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.db.base import utcnow
from timedesk.errors import Conflict
from timedesk.office import service as office
from timedesk.turns import reads, setup
from timedesk.turns.demo import load_turns
from timedesk.turns.queue import TurnQueue

RECEPTION = Actor("user", "rita", Role.RECEPTIONIST, 10)


@pytest.fixture
def queue(ctx, admin_actor):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    office.add_holiday(ctx.db, ctx.bus, admin_actor, date(2026, 12, 8), "Inmaculada")
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def test_a_turn_on_a_holiday_is_refused_saying_why_and_nothing_is_stored(queue, ctx):
    with pytest.raises(Conflict) as caught:
        queue.issue_turn(RECEPTION, "A", now=datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert "closed today (Inmaculada)" in caught.value.message
    assert "holiday remove" in caught.value.hint
    # the next working day numbering starts at A001: the refused turn took no number
    assert queue.issue_turn(RECEPTION, "A",
                            now=datetime(2026, 12, 9, 9, tzinfo=UTC)).number == "A001"


def test_the_holiday_is_the_office_zones_day(queue, admin_actor, ctx):
    # 23:30 UTC on the 7th is already the 8th in Madrid
    with pytest.raises(Conflict, match="Inmaculada"):
        queue.issue_turn(RECEPTION, "A", now=datetime(2026, 12, 7, 23, 30, tzinfo=UTC))
    assert queue.issue_turn(RECEPTION, "A", now=datetime(2026, 12, 7, 22, 30, tzinfo=UTC))
    # a zone stored in the calendar wins over the setting: in New York it is still the 7th
    office.set_office_hours(ctx.db, ctx.bus, ctx.settings, admin_actor,
                            timezone="America/New_York")
    assert queue.issue_turn(RECEPTION, "A", now=datetime(2026, 12, 8, 3, tzinfo=UTC))


def test_the_demo_issues_no_turns_on_a_holiday(ctx, admin_actor):
    today = office.current_calendar(ctx.db, ctx.settings).local_day(utcnow())
    office.add_holiday(ctx.db, ctx.bus, admin_actor, today, "Fiesta")
    load_turns(ctx, admin_actor)
    assert [s.code for s in setup.list_services(ctx.db)] == ["A", "B", "C"]
    assert reads.list_turns(ctx.db, ctx.settings, admin_actor).total == 0
