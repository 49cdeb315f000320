"""Clockify's webhooks: `POST /webhooks/clockify` (event type in the
`clockify-webhook-event-type` header) and `POST /webhook/clockify/<name>`, the URLs of the legacy
webhook service timedesk replaced.

In this order: the token (`clockify-signature`, registered for this event) or 401, nothing
stored and one rate-limited security log line (429 with Retry-After once an address has had
too many refusals: security_log.RefusalLimit); the body (at most 1 MiB, else 413), of type
application/json, valid JSON, a JSON object, else 400 with a row in the error log; then the
body is stored durably and only then answered: 200 for the events timedesk processes, 202 for
the others (stored, not processed). Processing follows the answer (processor.py), so a
duplicate or a delivery whose processing fails is still answered 2xx: its body is safe.
A replay of an earlier request (inbox: same webhook, event type and body within a window) is
answered 200 with the earlier delivery's id, so that Clockify stops sending it; nothing new is
stored or applied. While the database is unreachable or locked (checking the token, storing,
logging a rejection) the answer is 503 with the JSON error and nothing is stored: Clockify sends
it again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from typing import Any

from aiohttp import web
from sqlalchemy.exc import DataError, SQLAlchemyError

from timedesk.clockify import inbox
from timedesk.clockify.topics import LEGACY_PATHS, PROCESSED_EVENTS, is_event_name
from timedesk.errors import DatabaseUnavailable
from timedesk.server.clockify.intake import INTAKE, Intake
from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import MAX_BODY_BYTES, error_response

log = logging.getLogger(__name__)

EVENT_HEADER = "clockify-webhook-event-type"  # aiohttp's headers are case-insensitive
SIGNATURE_HEADER = "clockify-signature"
ROUTE_NAMES = ("clockify-webhook", "clockify-webhook-legacy")
_REFUSAL_CHALLENGE = 'Clockify-Signature realm="timedesk"'
_EXCERPT_BYTES = 2000
_BODY_READ = web.RequestKey("timedesk_clockify_body_read", bool)


def event_of(request: web.Request) -> str | None:
    """The event type a webhook request claims; None for a request to another address."""
    route = request.match_info.route
    if route.name == "clockify-webhook":
        return request.headers.get(EVENT_HEADER, "").strip().upper()
    if route.name == "clockify-webhook-legacy":
        return LEGACY_PATHS[request.match_info["name"]]
    return None


async def receive(request: web.Request) -> web.Response:
    try:
        return await _receive(request)
    except (SQLAlchemyError, DatabaseUnavailable) as exc:  # down, or locked past the timeout
        # not stored: a 5xx makes Clockify send it again; no traceback, the cause is known
        log.warning("Clockify webhook not stored, the database failed: %s", type(exc).__name__)
        return error_response(503, "database_unavailable",
                              "the delivery could not be stored; send it again later.")


async def _receive(request: web.Request) -> web.Response:
    event = event_of(request) or ""
    intake = request.app[INTAKE]
    webhook_id = await _authenticate(request, intake, event)
    if webhook_id is None:
        wait = intake.refusal_limit.wait_after(request.remote)
        if wait:
            return error_response(429, "too_many_refusals",
                                  "too many webhook requests from this address were refused; "
                                  "wait before sending again, with the right token.",
                                  {"Retry-After": str(math.ceil(wait))})
        return error_response(401, "authentication_failed",
                              "the webhook token is missing, wrong or registered for another "
                              "event. Register the token Clockify shows for this webhook with "
                              "`timedesk clockify webhook add`.",
                              {"WWW-Authenticate": _REFUSAL_CHALLENGE})
    request[_BODY_READ] = True
    raw = await request.read()  # over client_max_size: 413, logged by log_oversize_rejection
    body, problem = _parse(request, raw)
    if problem is not None:
        return await _reject(request, intake, event, raw, *problem)
    try:
        stored = await intake.store(inbox.Arrival(event, dict(request.headers), body,
                                                  webhook_id))
    except DataError as exc:  # e.g. PostgreSQL's JSONB refuses \u0000 inside a text
        log.warning("Clockify webhook body cannot be stored: %s", inbox.describe_failure(exc))
        return await _reject(request, intake, event, raw, "unstorable_body",
                             "the database refused the body (it holds a value it cannot "
                             "store, such as a \\u0000 character).")
    except ConnectionAbortedError:  # the listener is stopping: not stored
        return error_response(503, "stopping", "timedesk is stopping; send it again later.")
    if stored.replay:
        return web.json_response({"delivery_id": stored.delivery_id, "event": event,
                                  "status": "replay of an earlier delivery, nothing stored"})
    intake.processor.queue(stored.delivery_id)
    processed = event in PROCESSED_EVENTS
    return web.json_response({"delivery_id": stored.delivery_id, "event": event,
                              "status": "accepted" if processed else "stored, not processed"},
                             status=200 if processed else 202)


async def _authenticate(request: web.Request, intake: Intake, event: str) -> int | None:
    token = request.headers.get(SIGNATURE_HEADER, "").strip()
    if not token:
        reason = "no token"
    elif not is_event_name(event):
        reason = "no valid event type"
    else:
        webhook_id = await intake.tokens.webhook_id(token, event)
        if webhook_id is not None:
            return webhook_id
        reason = "token wrong or registered for another event"
    intake.refusals.refused(request.remote, request.path, event, reason)
    return None


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _parse(request: web.Request, raw: bytes) -> tuple[Any, tuple[str, str] | None]:
    """The body as a JSON object, or (reason, detail) of why it is refused."""
    if request.content_type != "application/json":
        return None, ("wrong_content_type",
                      f"the content type is '{request.content_type[:80]}', not "
                      "application/json.")
    try:
        body = json.loads(raw, parse_constant=_no_constants)
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, NaN/Infinity
        return None, ("malformed_json", f"the body is not valid JSON: {str(exc)[:200]}.")
    except RecursionError:  # arrays or objects nested thousands deep
        return None, ("malformed_json", "the body is nested too deeply to be a time entry.")
    if not isinstance(body, dict):
        kind = "array" if isinstance(body, list) else "null" if body is None else "scalar"
        return None, ("not_an_object", f"the body is a JSON {kind}, not an object (Clockify "
                                       "sends the time entry as an object).")
    return body, None


async def _reject(request: web.Request, intake: Intake, event: str, raw: bytes, reason: str,
                  detail: str) -> web.Response:
    await intake.write(inbox.log_rejection, request.app[CONTEXT].db, reason, detail,
                       raw[:_EXCERPT_BYTES], event_type=event)
    return error_response(400, reason, f"{detail} The request was recorded in timedesk's "
                                       "Clockify error log.")


async def log_oversize_rejection(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: a webhook request refused as too large (by the listener's size
    limit, before any handler) goes to the error log like the other rejections, once its
    token is known to be good; with a bad token it is only a refusal."""
    if response.status != 413:
        return
    event = event_of(request)
    if event is None:
        return
    intake = request.app[INTAKE]
    try:
        if await _authenticate(request, intake, event) is None:
            return
        size = request.content_length
        detail = (f"the body ({size} bytes) is over the {MAX_BODY_BYTES // 1024} KiB limit."
                  if size is not None else
                  f"the body is over the {MAX_BODY_BYTES // 1024} KiB limit.")
        await intake.write(inbox.log_rejection, request.app[CONTEXT].db, "too_large", detail,
                           await _first_bytes(request), event_type=event)
    except Exception:  # the 413 answer must go out whatever happens to its log row
        log.exception("Clockify webhook: could not log a rejected oversize body")


async def _first_bytes(request: web.Request) -> bytes | None:
    """The start of a body refused before it was read (declared too large), for the excerpt."""
    if request.get(_BODY_READ):
        return None  # the handler read (and lost) its start: a chunked body over the limit
    try:
        return await asyncio.wait_for(request.content.read(_EXCERPT_BYTES), 1.0)
    except (TimeoutError, OSError, ValueError):
        return None


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/webhooks/clockify", receive, name="clockify-webhook")
    legacy = "|".join(sorted(LEGACY_PATHS))
    app.router.add_post(f"/webhook/clockify/{{name:(?:{legacy})}}", receive,
                        name="clockify-webhook-legacy")
    app.on_response_prepare.append(log_oversize_rejection)
