"""The PostgreSQL password lives in the secret store, never in database.url's settings file.

`separate_password()` splits a URL typed by a person into the URL that is saved and the password
that goes to the secret store as DATABASE_PASSWORD (TIMEDESK_SECRET_DATABASE_PASSWORD on a
headless server); `with_stored_password()` puts it back when the engine is created.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

PASSWORD_SECRET = "DATABASE_PASSWORD"


def separate_password(text: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None). Text that is not a URL is returned
    as it is: the engine's one-line error will say what is wrong with it."""
    raw = (text or "").strip()
    if not raw:
        return "", None
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):
        return raw, None
    if not url.password:
        return raw, None
    without = URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                         url.query)
    return without.render_as_string(hide_password=False), str(url.password)


def save_database_url(settings: Any, secrets: Any, text: str) -> str:
    """Save `text` as database.url with its password moved to the secret store.

    Returns where the password went ('keyring', 'file', 'session') or '' when there was none.
    The secret is stored first: when that fails (no keyring, no opt-in) nothing is saved."""
    url, password = separate_password(text)
    where = ""
    if password is not None:
        where = secrets.set(PASSWORD_SECRET, password)
    settings.set("database.url", url)
    return where


def with_stored_password(url: URL, secrets: Any | None) -> URL:
    """A PostgreSQL URL without a password gets DATABASE_PASSWORD from the secret store, if any."""
    if secrets is None or url.get_backend_name() != "postgresql" or url.password:
        return url
    password = secrets.get(PASSWORD_SECRET)
    return url.set(password=password) if password else url
