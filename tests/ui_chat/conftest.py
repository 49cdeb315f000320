"""Fixtures of the chat's screens: UI services whose jobs and bus events come back on the test's
qasync loop (as in the app), two people who chat, and a widget keeper."""

from __future__ import annotations

import pytest
import qt_support
from qt_support import app_stays_open  # noqa: F401  (autouse)
from qt_support import loop_services as services  # noqa: F401

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.chat.service import Chat


@pytest.fixture
def eventually():
    return qt_support.eventually


def _person(ctx, username: str, display_name: str) -> Actor:
    info = create_user(ctx.db, Actor.system("test"), username, "a long password 1", Role.STAFF,
                       display_name=display_name)
    return Actor("user", info.username, info.role, info.id)


@pytest.fixture
def ana(ctx):
    return _person(ctx, "ana", "Ana Ruiz")


@pytest.fixture
def ben(ctx):
    return _person(ctx, "ben", "Ben Ortega")


@pytest.fixture
def chat(ctx):
    return Chat(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
def keep(qtbot):
    """keep(widget): kept alive for the test and deleted afterwards (shown when `show`)."""

    def add(widget, size=(380, 640), show=True):
        qtbot.addWidget(widget)
        widget.resize(*size)
        if show:
            widget.show()
        return widget

    return add
