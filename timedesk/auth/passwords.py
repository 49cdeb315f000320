"""Password hashing with scrypt (a slow, salted, memory-hard KDF from the standard library).

Format: `scrypt$n$r$p$salt$hash` (base64), so parameters can be raised later: a hash made with
older parameters still verifies, and `needs_rehash()` tells when to upgrade it at the next login.

The cost is OWASP's current guidance, N=2^17, r=8, p=1 (128 MiB, ~0.25 s here). Test suites that
create many accounts set TIMEDESK_TEST_PASSWORD_COST (log2 of N, 10 to 17) to go faster; nothing
else reads it, and the default without it is 2^17.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os

N, R, P = 2**17, 8, 1  # OWASP's scrypt guidance: slow for guessing, fine for a sign-in
DKLEN = 32
MIN_LENGTH = 8
MAXMEM = 256 * 1024 * 1024  # scrypt needs 128 * r * N bytes (128 MiB at N=2^17) and a little more
TEST_COST_VARIABLE = "TIMEDESK_TEST_PASSWORD_COST"


def work_factor() -> int:
    """N for new hashes: 2^17, or 2^TIMEDESK_TEST_PASSWORD_COST in test suites."""
    cost = os.environ.get(TEST_COST_VARIABLE, "").strip()
    if cost.isdigit() and 10 <= int(cost) <= 17:
        return int(2 ** int(cost))
    return N


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt, n = os.urandom(16), work_factor()
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=R, p=P, maxmem=MAXMEM,
                            dklen=DKLEN)
    return f"scrypt${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of `password` against a stored hash; False for a malformed hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), maxmem=MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${work_factor()}${R}${P}$")


@functools.cache
def _dummy_hash(n: int) -> str:
    return hash_password(os.urandom(12).hex())


def dummy_hash() -> str:
    """A hash of nothing in particular: unknown usernames and locked accounts still pay for one
    KDF run, so response times do not reveal which usernames exist or are locked."""
    return _dummy_hash(work_factor())
