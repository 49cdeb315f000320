"""Every answer of the listener that is not a success is JSON: `{"error": {"code", "message"}}`.

TimedeskError becomes its own status and code (the message carries the hint, so a script's
user learns what to do); aiohttp's own 404/405/413 get the same shape; anything unexpected is a
500 with a generic message and a reference to the traceback in the log, because exception text
may hold paths, SQL or values that must not leave the machine.

An answer never passes through the log's secret masking (timedesk.logs.redact): masking what a
client sent would tell it whether its guess was a secret (security review HIGH-1). So 404 and
405 do not repeat the path, and input an error message repeats is cut short. A client that
hangs up is one DEBUG line, not a traceback.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Awaitable, Callable

from aiohttp import hdrs, web
from aiohttp.http_exceptions import HttpProcessingError
from sqlalchemy.exc import InterfaceError, OperationalError

from timedesk.errors import TimedeskError
from timedesk.server.hosts import setup_host_check

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
_OWN_BODY_LIMIT = "timedesk_reads_own_body"
BEARER_CHALLENGE = 'Bearer realm="timedesk"'
# Set once a response's headers are on their way (streams): no error body can follow them.
RESPONSE_STARTED = web.RequestKey("timedesk_response_started", bool)
_DROPPED_HEADERS = {hdrs.CONTENT_TYPE.lower(), hdrs.CONTENT_LENGTH.lower()}
SERVER_NAME = "timedesk"  # aiohttp's default names the Python and aiohttp versions
# An error message may repeat a value the client sent: a run of characters this long is a
# value, not prose, and is cut; so is a message this long.
_LONG_RUN = re.compile(r"\S{65,}")
MAX_MESSAGE_CHARS = 400

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error_response(status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}},
                             status=status, headers=headers)


def shorten(text: str) -> str:
    """`text` with any long run of non-blank characters (an echoed value) cut to 40, and the
    whole cut to MAX_MESSAGE_CHARS."""
    text = _LONG_RUN.sub(lambda match: match.group()[:40] + "…", text)
    return text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS] + "…"


def _where(request: web.Request) -> str:
    """The request's method and path as sent (percent-encoded: no line breaks), for the log."""
    return f"{request.method} {request.rel_url.raw_path[:300]}"


def _http_error(request: web.Request, exc: web.HTTPException) -> web.Response:
    status = exc.status
    if status == 404:
        code = "not_found"
        message = ("there is nothing at this address. "
                   "See /api/v1/openapi.json for the addresses this server answers.")
    elif status == 405:
        allowed = ", ".join(sorted(getattr(exc, "allowed_methods", ()) or ()))
        code = "method_not_allowed"
        message = f"this address does not take this method. Use {allowed or 'another method'}."
    elif status == 413:
        code = "payload_too_large"
        message = (f"the request body is larger than {MAX_BODY_BYTES // 1024} KiB. "
                   "Send less data in one request.")
    else:
        code = exc.reason.lower().replace(" ", "_").replace("-", "_") or "http_error"
        # aiohttp's default text is "404: Not Found"; a handler's own text says more.
        default_text = f"{status}: {exc.reason}"
        message = shorten(exc.text) if exc.text and exc.text != default_text else exc.reason
    headers = {k: v for k, v in exc.headers.items() if k.lower() not in _DROPPED_HEADERS}
    return error_response(status, code, message, headers)


def _timedesk_error(request: web.Request, exc: TimedeskError) -> web.Response:
    headers: dict[str, str] = {}
    if exc.http_status == 401:
        # RFC 7235: a 401 names the scheme to use; authenticate_request may refine it.
        headers[hdrs.WWW_AUTHENTICATE] = getattr(exc, "challenge", BEARER_CHALLENGE)
    level = logging.WARNING if exc.http_status >= 500 else logging.INFO
    log.log(level, "%s -> %d %s", _where(request), exc.http_status, exc.code)
    message = f"{shorten(exc.message)} {shorten(exc.hint)}".strip()
    return error_response(exc.http_status, exc.code, message, headers)


def _client_hung_up(request: web.Request, exc: Exception) -> bool:
    transport = request.transport
    return (isinstance(exc, ConnectionResetError)
            and (transport is None or transport.is_closing()))


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
    except (OperationalError, InterfaceError) as exc:  # down, or locked past its busy timeout
        if request.get(RESPONSE_STARTED):
            raise
        log.warning("%s -> 503: the database did not answer (%s)", _where(request),
                    type(exc).__name__)
        return error_response(503, "database_unavailable",
                              "the database did not answer; nothing was changed. Try again in "
                              "a moment; if it persists, tell the administrator.")
    except Exception as exc:
        if _client_hung_up(request, exc):
            log.debug("%s: the client hung up (%s)", _where(request), type(exc).__name__)
            # Nothing can reach the client: aiohttp fails to send this quietly and closes.
            return web.Response(status=499)
        if request.get(RESPONSE_STARTED):
            # A stream already sent its headers: a second response would corrupt it. aiohttp
            # logs the error and drops the connection, which is all a client can be told.
            raise
        reference = uuid.uuid4().hex[:8]
        log.exception("unexpected error in %s (reference %s)", _where(request), reference)
        return error_response(500, "internal_error",
                              f"the server met an unexpected error (reference {reference}). "
                              "It is in the server's log; tell the administrator if it persists.")


def reads_own_body(handler: Handler) -> Handler:
    """Mark a handler that limits the body itself while reading it (an upload larger than
    MAX_BODY_BYTES by design): limit_body_size leaves its requests alone."""
    setattr(handler, _OWN_BODY_LIMIT, True)
    return handler


@web.middleware
async def limit_body_size(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse a declared oversize body before reading it (a chunked one is caught by
    client_max_size when the handler reads it); handlers marked reads_own_body limit their
    own."""
    length = request.content_length
    if getattr(request.match_info.handler, _OWN_BODY_LIMIT, False):
        return await handler(request)
    if length is not None and length > MAX_BODY_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY_BYTES, actual_size=length)
    return await handler(request)


async def _mark_response_started(request: web.Request, response: web.StreamResponse) -> None:
    request[RESPONSE_STARTED] = True
    response.headers[hdrs.SERVER] = SERVER_NAME


class QuietMalformedRequests(logging.Filter):
    """aiohttp logs a request it cannot parse (a bad header, a bad request line) at ERROR with
    a traceback: anyone can send one, so it becomes one DEBUG line of ours instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if not isinstance(exc, HttpProcessingError):
            return True
        log.debug("malformed request: %d %s", exc.code,
                  str(exc.message).splitlines()[0][:200] if exc.message else "")
        return False


_QUIET_MALFORMED = QuietMalformedRequests()


def setup_middlewares(app: web.Application) -> None:
    server_log = logging.getLogger("aiohttp.server")
    if _QUIET_MALFORMED not in server_log.filters:
        server_log.addFilter(_QUIET_MALFORMED)
    # Order matters: json_errors is outermost so that it also shapes the others' errors.
    app.middlewares.append(json_errors)
    setup_host_check(app)
    app.middlewares.append(limit_body_size)
    app.on_response_prepare.append(_mark_response_started)
