"""Short transactions that survive races: when two workers both find no row and both insert it
(Clockify's duplicate deliveries arrive milliseconds apart), the loser's unique-key violation
(or a PostgreSQL deadlock/serialization failure, or SQLite's "database is locked") is retried
from scratch and then finds the winner's row."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from timedesk.db.database import Database
from timedesk.retry import Backoff

T = TypeVar("T")
_RETRY_PGCODES = {"40001", "40P01"}  # serialization failure, deadlock detected
_BACKOFF = Backoff(0.01, cap=0.1, jitter=True)  # 5-10 ms, then 10-20 ms...: the racers part


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, DBAPIError):
        orig = exc.orig
        return (getattr(orig, "pgcode", None) in _RETRY_PGCODES
                or "database is locked" in str(orig))
    return False


def run_in_transaction(db: Database, work: Callable[[Session], T], attempts: int = 4) -> T:
    """Run `work` in one unit of work, again from scratch after a retryable conflict."""
    for attempt in range(1, attempts + 1):
        try:
            with db.unit_of_work() as session:
                return work(session)
        except DBAPIError as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            time.sleep(_BACKOFF.delay(attempt))
    raise AssertionError("unreachable")
