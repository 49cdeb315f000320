"""Password hashing with scrypt (a slow, salted, memory-hard KDF from the standard library).

Format: `scrypt$n$r$p$salt$hash` (base64), so parameters can be raised later: a hash made with
older parameters still verifies, and `needs_rehash()` tells when to upgrade it at the next login.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os

N, R, P = 2**15, 8, 1  # ~60 ms and 32 MiB per hash here: slow for guessing, fine for a login
DKLEN = 32
MIN_LENGTH = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P,
                            maxmem=128 * 1024 * 1024, dklen=DKLEN)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of `password` against a stored hash; False for a malformed hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), maxmem=128 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${N}${R}${P}$")


@functools.cache
def dummy_hash() -> str:
    """A hash of nothing in particular: unknown usernames still pay for one KDF run, so response
    times do not reveal which usernames exist."""
    return hash_password(os.urandom(12).hex())
