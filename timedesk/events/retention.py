"""How long `events` rows are kept: long enough for a listener to catch up after an outage."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select

from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.events.models import EventRow

log = logging.getLogger(__name__)


def purge_old_events(db: Database, days: int, *, batch_size: int = 5000,
                     max_batches: int = 200) -> int:
    """Delete events older than `days`; returns how many. Call it at start-up.

    Each batch is its own short transaction, so publishers wait for at most one batch, and at
    most `max_batches` run (the rest goes at the next start). The newest event is always kept:
    SQLite hands an INTEGER PRIMARY KEY max(id)+1, so emptying the table would make ids start
    again at 1, under other processes' "last id seen" and their delivered-ids memory.
    """
    if days < 1:
        raise ValueError("events are kept at least one day")
    cutoff = utcnow() - timedelta(days=days)
    deleted = 0
    for _ in range(max_batches):
        with db.unit_of_work() as session:
            newest = session.scalar(select(func.max(EventRow.id)))
            if newest is None:
                break
            doomed = (select(EventRow.id)
                      .where(EventRow.created_at < cutoff, EventRow.id < newest)
                      .order_by(EventRow.id).limit(batch_size))
            # a DELETE's result is a CursorResult (Session.execute is typed as any Result)
            count = cast(CursorResult[Any], session.execute(
                delete(EventRow).where(EventRow.id.in_(doomed))
                .execution_options(synchronize_session=False))).rowcount
        deleted += count
        if count < batch_size:
            break
    if deleted:
        log.info("purged %d events older than %d days", deleted, days)
    return deleted
