"""A help desk on the test's database (each engine) and its people: an admin, a manager, two
technicians and two requesters, each as the Actor a signed-in user is."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.tickets.service import HelpDesk

PEOPLE = {"adele": Role.ADMIN, "mara": Role.MANAGER, "tom": Role.TECHNICIAN,
          "tina": Role.TECHNICIAN, "rita": Role.REQUESTER, "ron": Role.REQUESTER}


@pytest.fixture
def desk(ctx):
    ctx.settings.override("office.timezone", "Europe/Madrid")
    return HelpDesk(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
def people(ctx, admin_actor):
    """Actors by user name (people.tom, people.rita...)."""
    actors = {}
    for name, role in PEOPLE.items():
        info = create_user(ctx.db, admin_actor, name, "a long password 1", role)
        actors[name] = Actor("user", info.username, role, info.id)
    return SimpleNamespace(**actors)


@pytest.fixture
def category(desk, admin_actor):
    return desk.add_category(admin_actor, "Printers")
