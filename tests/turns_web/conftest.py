"""Fixtures of the web display tests (the listener is tests/conftest.py's `listener_url`):
headless Chromium driven over the DevTools protocol (turns_web/cdp.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from turns_web.cdp import Browser, chromium_path


@pytest.fixture
async def browser():
    if chromium_path() is None:
        pytest.skip("Chromium is not installed: apt-get install chromium (.ci/run does)")
    async with Browser.launch() as running:
        yield running


@pytest.fixture
def shots(tmp_path_factory) -> Path:
    """Where the page's screenshots go: $TIMEDESK_SHOTS_DIR to look at them, else a test folder."""
    chosen = os.environ.get("TIMEDESK_SHOTS_DIR")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("shots")
