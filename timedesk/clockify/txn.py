"""Short transactions that survive races: duplicate deliveries arrive milliseconds apart, so two
workers may both find no session and both insert it; the loser's unique-key violation (or a
PostgreSQL deadlock/serialization failure) is retried and then finds the winner's row."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from timedesk.db.database import Database

T = TypeVar("T")
_RETRY_PGCODES = {"40001", "40P01"}  # serialization failure, deadlock detected


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
            time.sleep(random.uniform(0.001, 0.01 * attempt))
    raise AssertionError("unreachable")
