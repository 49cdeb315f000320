"""Who sees whose sessions: everyone's with punches.view_all, otherwise only one's own."""

from __future__ import annotations

from datetime import date

import pytest
from support import add_employee, add_punches, in_madrid, local

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import NotFound, PermissionDenied, ValidationError
from timedesk.punches.sessions_service import sessions

DAY = date(2026, 12, 1)
NOW = local(date(2026, 12, 2), 12)


@pytest.fixture
def two_people(ctx):
    in_madrid(ctx)
    ana, bea = add_employee(ctx.db, "Ana"), add_employee(ctx.db, "Bea")
    for person in (ana, bea):
        add_punches(ctx.db, person, ("in", local(DAY, 9)), ("out", local(DAY, 14)))
    return ana, bea


def read(ctx, actor, employee=None, start=DAY, end=DAY):
    return sessions(ctx.db, actor, start, end, employee, settings=ctx.settings, now=NOW)


def test_a_manager_sees_everyone_and_picks_one_by_id_or_email(ctx, two_people):
    manager = Actor("user", "boss", Role.MANAGER, id=99)
    assert [w.employee_id for w in read(ctx, manager)] == list(two_people)
    assert [w.employee_id for w in read(ctx, manager, str(two_people[1]))] == [two_people[1]]


def test_staff_see_only_their_own_employee_and_are_refused_another(ctx, two_people):
    from timedesk.auth.service import create_user
    from timedesk.people.service import update_employee

    ana, bea = two_people
    user = create_user(ctx.db, Actor.system("test"), "ana", "a long pass phrase 42", "staff")
    update_employee(ctx.db, ctx.bus, Actor.system("test"), ana, user_id=user.id)
    actor = Actor("user", "ana", Role.STAFF, id=user.id)
    assert [w.employee_id for w in read(ctx, actor)] == [ana]
    assert [w.employee_id for w in read(ctx, actor, ana)] == [ana]
    with pytest.raises(PermissionDenied):
        read(ctx, actor, bea)


def test_staff_without_an_employee_are_refused(ctx, two_people):
    with pytest.raises(PermissionDenied):
        read(ctx, Actor("user", "x", Role.STAFF, id=5))


def test_an_unknown_employee_and_a_reversed_range_are_refused(ctx, two_people):
    manager = Actor.system("test")
    with pytest.raises(NotFound):
        read(ctx, manager, "nobody@example.com")
    with pytest.raises(ValidationError):
        read(ctx, manager, start=DAY, end=date(2026, 11, 1))
