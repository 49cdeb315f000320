"""`/api/v1/users/me`: the account a token acts as, and its own preferences (the interface
language). Any token acting as a user may read and change its own; a role token has no account
(403). Errors become `{"error": {"code", "message"}}` in the middleware."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from timedesk.app import AppContext
from timedesk.auth import service
from timedesk.auth.service import UserInfo
from timedesk.errors import ValidationError
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

PATH = "/api/v1/users/me"


def account_json(info: UserInfo) -> dict[str, Any]:
    return {"username": info.username, "display_name": info.display_name,
            "role": info.role.value, "language": info.language}


async def me(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    info = await run_blocking(request, service.own_account, request.app[CONTEXT].db, actor)
    return web.json_response(account_json(info))


async def change_me(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    body = await io.json_object(request)
    if set(body) != {"language"}:
        raise ValidationError("send exactly the field language (got {fields}).",
                              "Send {{\"language\": \"es\"}}, \"en\" or null for this "
                              "computer's language.", fields=", ".join(sorted(body)) or "none")
    language = body["language"]
    if language is not None and not isinstance(language, str):
        raise ValidationError("language must be \"es\", \"en\" or null.", "")
    db = request.app[CONTEXT].db
    await run_blocking(request, service.own_account, db, actor)  # a person's token only
    info = await run_blocking(request, service.set_language, db, actor, actor.name, language)
    return web.json_response(account_json(info))


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.users_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_get(PATH, me)
    app.router.add_patch(PATH, change_me)
