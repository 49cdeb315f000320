"""Turns demo data: three services, three desks (desk 1 assigned to the demo desk clerk) and,
on a day with no turns yet, a few waiting turns and one called, so that every Turns screen and
the lobby display have something to show. Idempotent: services and desks are looked up by code
and name; turns are added only when today has none and is no holiday of the office calendar.
"""

from __future__ import annotations

from typing import Protocol

from timedesk.auth.permissions import Actor
from timedesk.db.database import Database
from timedesk.events.bus import EventBus
from timedesk.settings import Settings
from timedesk.turns import reads, setup
from timedesk.turns.queue import TurnQueue

SERVICES = [("A", "Registro", "#1565c0"), ("B", "Pagos", "#2e7d32"),
            ("C", "Información", "#c62828")]
DESKS = [("1", ["A", "B"], ["mostrador1"]), ("2", ["A", "C"], []), ("3", ["B", "C"], [])]
TURNS = ["A", "B", "A", "C", "A", "B"]  # issued in this order; the first one is called at desk 2


class DemoContext(Protocol):
    """What the loader uses of the app's context (a domain package does not import the app)."""

    db: Database
    bus: EventBus
    settings: Settings


def load_turns(ctx: DemoContext, actor: Actor) -> list[str]:
    done: list[str] = []
    codes = {s.code for s in setup.list_services(ctx.db)}
    for code, name, colour in SERVICES:
        if code not in codes:
            setup.add_service(ctx.db, ctx.bus, actor, code=code, name=name, colour=colour)
            done.append(f"turn service {code} {name}")
    desks = {d.name for d in setup.list_desks(ctx.db)}
    known_users = _usernames(ctx)
    for name, services, staff in DESKS:
        if name not in desks:
            setup.add_desk(ctx.db, ctx.bus, actor, name=name, services=services,
                           staff=[u for u in staff if u in known_users])
            done.append(f"desk {name} ({', '.join(services)})")
    if not _holiday_today(ctx) and not reads.list_turns(ctx.db, ctx.settings, actor, per_page=1).total:
        queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        for code in TURNS:
            queue.issue_turn(actor, code)
        called = queue.call_next(actor, "2")
        assert called is not None  # turns were just issued
        done.append(f"{len(TURNS)} turns today ({called.turn.number} called at desk 2)")
    return done


def _holiday_today(ctx: DemoContext) -> bool:
    from timedesk.db.base import utcnow
    from timedesk.office.service import holiday_at

    with ctx.db.session_factory() as session:
        return holiday_at(session, ctx.settings, utcnow()) is not None


def _usernames(ctx: DemoContext) -> set[str]:
    from sqlalchemy import select

    from timedesk.auth.models import User

    with ctx.db.session_factory() as session:
        return set(session.scalars(select(User.username)))
