"""Alembic migrations shipped inside the package: applied at start-up and by `timedesk db upgrade`.

The foundation is revision 0001; each module (clockify, sesame, turns, ...) keeps its migrations
on its own branch starting from it (`branch_labels=("clockify",)`, `down_revision="0001"`), so
modules evolve independently. "Up to date" therefore means: at every head.

A migration that cannot run (a revision this version does not know, a user without the right to
create tables, a read-only file) becomes one DatabaseUnavailable line, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from timedesk.db.engine import describe
from timedesk.errors import DatabaseUnavailable

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_ID = 7_242_013  # any constant shared by every timedesk process


def _config(engine: Engine | None, connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config(None))


def head_revision() -> str:
    """The newest revision of every branch, comma-separated and sorted."""
    return ",".join(sorted(_scripts().get_heads()))


def is_known_revision(revision: str) -> bool:
    """True when this version of timedesk ships `revision` (False: a newer timedesk wrote it)."""
    return any(script.revision == revision for script in _scripts().walk_revisions())


@contextmanager
def _schema_errors(engine: Engine, doing: str) -> Iterator[None]:
    """Alembic's and the database's errors as one DatabaseUnavailable line."""
    try:
        yield
    except CommandError as exc:
        raise DatabaseUnavailable(
            f"cannot {doing} ({describe(engine.url)}): {str(exc).splitlines()[0]}.",
            "The database may have been upgraded by a newer timedesk: install that version.",
        ) from exc
    except SQLAlchemyError as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        reason = (str(orig).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseUnavailable(
            f"cannot {doing} ({describe(engine.url)}): {reason}.",
            "Check that the database user may create and change tables, and that the file "
            "or server is writable.",
        ) from exc


def current_revision(engine: Engine) -> str | None:
    """The revisions the database is at (comma-separated, sorted), or None when empty."""
    with _schema_errors(engine, "read the schema revision"), engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return ",".join(sorted(heads)) or None


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema to `revision`; a no-op when it is already there."""
    with _schema_errors(engine, "upgrade the schema"), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several PCs may start at once: one migrates, the others wait, then find nothing to do.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
        command.upgrade(_config(engine, connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with _schema_errors(engine, "downgrade the schema"), engine.begin() as connection:
        command.downgrade(_config(engine, connection), revision)
