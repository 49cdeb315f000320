"""The database server's clock: the one clock every PC of the office agrees on."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select, type_coerce
from sqlalchemy.orm import Session

from timedesk.db.base import UTCDateTime


def database_now(session: Session) -> datetime:
    """The database server's clock now, to the millisecond or better (PostgreSQL's
    clock_timestamp is the time of the statement, after any lock wait; SQLite's CURRENT_TIMESTAMP
    would drop the milliseconds)."""
    expression: ColumnElement[Any]
    if session.get_bind().dialect.name == "postgresql":
        expression = func.clock_timestamp()
    else:
        expression = func.strftime("%Y-%m-%d %H:%M:%f", "now")
    now: datetime = session.execute(select(type_coerce(expression, UTCDateTime))).scalar_one()
    return now
