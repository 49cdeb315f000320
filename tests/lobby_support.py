"""The lobby display's hard case, for both faces' tests (tests/ui_turns, tests/turns_web): six
services with long Spanish names, a desk with a name and one with a number, a long message."""

from __future__ import annotations

from timedesk.auth.permissions import Actor
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue

SYSTEM = Actor.system("test")
SIX = [("A", "Información y registro general", "#1565c0"), ("B", "Pagos", "#2e7d32"),
       ("C", "Atención al contribuyente", "#f9a825"),
       ("D", "Certificados de empadronamiento", "#6a1b9a"),
       ("E", "Licencias de obras menores", "#c62828"), ("F", "Servicios sociales", "#00838f")]
LONG_MESSAGE = ("Horario de atención al público: de lunes a viernes de 9:00 a 14:00 y los jueves "
                "por la tarde de 16:00 a 18:30. Recuerde traer su documento de identidad y el "
                "justificante de la cita previa.")


def six_services_office(ctx) -> TurnQueue:
    """SIX, desks "Ventanilla 12" (every service) and "3" (A and B), two turns per service."""
    for code, name, colour in SIX:
        setup.add_service(ctx.db, ctx.bus, SYSTEM, code=code, name=name, colour=colour)
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="Ventanilla 12", services=[c for c, *_ in SIX])
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="3", services=["A", "B"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for code, *_ in SIX * 2:
        queue.issue_turn(SYSTEM, code)
    return queue


MORE_DEMO_SERVICES = [("D", "Certificados y registros", "#f9a825"),
                      ("E", "Información general", "#6a1b9a"),
                      ("F", "Atención al contribuyente", "#00838f")]
DEMO_ACCOUNTS = {"admin": "administrator", "recepcion": "receptionist", "mostrador1": "staff",
                 "usuario": "requester"}  # user name: what the account is, for test ids


def six_services_demo(ctx) -> None:
    """The demo office (timedesk.demo) with three more services, long-named (six in all: what
    reception's buttons and the lobby must show whole), each with two people waiting, and
    LONG_MESSAGE on the lobby display."""
    from timedesk.demo import load_demo

    load_demo(ctx)
    for code, name, colour in MORE_DEMO_SERVICES:
        setup.add_service(ctx.db, ctx.bus, SYSTEM, code=code, name=name, colour=colour)
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for code, *_ in MORE_DEMO_SERVICES * 2:
        queue.issue_turn(SYSTEM, code)
    ctx.settings.set("turns.display_message", LONG_MESSAGE)


def demo_actor(ctx, username: str) -> Actor:
    """The Actor of a demo account, as its sign-in makes it."""
    from sqlalchemy import select

    from timedesk.auth.models import User
    from timedesk.auth.permissions import Role

    with ctx.db.session_factory() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return Actor("user", user.username, Role(user.role), user.id)
