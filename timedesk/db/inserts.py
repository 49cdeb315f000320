"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike.

A failed INSERT would abort the caller's whole PostgreSQL transaction, and a concurrent
duplicate simply waits, so rows that may exist already are inserted this way rather than by
catching IntegrityError. The dialect is imported on use: the PostgreSQL one takes ~70 ms, which a
start on SQLite does not pay.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert


def insert_unless_present(session: Session, model: Any,
                          index_elements: list[str] | None = None) -> Insert:
    """`insert(model)` of the session's database that skips rows conflicting on
    `index_elements` (None: on any unique constraint)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model).on_conflict_do_nothing(index_elements=index_elements)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model).on_conflict_do_nothing(index_elements=index_elements)
