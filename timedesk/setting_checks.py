"""What a setting's value must look like, beyond its type, choices and range: the `validate=`
of a declaration (timedesk.settings.declare). Each check takes the typed value and raises
ValueError saying what was expected; it is run wherever a value comes in (`config set`, the
GUI's settings forms, a settings file, an environment variable), so that a bad value is refused
when it is set, naming the key, and not when a module first uses it.

Messages quote the value cut to a few dozen characters, except where it may hold a secret."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from datetime import time
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_SHOWN = 60
_HOST_RE = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
                      r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")
_EMAIL_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")


def shown(value: str) -> str:
    """A value quoted in a message: at most _SHOWN characters."""
    return repr(value if len(value) <= _SHOWN else value[:_SHOWN] + "…")


def parse_time_of_day(text: str) -> time:
    """'05:30' -> 05:30; ValueError for anything but HH:MM from 00:00 to 23:59."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"{shown(text)} is not a time of day HH:MM (00:00 to 23:59)")
    return time(int(match[1]), int(match[2]))


def time_of_day(text: str) -> None:
    parse_time_of_day(text)


def time_zone_or_empty(text: str) -> None:
    """An IANA time zone name (Europe/Madrid); empty means this computer's zone."""
    if not text:
        return
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{shown(text)} is not a known time zone (an IANA name such as "
                         "Europe/Madrid)") from None


def http_url_or_empty(text: str) -> None:
    if text:
        http_url(text)


def http_url(text: str) -> None:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        raise ValueError(f"{shown(text)} is not an http:// or https:// address")


def host_or_empty(text: str) -> None:
    """A host name or an IP address, without a scheme, port or path."""
    if not text:
        return
    try:
        ipaddress.ip_address(text)
        return
    except ValueError:
        pass
    if not _HOST_RE.match(text):
        raise ValueError(f"{shown(text)} is not a host name or IP address (no http://, port "
                         "or path)")


def host_list(text: str) -> None:
    """Host names or IP addresses separated by commas; empty means none."""
    for host in re.split(r"[,\s]+", text):
        host_or_empty(host)


def email_or_empty(text: str) -> None:
    if text and not _EMAIL_RE.match(text):
        raise ValueError(f"{shown(text)} is not an e-mail address (name@example.org)")


def email_list(text: str) -> None:
    """E-mail addresses separated by commas or semicolons; empty means none."""
    for address in re.split(r"[,;\s]+", text):
        if address and not _EMAIL_RE.match(address):
            raise ValueError(f"{shown(address)} is not an e-mail address; give addresses "
                             "separated by commas")


def matching(pattern: str, what: str) -> Callable[[str], None]:
    """Text that matches `pattern` in full, or empty; `what` says what is expected."""
    compiled = re.compile(pattern)

    def check(text: str) -> None:
        if text and not compiled.fullmatch(text):
            raise ValueError(f"{shown(text)} is not {what}")

    return check


def at_most_characters(limit: int) -> Callable[[str], None]:
    def check(text: str) -> None:
        if len(text) > limit:
            raise ValueError(f"it has {len(text)} characters; at most {limit} fit")

    return check
