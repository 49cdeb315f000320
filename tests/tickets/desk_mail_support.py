"""What the help desk's mail tests share: a HelpDesk with mail on, people with e-mail addresses
(an account linked to an employee), and the outbox rows as they are stored."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.mail.models import OutboxMail
from timedesk.people import service as people
from timedesk.tickets.service import HelpDesk

COORDINATION = "coordinacion@oficina.example"


def mail_desk(ctx) -> HelpDesk:
    for key, value in {"office.timezone": "Europe/Madrid", "mail.enabled": True,
                       "tickets.coordination": COORDINATION}.items():
        ctx.settings.override(key, value)
    return HelpDesk(ctx.db, ctx.bus, ctx.settings)


def person(ctx, username: str, role: Role, email: str | None = None) -> Actor:
    """An account with `role`; with `email`, linked to an employee who has that address."""
    system = Actor.system("test")
    info = create_user(ctx.db, system, username, "a long password 1", role)
    if email is not None:
        people.create_employee(ctx.db, ctx.bus, system, username.title(), email=email,
                               user_id=info.id)
    return Actor("user", info.username, role, info.id)


@dataclass(frozen=True)
class Mail:
    key: str
    to: tuple[str, ...]
    subject: str
    text: str
    html: str | None


def outbox(ctx) -> list[Mail]:
    with ctx.db.session_factory() as session:
        return [Mail(row.idempotency_key, tuple(row.recipients), row.subject, row.body_text,
                     row.body_html)
                for row in session.scalars(select(OutboxMail).order_by(OutboxMail.id))]


def addressees(ctx) -> list[str]:
    """Every recipient of every queued mail, in the order queued."""
    return [address for mail in outbox(ctx) for address in mail.to]
