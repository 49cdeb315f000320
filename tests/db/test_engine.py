"""Connecting: SQLite by default (WAL, foreign keys, busy timeout), PostgreSQL by URL, and a
one-line DatabaseUnavailable (what, where, what to check; no password) when it cannot be done."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import sqlalchemy as sa
from pg_support import PG_WHERE, url_for_database, url_with_password
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from timedesk.app import build_context
from timedesk.db.database import Database
from timedesk.db.engine import resolve_url
from timedesk.errors import DatabaseUnavailable

WRONG_PASSWORD_URL = url_with_password("wrong-pass-5150")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


def connect(raw_url: str, tmp_path: Path | None = None) -> Database:
    return Database.connect(resolve_url(raw_url, (tmp_path or Path("/nonexistent")) / "x.db"))


def unavailable(raw_url: str, tmp_path: Path | None = None) -> str:
    with pytest.raises(DatabaseUnavailable) as excinfo:
        connect(raw_url, tmp_path).dispose()
    message = str(excinfo.value)
    assert "\n" not in message and excinfo.value.exit_code == 2
    return message


def test_an_empty_url_means_the_sqlite_file_in_the_data_folder(tmp_path):
    url = resolve_url("", tmp_path / "data" / "timedesk.db")
    assert (url.drivername, url.database) == ("sqlite+pysqlite", str(tmp_path / "data" / "timedesk.db"))


def test_a_plain_postgresql_url_gets_the_psycopg2_driver():
    url = resolve_url("postgresql://u@db.office.lan:5433/timedesk", Path("unused"))
    assert url.drivername == "postgresql+psycopg2"
    assert (url.host, url.port, url.database) == ("db.office.lan", 5433, "timedesk")


def test_sqlite_connections_use_wal_foreign_keys_and_the_busy_timeout_setting(timedesk_home,
                                                                            monkeypatch):
    monkeypatch.setenv("TIMEDESK_DATABASE_SQLITE_BUSY_TIMEOUT_MS", "1234")
    context = build_context()
    try:
        with context.db.engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") == 1234
    finally:
        context.close()
    assert context.db.description == f"SQLite {timedesk_home / 'data' / 'timedesk.db'}"


def test_the_default_busy_timeout_is_fifteen_seconds_as_the_setting_says(tmp_path):
    from timedesk.settings import REGISTRY

    db = connect(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
        assert REGISTRY["database.sqlite_busy_timeout_ms"].default == 15000
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(db):
    """Also after the migrations (SQLite runs them with foreign keys off)."""
    with pytest.raises(IntegrityError):
        with db.engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO employees (name, active, user_id, created_at, updated_at) VALUES "
                "('ghost', true, 424242, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))


@pytest.mark.postgres
def test_postgresql_is_reached_by_its_url(postgres_schema):
    db = connect(postgres_schema)
    try:
        assert db.backend == "postgresql"
        assert db.description == f"PostgreSQL {PG_WHERE}"
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT current_schema()")).scalar().startswith("t_")
    finally:
        db.dispose()


@pytest.mark.parametrize("raw, expected", [
    ("notaurl", "database URL is not valid"),
    ("mysql://x/y", "database backend 'mysql' is not supported"),
    ("postgresql://u@host:port/db", "database URL is not valid"),
    ("postgresql+nosuchdriver://u@h/db", "no driver for database URL scheme"),
    ("postgresql+asyncpg://u@h/db", "the driver for database URL scheme 'postgresql+asyncpg' "
                                    "is not installed"),
])
def test_an_invalid_url_is_one_line_naming_the_setting_to_check(raw, expected):
    message = unavailable(raw)
    assert expected in message
    assert "database.url (TIMEDESK_DATABASE_URL)" in message


def test_a_password_in_an_invalid_url_is_not_repeated():
    assert "hunter22" not in unavailable("mysql://admin:hunter22@x/y")


def test_unreachable_postgresql_says_where_and_what_to_check():
    port = closed_port()
    message = unavailable(f"postgresql://timedesk:pw-unused-1@127.0.0.1:{port}/timedesk_test")
    assert message.startswith(f"cannot open the database (PostgreSQL 127.0.0.1:{port}/timedesk_test)")
    assert "Connection refused" in message
    assert "Check that the server is running and reachable" in message
    assert "pw-unused-1" not in message


@pytest.mark.postgres
def test_a_wrong_password_is_reported_without_the_password():
    message = unavailable(WRONG_PASSWORD_URL)
    assert "password authentication failed" in message
    assert f"PostgreSQL {PG_WHERE}" in message
    assert "wrong-pass-5150" not in message


@pytest.mark.postgres
def test_a_database_that_does_not_exist_is_named():
    url = url_for_database("no_such_db_here")
    message = unavailable(url)
    assert 'database "no_such_db_here" does not exist' in message
    password = make_url(url).password
    assert not password or password not in message


def test_a_file_that_is_not_an_sqlite_database_is_named(tmp_path):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"these are my notes, not a database\n" * 200)
    message = unavailable(f"sqlite:///{not_a_db}")
    assert message.startswith(f"cannot open the database (SQLite {not_a_db}): "
                              "file is not a database.")
    assert "is an SQLite database" in message
    assert not_a_db.read_bytes().startswith(b"these are my notes")


def test_an_sqlite_folder_that_cannot_be_created_is_named(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    message = unavailable(f"sqlite:///{blocker / 'sub' / 'timedesk.db'}")
    assert message.startswith(f"cannot create the folder of the database (SQLite {blocker}")
