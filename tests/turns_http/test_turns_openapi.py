"""Security review LOW-11: /api/v1/turns and /api/v1/desks/* are in /api/v1/openapi.json, and
what they answer (every status a test here sees) matches the documented schemas exactly."""

from __future__ import annotations

import aiohttp
import pytest

from timedesk.auth.service import create_api_token
from timedesk.turns import setup

JSON_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "boolean": bool,
              "null": type(None)}


def conforms(value, schema, document, where="$") -> None:
    """A small JSON-schema check of what these schemas use: $ref, oneOf, type (lists too),
    enum, required and additionalProperties: false, items."""
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if "oneOf" in schema:
        matched = 0
        for option in schema["oneOf"]:
            try:
                conforms(value, option, document, where)
                matched += 1
            except AssertionError:
                pass
        assert matched == 1, f"{where}: {value!r} matches {matched} of oneOf"
        return
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if types:
        assert any(isinstance(value, JSON_TYPES[t]) and not (t == "integer" and
                                                             isinstance(value, bool))
                   for t in types), f"{where}: {value!r} is not {types}"
    if "enum" in schema:
        assert value in schema["enum"], where
    if isinstance(value, dict):
        assert set(schema.get("required", [])) <= set(value), f"{where}: missing keys"
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(schema["properties"]), \
                f"{where}: undocumented {set(value) - set(schema['properties'])}"
        for key, item in value.items():
            conforms(item, schema["properties"].get(key, {}), document, f"{where}.{key}")
    if isinstance(value, list):
        for index, item in enumerate(value):
            conforms(item, schema.get("items", {}), document, f"{where}[{index}]")


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
