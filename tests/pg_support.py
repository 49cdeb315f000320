"""Where the test PostgreSQL is (TIMEDESK_TEST_POSTGRES_URL), for tests whose expected messages
name the server: CI's cluster listens on 5432, packaging/test.sh's throw-away one on any port."""

from __future__ import annotations

import os

from sqlalchemy.engine import make_url

POSTGRES_URL = os.environ.get("TIMEDESK_TEST_POSTGRES_URL", "")
_URL = make_url(POSTGRES_URL or "postgresql://timedesk@127.0.0.1:5432/timedesk_test")
PG_HOST = _URL.host or "localhost"
PG_PORT = _URL.port or 5432
PG_DATABASE = _URL.database or ""
PG_WHERE = f"{PG_HOST}:{PG_PORT}/{PG_DATABASE}"  # as Database.description names it


def url_with_password(password: str) -> str:
    """The test server's URL with another password (to provoke an authentication failure)."""
    return f"postgresql://{_URL.username}:{password}@{PG_HOST}:{PG_PORT}/{PG_DATABASE}"


def url_for_database(name: str) -> str:
    """The test server's URL and credentials, naming another database."""
    return _URL.set(database=name).render_as_string(hide_password=False)
