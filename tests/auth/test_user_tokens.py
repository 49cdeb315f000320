"""API tokens that act as a user (`api-token create --user`): the user's name and current role
at every request, refused while the user is disabled; tokens without a user work as before."""

from __future__ import annotations

import json
import subprocess
import sys

import aiohttp
import pytest
from cli_support import one_line_error
from sqlalchemy import update

from timedesk.auth import service
from timedesk.auth.models import User
from timedesk.auth.permissions import Role
from timedesk.errors import AuthenticationFailed, Conflict, NotFound, ValidationError


def add_user(db, actor, name: str, role: str) -> int:
    return service.create_user(db, actor, name, "a-long-password", role).id


def set_role(db, name: str, role: str) -> None:
    with db.unit_of_work() as s:
        s.execute(update(User).where(User.username == name).values(role=role))


def test_a_user_token_is_that_user_with_their_current_role(db, admin_actor):
    user_id = add_user(db, admin_actor, "tina", "technician")
    token = service.create_api_token(db, admin_actor, "tina-script", user="Tina")
    actor = service.verify_api_token(db, token)
    assert (actor.kind, actor.name, actor.role, actor.id) == ("user", "tina", Role.TECHNICIAN,
                                                              user_id)
    set_role(db, "tina", "requester")
    assert service.verify_api_token(db, token).role == Role.REQUESTER


def test_a_disabled_users_token_is_refused_until_enabled_again(db, admin_actor):
    add_user(db, admin_actor, "rita", "requester")
    token = service.create_api_token(db, admin_actor, "rita-phone", user="rita")
    service.set_active(db, admin_actor, "rita", False)
    with pytest.raises(AuthenticationFailed, match="'rita' this token acts as is disabled"):
        service.verify_api_token(db, token)
    service.set_active(db, admin_actor, "rita", True)
    assert service.verify_api_token(db, token).name == "rita"


def test_a_token_without_a_user_keeps_its_own_role(db, admin_actor):
    token = service.create_api_token(db, admin_actor, "kiosk", "receptionist")
    actor = service.verify_api_token(db, token)
    assert (actor.kind, actor.name, actor.role) == ("token", "kiosk", Role.RECEPTIONIST)


def test_a_user_token_needs_a_known_enabled_user_and_not_also_a_role(db, admin_actor):
    add_user(db, admin_actor, "off", "staff")
    service.set_active(db, admin_actor, "off", False)
    with pytest.raises(NotFound, match="no user 'ghost'"):
        service.create_api_token(db, admin_actor, "g", user="ghost")
    with pytest.raises(Conflict, match="'off' is disabled"):
        service.create_api_token(db, admin_actor, "o", user="off")
    with pytest.raises(ValidationError, match="either a role or a user"):
        service.create_api_token(db, admin_actor, "both", "staff", user="off")
    with pytest.raises(ValidationError, match="either a role or a user"):
        service.create_api_token(db, admin_actor, "neither")
    assert service.list_api_tokens(db, admin_actor) == []  # nothing half-made


def test_the_list_shows_the_user_and_their_current_role(db, admin_actor):
    add_user(db, admin_actor, "tom", "technician")
    service.create_api_token(db, admin_actor, "tom-cli", user="tom")
    service.create_api_token(db, admin_actor, "plain", "staff")
    set_role(db, "tom", "manager")
    rows = {t["name"]: t for t in service.list_api_tokens(db, admin_actor)}
    assert (rows["tom-cli"]["user"], rows["tom-cli"]["role"]) == ("tom", "manager")
    assert (rows["plain"]["user"], rows["plain"]["role"]) == (None, "staff")


def timedesk(env, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_api_token_create_with_user_as_a_process(ctx, env, admin_actor):
    add_user(ctx.db, admin_actor, "tina", "technician")
    made = timedesk(env, "api-token", "create", "--user", "tina", "--name", "tina-cli")
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert token.startswith("tdk_") and "only once" in made.stderr
    actor = service.verify_api_token(ctx.db, token)
    assert (actor.kind, actor.name, actor.role) == ("user", "tina", Role.TECHNICIAN)
    listed = timedesk(env, "api-token", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert (row["name"], row["user"], row["role"], row["state"]) == (
        "tina-cli", "tina", "technician", "active")
    table = timedesk(env, "api-token", "list")
    assert "tina-cli\ttechnician\ttina\ttdk_" in table.stdout
    ghost = timedesk(env, "api-token", "create", "--user", "ghost", "--name", "g")
    assert ghost.returncode == 3
    assert "there is no user 'ghost'" in one_line_error(ghost.stderr)
    both = timedesk(env, "api-token", "create", "--user", "tina", "--role", "staff",
                    "--name", "b")
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


async def test_a_user_token_over_http_follows_the_users_role_and_state(ctx, admin_actor,
                                                                      listener_url):
    add_user(ctx.db, admin_actor, "sam", "staff")
    token = service.create_api_token(ctx.db, admin_actor, "sam-http", user="sam")
    headers = {"Authorization": f"Bearer {token}"}

    async def status_of_turns() -> tuple[int, dict]:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{listener_url}/api/v1/turns", headers=headers) as response:
                return response.status, await response.json()

    assert (await status_of_turns())[0] == 200  # staff may see the turns
    set_role(ctx.db, "sam", "requester")
    status, body = await status_of_turns()
    assert status == 403 and body["error"]["code"] == "permission_denied"
    assert body["error"]["message"].startswith("sam (requester) may not")
    service.set_active(ctx.db, admin_actor, "sam", False)
    status, body = await status_of_turns()
    assert status == 401 and body["error"]["code"] == "authentication_failed"
    assert "'sam' this token acts as is disabled" in body["error"]["message"]
