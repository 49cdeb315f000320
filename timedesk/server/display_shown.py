"""`POST /display/shown` {"event_id": N, "display": "NAME"}: the web lobby display says it drew
the call of event N, so that the desk that called sees "shown on the lobby display" as it does
with the display window (turns.shown).

No token, like the page: the acknowledgement must name a call of the last ten minutes
(TurnQueue.acknowledge_recent_call, 404 otherwise), and a display name acknowledges each call
once (a repeat answers 204 and writes nothing), at most DISPLAYS_PER_CALL names per call: the
event log cannot be filled with acknowledgements of calls that never were.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from aiohttp import web

from timedesk.app import AppContext
from timedesk.errors import ValidationError
from timedesk.server import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT
from timedesk.server.openapi import add_openapi
from timedesk.turns.queue import TurnQueue

DISPLAYS_PER_CALL = 8
REMEMBERED = 5000  # (event, display) pairs kept to answer repeats without writing
_NAME = re.compile(r"^[\w .:-]{1,40}$")
ACKNOWLEDGED = web.AppKey("timedesk_display_acknowledged", OrderedDict)


def _parse(body: dict) -> tuple[int, str]:
    event_id = body.get("event_id")
    if not isinstance(event_id, int) or isinstance(event_id, bool) or event_id <= 0:
        raise ValidationError("'event_id' must be the positive id of a call event.",
                              "Send the event_id of the feed's call event.")
    name = body.get("display", "web")
    if not isinstance(name, str) or not _NAME.match(name.strip()):
        raise ValidationError("'display' must be 1 to 40 letters, digits, spaces or . : - _.",
                              "For example: lobby-tv")
    return event_id, name.strip()


async def display_shown(request: web.Request) -> web.Response:
    event_id, name = _parse(await io.json_object(request))
    seen = request.app[ACKNOWLEDGED]
    names = seen.get(event_id, set())
    if name in names or len(names) >= DISPLAYS_PER_CALL:
        return web.Response(status=204)
    ctx = request.app[CONTEXT]
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    await run_blocking(request, queue.acknowledge_recent_call, event_id, f"web {name}")
    seen.setdefault(event_id, set()).add(name)
    seen.move_to_end(event_id)
    while len(seen) > REMEMBERED:
        seen.popitem(last=False)
    return web.Response(status=204)


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app[ACKNOWLEDGED] = OrderedDict()
    app.router.add_post("/display/shown", display_shown, name="display_shown")
    add_openapi(app, paths={"/display/shown": {"post": {
        "summary": "The web lobby display acknowledges a call it drew (public, no token)",
        "tags": ["display"],
        "security": [],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["event_id"],
            "properties": {"event_id": {"type": "integer", "minimum": 1},
                           "display": {"type": "string", "maxLength": 40}}}}}},
        "responses": {"204": {"description": "Acknowledged (or already acknowledged)"},
                      "400": {"description": "Not a JSON object with a positive event_id"},
                      "404": {"description": "No call with that event id in the last ten "
                                             "minutes"}},
    }}})
