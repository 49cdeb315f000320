"""`/api/v1/clockify/sessions`: list (filters, sorting, paging), get, create by hand, correct,
soft delete, approve, reject and history of Clockify work sessions."""

from __future__ import annotations

from aiohttp import web

from timedesk.auth.permissions import Permission
from timedesk.clockify import manual, queries, review
from timedesk.clockify.config import ClockifyRules
from timedesk.clockify.manual import MAX_NOTE
from timedesk.clockify.models import SESSION_STATUSES
from timedesk.clockify.queries import SORTS, SessionFilter
from timedesk.errors import ValidationError
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT

BASE = "/api/v1/clockify/sessions"
ONE = BASE + r"/{id:\d{1,19}}"
BY_ENTRY = BASE + r"/by-entry/{entry_id:[A-Za-z0-9_-]{1,64}}"  # Clockify ids, manual-... ids
CREATE_FIELDS = ("user_id", "description", "start", "end", "project", "note")
UPDATE_FIELDS = ("description", "project", "start", "end", "note")


def _id(request: web.Request) -> int:
    return io.path_id(request, "Clockify session")


def _rules(request: web.Request) -> ClockifyRules:
    return ClockifyRules.from_settings(request.app[CONTEXT].settings)


def session_filter(request: web.Request) -> SessionFilter:
    since, until = io.query_period(request)
    status = io.query_text(request, "status", free=False)
    if status is not None and status not in SESSION_STATUSES:
        raise ValidationError("unknown status '{status}'.",
                              "Use one of: {session_statuses}.",
                              status=status[:40], session_statuses=', '.join(SESSION_STATUSES))
    user = io.query_text(request, "user", 64)
    by_id = user is not None and user.isdigit() and len(user) <= 18
    return SessionFilter(
        user_id=int(user) if user is not None and by_id else None,
        clockify_user_id=user if user is not None and not by_id else None,
        project=io.query_text(request, "project"), since=since, until=until, status=status,
        overtime=io.query_bool(request, "overtime"),
        running=io.query_bool(request, "running"),
        deleted=io.query_bool(request, "deleted", allow_any=True, default=False),
        text=io.query_text(request, "q"), email=io.query_text(request, "email", 254),
        task=io.query_text(request, "task"))


def sort_order(request: web.Request) -> tuple[str, bool]:
    """`sort=start` (oldest first) or `sort=-start` (newest first, the default)."""
    text = io.query_text(request, "sort", 40, free=False) or "-start"
    key, descending = (text[1:], True) if text.startswith("-") else (text, False)
    if key not in SORTS:
        raise ValidationError("cannot sort sessions by '{key}'.",
                              "Sort by one of: {sorts} ('-' before it: descending).",
                              key=key[:40], sorts=', '.join(SORTS))
    return key, descending


async def list_sessions(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    filters = session_filter(request)
    key, descending = sort_order(request)
    page = await run_blocking(request, queries.list_sessions, request.app[CONTEXT].db, actor,
                              filters, sort=key, descending=descending,
                              limit=io.query_int(request, "limit", 100, minimum=1),
                              offset=io.query_int(request, "offset", 0, maximum=10**9))
    return io.page_json([io.session_json(s) for s in page.items], page.total)


async def get_session(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    info = await run_blocking(request, queries.get_session, request.app[CONTEXT].db, actor,
                              _id(request))
    return web.json_response(io.session_json(info))


async def get_session_by_entry(request: web.Request) -> web.Response:
    """The session of a Clockify time entry, by the entry's id."""
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    info = await run_blocking(request, queries.get_session_by_clockify_id,
                              request.app[CONTEXT].db, actor, request.match_info["entry_id"])
    return web.json_response(io.session_json(info))


async def create_session(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    body = await io.json_object(request)
    io.only_fields(body, CREATE_FIELDS)
    ctx = request.app[CONTEXT]
    info = await run_blocking(
        request, manual.create_manual_session, ctx.db, ctx.bus, actor,
        user_id=io.body_int(body, "user_id"),
        description=io.body_text(body, "description", default="") or "",
        start=io.body_moment(body, "start"), end=io.body_moment(body, "end"),
        project_name=io.body_text(body, "project"), note=io.body_text(body, "note") or "",
        rules=_rules(request))
    return web.json_response(io.session_json(info), status=201,
                             headers={"Location": f"{BASE}/{info.id}"})


async def update_session(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    body = await io.json_object(request)
    io.only_fields(body, UPDATE_FIELDS)
    changes: dict = {}
    if "description" in body:
        changes["description"] = io.body_text(body, "description", required=True)
    if "project" in body:
        changes["project"] = io.body_text(body, "project")
    for name in ("start", "end"):
        if name in body:
            changes[name] = io.body_moment(body, name)
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, manual.update_session, ctx.db, ctx.bus, actor,
                              _id(request), note=io.body_text(body, "note") or "",
                              rules=_rules(request), **changes)
    return web.json_response(io.session_json(info))


async def delete_session(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_MANAGE)
    body = await io.json_object(request, optional=True)
    io.only_fields(body, ("note",))
    note = io.body_text(body, "note") or io.query_text(request, "note", MAX_NOTE) or ""
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, manual.soft_delete_session, ctx.db, ctx.bus, actor,
                              _id(request), note=note)
    return web.json_response(io.session_json(info))


async def approve_session(request: web.Request) -> web.Response:
    return await _decide(request, review.approve_session)


async def reject_session(request: web.Request) -> web.Response:
    return await _decide(request, review.reject_session)


async def _decide(request: web.Request, decide) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_APPROVE)
    body = await io.json_object(request, optional=True)
    io.only_fields(body, ("note",))
    ctx = request.app[CONTEXT]
    info = await run_blocking(request, decide, ctx.db, ctx.bus, actor, _id(request),
                              io.body_text(body, "note") or "")
    return web.json_response(io.session_json(info))


async def session_history(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    entries = await run_blocking(request, queries.session_history, request.app[CONTEXT].db,
                                 actor, _id(request))
    return io.page_json([io.history_json(e) for e in entries], len(entries))


def setup_routes(app: web.Application) -> None:
    add = app.router
    add.add_get(BASE, list_sessions, name="clockify-sessions")
    add.add_post(BASE, create_session)
    add.add_get(ONE, get_session, name="clockify-session")
    add.add_get(BY_ENTRY, get_session_by_entry, name="clockify-session-by-entry")
    add.add_patch(ONE, update_session)
    add.add_delete(ONE, delete_session)
    add.add_post(ONE + "/approve", approve_session)
    add.add_post(ONE + "/reject", reject_session)
    add.add_get(ONE + "/history", session_history)
