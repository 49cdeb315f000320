"""POST /api/v1/turns/{id}/cancel and /undo-no-show on a real listener, on SQLite and
PostgreSQL: what they do, who may, what they refuse, and that each answer matches
/api/v1/openapi.json."""

from __future__ import annotations

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth.service import create_api_token
from timedesk.turns import reads, setup
from timedesk.turns.queue import TurnQueue


@pytest.fixture
def queue(ctx, admin_actor):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
async def post(ctx, admin_actor, listener_url, queue):
    """post(path, role, status) -> the answer's JSON, checked against the documented schema."""
    tokens = {role: create_api_token(ctx.db, admin_actor, role, role)
              for role in ("manager", "receptionist", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()

        async def answer(turn_id: int, action: str, role: str, status: int) -> dict:
            async with http.post(f"{listener_url}/api/v1/turns/{turn_id}/{action}", headers={
                    "Authorization": f"Bearer {tokens[role]}"}) as r:
                assert r.status == status, await r.text()
                body = await r.json()
            responses = document["paths"][f"/api/v1/turns/{{id}}/{action}"]["post"]["responses"]
            assert str(status) in responses, (action, status)
            reply = responses[str(status)]
            if "$ref" in reply:  # 401 and 403 are shared responses
                reply = document["components"]["responses"][reply["$ref"].rsplit("/", 1)[1]]
            conforms(body, reply["content"]["application/json"]["schema"], document)
            return body

        yield answer


async def test_reception_cancels_a_waiting_turn_over_http(post, queue, admin_actor):
    issued = queue.issue_turn(admin_actor, "A")
    cancelled = await post(issued.id, "cancel", "receptionist", 200)
    assert (cancelled["number"], cancelled["status"]) == ("A001", "cancelled")
    assert reads.get_turn(queue.db, issued.id).status == "cancelled"
    refused = await post(issued.id, "cancel", "receptionist", 409)
    assert "no longer waiting" in refused["error"]["message"]
    assert (await post(999999, "cancel", "receptionist", 404))["error"]["code"]
    other = queue.issue_turn(admin_actor, "A")
    await post(other.id, "cancel", "staff", 403)  # a desk calls, reception issues and cancels


async def test_a_no_show_is_undone_over_http(post, queue, admin_actor):
    issued = queue.issue_turn(admin_actor, "A")
    queue.call_next(admin_actor, "1")
    queue.no_show(admin_actor, "1")
    await post(issued.id, "undo-no-show", "receptionist", 403)
    back = await post(issued.id, "undo-no-show", "manager", 200)
    assert (back["number"], back["status"], back["desk"]) == ("A001", "called", "1")
    assert "customer_name" not in back
    refused = await post(issued.id, "undo-no-show", "manager", 409)
    assert "nothing to undo" in refused["error"]["message"]
    await post(424242, "undo-no-show", "manager", 404)


async def test_both_routes_are_documented(ctx, listener_url):
    async with aiohttp.ClientSession() as http, http.get(
            f"{listener_url}/api/v1/openapi.json") as r:
        paths = (await r.json())["paths"]
    for action in ("cancel", "undo-no-show"):
        operation = paths[f"/api/v1/turns/{{id}}/{action}"]["post"]
        assert {"200", "401", "403", "404", "409"} <= set(operation["responses"])
