"""People and tickets of the help desk's screen tests, made through the real service."""

from __future__ import annotations

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.tickets.service import HelpDesk

PASSWORD = "mesa-de-ayuda-2026"
SYSTEM = Actor.system("test")


def user(ctx, username: str, role: Role) -> Actor:
    """A user account and the actor it signs in as."""
    info = create_user(ctx.db, SYSTEM, username, PASSWORD, role)
    return Actor("user", info.username, role, info.id)


def help_desk(ctx) -> HelpDesk:
    return HelpDesk(ctx.db, ctx.bus, ctx.settings)
