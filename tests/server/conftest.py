"""Fixtures for the listener tests: a real server on 127.0.0.1 (port 0) over this test's
database, with the production routes plus tests/server/server_sample_routes.py."""

from __future__ import annotations

import aiohttp
import pytest
from listener_support import serving
from server_helpers import create_test_app


@pytest.fixture
async def server_url(ctx):
    """Base URL of a running create_app(ctx) (with the sample routes)."""
    async with serving(create_test_app(ctx)) as url:
        yield url


@pytest.fixture
async def http():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
        yield session
