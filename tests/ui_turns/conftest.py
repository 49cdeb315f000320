"""Fixtures of the Turns screens: the app's window rules, polling on the qasync loop, and a
lobby display / desk panel over the test's database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401


@pytest.fixture
def wait_until(qtbot):
    """For synchronous tests: qtbot.waitUntil with a bound."""
    def wait(condition: Callable[[], object], timeout_ms: int = 10_000) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)
    return wait
