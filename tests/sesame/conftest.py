"""Fixtures of the Sesame tests: the database fixtures come from tests/conftest.py (SQLite and
PostgreSQL); Sesame's API is faked on 127.0.0.1 (fake_sesame.py), the only fake."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from fake_sesame import TOKEN, FakeSesame, sample_company  # noqa: E402


@pytest.fixture
def fake():
    """The fake Sesame API with the sample company (see sample_company)."""
    server = sample_company(FakeSesame()).start()
    yield server
    server.stop()


@pytest.fixture
def fast_retries(monkeypatch):
    """Retries wait milliseconds instead of half a second and more."""
    monkeypatch.setattr("timedesk.sesame.client.BACKOFF_S", 0.01)


@pytest.fixture
def connected(ctx, fake, monkeypatch):
    """timedesk pointed at the fake server, with the token in the secret store (and in the
    environment, for commands that build their own context)."""
    ctx.settings.override("sesame.base_url", fake.base_url)
    ctx.secrets.set("SESAME_TOKEN", TOKEN, session_only=True)
    monkeypatch.setenv("TIMEDESK_SESAME_BASE_URL", fake.base_url)
    monkeypatch.setenv("TIMEDESK_SECRET_SESAME_TOKEN", TOKEN)
    return fake


@pytest.fixture
def client(fake):
    """A client of the fake server, quick to retry."""
    from timedesk.sesame.client import SesameClient

    made = SesameClient(fake.base_url, TOKEN, page_size=2, timeout=5.0, backoff_s=0.01,
                        requests_per_minute=60_000)
    yield made
    made.close()


@pytest.fixture(autouse=True)
def restore_logging():
    """Commands run in-process set up the log on the root logger: undo it after each test."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
