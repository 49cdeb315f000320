"""The help desk's dashboard figures (`HelpDesk.dashboard`): the open tickets by status, priority
and category, the share of the period's resolved tickets that met their SLA, the median first
response and resolution times in office hours, and the figures of each technician.

Counts and the SLA share are computed by the database (GROUP BY, a sum of a CASE); the medians
need the office calendar (hours and holidays), so the database gives the period's instants and
they are turned into office time here. The resolution time leaves out the office time the
ticket spent waiting on someone else (its SLA clock was paused). The figures count the tickets
the actor may see (HelpDesk's visibility: a technician the unassigned queue, theirs and their
own requests; managers everything)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Permission
from timedesk.db.database import Database
from timedesk.errors import PermissionDenied, ValidationError
from timedesk.office.calendar import OfficeCalendar, days_bounds
from timedesk.office.service import load_calendar
from timedesk.tickets.lifecycle import OPEN_STATUSES, PRIORITIES, STATUSES
from timedesk.tickets.models import Ticket, TicketCategory

NO_CATEGORY = ""  # the key of the open tickets without a category


@dataclass(frozen=True)
class TechnicianFigures:
    username: str
    open: int  # open tickets assigned to them now
    resolved: int  # tickets they resolved in the period
    median_resolution_seconds: int | None  # office seconds, over those


@dataclass(frozen=True)
class DashboardFigures:
    first_day: date
    last_day: date
    open_by_status: dict[str, int]  # every open status
    open_by_priority: dict[str, int]  # every priority
    open_by_category: dict[str, int]  # category name (NO_CATEGORY: none) -> open tickets
    resolved: int  # tickets resolved in the period
    sla_met: int  # of those, how many breached neither deadline
    median_first_response_seconds: int | None  # office seconds, first responses of the period
    median_resolution_seconds: int | None  # office seconds, resolutions of the period
    technicians: list[TechnicianFigures]

    @property
    def sla_met_percent(self) -> float | None:
        """The share of the period's resolved tickets that met their SLA (None: none)."""
        return None if not self.resolved else 100.0 * self.sla_met / self.resolved


def require_dashboard(actor: Actor) -> None:
    """The dashboard is for those who work tickets (tickets.work) or manage them."""
    if not (actor.can(Permission.TICKETS_WORK) or actor.can(Permission.TICKETS_MANAGE)):
        raise PermissionDenied("{actor} ({role}) may not see the help "
                               "desk's dashboard (tickets.work or tickets.manage).",
                               "Ask an administrator for a technician's or a manager's role.",
                               actor=actor.name, role=actor.role.value)


def _where(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return and_(*conditions)


def _grouped(session: Session, column: Any, *conditions: ColumnElement[bool]) -> dict[Any, int]:
    rows = session.execute(select(column, func.count(Ticket.id))
                           .where(_where(*conditions)).group_by(column))
    return {key: int(count) for key, count in rows}


def _median(values: Sequence[int]) -> int | None:
    return int(statistics.median(values)) if values else None


def dashboard_figures(db: Database, settings: Any, visible: ColumnElement[bool],
                      first_day: date, last_day: date) -> DashboardFigures:
    """The figures of the tickets `visible` (HelpDesk's condition of what the actor may see)
    of the office days first_day..last_day; the open counts are now's."""
    if last_day < first_day:
        raise ValidationError("The period ends ({last_day}) before it starts ({first_day}).",
                              "Give the first day first.", last_day=last_day, first_day=first_day)
    with db.session_factory() as session:
        calendar = load_calendar(session, settings)
        since, until = days_bounds(first_day, last_day, calendar.zone)
        is_open = Ticket.status.in_(OPEN_STATUSES)
        by_status = _grouped(session, Ticket.status, is_open, visible)
        by_priority = _grouped(session, Ticket.priority, is_open, visible)
        by_category = {name or NO_CATEGORY: count for name, count in session.execute(
            select(TicketCategory.name, func.count(Ticket.id))
            .select_from(Ticket).outerjoin(TicketCategory, Ticket.category_id == TicketCategory.id)
            .where(_where(is_open, visible)).group_by(TicketCategory.name))}
        resolved_in = and_(Ticket.resolved_at >= since, Ticket.resolved_at < until)
        resolved, met = session.execute(
            select(func.count(Ticket.id),
                   func.coalesce(func.sum(case((Ticket.breached == "", 1), else_=0)), 0))
            .where(_where(resolved_in, visible))).one()
        responses = session.execute(
            select(Ticket.created_at, Ticket.first_response_at)
            .where(_where(Ticket.first_response_at >= since, Ticket.first_response_at < until,
                          visible))).all()
        resolutions = session.execute(
            select(Ticket.created_at, Ticket.resolved_at, Ticket.paused_seconds,
                   User.username)
            .select_from(Ticket).outerjoin(User, Ticket.assignee_id == User.id)
            .where(_where(resolved_in, visible))).all()
        open_assigned = {name: count for name, count in session.execute(
            select(User.username, func.count(Ticket.id))
            .select_from(Ticket).join(User, Ticket.assignee_id == User.id)
            .where(_where(is_open, visible)).group_by(User.username))}
    first_responses = [_office(calendar, created, responded)
                       for created, responded in responses]
    times: dict[str | None, list[int]] = {}
    for created, resolved_at, paused, who in resolutions:
        spent = max(0, _office(calendar, created, resolved_at) - int(paused or 0))
        times.setdefault(who, []).append(spent)
    people = sorted(set(open_assigned) | {name for name in times if name is not None})
    return DashboardFigures(
        first_day, last_day,
        {status: by_status.get(status, 0) for status in STATUSES if status in OPEN_STATUSES},
        {priority: by_priority.get(priority, 0) for priority in PRIORITIES},
        dict(sorted(by_category.items(), key=lambda item: (-item[1], item[0]))),
        int(resolved), int(met), _median(first_responses),
        _median([t for spent in times.values() for t in spent]),
        [TechnicianFigures(name, open_assigned.get(name, 0), len(times.get(name, [])),
                           _median(times.get(name, []))) for name in people])


def _office(calendar: OfficeCalendar, start: datetime, end: datetime | None) -> int:
    """Office seconds from `start` to `end` (the query selects rows where `end` is set)."""
    return calendar.office_seconds(start, end) if end is not None and end > start else 0
