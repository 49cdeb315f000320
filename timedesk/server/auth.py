"""Bearer tokens for `/api/v1/...` handlers.

    actor = await authenticate_request(request, Permission.TURNS_ISSUE)
    result = await run_blocking(request, turns.issue_turn, ctx.db, actor, ...)

401 (with `WWW-Authenticate: Bearer`) when the token is missing, unknown or revoked; 403 when
its role lacks the permission. The service still checks the permission with the actor: this is
an early, cheap refusal, not the only one.
"""

from __future__ import annotations

from aiohttp import hdrs, web

from timedesk.auth.permissions import Actor, Permission, require
from timedesk.auth.service import verify_api_token
from timedesk.errors import AuthenticationFailed
from timedesk.server.blocking import run_blocking
from timedesk.server.keys import CONTEXT
from timedesk.server.middlewares import BEARER_CHALLENGE

ACTOR = web.RequestKey("timedesk_actor", Actor)
_INVALID_TOKEN_CHALLENGE = BEARER_CHALLENGE + ', error="invalid_token"'


def _bearer_token(request: web.Request) -> str:
    scheme, _, token = request.headers.get(hdrs.AUTHORIZATION, "").strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthenticationFailed("this address needs an API token.",
                                   "Send the header 'Authorization: Bearer <token>'; an "
                                   "administrator creates one with `timedesk api-token create`.")
    return token


async def authenticate_request(request: web.Request,
                               permission: Permission | None = None) -> Actor:
    """The actor behind the request's bearer token, checked for `permission` if given."""
    token = _bearer_token(request)
    try:
        actor = await run_blocking(request, verify_api_token, request.app[CONTEXT].db, token)
    except AuthenticationFailed as exc:
        exc.challenge = _INVALID_TOKEN_CHALLENGE  # type: ignore[attr-defined]
        raise
    if permission is not None:
        require(actor, permission)
    request[ACTOR] = actor
    return actor
