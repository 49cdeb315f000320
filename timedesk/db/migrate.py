"""Alembic migrations shipped inside the package: applied at start-up and by `timedesk db upgrade`.

The foundation is revision 0001; each module (clockify, sesame, turns, ...) keeps its migrations
on its own branch starting from it (`branch_labels=("clockify",)`, `down_revision="0001"`), so
modules evolve independently. "Up to date" therefore means: at every head.

Start-up checks the database's revisions against the heads read from the migration files (a
quick parse, no Alembic import): when they match, Alembic is not even loaded, which keeps a cold
start of the GUI short. Anything else goes through Alembic.

A migration that cannot run (a revision this version does not know, a user without the right to
create tables, a read-only file) becomes one DatabaseUnavailable line, never a traceback.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from timedesk.db.engine import describe
from timedesk.errors import DatabaseUnavailable

if TYPE_CHECKING:  # Alembic is imported lazily: a cold start does not need it
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_ID = 7_242_013  # any constant shared by every timedesk process


def _config(engine: Engine | None, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(None))


def _literal(node: ast.expr) -> tuple[str, ...]:
    value = ast.literal_eval(node)
    return (value,) if isinstance(value, str) else tuple(value or ())


@cache
def shipped_heads() -> frozenset[str] | None:
    """The heads of the shipped migrations, read from the files' `revision` and `down_revision`
    assignments without importing Alembic; None when a file cannot be read that way."""
    revisions: set[str] = set()
    parents: set[str] = set()
    files = sorted((MIGRATIONS / "versions").glob("*.py"))
    try:
        for path in files:
            found = {}
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id in ("revision", "down_revision", "depends_on")):
                    found[node.targets[0].id] = _literal(node.value)
            if len(found.get("revision", ())) != 1:
                return None
            revisions.update(found["revision"])
            parents.update(found.get("down_revision", ()))
            parents.update(found.get("depends_on", ()))
    except (OSError, SyntaxError, ValueError):
        return None
    return frozenset(revisions - parents) or None


def _database_revisions(connection: Connection) -> frozenset[str]:
    if not inspect(connection).has_table("alembic_version"):
        return frozenset()
    rows = connection.execute(text("SELECT version_num FROM alembic_version"))
    return frozenset(row[0] for row in rows)


def head_revision() -> str:
    """The newest revision of every branch, comma-separated and sorted."""
    return ",".join(sorted(_scripts().get_heads()))


def is_known_revision(revision: str) -> bool:
    """True when this version of timedesk ships `revision` (False: a newer timedesk wrote it)."""
    return any(script.revision == revision for script in _scripts().walk_revisions())


@contextmanager
def _schema_errors(engine: Engine, doing: str) -> Iterator[None]:
    """Alembic's and the database's errors as one DatabaseUnavailable line."""
    from alembic.util import CommandError

    try:
        yield
    except CommandError as exc:
        raise DatabaseUnavailable(
            "cannot {doing} ({database}): {cause}.",
            "The database may have been upgraded by a newer timedesk: install that version.",
        doing=doing, database=describe(engine.url), cause=str(exc).splitlines()[0]) from exc
    except SQLAlchemyError as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        reason = (str(orig).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseUnavailable(
            "cannot {doing} ({database}): {reason}.",
            "Check that the database user may create and change tables, and that the file "
            "or server is writable.",
        doing=doing, database=describe(engine.url), reason=reason) from exc


def current_revision(engine: Engine) -> str | None:
    """The revisions the database is at (comma-separated, sorted), or None when empty."""
    from alembic.runtime.migration import MigrationContext

    with _schema_errors(engine, "read the schema revision"), engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return ",".join(sorted(heads)) or None


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema to `revision`; a no-op when it is already there."""
    if revision == "heads" and is_at_shipped_heads(engine):
        return
    from alembic import command

    with _schema_errors(engine, "upgrade the schema"), engine.connect() as connection, \
            _foreign_keys_checked_at_the_end(connection), connection.begin():
        if connection.dialect.name == "postgresql":
            # Several PCs may start at once: one migrates, the others wait, then find nothing to do.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
        command.upgrade(_config(engine, connection), revision)
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:  # rolls the whole upgrade back
                raise DatabaseUnavailable(
                    "cannot upgrade the schema ({database}): {count} rows of "
                    "table {broken} would point at missing rows; nothing was changed.",
                    "Repair or remove those rows (PRAGMA foreign_key_check lists them), then "
                    "start timedesk again.",
                    database=describe(engine.url), count=len(broken), broken=broken[0][0])


@contextmanager
def _foreign_keys_checked_at_the_end(connection: Connection) -> Iterator[None]:
    """On SQLite, foreign keys off while migrating: dropping a column copies the table, and
    dropping the old copy of a table other rows refer to is refused with foreign keys on. The
    caller checks them all before committing. (The pragma is a no-op inside a transaction, so it
    goes to the driver's connection before BEGIN.)"""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys=ON")


def is_at_shipped_heads(engine: Engine) -> bool:
    """True when the database is exactly at the shipped heads (checked without Alembic)."""
    heads = shipped_heads()
    if heads is None:
        return False
    try:
        with engine.connect() as connection:
            return _database_revisions(connection) == heads
    except SQLAlchemyError:
        return False  # let Alembic's path report the problem as one line


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with _schema_errors(engine, "downgrade the schema"), engine.connect() as connection, \
            _foreign_keys_checked_at_the_end(connection), connection.begin():
        command.downgrade(_config(engine, connection), revision)
