"""Security review LOW-11: /api/v1/turns and /api/v1/desks/* are in /api/v1/openapi.json, and
what they answer (every status a test here sees) matches the documented schemas exactly."""

from __future__ import annotations

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth.service import create_api_token
from timedesk.turns import setup


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    token = create_api_token(ctx.db, admin_actor, "m", "manager")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()

        async def answer(method, path, status, body=None):
            async with http.request(method, listener_url + path, json=body, headers={
                    "Authorization": f"Bearer {token}"}) as r:
                assert r.status == status, await r.text()
                template = path.replace("/desks/1/", "/desks/{desk}/").split("?")[0]
                responses = document["paths"][template][method.lower()]["responses"]
                assert str(status) in responses, (path, status)
                if r.status != 204:
                    conforms(await r.json(), responses[str(status)].get(
                        "content", {}).get("application/json", {}).get("schema", {}), document)

        yield answer, document


async def test_every_turns_route_is_documented(api, listener_url):
    _, document = api
    documented = {(path, method) for path, ops in document["paths"].items() for method in ops}
    expected = {("/api/v1/turns", "get"), ("/api/v1/turns", "post")} | {
        (f"/api/v1/desks/{{desk}}/{action}", "post")
        for action in ("call-next", "recall", "start", "finish", "no-show", "transfer")}
    assert expected <= documented
    for schema in ("TurnInfo", "TurnCall", "TurnIssued", "TurnPage"):
        assert schema in document["components"]["schemas"]


async def test_the_answers_match_the_documented_schemas(api):
    answer, _ = api
    await answer("POST", "/api/v1/turns", 201, {"service": "A"})
    await answer("POST", "/api/v1/turns", 404, {"service": "Z"})
    await answer("POST", "/api/v1/turns", 400, {"service": "A", "x": 1})
    await answer("GET", "/api/v1/turns?status=waiting", 200)
    await answer("GET", "/api/v1/turns?per_page=0", 400)
    await answer("POST", "/api/v1/desks/1/call-next", 200)
    await answer("POST", "/api/v1/desks/1/recall", 200)
    await answer("POST", "/api/v1/desks/1/start", 200)
    await answer("POST", "/api/v1/desks/1/no-show", 409)  # being served: it did show up
    await answer("POST", "/api/v1/desks/1/transfer", 404, {"service": "Z"})
    await answer("POST", "/api/v1/desks/1/transfer", 200, {"service": "A"})
    await answer("POST", "/api/v1/desks/1/call-next", 200)
    await answer("POST", "/api/v1/desks/1/finish", 200)
    await answer("POST", "/api/v1/desks/1/call-next", 204)
    await answer("POST", "/api/v1/desks/1/call-next?take_over=maybe", 400)
