"""The sign-in lockout: failures in a row per (user name, place), stored in the database.

- A place is where the attempt comes from: `pc:<host>` for the sign-in window of a PC,
  `kiosk:<host>` for leaving kiosk mode there. Five failures lock that name *at that place* for
  five minutes: a customer at a kiosk cannot lock the receptionist out of every PC.
- Names that do not exist are counted and locked exactly like real ones (same message, same
  KDF time), so the lockout does not tell which user names exist.
"""

from __future__ import annotations

import socket
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from timedesk.auth.models import LoginFailure
from timedesk.db.inserts import insert_unless_present
from timedesk.errors import AccountLocked

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
FORGET_AFTER = timedelta(days=1)  # rows of names nobody tried since are removed


def this_pc() -> str:
    return f"pc:{socket.gethostname()[:100]}"


def kiosk_of_this_pc() -> str:
    return f"kiosk:{socket.gethostname()[:100]}"


def lock_of(session: Session, name: str, source: str, now: datetime) -> datetime | None:
    """When the lock of `name` at `source` ends, if it is locked now."""
    until = session.scalar(select(LoginFailure.locked_until).where(
        LoginFailure.username == name, LoginFailure.source == source))
    return until if until is not None and until > now else None


def count_failure(session: Session, name: str, source: str, now: datetime) -> datetime | None:
    """One more failure of `name` at `source`; the end of the lock it starts, if it does."""
    # Insert-if-missing first, then lock the row: two first failures at the same moment
    # (PostgreSQL) wait for each other instead of both inserting it.
    session.execute(insert_unless_present(session, LoginFailure).values(
        username=name, source=source, failures=0, updated_at=now))
    row = session.get(LoginFailure, (name, source), with_for_update=True, populate_existing=True)
    assert row is not None  # inserted just above when missing
    row.failures += 1
    row.updated_at = now
    if row.failures < MAX_FAILED_LOGINS:
        return None
    row.failures, row.locked_until = 0, now + LOCKOUT
    session.execute(delete(LoginFailure).where(LoginFailure.updated_at < now - FORGET_AFTER))
    return row.locked_until


def clear(session: Session, name: str, source: str | None = None) -> None:
    """Forget the failures of `name` (at `source`, or everywhere: a new password)."""
    query = delete(LoginFailure).where(LoginFailure.username == name)
    if source is not None:
        query = query.where(LoginFailure.source == source)
    session.execute(query)


def locked_error(until: datetime, now: datetime, *,
                 message: str = "too many failed sign-ins with this name here: signing in is "
                 "locked for about {minutes} more minute(s) (until {until:%H:%M} UTC).",
                 hint: str = "Wait and try again, or ask an administrator to reset the password.",
                 max_failures: int = MAX_FAILED_LOGINS) -> AccountLocked:
    """Signing in (or the kiosk PIN of an employee: timedesk.people) is locked until `until`:
    `message` is the template saying so, with {minutes} and {until}."""
    minutes = max(1, round((until - now).total_seconds() / 60))
    return AccountLocked(message, hint, locked_until=until, max_failures=max_failures,
                         minutes=minutes, until=until)
