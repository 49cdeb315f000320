"""Fixtures of the web display tests: a real listener over this test's database (on SQLite and
PostgreSQL) and headless Chromium driven over the DevTools protocol (turns_web/cdp.py)."""

from __future__ import annotations

import pytest

from listener_support import serving
from timedesk.server import create_app
from turns_web.cdp import Browser, chromium_path


@pytest.fixture
async def listener_url(ctx):
    """The base URL of a running create_app(ctx)."""
    async with serving(create_app(ctx)) as url:
        yield url


@pytest.fixture
async def browser():
    if chromium_path() is None:
        pytest.skip("Chromium is not installed: apt-get install chromium (.ci/run does)")
    async with Browser.launch() as running:
        yield running
