"""Security review MEDIUM-2 over HTTP, on SQLite and PostgreSQL: an API token may only act on a
desk that no live desk panel holds, unless a token with turns.manage asks for a take-over."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_api_token
from timedesk.db.base import utcnow
from timedesk.turns import desks, reads, setup

CLERK = Actor("user", "clerk", Role.STAFF, 1)
ACTIONS = ["call-next", "recall", "start", "finish", "no-show", "transfer"]


@pytest.fixture
async def held(ctx, admin_actor, listener_url):
    """Desk 1 open in a desk panel on PC-RECEPTION-1, one turn waiting, tokens of staff and a
    manager."""
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="2", services=["A"])
    desks.open_desk(ctx.db, CLERK, "1", "PC-RECEPTION-1", ctx.settings)
    headers = {role: {"Authorization": "Bearer " + create_api_token(ctx.db, admin_actor, role, role)}
               for role in ("staff", "manager", "receptionist")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.post(f"{listener_url}/api/v1/turns", json={"service": "A"},
                             headers=headers["receptionist"]) as r:
            assert r.status == 201
        yield listener_url, headers, http


async def post(http, url, headers, body=None):
    async with http.post(url, json=body, headers=headers) as r:
        return r.status, (await r.json() if r.content_type == "application/json" else None)


async def test_a_token_cannot_act_on_a_desk_a_live_panel_holds(held, ctx):
    url, headers, http = held
    for action in ACTIONS:
        body = {"desk": "2"} if action == "transfer" else None
        status, answer = await post(http, f"{url}/api/v1/desks/1/{action}", headers["staff"], body)
        assert (status, answer["error"]["code"]) == (409, "desk_in_use"), action
    assert [t.status for t in reads.list_turns(ctx.db, ctx.settings, Actor.system("t")).items] \
        == ["waiting"]
    status, _ = await post(http, f"{url}/api/v1/desks/2/call-next", headers["staff"])
    assert status == 200  # a desk nobody holds is free to use


async def test_only_a_token_with_turns_manage_takes_a_held_desk_over(held, ctx):
    url, headers, http = held
    status, answer = await post(http, f"{url}/api/v1/desks/1/call-next?take_over=true",
                                headers["staff"])
    assert (status, answer["error"]["code"]) == (403, "permission_denied")
    status, answer = await post(http, f"{url}/api/v1/desks/1/call-next?take_over=true",
                                headers["manager"])
    assert (status, answer["number"]) == (200, "A001")
    assert desks.heartbeat(ctx.db, "1", "PC-RECEPTION-1") is False  # the panel hears of it


async def test_a_panel_that_stopped_beating_no_longer_holds_the_desk(held, ctx):
    url, headers, http = held
    stale = utcnow() - timedelta(seconds=ctx.settings["turns.desk_claim_s"] + 5)
    desks.open_desk(ctx.db, CLERK, "1", "PC-RECEPTION-1", ctx.settings, now=stale)
    status, answer = await post(http, f"{url}/api/v1/desks/1/call-next", headers["staff"])
    assert (status, answer["number"]) == (200, "A001")
