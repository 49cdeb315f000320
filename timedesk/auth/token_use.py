"""When an API token was last used, written at most once a minute per token.

A write per request would put every API call behind the database's write lock (SQLite has one
for the whole file). The row read to check the token already carries `last_used_at`: when that
is less than a minute old, or this process wrote it less than a minute ago, nothing is written.
A failed write is logged and forgotten: it must never refuse a valid token.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy import update

from timedesk.auth.models import ApiToken
from timedesk.db.database import Database

log = logging.getLogger(__name__)
GRANULARITY = timedelta(minutes=1)
_written: dict[tuple[str, int], datetime] = {}  # (database, token id) -> last write here
_lock = threading.Lock()


def note_token_use(db: Database, token_id: int, last_used: datetime | None, now: datetime) -> bool:
    """Record that the token was used `now`, unless it was recorded under a minute ago.
    True when a write was made."""
    if last_used is not None and now - last_used < GRANULARITY:
        return False
    key = (str(db.engine.url), token_id)
    with _lock:
        written = _written.get(key)
        if written is not None and now - written < GRANULARITY:
            return False
        _written[key] = now
    try:
        with db.unit_of_work() as session:
            session.execute(update(ApiToken).where(ApiToken.id == token_id)
                            .values(last_used_at=now))
    except Exception:
        log.warning("could not record the use of API token #%s", token_id, exc_info=True)
        return False
    return True
