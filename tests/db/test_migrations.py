"""Alembic migrations on SQLite and PostgreSQL: applied at start-up, reversible, in step with the
models, and the audit log append-only whatever touches the database."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import DBAPIError

import timedesk.db.models  # noqa: F401  (every table in Base.metadata)
from timedesk.app import build_context
from timedesk.db.base import Base
from timedesk.db.database import Database
from timedesk.db.engine import resolve_url
from timedesk.db.migrate import current_revision, downgrade, head_revision, upgrade
from timedesk.errors import DatabaseUnavailable

TABLES = {"alembic_version", "api_tokens", "audit_log", "employees", "events", "users"}


@pytest.fixture
def empty_db(database_url):
    """A connected database on which no migration has run yet."""
    db = Database.connect(resolve_url(database_url, Path("unused")))
    yield db
    db.dispose()


def tables(db: Database) -> set[str]:
    return set(sa.inspect(db.engine).get_table_names())


def add_audit_row(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                             "VALUES (CURRENT_TIMESTAMP, 'test', 'x.created', 'x', '1')"))


def assert_audit_log_is_append_only(db: Database) -> None:
    add_audit_row(db)
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="audit_log is append-only"):
            with db.engine.begin() as conn:
                conn.execute(sa.text(statement))
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT actor FROM audit_log")).scalars().all() == ["test"]


def test_build_context_applies_the_migrations_at_start_up(env):
    context = build_context(env)
    try:
        assert current_revision(context.db.engine) == head_revision()
        assert tables(context.db) >= TABLES
    finally:
        context.close()


def test_upgrade_then_downgrade_to_base_then_upgrade_again(empty_db):
    assert current_revision(empty_db.engine) is None
    upgrade(empty_db.engine)
    assert current_revision(empty_db.engine) == head_revision()
    assert tables(empty_db) >= TABLES
    downgrade(empty_db.engine, "base")
    assert current_revision(empty_db.engine) is None
    assert tables(empty_db) == {"alembic_version"}
    upgrade(empty_db.engine)
    assert current_revision(empty_db.engine) == head_revision()
    assert tables(empty_db) >= TABLES


def test_upgrade_at_head_changes_nothing(empty_db):
    upgrade(empty_db.engine)
    add_audit_row(empty_db)
    upgrade(empty_db.engine)
    with empty_db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM audit_log")).scalar() == 1


def test_the_migrated_schema_matches_the_models(empty_db):
    upgrade(empty_db.engine)
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_audit_log_refuses_update_and_delete(empty_db):
    upgrade(empty_db.engine)
    assert_audit_log_is_append_only(empty_db)


def test_the_audit_log_is_append_only_again_after_a_downgrade_and_upgrade(empty_db):
    upgrade(empty_db.engine)
    downgrade(empty_db.engine, "base")
    upgrade(empty_db.engine)
    assert_audit_log_is_append_only(empty_db)


def test_a_database_from_a_newer_timedesk_is_one_clear_line(empty_db):
    upgrade(empty_db.engine)
    with empty_db.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM alembic_version"))
        conn.execute(sa.text("INSERT INTO alembic_version (version_num) VALUES ('9999')"))
    with pytest.raises(DatabaseUnavailable) as excinfo:
        upgrade(empty_db.engine)
    message = str(excinfo.value)
    assert message.startswith(f"cannot upgrade the schema ({empty_db.description}): ")
    assert "'9999'" in message and "newer timedesk" in message and "\n" not in message


def test_a_migration_the_database_refuses_is_one_clear_line(empty_db):
    with empty_db.engine.begin() as conn:  # a table in the way, as a half-restored dump leaves
        conn.execute(sa.text("CREATE TABLE users (id INTEGER PRIMARY KEY)"))
    with pytest.raises(DatabaseUnavailable) as excinfo:
        upgrade(empty_db.engine)
    message = str(excinfo.value)
    assert message.startswith(f"cannot upgrade the schema ({empty_db.description}): ")
    assert "users" in message and "already exists" in message and "\n" not in message
    assert current_revision(empty_db.engine) is None


def test_the_quick_parse_of_the_migration_files_finds_alembics_heads():
    from timedesk.db.migrate import shipped_heads

    assert shipped_heads() == frozenset(head_revision().split(","))


def test_a_start_on_an_up_to_date_database_does_not_load_alembic(ctx, env):
    """Alembic costs a quarter of a second of a cold start: it is loaded only to migrate."""
    import subprocess
    import sys

    probe = ("import sys; from timedesk.app import build_context; c = build_context(); "
             "c.close(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_database_behind_the_shipped_heads_is_still_upgraded(empty_db):
    from timedesk.db.migrate import is_at_shipped_heads

    upgrade(empty_db.engine, "0001")
    assert not is_at_shipped_heads(empty_db.engine)
    upgrade(empty_db.engine)
    assert is_at_shipped_heads(empty_db.engine)
    assert current_revision(empty_db.engine) == head_revision()


def test_people_pe01_makes_an_account_linked_in_0001_the_employees_account(empty_db):
    upgrade(empty_db.engine, "0001")
    with empty_db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO employees (id, name, active, created_at, updated_at) "
                             "VALUES (1, 'Ana', true, '2026-01-01', '2026-01-01'), "
                             "(2, 'Bea', true, '2026-01-01', '2026-01-01')"))
        conn.execute(sa.text(
            "INSERT INTO users (id, username, display_name, role, password_hash, active, "
            "failed_logins, employee_id, created_at, updated_at) VALUES "
            "(5, 'ana', 'Ana', 'staff', 'x', true, 0, 1, '2026-01-01', '2026-01-01'), "
            "(3, 'ana2', 'Ana', 'staff', 'x', true, 0, 1, '2026-01-01', '2026-01-01')"))
    upgrade(empty_db.engine, "pe01")  # SQLite: without copying employees, which users refer to
    with empty_db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT id, user_id, pin_failures, pin_hash FROM employees "
                                    "ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, 3, 0, None), (2, None, 0, None)]


def test_people_pe02_keeps_one_account_link_and_drops_users_employee_id(empty_db):
    """Links only on the account's side move to the employee's; the column goes, and on SQLite
    the copied `users` table keeps every row other tables point at (tokens, employees)."""
    upgrade(empty_db.engine, "pe01")
    with empty_db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO employees (id, name, active, created_at, updated_at, "
                             "pin_failures) VALUES "
                             "(1, 'Ana', true, '2026-01-01', '2026-01-01', 0), "
                             "(2, 'Bea', true, '2026-01-01', '2026-01-01', 0), "
                             "(3, 'Cruz', true, '2026-01-01', '2026-01-01', 0)"))
        conn.execute(sa.text(
            "INSERT INTO users (id, username, display_name, role, password_hash, active, "
            "failed_logins, employee_id, created_at, updated_at) VALUES "
            "(7, 'ana', 'Ana', 'staff', 'x', true, 0, 1, '2026-01-01', '2026-01-01'), "
            "(8, 'bea', 'Bea', 'staff', 'x', true, 0, 2, '2026-01-01', '2026-01-01'), "
            "(9, 'cruz', 'Cruz', 'staff', 'x', true, 0, NULL, '2026-01-01', '2026-01-01')"))
        # Ana is linked on both sides already; Bea only on the account's (written after pe01);
        # Cruz only on the employee's.
        conn.execute(sa.text("UPDATE employees SET user_id = 7 WHERE id = 1"))
        conn.execute(sa.text("UPDATE employees SET user_id = 9 WHERE id = 3"))
        conn.execute(sa.text(
            "INSERT INTO api_tokens (id, name, role, prefix, token_hash, created_at) VALUES "
            "(1, 'kiosk', 'staff', 'td_x', 'h', '2026-01-01')"))
    upgrade(empty_db.engine, "pe02")
    with empty_db.engine.connect() as conn:
        links = conn.execute(sa.text("SELECT id, user_id FROM employees ORDER BY id")).all()
        users = conn.execute(sa.text("SELECT id, username FROM users ORDER BY id")).all()
    assert [tuple(r) for r in links] == [(1, 7), (2, 8), (3, 9)]
    assert [tuple(r) for r in users] == [(7, "ana"), (8, "bea"), (9, "cruz")]
    assert "employee_id" not in {c["name"] for c in sa.inspect(empty_db.engine)
                                 .get_columns("users")}


def test_a_migration_that_would_break_a_foreign_key_on_sqlite_changes_nothing(empty_db):
    """SQLite migrates with foreign keys off (tables are copied) and checks them all before
    committing: a dangling row rolls the whole upgrade back."""
    if empty_db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL keeps its foreign keys on while migrating")
    upgrade(empty_db.engine, "pe01")
    raw = empty_db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")
        raw.driver_connection.execute(
            "INSERT INTO employees (id, name, active, created_at, updated_at, pin_failures, "
            "user_id) VALUES (1, 'Ana', 1, '2026-01-01', '2026-01-01', 0, 4242)")
        raw.driver_connection.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()
    with pytest.raises(DatabaseUnavailable, match="missing rows"):
        upgrade(empty_db.engine, "pe02")
    assert current_revision(empty_db.engine).split(",").count("pe01") == 1
    assert "employee_id" in {c["name"] for c in sa.inspect(empty_db.engine).get_columns("users")}
