"""What the Clockify users table shows, read in one blocking call (run it as a job): the users,
their linked employees' names and the hours they logged this month and last month.

Hours are the valid durations of the sessions that start in the month, deleted ones left out,
counted in the office's zone (office.timezone): the same figure as the TOTALES row of
the monthly report. The domain has no per-user sum yet, so the sessions are read page by page
through list_sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.queries import SessionFilter, list_sessions
from timedesk.clockify.users import list_users
from timedesk.clockify.views import UserInfo
from timedesk.db.database import Database
from timedesk.office import days_bounds, office_zone, period

PAGE = 1000
MAX_USERS = 1000


@dataclass(frozen=True)
class UserRow:
    user: UserInfo
    employee: str  # the linked employee's name, "#id" when it may not be read, "" when none
    seconds_this_month: int
    seconds_last_month: int


@dataclass(frozen=True)
class UsersPage:
    rows: list[UserRow]
    total: int  # users matching the search, whatever MAX_USERS let through
    this_month: datetime  # first instant of this month (for the column titles)
    last_month: datetime


def month_bounds(settings: Any, now: datetime | None = None) -> tuple[datetime, datetime,
                                                                     datetime]:
    """(start of last month, start of this month, start of next month), UTC, office zone."""
    office = office_zone(settings)
    today = (now or datetime.now(UTC)).astimezone(office).date()
    first, last = period("this_month", today)
    previous_first, _ = period("last_month", today)
    start_last, start_this = days_bounds(previous_first, first - timedelta(days=1), office)
    _, start_next = days_bounds(first, last, office)
    return start_last, start_this, start_next


def seconds_per_user(db: Database, actor: Actor, since: datetime, middle: datetime,
                     until: datetime) -> tuple[dict[int, int], dict[int, int]]:
    """Valid seconds per user id of the sessions starting in [since, middle) and
    [middle, until)."""
    before: dict[int, int] = defaultdict(int)
    after: dict[int, int] = defaultdict(int)
    filters = SessionFilter(since=since, until=until)
    offset = 0
    while True:
        page = list_sessions(db, actor, filters, sort="start", descending=False, limit=PAGE,
                             offset=offset)
        for session in page.items:
            if session.user is None:
                continue
            bucket = after if session.start >= middle else before
            bucket[session.user.id] += session.valid_duration_seconds or 0
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return dict(before), dict(after)


def employee_names(db: Database, actor: Actor, ids: set[int]) -> dict[int, str]:
    if not ids or not actor.can(Permission.EMPLOYEES_VIEW):
        return {}
    from timedesk.people.service import search_employees

    return {e.id: e.name for e in search_employees(db, actor, limit=100_000) if e.id in ids}


def load_users_page(db: Database, settings: Any, actor: Actor, text: str = "") -> UsersPage:
    """Blocking: the users matching `text` with their employees and monthly hours."""
    page = list_users(db, actor, text, limit=MAX_USERS)
    start_last, start_this, start_next = month_bounds(settings)
    last, this = seconds_per_user(db, actor, start_last, start_this, start_next)
    names = employee_names(db, actor, {u.employee_id for u in page.items if u.employee_id})
    rows = [UserRow(u, "" if u.employee_id is None else names.get(u.employee_id,
                                                                    f"#{u.employee_id}"),
                    this.get(u.id, 0), last.get(u.id, 0)) for u in page.items]
    return UsersPage(rows, page.total, start_this, start_last)
