"""Employees and a punch clock on the test's database (each engine)."""

from __future__ import annotations

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.people import service as people
from timedesk.punches.service import PunchClock


@pytest.fixture
def clock(ctx):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    return PunchClock(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
def ana(ctx, admin_actor):
    return people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", email="ana@example.com",
                                  code="B-17")


@pytest.fixture
def ben(ctx, admin_actor):
    return people.create_employee(ctx.db, ctx.bus, admin_actor, "Ben", code="B-18")


@pytest.fixture
def ana_user(ctx, admin_actor, ana):
    """Ana's own account (role staff: punches.punch only), linked to her employee."""
    info = create_user(ctx.db, admin_actor, "ana", "a long password 1", Role.STAFF)
    people.update_employee(ctx.db, ctx.bus, admin_actor, ana.id, user_id=info.id)
    return Actor("user", info.username, Role.STAFF, info.id)


@pytest.fixture
def manager():
    return Actor("user", "mara", Role.MANAGER, None)
