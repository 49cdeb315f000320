"""Fixtures of the Clockify tests (the database fixtures come from tests/conftest.py and run on
SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest


@pytest.fixture
def published(bus):
    """Session topics (clockify.session.*) published, in order, as subscribers see them once
    the transaction commits."""
    seen: list[tuple[str, dict]] = []
    bus.subscribe("clockify.session.", lambda event: seen.append((event.topic, event.payload)))
    return seen
