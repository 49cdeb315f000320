"""The names the listener answers to (security review LOW-5: DNS rebinding).

A web page on attacker.example can point its own name at 127.0.0.1; the browser then sends
`Host: attacker.example` to this listener and lets the page read the answers. So a request
naming a host the listener is not known by gets 421. Known: localhost, this machine's name
(and NAME.local), listener.host, the host of listener.public_url and listener.allowed_hosts.
An address literal (127.0.0.1, 192.168.1.20, [::1]) is always answered: a page cannot rebind
an address, and LAN clients use them. A request without a Host header (HTTP/1.0, scripts) is
not from a browser.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import hdrs, web

from timedesk.errors import TimedeskError
from timedesk.server.keys import CONTEXT
from timedesk.settings import Settings

_ALLOWED = web.AppKey("timedesk_allowed_hosts", frozenset)


class MisdirectedRequest(TimedeskError):
    code = "misdirected_request"
    http_status = 421


def host_name(header: str) -> str:
    """The name of a Host header, without port or brackets, lower-case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    name, colon, port = header.rpartition(":")
    return (name if colon and port.isdigit() else header).rstrip(".")


def allowed_names(settings: Settings) -> frozenset[str]:
    machine = socket.gethostname().lower()
    names = {"localhost", machine, f"{machine.partition('.')[0]}.local",  # .local: mDNS
             host_name(settings["listener.host"]),
             (urlsplit(settings["listener.public_url"].strip()).hostname or "").lower()}
    names.update(host_name(n) for n in settings["listener.allowed_hosts"].split(","))
    return frozenset(n for n in names if n)


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def setup_host_check(app: web.Application) -> None:
    """Check the Host of every request against the names known now (a listener restarted
    after a settings change builds a new application, so it knows the new names)."""
    app[_ALLOWED] = allowed_names(app[CONTEXT].settings)
    app.middlewares.append(check_host)


@web.middleware
async def check_host(request: web.Request,
                     handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                     ) -> web.StreamResponse:
    header = request.headers.get(hdrs.HOST)
    if header is not None:
        name = host_name(header)
        if name not in request.app[_ALLOWED] and not _is_address(name):
            raise MisdirectedRequest(
                "this listener does not answer to that host name.",
                "Use its address (such as http://127.0.0.1:PORT/) or a name an administrator "
                "added to the setting listener.allowed_hosts.")
    return await handler(request)
