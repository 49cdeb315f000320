"""Fixtures of the chat's screens: UI services whose jobs and bus events come back on the test's
qasync loop (as in the app), two people who chat, and a widget keeper."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qt_fixtures import app_stays_open, eventually, services  # noqa: F401

from timedesk.auth.permissions import Actor
from timedesk.chat.service import Chat

CHAT_TESTS = str(Path(__file__).resolve().parent.parent / "chat")
if CHAT_TESTS not in sys.path:  # chat_helpers
    sys.path.insert(0, CHAT_TESTS)
from chat_helpers import person  # noqa: E402


@pytest.fixture
def ana(ctx):
    return person(ctx, Actor.system("test"), "ana", "Ana Ruiz")


@pytest.fixture
def ben(ctx):
    return person(ctx, Actor.system("test"), "ben", "Ben Ortega")


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
