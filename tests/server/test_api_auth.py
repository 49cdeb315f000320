import pytest

from timedesk.auth.service import create_api_token, revoke_api_token

WHOAMI = "/api/v1/test/whoami"  # needs turns.issue


@pytest.fixture
def token_of(db, admin_actor):
    def make(name: str, role: str) -> str:
        return create_api_token(db, admin_actor, name, role)

    return make


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_an_api_request_without_a_token_is_401_with_a_bearer_challenge(server_url, http):
    async with http.get(f"{server_url}{WHOAMI}") as response:
        assert response.status == 401
        assert response.headers["WWW-Authenticate"] == 'Bearer realm="timedesk"'
        error = (await response.json())["error"]
    assert error["code"] == "authentication_failed"
    assert "Authorization: Bearer" in error["message"]


async def test_a_non_bearer_authorization_header_is_401(server_url, http):
    async with http.get(f"{server_url}{WHOAMI}",
                        headers={"Authorization": "Basic dXNlcjpwYXNz"}) as response:
        assert response.status == 401


async def test_an_unknown_token_is_401_invalid_token_and_is_not_echoed(server_url, http):
    token = "tdk_deadbeef_this-token-does-not-exist"
    async with http.get(f"{server_url}{WHOAMI}", headers=bearer(token)) as response:
        assert response.status == 401
        assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
        text = await response.text()
    assert "this-token-does-not-exist" not in text


async def test_a_revoked_token_is_401(server_url, http, token_of, db, admin_actor):
    token = token_of("old-kiosk", "receptionist")
    revoke_api_token(db, admin_actor, "old-kiosk")
    async with http.get(f"{server_url}{WHOAMI}", headers=bearer(token)) as response:
        assert response.status == 401


async def test_a_token_whose_role_lacks_the_permission_is_403(server_url, http, token_of):
    token = token_of("desk-3", "staff")  # staff may call turns, not issue them
    async with http.get(f"{server_url}{WHOAMI}", headers=bearer(token)) as response:
        assert response.status == 403
        error = (await response.json())["error"]
    assert error["code"] == "permission_denied" and "turns.issue" in error["message"]


async def test_a_token_with_the_permission_reaches_the_handler_as_its_actor(server_url, http,
                                                                           token_of):
    token = token_of("front-desk", "receptionist")
    async with http.get(f"{server_url}{WHOAMI}", headers=bearer(token)) as response:
        assert response.status == 200
        assert await response.json() == {"name": "front-desk", "role": "receptionist",
                                         "kind": "token"}
