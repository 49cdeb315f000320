"""/api/v1/chat on a real listener (127.0.0.1, port 0), on SQLite and PostgreSQL, with tokens
that act as users: sending, the conversation marking read, unread counts and presence; bad
input as JSON errors; every answer matches /api/v1/openapi.json."""

from __future__ import annotations

import aiohttp
import pytest
from openapi_support import documented

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_api_token, create_user
from timedesk.chat.service import Chat


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    """answer(method, path, status, body=None, who="ana") -> the JSON answer, checked against
    the documented schema of that status; who is "ana", "ben" or "kiosk" (a token of its own)."""
    users = {name: create_user(ctx.db, admin_actor, name, "a long password 1", Role.STAFF,
                               display_name=name.title()) for name in ("ana", "ben")}
    tokens = {name: create_api_token(ctx.db, admin_actor, f"{name}-phone", user=name)
              for name in users}
    tokens["kiosk"] = create_api_token(ctx.db, admin_actor, "kiosk", "admin")
    actors = {name: Actor("user", name, Role.STAFF, info.id) for name, info in users.items()}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()

        async def answer(method, path, status, body=None, who="ana"):
            async with http.request(method, listener_url + path, json=body, headers={
                    "Authorization": f"Bearer {tokens[who]}"}) as r:
                assert r.status == status, await r.text()
                found = await r.json()
            documented(document, method, path.split("?")[0], status, found)
            return found

        yield answer, actors


async def test_send_then_read_the_conversation_and_the_unread_counts(api):
    answer, _ = api
    sent = await answer("POST", "/api/v1/chat/messages", 201,
                        {"to": "ben", "body": "<b>x</b> the printer", "ticket_id": 12})
    assert (sent["from"], sent["to"], sent["body"], sent["ticket_id"], sent["read_at"]) == (
        "ana", "ben", "<b>x</b> the printer", 12, None)
    await answer("POST", "/api/v1/chat/messages", 201, {"to": "ben", "body": "again"})
    await answer("POST", "/api/v1/chat/messages", 201, {"to": "ana", "body": "on it"}, who="ben")
    assert await answer("GET", "/api/v1/chat/unread", 200, who="ben") == {"ana": 2}
    assert await answer("GET", "/api/v1/chat/unread", 200) == {"ben": 1}

    talk = await answer("GET", "/api/v1/chat/messages?with=ana", 200, who="ben")

    assert [(m["from"], m["body"]) for m in talk["items"]] == [
        ("ana", "<b>x</b> the printer"), ("ana", "again"), ("ben", "on it")]
    assert all(m["read_at"] for m in talk["items"][:2])
    assert await answer("GET", "/api/v1/chat/unread", 200, who="ben") == {}
    latest = await answer("GET", "/api/v1/chat/messages?with=ben&limit=1", 200)
    assert [m["body"] for m in latest["items"]] == ["on it"]
    assert await answer("GET", "/api/v1/chat/unread", 200) == {}


async def test_presence_follows_the_heartbeat(ctx, api):
    answer, actors = api
    assert await answer("GET", "/api/v1/chat/presence", 200) == {"ana": False, "ben": False}
    Chat(ctx.db, ctx.bus, ctx.settings).heartbeat(actors["ben"])
    assert await answer("GET", "/api/v1/chat/presence", 200) == {"ana": False, "ben": True}


@pytest.mark.parametrize("body, status, words", [
    ({"to": "ben", "body": "   "}, 400, "empty"),
    ({"to": "ben", "body": "x" * 4001}, 400, "4,001 characters"),
    ({"to": "ben"}, 400, "'body' is required"),
    ({"to": "ben", "body": "hi", "cc": "zoe"}, 400, "unknown field(s): cc"),
    ({"to": "ben", "body": "hi", "ticket_id": "12"}, 400, "'ticket_id'"),
    ({"to": "zoe", "body": "hi"}, 404, "no active user 'zoe'"),
    ({"to": "ana", "body": "hi"}, 400, "yourself"),
])
async def test_bad_messages_are_clear_errors_and_nothing_is_sent(api, body, status, words):
    answer, _ = api
    error = await answer("POST", "/api/v1/chat/messages", status, body)
    assert words in error["error"]["message"]
    assert await answer("GET", "/api/v1/chat/unread", 200, who="ben") == {}


async def test_a_conversation_needs_someone_known(api):
    answer, _ = api
    assert "'with' is required" in (
        await answer("GET", "/api/v1/chat/messages", 400))["error"]["message"]
    assert (await answer("GET", "/api/v1/chat/messages?with=zoe", 404))["error"]["code"] == \
        "not_found"


@pytest.mark.parametrize("method, path", [("POST", "/api/v1/chat/messages"),
                                          ("GET", "/api/v1/chat/messages?with=ben"),
                                          ("GET", "/api/v1/chat/unread"),
                                          ("GET", "/api/v1/chat/presence")])
async def test_a_token_without_a_user_is_refused_chat_needs_a_person(api, method, path):
    answer, _ = api
    error = await answer(method, path, 403, {"to": "ben", "body": "hi"} if method == "POST"
                         else None, who="kiosk")
    assert error["error"]["message"].startswith("chat needs a person")
