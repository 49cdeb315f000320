"""Fixtures of the punch clock's screens: UI services whose jobs and bus events come back on the
test's qasync loop (as in the app), employees linked to users, and a shown-widget keeper."""

from __future__ import annotations

import pytest
import qt_support
from qt_support import app_stays_open  # noqa: F401  (autouse)
from qt_support import loop_services as services  # noqa: F401


@pytest.fixture
def eventually():
    """`await eventually(lambda: ...)`: poll on the running qasync loop (never qtbot.wait*)."""
    return qt_support.eventually


@pytest.fixture
def keep(qtbot):
    """keep(widget): shown, kept alive for the test, deleted afterwards."""

    def add(widget, size=(1100, 700)):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        return widget

    return add
