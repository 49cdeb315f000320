"""`/api/v1/turns` and `/api/v1/desks/{desk}/...`: issuing and calling turns from kiosks,
tablets and integrations (bearer token). Each handler parses, calls one TurnQueue use case off
the loop and answers JSON; errors become `{"error": {"code", "message"}}` in the middleware.
The routes only authenticate: the permissions are checked by the use cases (turns.issue,
turns.call), whichever face calls them.

Why the body helpers come from server.clockify.api_io: they are the listener's one JSON reader
(moving them to server/ is a pending clean-up, not a second copy)."""

from __future__ import annotations

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT
from timedesk.turns import reads
from timedesk.turns.queue import TurnQueue
from timedesk.turns.views import CallResult, TurnInfo

DESK = r"/api/v1/desks/{desk:[^/]{1,40}}"
TURN = r"/api/v1/turns/{id:\d{1,19}}"


def _queue(request: web.Request) -> TurnQueue:
    ctx = request.app[CONTEXT]
    return TurnQueue(ctx.db, ctx.bus, ctx.settings)


def _issued_json(turn: TurnInfo) -> dict:
    estimate = (None if turn.estimate_low_s is None else
                {"low_s": turn.estimate_low_s, "high_s": turn.estimate_high_s})
    return {"id": turn.id, "number": turn.number, "service": turn.service_code,
            "issued_at": io.iso(turn.issued_at), "ahead": turn.ahead, "estimate": estimate,
            "priority": turn.priority}


def _take_over(request: web.Request) -> bool:
    """`?take_over=true` on a desk action: take the desk from a desk panel (turns.manage)."""
    return bool(io.query_bool(request, "take_over", default=False))


async def issue(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    body = await io.json_object(request)
    io.only_fields(body, ("service", "priority"))
    service = io.body_text(body, "service", required=True)
    priority = io.body_bool(body, "priority") if "priority" in body else False
    turn = await run_blocking(request, _queue(request).issue_turn, actor, service,
                              priority=priority)
    return web.json_response(_issued_json(turn), status=201)


async def list_turns(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ctx = request.app[CONTEXT]
    found = await run_blocking(request, reads.list_turns, ctx.db, ctx.settings, actor,
                               status=io.query_text(request, "status"),
                               service=io.query_text(request, "service"),
                               page=io.query_int(request, "page", 1, minimum=1,
                                                 maximum=reads.MAX_PAGE),
                               per_page=io.query_int(request, "per_page", 100, minimum=1,
                                                     maximum=reads.MAX_PER_PAGE))
    return web.json_response({"items": [t.for_api() for t in found.items], "total": found.total,
                              "page": found.page, "per_page": found.per_page})


def _call_json(result: CallResult) -> dict:
    return {**result.turn.for_api(), "event_id": result.event_id}


async def call_next(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    result = await run_blocking(request, _queue(request).call_next, actor,
                                request.match_info["desk"], take_over=_take_over(request))
    if result is None:
        return web.Response(status=204)
    return web.json_response(_call_json(result))


async def recall(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    result = await run_blocking(request, _queue(request).recall, actor, request.match_info["desk"],
                                take_over=_take_over(request))
    return web.json_response(_call_json(result))


def _desk_action(name: str):
    async def handler(request: web.Request) -> web.Response:
        actor = await authenticate_request(request)
        action = getattr(_queue(request), name)
        turn = await run_blocking(request, action, actor, request.match_info["desk"],
                                  take_over=_take_over(request))
        return web.json_response(turn.for_api())

    return handler


async def transfer(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    body = await io.json_object(request)
    io.only_fields(body, ("service", "desk"))
    turn = await run_blocking(request, _queue(request).transfer, actor, request.match_info["desk"],
                              to_service=io.body_text(body, "service"),
                              to_desk=io.body_text(body, "desk"), take_over=_take_over(request))
    return web.json_response(turn.for_api())


async def cancel(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    turn = await run_blocking(request, _queue(request).cancel_turn, actor,
                              io.path_id(request, "turn"))
    return web.json_response(turn.for_api())


async def undo_no_show(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    turn = await run_blocking(request, _queue(request).undo_no_show, actor,
                              io.path_id(request, "turn"), take_over=_take_over(request))
    return web.json_response(turn.for_api())


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.turns_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_post("/api/v1/turns", issue)
    app.router.add_get("/api/v1/turns", list_turns)
    app.router.add_post(DESK + "/call-next", call_next)
    app.router.add_post(DESK + "/recall", recall)
    app.router.add_post(DESK + "/start", _desk_action("start_service"))
    app.router.add_post(DESK + "/finish", _desk_action("finish"))
    app.router.add_post(DESK + "/no-show", _desk_action("no_show"))
    app.router.add_post(DESK + "/transfer", transfer)
    app.router.add_post(TURN + "/cancel", cancel)
    app.router.add_post(TURN + "/undo-no-show", undo_no_show)
