"""Alembic environment: always run programmatically by timedesk.db.migrate (no alembic.ini)."""

from alembic import context

import timedesk.db.models  # noqa: F401  (registers every table)
from timedesk.db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
