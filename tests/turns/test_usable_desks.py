"""The one rule of which desks an actor may use (security review MEDIUM-2, code review 1.3),
on SQLite and PostgreSQL: the desk panel lists, open_desk claims and every desk action checks
the same thing, by user id."""

from __future__ import annotations

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.errors import PermissionDenied
from timedesk.turns import desks, setup
from timedesk.turns.queue import TurnQueue

PASSWORD = "Long-enough-pw-1"


@pytest.fixture
def office(ctx, admin_actor):
    """Users ana and bob (staff); desk 1 is ana's, 2 is anyone's, 3 is bob's, 4 is inactive."""
    ids = {name: create_user(ctx.db, admin_actor, name, PASSWORD, "staff").id
           for name in ("ana", "bob")}
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    for name, staff in (("1", ["ana"]), ("2", []), ("3", ["bob"]), ("4", [])):
        setup.add_desk(ctx.db, ctx.bus, admin_actor, name=name, services=["A"], staff=staff)
    setup.update_desk(ctx.db, ctx.bus, admin_actor, "4", active=False)
    return {name: Actor("user", name, Role.STAFF, user_id) for name, user_id in ids.items()}


def names(infos) -> list[str]:
    return [d.name for d in infos]


def test_usable_desks_are_the_actors_own_then_the_unassigned_ones(ctx, office):
    assert names(desks.usable_desks(ctx.db, office["ana"])) == ["1", "2"]
    assert names(desks.usable_desks(ctx.db, office["bob"])) == ["3", "2"]
    manager = Actor("user", "mia", Role.MANAGER, 99)
    assert names(desks.usable_desks(ctx.db, manager)) == ["1", "2", "3"]
    token = Actor("token", "kiosk", Role.STAFF, 7)  # assignment names people, not tokens
    assert names(desks.usable_desks(ctx.db, token)) == ["1", "2", "3"]


def test_the_rule_matches_people_by_id_not_by_name(ctx, office):
    """An account renamed (or an actor whose name matches another's) gets its own desks."""
    renamed = Actor("user", "ana", Role.STAFF, office["bob"].id)
    assert names(desks.usable_desks(ctx.db, renamed)) == ["3", "2"]
    with pytest.raises(PermissionDenied, match="not assigned to desk 1"):
        desks.open_desk(ctx.db, renamed, "1", "pc-1", ctx.settings)


def test_open_desk_refuses_a_desk_assigned_to_someone_else(ctx, office):
    with pytest.raises(PermissionDenied, match="bob is not assigned to desk 1"):
        desks.open_desk(ctx.db, office["bob"], "1", "pc-bob", ctx.settings)
    desks.open_desk(ctx.db, office["ana"], "1", "pc-ana", ctx.settings)
    desks.open_desk(ctx.db, office["bob"], "2", "pc-bob", ctx.settings)


def test_every_desk_action_applies_the_same_rule(ctx, office):
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(Actor.system("test"), "A")
    bob = office["bob"]
    actions = [lambda: queue.call_next(bob, "1"), lambda: queue.recall(bob, "1"),
               lambda: queue.start_service(bob, "1"), lambda: queue.finish(bob, "1"),
               lambda: queue.no_show(bob, "1"), lambda: queue.transfer(bob, "1", to_desk="2"),
               lambda: queue.pause_desk(bob, "1", True)]
    for action in actions:
        with pytest.raises(PermissionDenied, match="not assigned"):
            action()
    assert queue.call_next(office["ana"], "1").turn.number == "A001"


def test_without_turns_call_even_an_unknown_desk_is_a_permission_error(ctx, office):
    """The permission comes before the desk's lookup, so nobody without it learns which desks
    exist."""
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    reception = Actor("user", "rita", Role.RECEPTIONIST, 50)
    for action in (lambda: queue.call_next(reception, "nine"),
                   lambda: desks.open_desk(ctx.db, reception, "nine", "pc", ctx.settings)):
        with pytest.raises(PermissionDenied):
            action()
