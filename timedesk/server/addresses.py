"""Addresses of the listener: the URL others use, and what a failed bind means in plain words."""

from __future__ import annotations

import errno
import socket

from timedesk.settings import Settings

_ANY_ADDRESS = {"0.0.0.0", "::", ""}
GUI_PORT_ADVICE = "choose another port in File > Settings > This computer"


def format_url(host: str, port: int, scheme: str = "http") -> str:
    if ":" in host and not host.startswith("["):  # an IPv6 literal needs brackets in a URL
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}"


def lan_address() -> str:
    """This machine's address on its LAN (the interface of the default route).

    Connecting a UDP socket only selects a route: no packet is sent, so this works offline and
    touches no network. Falls back to 127.0.0.1 when the machine has no route at all."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 9))
            address = probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


def public_url(settings: Settings, host: str | None = None, port: int | None = None,
               scheme: str | None = None) -> str:
    """The URL other machines (and webhooks) use to reach this listener.

    listener.public_url when set (behind a router or a reverse proxy only the administrator
    knows it); else, when bound to every interface, this machine's LAN address; else host:port.
    `host`/`port` default to the settings; pass the listener's actual ones when it runs. The
    scheme is https when the listener has a certificate (listener.tls_cert)."""
    configured = settings["listener.public_url"].strip()
    if configured:
        return configured.rstrip("/")
    host = settings["listener.host"] if host is None else host
    port = settings["listener.port"] if port is None else port
    if host.strip() in _ANY_ADDRESS:
        host = lan_address()
    if scheme is None:
        scheme = "https" if settings["listener.tls_cert"].strip() else "http"
    return format_url(host, port, scheme)


def bind_failure_message(host: str, port: int, exc: OSError,
                         port_advice: str = GUI_PORT_ADVICE) -> str:
    """One line a person understands for an OSError raised while binding; `port_advice` says
    where this face lets the person change the port."""
    where = f"port {port} on {host}"
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return (f"{host} is not an address of this machine; use 127.0.0.1 (this PC only) or "
                f"0.0.0.0 (the LAN) as the listener's host")
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
        return f"{where} is already in use; {port_advice} or stop the other program"
    if exc.errno in (errno.EACCES, getattr(errno, "WSAEACCES", -1)):
        return (f"{where} may not be opened by this user (ports below 1024 need administrator "
                f"rights); {port_advice} above 1024")
    reason = exc.strerror or type(exc).__name__
    return f"cannot listen on {where}: {reason}"


def is_loopback(host: str) -> bool:
    """True when `host` is reachable from this computer only."""
    import ipaddress

    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a name or an interface address: other computers may reach it


def exposure_warning(host: str, https: bool) -> str | None:
    """What a listener bound to `host` exposes beyond this computer, in words; None on loopback."""
    if is_loopback(host):
        return None
    exposed = (f"the listener on {host or 'every address'} is reachable from other computers: "
               "the lobby display page and its feed (/display, public, no sign-in), /health, "
               "the Clockify webhooks (/webhooks/clockify, a token in every request) and the "
               "HTTP API (/api/v1, bearer tokens of users)")
    if https:
        return exposed + ". Let the firewall allow only your office network."
    return (exposed + ", over plain HTTP: anyone on the network path can read those tokens "
            "and replay requests. Give the listener a certificate (listener.tls_cert and "
            "listener.tls_key) or put a TLS reverse proxy in front, and let the firewall allow "
            "only your office network.")
