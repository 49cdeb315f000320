"""Fixtures of the Clockify HTTP tests: a real listener (create_app, port 0 on 127.0.0.1) over
this test's database, on SQLite and PostgreSQL, an HTTP client, webhook and API tokens."""

from __future__ import annotations

import aiohttp
import pytest
from aiohttp import web

from timedesk.auth.service import create_api_token
from timedesk.clockify import webhooks
from timedesk.server import create_app


@pytest.fixture
async def server(ctx):
    """(base URL, application) of a running create_app(ctx)."""
    app = create_app(ctx)
    runner = web.AppRunner(app, shutdown_timeout=2)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}", app
    await runner.cleanup()


@pytest.fixture
def url(server) -> str:
    return server[0]


@pytest.fixture
async def http():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        yield session


@pytest.fixture
def webhook_token(db, bus, admin_actor):
    """register(event) -> the token Clockify would send for that event's webhook (announced
    on the bus, as every face does, so that a running listener reads its webhooks again)."""
    made: dict[str, str] = {}

    def register(event: str) -> str:
        if event not in made:
            made[event] = f"tok-{event.lower()}-0123456789abcdef0123"
            webhooks.add_webhook(db, admin_actor, event, made[event], bus=bus)
        return made[event]

    return register


@pytest.fixture
def bearer(db, admin_actor):
    """bearer(role) -> Authorization headers of a new API token with that role."""
    count = [0]

    def make(role: str = "manager") -> dict[str, str]:
        count[0] += 1
        token = create_api_token(db, admin_actor, f"{role}-{count[0]}", role)
        return {"Authorization": f"Bearer {token}"}

    return make
