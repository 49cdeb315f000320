"""Fixtures of the Turns HTTP tests: a real listener (create_app, port 0 on 127.0.0.1) over this
test's database, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from listener_support import serving
from timedesk.server import create_app


@pytest.fixture
async def listener_url(ctx):
    """The base URL of a running create_app(ctx)."""
    async with serving(create_app(ctx)) as url:
        yield url
