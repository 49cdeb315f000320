"""People who chat, on the test's database (each engine)."""

from __future__ import annotations

import pytest
from chat_helpers import person

from timedesk.auth.permissions import Role
from timedesk.chat.service import Chat


@pytest.fixture
def chat(ctx):
    return Chat(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
def ana(ctx, admin_actor):
    return person(ctx, admin_actor, "ana", "Ana Ruiz")


@pytest.fixture
def ben(ctx, admin_actor):
    return person(ctx, admin_actor, "ben", "Ben Ortega", Role.TECHNICIAN)
