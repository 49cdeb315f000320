"""Where Clockify must send its webhooks, and whether its cloud can reach that address."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

WEBHOOK_PATH = "/webhooks/clockify"
LEGACY_PREFIX = "/webhook/clockify/"
_ANY = {"0.0.0.0", "::", ""}
_LOCAL = {"127.0.0.1", "::1", "localhost"}


@dataclass(frozen=True)
class Reach:
    url: str  # what to paste into Clockify ('' when it cannot be worked out)
    role: str  # style role of the note: success, warning
    note: str


def _is_private(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False  # a name: only the administrator knows where it points
    return address.is_private or address.is_loopback or address.is_link_local


def webhook_reach(settings: Any, listener: Any) -> Reach:
    """The URL to paste into Clockify and a note on whether Clockify's servers (on the
    Internet) can reach it. Blocking on first use: it imports the server package."""
    from timedesk.server.addresses import public_url

    configured = settings["listener.public_url"].strip()
    listening = listener is not None and getattr(listener, "state", "") == "listening"
    host = listener.host if listening and listener.host else settings["listener.host"]
    if listening and listener.public_url:
        base = listener.public_url
    else:
        base = public_url(settings)
    url = base.rstrip("/") + WEBHOOK_PATH
    if not listening and (listener is not None or not settings["listener.enabled"]):
        return Reach(url, "warning", QCoreApplication.translate("ClockifyWebhooks",
            "The listener is not running, so Clockify's deliveries cannot arrive: turn it on "
            "in the Listener section. Clockify retries for a while; `timedesk clockify "
            "backfill` reads what was missed."))
    if configured:
        return Reach(url, "success", QCoreApplication.translate("ClockifyWebhooks",
            "This is the public address set in listener.public_url: make sure it leads to "
            "this listener (reverse proxy or port forwarding)."))
    if host.strip() not in _ANY and host.strip() in _LOCAL:
        return Reach(url, "warning", QCoreApplication.translate("ClockifyWebhooks",
            "The listener accepts connections from this computer only, and Clockify calls "
            "from the Internet, so it cannot reach this address. Open the listener to the "
            "network in the Listener section, publish it through a reverse proxy with HTTPS "
            "(or a port forward on the router), and set listener.public_url to the address "
            "Clockify should call (`timedesk config set listener.public_url https://…`)."))
    if _is_private(urlsplit(url).hostname or ""):
        return Reach(url, "warning", QCoreApplication.translate("ClockifyWebhooks",
            "This is an address of your local network: Clockify's cloud cannot reach it. "
            "Publish the listener through a reverse proxy with HTTPS (or a port forward on "
            "the router) and set listener.public_url to its public address."))
    return Reach(url, "success", QCoreApplication.translate(
        "ClockifyWebhooks", "Clockify's servers must be able to reach this address."))
