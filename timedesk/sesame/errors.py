"""Typed errors of the Sesame module: what went wrong talking to Sesame, and what to do.

Exit codes of the command line: 4 for a refused token (401) or a company without the API add-on
(403), as every authentication or permission failure; 6 when Sesame could not be reached, was
too slow, answered something unreadable, or a page still failed after the retries. Messages
are built from names, status codes and paths only: never from the token.
"""

from __future__ import annotations

from typing import Any

from timedesk.errors import TimedeskError
from timedesk.retry import retry_after_seconds

TOKEN_SECRET = "SESAME_TOKEN"  # `timedesk secret set sesame_token` (names are upper-cased)


class SesameError(TimedeskError):
    """Talking to Sesame's API failed."""

    code = "sesame_error"
    http_status = 502
    exit_code = 6


class SesameAuthError(SesameError):
    """401: the token is missing, invalid or revoked."""

    code = "sesame_auth"
    exit_code = 4

    def __init__(self, message: str = "Sesame refused the token (401): it is invalid or was "
                 "revoked.", hint: str = "Create a new token in Sesame (Settings > Integrations "
                 "> API) and store it: `timedesk secret set sesame_token`.",
                 **params: object) -> None:
        super().__init__(message, hint, **params)


class SesameNotLicensed(SesameError):
    """403: the company has no API add-on (forbidden_access_permission)."""

    code = "sesame_not_licensed"
    exit_code = 4

    def __init__(self, message: str = "Sesame says the company is not licensed for the API "
                 "(403).", hint: str = "Ask Sesame to enable the API add-on, or use a token of "
                 "a company that has it.", **params: object) -> None:
        super().__init__(message, hint, **params)


class SesameUnreachable(SesameError):
    """The host does not resolve (unknown region), refuses the connection, or TLS fails."""

    code = "sesame_unreachable"


class SesameTimeout(SesameError):
    """Sesame did not answer within sesame.timeout_s."""

    code = "sesame_timeout"


class SesameConnectionDropped(SesameError):
    """The connection broke before the whole answer arrived (mid-body, or before the status)."""

    code = "sesame_connection_dropped"


class SesameUnexpectedAnswer(SesameError):
    """An answer that is not Sesame's documented JSON (wrong base URL, a proxy's page, 404)."""

    code = "sesame_unexpected_answer"


class SesamePageFailed(SesameError):
    """A page that still failed after the retries: the whole call fails, never a partial list."""

    code = "sesame_page_failed"


# -- how answers and failures map to them (used by timedesk.sesame.client) ------------
CHECK_URL = "Check the region and sesame.base_url: they must point at Sesame's API."
MAX_WAIT_S = 60.0  # longest single wait for a Retry-After or a backoff


class RetryableFailure(Exception):
    """One attempt failed in a way another attempt may fix."""

    def __init__(self, error: SesameError, wait_s: float | None = None, *,
                 rate_limited: bool = False) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait_s = wait_s
        self.rate_limited = rate_limited


def check_answer(answer: Any, path: str) -> None:
    """Raise the error a non-2xx answer means (RetryableFailure where trying again may help)."""
    status = answer.status_code
    if status == 401:
        raise SesameAuthError()
    if status == 403:
        raise SesameNotLicensed()
    if status == 429:
        raise RetryableFailure(SesameTimeout("Sesame's rate limit was reached on {path} (429).",
                                       "Wait a minute, or lower sesame.requests_per_minute.",
                                             path=path),
                         retry_after_seconds(answer.headers.get("Retry-After"), cap=MAX_WAIT_S),
                         rate_limited=True)
    if status >= 500:
        raise RetryableFailure(SesameUnexpectedAnswer(
            "Sesame failed on {path} (HTTP {status}{sesame_message}).",
            "Try again in a few minutes.",
            path=path, status=status, sesame_message=sesame_message(answer)))
    if status >= 400:
        raise SesameUnexpectedAnswer(
            "Sesame refused {path} (HTTP {status}{sesame_message}).", CHECK_URL,
            path=path, status=status, sesame_message=sesame_message(answer))


def sesame_message(answer: Any) -> str:
    """Sesame's own words from its error body, short and single-line."""
    try:
        error = answer.json().get("error")
    except (ValueError, AttributeError):
        return ""
    message = error.get("message") if isinstance(error, dict) else None
    if not isinstance(message, str) or not message.strip():
        return ""
    return ": " + " ".join(message.split())[:160]


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (causes, urllib3's `reason`, exceptions in `args`)."""
    found: list[BaseException] = []
    todo = [exc]
    while todo and len(found) < 30:
        current = todo.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        todo.extend(x for x in (current.__cause__, current.__context__,
                                getattr(current, "reason", None)) if isinstance(x, BaseException))
        todo.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))
    return found


def connection_is_hopeless(exc: BaseException) -> bool:
    """A name that does not resolve or a refused connection: another attempt will not help."""
    names = {type(e).__name__ for e in _chain(exc)}
    return bool(names & {"NameResolutionError", "gaierror", "ConnectionRefusedError"})


_DROPPED = {"ChunkedEncodingError", "ContentDecodingError", "ProtocolError", "IncompleteRead",
            "RemoteDisconnected", "ConnectionResetError", "ConnectionAbortedError",
            "BrokenPipeError", "ReadTimeoutError"}
DROPPED_HINT = ("Sesame or the network cut the answer short; nothing was written. Try again in a "
                "few minutes; if it keeps happening, check this computer's Internet connection "
                "or proxy.")


def connection_dropped(exc: BaseException) -> bool:
    """The connection was open and broke while an answer was awaited or read (a dropped
    connection, a cut body, a read that timed out half-way): asking again may well work."""
    return bool({type(e).__name__ for e in _chain(exc)} & _DROPPED)


def connection_cause(exc: BaseException) -> str:
    names = [type(e).__name__ for e in _chain(exc)]
    if "NameResolutionError" in names or "gaierror" in names:
        return "the address does not resolve: unknown region?"
    if "ConnectionRefusedError" in names:
        return "connection refused"
    return names[-1] if names else type(exc).__name__
