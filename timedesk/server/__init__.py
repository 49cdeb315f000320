"""The HTTP listener (aiohttp): the only package that imports aiohttp.web.

Public API: create_app(ctx), Listener, authenticate_request, run_blocking, add_openapi,
public_url; route modules are listed in timedesk.server.routes.ROUTE_SETUPS. Modules inside the
package import server.auth, server.blocking and server.openapi directly, not this facade.
"""

from timedesk.server.addresses import public_url
from timedesk.server.app import create_app
from timedesk.server.auth import ACTOR, authenticate_request
from timedesk.server.blocking import run_blocking
from timedesk.server.keys import CONTEXT, EXECUTOR, OPEN_STREAMS
from timedesk.server.listener import Listener
from timedesk.server.openapi import add_openapi, error_reply
from timedesk.server.streams import OpenStreams

__all__ = ["ACTOR", "CONTEXT", "EXECUTOR", "OPEN_STREAMS", "Listener", "OpenStreams",
           "add_openapi", "authenticate_request", "create_app", "error_reply", "public_url",
           "run_blocking"]
