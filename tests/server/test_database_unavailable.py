"""Every route, not only the webhooks: a database that is locked past its busy timeout (or
down) answers 503 `database_unavailable` with the JSON error and one warning line, never a
500 with a traceback (issue 21: a client should try again later, nothing was half-written)."""

from __future__ import annotations

import logging
import os
import sqlite3

import aiohttp
import pytest
from listener_support import serving

from timedesk.app import build_context
from timedesk.auth.permissions import Actor
from timedesk.auth.service import create_api_token
from timedesk.server import create_app
from timedesk.turns import setup

pytestmark = pytest.mark.slow


async def test_an_api_write_while_sqlite_is_locked_is_a_503_without_a_traceback(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "locked.db"
    env = dict(os.environ) | {"TIMEDESK_DATABASE_URL": f"sqlite+pysqlite:///{path}",
                              "TIMEDESK_DATABASE_SQLITE_BUSY_TIMEOUT_MS": "300"}
    ctx = build_context(env)
    try:
        system = Actor.system("test")
        setup.add_service(ctx.db, ctx.bus, system, code="A", name="Registry")
        token = create_api_token(ctx.db, system, "reception", "receptionist")
        headers = {"Authorization": f"Bearer {token}"}
        async with serving(create_app(ctx)) as url, aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=30), headers=headers) as http:
            async with http.post(f"{url}/api/v1/turns", json={"service": "A"}) as answer:
                assert answer.status == 201  # the token's last use is written now, not below
            locker = sqlite3.connect(path, isolation_level=None)
            locker.execute("BEGIN EXCLUSIVE")
            try:
                async with http.post(f"{url}/api/v1/turns", json={"service": "A"}) as answer:
                    status, body = answer.status, await answer.json()
            finally:
                locker.execute("ROLLBACK")
                locker.close()
            assert status == 503, body
            assert body["error"]["code"] == "database_unavailable"
            assert "again" in body["error"]["message"]
            assert [r for r in caplog.records if r.exc_info] == []
            async with http.post(f"{url}/api/v1/turns", json={"service": "A"}) as answer:
                assert answer.status == 201
                assert (await answer.json())["number"] == "A002"
    finally:
        ctx.close()
