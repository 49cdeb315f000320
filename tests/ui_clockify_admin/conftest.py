"""Fixtures of the Clockify/mail admin screens: UI services whose jobs and bus events come back
on the test's qasync loop (as in the app), a viewer role, helpers to read tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import qt_support
from qt_support import app_stays_open  # noqa: F401  (autouse)
from qt_support import loop_services as services  # noqa: F401

TESTS = Path(__file__).resolve().parent.parent
for folder in ("clockify", "mail"):  # clockify_helpers, smtp_helpers
    if str(TESTS / folder) not in sys.path:
        sys.path.insert(0, str(TESTS / folder))


@pytest.fixture
def eventually():
    """`await eventually(lambda: ...)`: poll on the running qasync loop (never qtbot.wait*)."""
    return qt_support.eventually


@pytest.fixture
def viewer(monkeypatch):
    """An actor whose role may see Clockify data but not manage it (no built-in role does)."""
    from timedesk.auth.permissions import MATRIX, Actor, Permission, Role

    monkeypatch.setitem(MATRIX, Role.STAFF, MATRIX[Role.STAFF] | {Permission.CLOCKIFY_VIEW})
    return Actor("user", "vera", Role.STAFF, 7)


@pytest.fixture
def keep(qtbot):
    """keep(widget): shown, kept alive for the test, deleted afterwards."""
    made = []

    def add(widget):
        qtbot.addWidget(widget)
        made.append(widget)
        widget.resize(900, 600)
        widget.show()
        return widget

    return add

