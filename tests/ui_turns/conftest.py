"""Fixtures of the Turns screens: the app's window rules, polling on the qasync loop, and a
lobby display / desk panel over the test's database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import qt_support


@pytest.fixture(autouse=True)
def app_stays_open(qapp):
    """As in the app: closing the last window must not stop Qt's (and so qasync's) loop."""
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture
def eventually():
    """`await eventually(lambda: ...)`: poll a condition on the running qasync loop (never
    qtbot.wait* inside a coroutine)."""
    return qt_support.eventually


@pytest.fixture
def wait_until(qtbot):
    """For synchronous tests: qtbot.waitUntil with a bound."""
    def wait(condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)
    return wait
