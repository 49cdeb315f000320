"""Fixtures of the help desk's screens: those of the punch clock's screens (UI services whose
jobs and bus events come back on the test's qasync loop, polling, a shown-widget keeper)."""

from __future__ import annotations

from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401
