"""Alembic migrations shipped inside the package: applied at start-up and by `timedesk db upgrade`.

The foundation is revision 0001; each module (clockify, sesame, turns, ...) keeps its migrations
on its own branch starting from it (`branch_labels=("clockify",)`, `down_revision="0001"`), so
modules evolve independently. "Up to date" therefore means: at every head.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_ID = 7_242_013  # any constant shared by every timedesk process


def _config(engine: Engine, connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision of every branch, comma-separated and sorted."""
    script = ScriptDirectory.from_config(_config(None))  # type: ignore[arg-type]
    return ",".join(sorted(script.get_heads()))


def current_revision(engine: Engine) -> str | None:
    """The revisions the database is at (comma-separated, sorted), or None when empty."""
    with engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return ",".join(sorted(heads)) or None


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the schema to `revision`; a no-op when it is already there."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several PCs may start at once: one migrates, the others wait, then find nothing to do.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
        command.upgrade(_config(engine, connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(_config(engine, connection), revision)
