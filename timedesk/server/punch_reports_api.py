"""`/api/v1/punches/sessions`, `/reports/overview|employees|daily`, `/export` and `/rules`: the
punch clock's work sessions and reports (bearer token). Each handler parses the query, calls
one service function off the loop and answers JSON (or the file, for the export); the services
check the permissions (everyone's needs punches.view_all, else one's own)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from aiohttp import web

from timedesk.app import AppContext
from timedesk.errors import ValidationError
from timedesk.punches import reports
from timedesk.punches.record_export import EXPORT_FORMATS, export_sessions
from timedesk.punches.rules_store import load_rules
from timedesk.punches.sessions_service import session_json, sessions
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.downloads import exported_bytes, file_download, query_format
from timedesk.server.keys import CONTEXT

BASE = "/api/v1/punches"


def _range(request: web.Request) -> tuple[date, date]:
    start, end = io.query_date(request, "from"), io.query_date(request, "to")
    if end < start:
        raise ValidationError("'from' must not be after 'to'.", "Swap them.")
    return start, end


def _employee(request: web.Request) -> str | None:
    return io.query_text(request, "employee", 254)


def _sessions(ctx: AppContext, *args: Any) -> list[dict[str, Any]]:
    return [session_json(work) for work in sessions(ctx.db, *args, settings=ctx.settings)]


async def list_sessions(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    start, end = _range(request)
    ctx = request.app[CONTEXT]
    found = await run_blocking(request, _sessions, ctx, actor, start, end, _employee(request))
    return web.json_response(found)


def _line(totals: reports.Totals, **head: Any) -> dict[str, Any]:
    return {**head, **totals.as_json()}


def _overview(ctx: AppContext, actor: Any) -> dict[str, Any]:
    seen = reports.overview(ctx.db, ctx.bus, actor, settings=ctx.settings)
    return {"week": {"from": seen.week[0].isoformat(), "to": seen.week[1].isoformat()},
            "board": [{"employee_id": row.employee_id, "name": row.name, "state": row.state,
                       "since": io.iso(row.since), "late": row.late} for row in seen.board],
            "employees": [_line(line.totals, employee_id=line.employee_id, name=line.name)
                          for line in seen.employees],
            "totals": seen.totals.as_json()}


async def overview(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    ctx = request.app[CONTEXT]
    return web.json_response(await run_blocking(request, _overview, ctx, actor))


def _employees(ctx: AppContext, *args: Any) -> list[dict[str, Any]]:
    return [_line(line.totals, employee_id=line.employee_id, name=line.name)
            for line in reports.employee_report(ctx.db, *args, settings=ctx.settings)]


def _daily(ctx: AppContext, *args: Any) -> list[dict[str, Any]]:
    return [_line(line.totals, date=line.date.isoformat())
            for line in reports.daily_report(ctx.db, *args, settings=ctx.settings)]


async def employees(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    start, end = _range(request)
    return web.json_response(await run_blocking(request, _employees, request.app[CONTEXT],
                                                actor, start, end, _employee(request)))


async def daily(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    start, end = _range(request)
    return web.json_response(await run_blocking(request, _daily, request.app[CONTEXT], actor,
                                                start, end, _employee(request)))


def _export(ctx: AppContext, actor: Any, start: date, end: date, employee: str | None,
            fmt: str, lang: str) -> bytes:
    return exported_bytes(lambda path: export_sessions(
        ctx.db, actor, start, end, path, settings=ctx.settings, fmt=fmt, employee=employee,
        lang=lang), f"sessions.{fmt}")


async def export(request: web.Request) -> web.Response:
    actor = await authenticate_request(request)
    start, end = _range(request)
    fmt, lang = query_format(request, EXPORT_FORMATS)
    content = await run_blocking(request, _export, request.app[CONTEXT], actor, start, end,
                                 _employee(request), fmt, lang)
    return file_download(content, fmt, f"punches_{start:%Y%m%d}_{end:%Y%m%d}.{fmt}")


def _rules(ctx: AppContext) -> list[dict[str, Any]]:
    with ctx.db.session_factory() as session:
        return [{**asdict(rule), "flag": rule.flag} for rule in load_rules(session)]


async def rules(request: web.Request) -> web.Response:
    await authenticate_request(request)  # the rules are public to every token: they are law
    return web.json_response(await run_blocking(request, _rules, request.app[CONTEXT]))


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    from timedesk.server.punch_reports_openapi import setup_openapi

    setup_openapi(app)
    app.router.add_get(BASE + "/sessions", list_sessions)
    app.router.add_get(BASE + "/reports/overview", overview)
    app.router.add_get(BASE + "/reports/employees", employees)
    app.router.add_get(BASE + "/reports/daily", daily)
    app.router.add_get(BASE + "/export", export)
    app.router.add_get(BASE + "/rules", rules)
