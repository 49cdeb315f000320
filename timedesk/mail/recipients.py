"""Who receives a notice: the person concerned (when known and not opted out) and coordination.

Addresses are only ever taken from what we were given: nothing is derived from a user name.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

log = logging.getLogger(__name__)

# Deliberately loose (the server is the judge); it rejects what would break the SMTP envelope
# or a header: spaces, commas, angle brackets, line breaks, a missing domain.
_ADDRESS_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")
MAX_ADDRESS = 254


def clean_address(address: str | None) -> str | None:
    """The address lower-cased and trimmed, or None when it is empty or not an address."""
    text = (address or "").strip().lower()
    if not text:
        return None
    if len(text) > MAX_ADDRESS or not _ADDRESS_RE.match(text):
        log.warning("ignoring a malformed e-mail address (%d characters)", len(text))
        return None
    return text


def split_addresses(text: str | Iterable[str] | None) -> list[str]:
    """A comma- or semicolon-separated list (the mail.coordination setting) as clean addresses."""
    if text is None:
        return []
    parts = re.split(r"[,;\s]+", text) if isinstance(text, str) else list(text)
    return unique_addresses(parts)


def unique_addresses(addresses: Iterable[str | None]) -> list[str]:
    """Clean addresses, each once, in the order first given."""
    seen: dict[str, None] = {}
    for address in addresses:
        cleaned = clean_address(address)
        if cleaned:
            seen.setdefault(cleaned)
    return list(seen)


def recipients(user_email: str | None, notify: bool, coordination: str | Iterable[str] | None,
               include_coordination: bool) -> list[str]:
    """The addresses a notice goes to: the user's own when known and `notify` is on, plus the
    coordination list when asked for; lower-cased, each once, malformed ones dropped."""
    found: list[str | None] = [user_email] if notify else []
    if include_coordination:
        found.extend(split_addresses(coordination))
    return unique_addresses(found)
