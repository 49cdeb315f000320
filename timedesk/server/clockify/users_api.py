"""`/api/v1/clockify/users`: Clockify users as timedesk knows them; list and search, get,
type one in, change e-mail / notices / active, and deactivate (DELETE: history is kept)."""

from __future__ import annotations

from aiohttp import web

from timedesk.auth.permissions import Permission
from timedesk.clockify import manual, users
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

BASE = "/api/v1/clockify/users"
ONE = BASE + r"/{id:\d{1,19}}"
CREATE_FIELDS = ("clockify_id", "name", "email")
UPDATE_FIELDS = ("email", "notify", "active")


def _id(request: web.Request) -> int:
    return io.path_id(request, "Clockify user")


async def list_users(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    page = await run_blocking(request, users.list_users, request.app[CONTEXT].db, actor,
                              io.query_text(request, "q") or "",
                              active=io.query_bool(request, "active"),
                              limit=io.query_int(request, "limit", 200, minimum=1),
                              offset=io.query_int(request, "offset", 0, maximum=10**9))
    return io.page_json([io.user_json(u) for u in page.items], page.total)


async def get_user(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    info = await run_blocking(request, users.get_user, request.app[CONTEXT].db, actor,
                              _id(request))
    return web.json_response(io.user_json(info))


async def create_user(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    body = await io.json_object(request)
    io.only_fields(body, CREATE_FIELDS)
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, manual.create_user, ctx.db, ctx.bus, actor,
                              clockify_id=io.body_text(body, "clockify_id", required=True),
                              name=io.body_text(body, "name"), email=io.body_text(body, "email"))
    return web.json_response(io.user_json(info), status=201,
                             headers={"Location": f"{BASE}/{info.id}"})


async def update_user(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    body = await io.json_object(request)
    io.only_fields(body, UPDATE_FIELDS)
    changes: dict[str, bool | str | None] = {
        name: io.body_bool(body, name) for name in ("notify", "active") if name in body}
    if "email" in body:
        changes["email"] = io.body_text(body, "email")
    return await _update(request, actor, changes)


async def deactivate_user(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    return await _update(request, actor, {"active": False})


async def _update(request: web.Request, actor, changes: dict) -> web.Response:
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, users.update_user, ctx.db, ctx.bus, actor, _id(request),
                              **changes)
    return web.json_response(io.user_json(info))


def setup_routes(app: web.Application) -> None:
    add = app.router
    add.add_get(BASE, list_users, name="clockify-users")
    add.add_post(BASE, create_user)
    add.add_get(ONE, get_user, name="clockify-user")
    add.add_patch(ONE, update_user)
    add.add_delete(ONE, deactivate_user)
