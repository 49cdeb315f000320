"""Turns with known times for the dashboard's tests (stats, history export, the widget) and a
realistic busy day for its screenshot. Office time zone Europe/Madrid (UTC+1 in December)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import update

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.models import Turn
from timedesk.turns.queue import TurnQueue

DAY = date(2026, 12, 1)
SYSTEM = Actor.system("seed")


def at(hour: int, minute: int, second: int = 0, day: date = DAY) -> datetime:
    """A UTC instant on `day` (local Madrid time is one hour later)."""
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)


def set_estimate(ctx, number: str, low: int | None, high: int | None, day: date = DAY) -> None:
    with ctx.db.unit_of_work() as session:
        session.execute(update(Turn).where(Turn.number == number, Turn.day == day)
                        .values(estimate_low_s=low, estimate_high_s=high))


def known_day(ctx, day: date = DAY) -> TurnQueue:
    """Services A (Registry), B (Payments), C (Information, no turns); desks 1 (A,B), 2 (B).

    A001 08:00 called 08:10 at 1, finished 08:25        wait 600  service 900 (no Start)
    A002 08:05 called 08:30 at 1, no-show 08:35         wait 1500
    B001 08:10 called 08:20 at 2, started 08:22, done 08:32   wait 600  service 600
    A003 09:00 called 09:10 at 1, started 09:12, done 09:20   wait 600  service 480
    B002 09:30 waiting
    Estimates: A001 300-900 (hit), A002 0-600 (miss), B001 600-1200 (hit, on the edge),
    A003 none, B002 100-200 (not called: not counted). Times UTC."""
    ctx.settings.override("office.timezone", "Europe/Madrid")
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry", colour="#1565c0")
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="B", name="Payments", colour="#2e7d32")
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="C", name="Information", colour="#ef6c00")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="1", services=["A", "B"])
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="2", services=["B"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A", now=at(8, 0, day=day), customer_name="Ana Pérez",
                     note="=1+1 DNI")
    queue.issue_turn(SYSTEM, "A", now=at(8, 5, day=day))
    queue.issue_turn(SYSTEM, "B", now=at(8, 10, day=day), priority=False)
    assert queue.call_next(SYSTEM, "1", now=at(8, 10, day=day)).turn.number == "A001"
    assert queue.call_next(SYSTEM, "2", now=at(8, 20, day=day)).turn.number == "B001"
    queue.start_service(SYSTEM, "2", now=at(8, 22, day=day))
    queue.finish(SYSTEM, "1", now=at(8, 25, day=day))
    assert queue.call_next(SYSTEM, "1", now=at(8, 30, day=day)).turn.number == "A002"
    queue.finish(SYSTEM, "2", now=at(8, 32, day=day))
    queue.no_show(SYSTEM, "1", now=at(8, 35, day=day))
    queue.issue_turn(SYSTEM, "A", now=at(9, 0, day=day))
    assert queue.call_next(SYSTEM, "1", now=at(9, 10, day=day)).turn.number == "A003"
    queue.start_service(SYSTEM, "1", now=at(9, 12, day=day))
    queue.finish(SYSTEM, "1", now=at(9, 20, day=day))
    queue.issue_turn(SYSTEM, "B", now=at(9, 30, day=day))
    for number, low, high in (("A001", 300, 900), ("A002", 0, 600), ("B001", 600, 1200),
                              ("A003", None, None), ("B002", 100, 200)):
        set_estimate(ctx, number, low, high, day)
    return queue


def busy_day(ctx, day: date, turns: int = 100, until: datetime | None = None,
             seed: int = 7) -> TurnQueue:
    """About `turns` turns over an office day (08:00-15:00 local) in four services and four
    desks; what happened after `until` (UTC) is left undone, so some still wait."""
    rng = random.Random(seed)
    ctx.settings.override("office.timezone", "Europe/Madrid")
    for code, name, colour in (("A", "Registry", "#1565c0"), ("B", "Payments", "#2e7d32"),
                               ("C", "Information", "#ef6c00"), ("D", "Licences", "#6a1b9a")):
        setup.add_service(ctx.db, ctx.bus, SYSTEM, code=code, name=name, colour=colour)
    for desk, services in (("1", ["A", "C"]), ("2", ["A", "B"]), ("3", ["B", "D"]),
                           ("4", ["C", "D"])):
        setup.add_desk(ctx.db, ctx.bus, SYSTEM, name=desk, services=services)
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    start = at(7, 0, day=day)
    until = until or at(23, 0, day=day)
    # arrivals peak mid-morning
    arrivals = sorted(start + timedelta(minutes=min(419, max(0, rng.gauss(180, 95))))
                      for _ in range(turns))
    events = [(moment, "issue", rng.choices("ABCD", (5, 3, 2, 1))[0]) for moment in arrivals]
    events += [(start + timedelta(minutes=m), "call", desk)
               for desk in "1234" for m in range(4, 450, rng.choice((9, 11, 13)))]
    events.sort(key=lambda e: e[0])
    started: dict[str, bool] = {}  # the desk's current turn: was its service started?
    for moment, kind, what in events:
        if moment > until:
            break
        if kind == "issue":
            turn = queue.issue_turn(SYSTEM, what, now=moment, priority=rng.random() < 0.08)
            low = rng.choice((None, 300, 600, 900))
            if low is not None:
                set_estimate(ctx, turn.number, low, low + 900, day)
            continue
        if started.get(what) is False and rng.random() < 0.25:
            queue.no_show(SYSTEM, what, now=moment)
        result = queue.call_next(SYSTEM, what, now=moment)
        started.pop(what, None)
        if result is not None:
            started[what] = rng.random() < 0.7
            if started[what]:
                queue.start_service(SYSTEM, what, now=moment + timedelta(seconds=40))
    return queue
