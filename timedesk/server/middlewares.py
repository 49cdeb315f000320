"""Every answer of the listener that is not a success is JSON: `{"error": {"code", "message"}}`.

TimedeskError becomes its own status and code (the message carries the hint, so a script's
user learns what to do); aiohttp's own 404/405/413 get the same shape; anything unexpected is a
500 with a generic message and a reference to the traceback in the log, because exception text
may hold paths, SQL or values that must not leave the machine.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable

from aiohttp import hdrs, web

from timedesk.errors import TimedeskError
from timedesk.logs import redact

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
BEARER_CHALLENGE = 'Bearer realm="timedesk"'
# Set once a response's headers are on their way (streams): no error body can follow them.
RESPONSE_STARTED = web.RequestKey("timedesk_response_started", bool)
_DROPPED_HEADERS = {hdrs.CONTENT_TYPE.lower(), hdrs.CONTENT_LENGTH.lower()}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": {"code": code, "message": redact(message)}},
                             status=status, headers=headers)


def _http_error(request: web.Request, exc: web.HTTPException) -> web.Response:
    status = exc.status
    if status == 404:
        code = "not_found"
        message = (f"there is nothing at {request.method} {request.path}. "
                   "See /api/v1/openapi.json for the addresses this server answers.")
    elif status == 405:
        allowed = ", ".join(sorted(getattr(exc, "allowed_methods", ()) or ()))
        code = "method_not_allowed"
        message = (f"{request.method} is not allowed on {request.path}. "
                   f"Use {allowed or 'another method'}.")
    elif status == 413:
        code = "payload_too_large"
        message = (f"the request body is larger than {MAX_BODY_BYTES // 1024} KiB. "
                   "Send less data in one request.")
    else:
        code = exc.reason.lower().replace(" ", "_").replace("-", "_") or "http_error"
        # aiohttp's default text is "404: Not Found"; a handler's own text says more.
        default_text = f"{status}: {exc.reason}"
        message = exc.text if exc.text and exc.text != default_text else exc.reason
    headers = {k: v for k, v in exc.headers.items() if k.lower() not in _DROPPED_HEADERS}
    return error_response(status, code, message, headers)


def _timedesk_error(request: web.Request, exc: TimedeskError) -> web.Response:
    headers = {}
    if exc.http_status == 401:
        # RFC 7235: a 401 names the scheme to use; authenticate_request may refine it.
        headers[hdrs.WWW_AUTHENTICATE] = getattr(exc, "challenge", BEARER_CHALLENGE)
    level = logging.WARNING if exc.http_status >= 500 else logging.INFO
    log.log(level, "%s %s -> %d %s", request.method, request.path, exc.http_status, exc.code)
    return error_response(exc.http_status, exc.code, str(exc), headers)


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or request.get(RESPONSE_STARTED):  # redirects are answers
            raise
        return _http_error(request, exc)
    except TimedeskError as exc:
        if request.get(RESPONSE_STARTED):
            raise
        return _timedesk_error(request, exc)
    except Exception:
        if request.get(RESPONSE_STARTED):
            # A stream already sent its headers: a second response would corrupt it. aiohttp
            # logs the error and drops the connection, which is all a client can be told.
            raise
        reference = uuid.uuid4().hex[:8]
        log.exception("unexpected error in %s %s (reference %s)", request.method, request.path,
                      reference)
        return error_response(500, "internal_error",
                              f"the server met an unexpected error (reference {reference}). "
                              "It is in the server's log; tell the administrator if it persists.")


@web.middleware
async def limit_body_size(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse a declared oversize body before reading it (a chunked one is caught by
    client_max_size when the handler reads it)."""
    length = request.content_length
    if length is not None and length > MAX_BODY_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY_BYTES, actual_size=length)
    return await handler(request)


async def _mark_response_started(request: web.Request, response: web.StreamResponse) -> None:
    request[RESPONSE_STARTED] = True


def setup_middlewares(app: web.Application) -> None:
    # Order matters: json_errors is outermost so that it also shapes limit_body_size's 413.
    app.middlewares.extend([json_errors, limit_body_size])
    app.on_response_prepare.append(_mark_response_started)
