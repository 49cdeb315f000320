"""Fixtures of the Administration tab's screens: the shared Qt fixtures (tests/qt_fixtures.py)."""

from qt_fixtures import app_stays_open, eventually, keep, services  # noqa: F401
