"""Estimated waits: a range from the service's recent service times and the desks open for it.

Why a range and not a number: service times vary a lot; the low end uses the faster quarter of
recent services, the high end the slower quarter. With fewer than turns.estimate_min_samples
recent services (or no desk open) there is no estimate, which faces show as "no estimate".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from timedesk.turns.models import AT_DESK, DONE, Desk, Turn, desk_services

RECENT_DAYS = 14
DESK_ALIVE = timedelta(minutes=10)  # a desk seen this recently counts as open


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def recent_service_seconds(session: Session, service_id: int, now: datetime,
                           samples: int) -> list[float]:
    """How long the last `samples` finished turns of the service took at the desk (s)."""
    rows = session.execute(
        select(Turn.called_at, Turn.finished_at)
        .where(Turn.service_id == service_id, Turn.status == DONE,
               Turn.finished_at >= now - timedelta(days=RECENT_DAYS),
               Turn.called_at.is_not(None))
        .order_by(Turn.finished_at.desc()).limit(samples)).all()
    return [max((done - called).total_seconds(), 0.0) for called, done in rows if done and called]


def open_desks(session: Session, service_id: int, now: datetime) -> int:
    """Desks serving the service that are active, not paused and working: open in a desk panel
    lately, or (whatever face they use: panel, API, command line) with a turn at the desk or a
    call or a finish there lately."""
    since = now - DESK_ALIVE
    working = exists().where(Turn.desk_id == Desk.id,
                             or_(Turn.status.in_(AT_DESK), Turn.called_at >= since,
                                 Turn.finished_at >= since))
    return session.scalar(
        select(func.count(Desk.id)).join(desk_services, desk_services.c.desk_id == Desk.id)
        .where(desk_services.c.service_id == service_id, Desk.active.is_(True),
               Desk.paused.is_(False), or_(Desk.holder_seen_at >= since, working))) or 0


def estimate_wait(session: Session, service_id: int, ahead: int, now: datetime, *,
                  samples: int, min_samples: int) -> tuple[int, int] | None:
    """(low, high) seconds until a turn with `ahead` people before it is called, or None."""
    durations = recent_service_seconds(session, service_id, now, samples)
    if len(durations) < min_samples:
        return None
    desks = open_desks(session, service_id, now)
    if desks == 0:
        return None
    if ahead == 0:
        return 0, int(round(_quantile(durations, 0.5) / desks))
    low = ahead * _quantile(durations, 0.25) / desks
    high = (ahead + 1) * _quantile(durations, 0.75) / desks
    return int(round(low)), int(round(max(high, low)))
