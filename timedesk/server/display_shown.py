"""`POST /display/shown` {"event_id": N, "display": "NAME", "key": "KEY"}: the web lobby display
says it drew the call of event N, so that the desk that called sees "shown on the lobby
display" as it does with the display window (turns.shown).

No token, like the page, but only a registered display may acknowledge (security review LOW-6):
`timedesk display register NAME` gives it a key (turns.displays) and prints the page's address
with ?name=NAME&key=KEY, which the page sends back here. An unknown name or a wrong key is a 403
and writes nothing, so nobody else can make a desk believe the TV showed its call. Besides, the
acknowledgement must name a call of the last ten minutes (TurnQueue.acknowledge_recent_call, 404
otherwise), and a display acknowledges each call once (a repeat answers 204 and writes nothing).
"""

from __future__ import annotations

import re
from collections import OrderedDict

from aiohttp import web

from timedesk.app import AppContext
from timedesk.errors import PermissionDenied, ValidationError
from timedesk.server.blocking import run_blocking
from timedesk.server.clockify import api_io as io
from timedesk.server.keys import CONTEXT
from timedesk.server.openapi import add_openapi
from timedesk.turns.displays import NAME_RE, NAME_RULE, display_key_matches
from timedesk.turns.queue import TurnQueue

REMEMBERED = 5000  # (event, display) pairs kept to answer repeats without writing
_KEY = re.compile(r"^[\w-]{16,100}$")
ACKNOWLEDGED = web.AppKey("timedesk_display_acknowledged", OrderedDict)


class DisplayNotRegistered(PermissionDenied):
    code = "display_not_registered"


def _parse(body: dict) -> tuple[int, str, str]:
    try:
        event_id = io.body_int(body, "event_id")
    except ValidationError:
        raise ValidationError("'event_id' must be the positive id of a call event.",
                              "Send the event_id of the feed's call event.") from None
    name = body.get("display")
    if not isinstance(name, str) or not NAME_RE.match(name.strip()):
        raise ValidationError("'display' must be the display's registered name: {name_rule}.",
                              "Open the address `timedesk display register NAME` printed.",
                              name_rule=NAME_RULE)
    key = body.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValidationError("'key' must be the display's key.",
                              "Open the address `timedesk display register NAME` printed.")
    return event_id, name.strip(), key


async def display_shown(request: web.Request) -> web.Response:
    event_id, name, key = _parse(await io.json_object(request))
    seen = request.app[ACKNOWLEDGED]
    if name in seen.get(event_id, ()):
        return web.Response(status=204)
    ctx = request.app[CONTEXT]
    await run_blocking(request, _acknowledge, ctx, event_id, name, key)
    seen.setdefault(event_id, set()).add(name)
    seen.move_to_end(event_id)
    while len(seen) > REMEMBERED:
        seen.popitem(last=False)
    return web.Response(status=204)


def _acknowledge(ctx: AppContext, event_id: int, name: str, key: str) -> None:
    if not display_key_matches(ctx.db, name, key):
        raise DisplayNotRegistered(
            "no display is registered as '{name}' with this key.",
            "Register it with `timedesk display register NAME` and open the address it prints.",
            name=name)
    TurnQueue(ctx.db, ctx.bus, ctx.settings).acknowledge_recent_call(event_id, f"web {name}")


def setup_routes(app: web.Application, ctx: AppContext) -> None:
    app[ACKNOWLEDGED] = OrderedDict()
    app.router.add_post("/display/shown", display_shown, name="display_shown")
    add_openapi(app, paths={"/display/shown": {"post": {
        "summary": "A registered web lobby display acknowledges a call it drew (its key, no "
                   "token)",
        "tags": ["display"],
        "security": [],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["event_id", "display", "key"],
            "properties": {"event_id": {"type": "integer", "minimum": 1,
                                        "maximum": io.MAX_ID},
                           "display": {"type": "string", "minLength": 1, "maxLength": 40,
                                       "pattern": r"^[\w .:-]{1,40}$"},
                           "key": {"type": "string", "minLength": 16, "maxLength": 100,
                                   "pattern": _KEY.pattern}}}}}},
        "responses": {"204": {"description": "Acknowledged (or already acknowledged)"},
                      "400": {"description": "Not a JSON object with a positive event_id, a "
                                             "display name and a key"},
                      "403": {"description": "No display registered with this name and key"},
                      "404": {"description": "No call with that event id in the last ten "
                                             "minutes"}},
    }}})
