"""`/api/v1/chat/...`: private messages, unread counts and presence for a token that acts as a
user (`timedesk api-token create --user USERNAME`); a token of its own gets 403 ("chat needs a
person"). Each handler parses, calls one Chat use case off the loop and answers JSON; errors
become `{"error": {"code", "message"}}` in the middleware."""

from __future__ import annotations

from aiohttp import web

from timedesk.app import AppContext
from timedesk.chat.service import MAX_LIMIT, Chat
from timedesk.errors import ValidationError
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

FIELDS = ("to", "body", "ticket_id")
MAX_USERNAME = 80


def _chat(request: web.Request) -> Chat:
    ctx = request.app[CONTEXT]
    return Chat(ctx.db, ctx.bus, ctx.settings)


async def send(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)  # the service checks that it is a person
    body = await io.json_object(request)
    io.only_fields(body, FIELDS)
    to = io.body_text(body, "to", required=True) or ""
    text = io.body_text(body, "body", required=True) or ""
    ticket_id = io.body_int(body, "ticket_id") if body.get("ticket_id") is not None else None
    info = await run_blocking(request, _chat(request).send, actor, to, text,
                              ticket_id=ticket_id)
    return web.json_response(info.to_json(), status=201)


async def conversation(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    with_user = io.query_text(request, "with", MAX_USERNAME, free=False)
    if with_user is None:
        raise ValidationError("'with' is required.", "Name the other person: ?with=USERNAME.")
    limit = io.query_int(request, "limit", 200, minimum=1, maximum=MAX_LIMIT)
    messages = await run_blocking(request, _chat(request).conversation, actor, with_user,
                                  limit=limit)
    return web.json_response({"items": [m.to_json() for m in messages]})


async def unread(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    return web.json_response(await run_blocking(request, _chat(request).unread, actor))


async def presence(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    return web.json_response(await run_blocking(request, _chat(request).presence, actor))


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.chat_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_post("/api/v1/chat/messages", send)
    app.router.add_get("/api/v1/chat/messages", conversation)
    app.router.add_get("/api/v1/chat/unread", unread)
    app.router.add_get("/api/v1/chat/presence", presence)
