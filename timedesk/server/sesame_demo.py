"""`GET /sesame-demo/...`: the recorded demo company (timedesk/sesame/demo_company.py) in Sesame
Time's wire format, for trying the Reports tab without a Sesame account.

Served only while the setting `sesame.demo` is on (otherwise 404 like any unknown address), and
only to the demo's public token. It imitates Sesame's API rather than being timedesk's own, so it
keeps Sesame's error bodies and is not described in /api/v1/openapi.json.
"""

from __future__ import annotations

import hmac

from aiohttp import web

from timedesk.app import AppContext
from timedesk.server.blocking import run_blocking
from timedesk.server.keys import CONTEXT
from timedesk.sesame import demo_company


async def sesame_demo(request: web.Request) -> web.Response:
    if not request.app[CONTEXT].settings["sesame.demo"]:
        raise web.HTTPNotFound()
    given = request.headers.get("Authorization", "").encode()
    if not hmac.compare_digest(given, f"Bearer {demo_company.DEMO_TOKEN}".encode()):
        found = demo_company.error(401, "Unauthenticated.", "unauthenticated")
    else:
        found = await run_blocking(request, demo_company.answer, "/" + request.match_info["path"],
                                   dict(request.query))
    return web.json_response(found.body, status=found.status,
                             headers={"Cache-Control": "no-store"})


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app.router.add_get(demo_company.DEMO_PREFIX + "/{path:.+}", sesame_demo, name="sesame_demo")
