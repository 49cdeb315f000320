"""/api/v1/users/me (issue 18): a person's token reads its account and changes its own
interface language, whatever its role; a role token has no account; bad input changes nothing."""

from __future__ import annotations

import aiohttp

from timedesk.auth import service

PASSWORD = "a-long-password-1"


async def _call(listener_url, token, method="GET", body=None, raw=None):
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession() as http:
        async with http.request(method, f"{listener_url}/api/v1/users/me", headers=headers,
                                json=body, data=raw) as response:
            return response.status, await response.json()


async def test_a_receptionists_token_changes_its_own_language(ctx, admin_actor, listener_url):
    info = service.create_user(ctx.db, admin_actor, "rosa", PASSWORD, "receptionist", "Rosa")
    token = service.create_api_token(ctx.db, admin_actor, "rosa-phone", user="rosa")
    assert await _call(listener_url, token) == (200, {
        "username": "rosa", "display_name": "Rosa", "role": "receptionist", "language": None})
    status, account = await _call(listener_url, token, "PATCH", {"language": "es"})
    assert (status, account["language"]) == (200, "es")
    assert service.user_language(ctx.db, info.id) == "es"
    status, account = await _call(listener_url, token, "PATCH", {"language": None})
    assert (status, account["language"]) == (200, None)
    assert service.user_language(ctx.db, info.id) is None


async def test_bad_input_is_400_and_a_role_token_403(ctx, admin_actor, listener_url):
    info = service.create_user(ctx.db, admin_actor, "rosa", PASSWORD, "receptionist")
    token = service.create_api_token(ctx.db, admin_actor, "rosa-phone", user="rosa")
    for body, says in (({"language": "fr"}, "unknown language 'fr'"),
                       ({"language": 3}, "language must be"),
                       ({"language": "es", "role": "admin"}, "send exactly the field language")):
        status, reply = await _call(listener_url, token, "PATCH", body)
        assert status == 400 and says in reply["error"]["message"], reply
    assert service.user_language(ctx.db, info.id) is None
    desk = service.create_api_token(ctx.db, admin_actor, "desk", "staff")
    status, reply = await _call(listener_url, desk, "PATCH", {"language": "es"})
    assert status == 403 and "not a person's account" in reply["error"]["message"]
