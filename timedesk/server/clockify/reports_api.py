"""`GET /api/v1/clockify/reports`: the Clockify report of a period (everyone or one user) as an
XLSX or CSV attachment, built by timedesk.clockify.reports on a worker thread."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from aiohttp import web

from timedesk.auth.permissions import Permission
from timedesk.server.auth import authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import error_response

PATH = "/api/v1/clockify/reports"
CONTENT_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "csv": "text/csv; charset=utf-8"}


def _build(ctx, actor, start, end, user, fmt, lang) -> tuple[bytes, str]:
    from timedesk.clockify.reports import report_file_name, write_report

    folder = Path(tempfile.mkdtemp(prefix="timedesk-report-"))
    try:
        out = write_report(ctx.db, actor, start=start, end=end, user=user, fmt=fmt, lang=lang,
                           out=folder / f"report.{fmt}", settings=ctx.settings)
        return out.read_bytes(), report_file_name("report", start, end, user or "all", fmt)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def report(request: web.Request) -> web.Response:
    actor = await authenticate_request(request, Permission.CLOCKIFY_VIEW)
    try:
        import timedesk.clockify.reports  # noqa: F401
    except ImportError:
        return error_response(501, "not_implemented",
                              "Clockify reports are not available in this version.")
    start, end = io.query_date(request, "from"), io.query_date(request, "to")
    fmt = (io.query_text(request, "format", 10, free=False) or "xlsx").lower()
    lang = (io.query_text(request, "lang", 10, free=False) or "es").lower()
    content, name = await run_blocking(request, _build, request.app[CONTEXT], actor, start, end,
                                       io.query_text(request, "user", 254), fmt, lang)
    return web.Response(body=content, content_type=CONTENT_TYPES[fmt].split(";")[0],
                        charset="utf-8" if fmt == "csv" else None,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


def setup_routes(app: web.Application) -> None:
    app.router.add_get(PATH, report, name="clockify-report")
