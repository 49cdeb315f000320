"""Setting up services and desks (issue 17): every field can be changed, a service or desk is
deleted only while it has no history, every change is audited and announced on the bus; on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from timedesk.audit.models import AuditEntry
from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.errors import Conflict, PermissionDenied
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import TOPIC_SETUP


def actions(ctx) -> list[str]:
    with ctx.db.session_factory() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_every_field_of_a_service_changes_and_is_audited(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    heard = []
    ctx.bus.subscribe(TOPIC_SETUP, heard.append)
    info = setup.update_service(ctx.db, ctx.bus, admin_actor, "a", name="Civil registry",
                                colour="#2e7d32", hours="09:00-13:30", active=False,
                                priority_allowed=False)
    assert (info.name, info.colour, info.opens_at, info.closes_at, info.active,
            info.priority_allowed) == ("Civil registry", "#2e7d32", time(9), time(13, 30),
                                       False, False)
    assert setup.list_services(ctx.db) == [info]
    assert heard and actions(ctx)[-1] == "turns.service_changed"


def test_an_unused_service_is_deleted_a_used_one_is_refused(ctx, admin_actor):
    for code in ("A", "B", "C"):
        setup.add_service(ctx.db, ctx.bus, admin_actor, code=code, name=f"Service {code}")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["B"])
    TurnQueue(ctx.db, ctx.bus, ctx.settings).issue_turn(admin_actor, "A")
    setup.delete_service(ctx.db, ctx.bus, admin_actor, "C")
    with pytest.raises(Conflict, match="service A has turns in its history") as used:
        setup.delete_service(ctx.db, ctx.bus, admin_actor, "A")
    assert "Deactivate it instead" in used.value.hint
    with pytest.raises(Conflict, match="desk 1 serves service B"):
        setup.delete_service(ctx.db, ctx.bus, admin_actor, "B")
    assert [s.code for s in setup.list_services(ctx.db)] == ["A", "B"]
    assert "turns.service_deleted" in actions(ctx)


def test_a_desk_is_deleted_until_it_has_called_a_turn(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    for name in ("1", "2"):
        setup.add_desk(ctx.db, ctx.bus, admin_actor, name=name, services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(admin_actor, "A")
    queue.call_next(admin_actor, "1")
    with pytest.raises(Conflict, match="desk 1 has turns in its history"):
        setup.delete_desk(ctx.db, ctx.bus, admin_actor, "1")
    setup.delete_desk(ctx.db, ctx.bus, admin_actor, "2")
    assert [d.name for d in setup.list_desks(ctx.db)] == ["1"]
    assert actions(ctx)[-1] == "turns.desk_deleted"


def test_reassigned_services_and_staff_decide_the_next_call(ctx, admin_actor):
    create_user(ctx.db, admin_actor, "ana", "Long-enough-pw-1", "staff")
    for code in ("A", "B"):
        setup.add_service(ctx.db, ctx.bus, admin_actor, code=code, name=f"Service {code}")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(admin_actor, "B")
    assert queue.call_next(admin_actor, "1") is None
    info = setup.update_desk(ctx.db, ctx.bus, admin_actor, "1", services=["B"], staff=["ana"])
    assert (info.service_codes, info.staff) == (("B",), ("ana",))
    assert queue.call_next(admin_actor, "1").turn.number == "B001"


def test_setting_up_needs_turns_manage(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    clerk = Actor("user", "clerk", Role.STAFF, 5)
    for call in (lambda: setup.delete_service(ctx.db, ctx.bus, clerk, "A"),
                 lambda: setup.delete_desk(ctx.db, ctx.bus, clerk, "1"),
                 lambda: setup.staff_candidates(ctx.db, clerk)):
        with pytest.raises(PermissionDenied):
            call()


def test_staff_candidates_are_the_active_accounts(ctx, admin_actor):
    from timedesk.auth.service import set_active

    for name in ("bob", "ana"):
        create_user(ctx.db, admin_actor, name, "Long-enough-pw-1", "staff")
    set_active(ctx.db, admin_actor, "bob", False)
    manager = Actor("user", "mia", Role.MANAGER, 99)  # may set up desks, not manage users
    assert "ana" in setup.staff_candidates(ctx.db, manager)
    assert "bob" not in setup.staff_candidates(ctx.db, manager)
