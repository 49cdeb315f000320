"""The help desk's e-mail (through the outbox, in the transaction of the change it tells of):
a new ticket to the technicians who see the queue, an assignment to the assignee, a public
comment to the requester and the assignee, a resolution to the requester, a breach of the SLA
to the coordination list (tickets.coordination).

Nobody is mailed about what they did themselves, nor about a kind of mail they opted out of
(ticket_mail_optout); internal notes are never mailed. Each person gets their own mail (no one
sees another's address) with an idempotency key per event and person, so a retried
transaction queues nothing twice. The mails are plain text: what people typed is sent as they
typed it and never read as markup. Like the other notices, nothing is queued while mail.enabled
is off (switching it on later does not flood people with stale news)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from timedesk.auth.models import User
from timedesk.auth.permissions import MATRIX, Permission
from timedesk.events.bus import EventBus
from timedesk.mail import QueuedMail, enqueue_many, render, split_addresses
from timedesk.mail.templates import language_of
from timedesk.office import office_zone
from timedesk.people.models import Employee
from timedesk.tickets.models import Ticket, TicketCategory, TicketComment, TicketMailOptout

# the kinds a person may opt out of (HelpDesk.set_mail_optout)
NEW, ASSIGNED, COMMENT, RESOLVED = "new", "assigned", "comment", "resolved"
SYSTEM_NAME = "timedesk"  # who did it, when no person did (an import, the housekeeping)
_PRIORITIES = {"es": {"low": "baja", "normal": "normal", "high": "alta", "urgent": "urgente"}}
_BREACHES = {"es": {"first_response": "primera respuesta", "resolution": "resolución"},
             "en": {"first_response": "first response", "resolution": "resolution"}}


class TicketMail:
    """Queues the help desk's mails in the caller's session (HelpDesk and housekeeping)."""

    def __init__(self, settings: Any, bus: EventBus) -> None:
        self.settings, self.bus = settings, bus

    # -- one method per kind of news -----------------------------------------------------
    def new_ticket(self, session: Session, ticket: Ticket) -> int:
        """To every active person whose role works the queue, but the requester."""
        roles = [role.value for role, allowed in MATRIX.items()
                 if Permission.TICKETS_WORK in allowed]
        workers = session.scalars(select(User.id).where(User.role.in_(roles), User.active))
        return self._queue(session, ticket, NEW, f"ticket:{ticket.id}:new", workers,
                           skip=ticket.requester_id,
                           description=ticket.description or None)

    def changed(self, session: Session, ticket: Ticket,
                changes: Iterable[tuple[str, str | None, str | None]],
                actor_id: int | None) -> int:
        """The mails of an update: a new assignee, a resolution."""
        after = {field: value for field, _, value in changes}
        count = self.assigned(session, ticket, actor_id) if after.get("assignee") else 0
        if after.get("status") == "resolved":
            count += self.resolved(session, ticket, actor_id)
        return count

    def assigned(self, session: Session, ticket: Ticket, actor_id: int | None) -> int:
        """To the new assignee, unless they took the ticket themselves."""
        if ticket.assignee_id is None:
            return 0
        key = f"ticket:{ticket.id}:assigned:{ticket.assignee_id}:{_stamp(ticket.updated_at)}"
        return self._queue(session, ticket, ASSIGNED, key, [ticket.assignee_id], skip=actor_id,
                           actor=self._name(session, actor_id) or SYSTEM_NAME)

    def comment(self, session: Session, ticket: Ticket, comment: TicketComment) -> int:
        """A public comment to the requester and the assignee, but its author; a note: none."""
        if comment.internal:
            return 0
        return self._queue(session, ticket, COMMENT, f"ticket:{ticket.id}:comment:{comment.id}",
                           [ticket.requester_id, ticket.assignee_id], skip=comment.author_id,
                           author=self._name(session, comment.author_id) or SYSTEM_NAME,
                           body=comment.body)

    def resolved(self, session: Session, ticket: Ticket, actor_id: int | None) -> int:
        """To the requester, unless they resolved it themselves."""
        key = f"ticket:{ticket.id}:resolved:{_stamp(ticket.resolved_at or ticket.updated_at)}"
        return self._queue(session, ticket, RESOLVED, key, [ticket.requester_id], skip=actor_id,
                           actor=self._name(session, actor_id) or SYSTEM_NAME,
                           days=self.settings["tickets.autoclose_days"])

    def breached(self, session: Session, ticket: Ticket, kinds: Sequence[str]) -> bool:
        """To the coordination list, once per ticket and target missed (the key says which)."""
        to = split_addresses(self.settings["tickets.coordination"])
        if not kinds or not to or not self.settings["mail.enabled"]:
            return False
        lang = self._language()
        zone = office_zone(self.settings)
        values = self._values(session, ticket, lang) | {
            "breached": ", ".join(_BREACHES[lang][kind] for kind in kinds),
            "first_response_due": _moment(ticket.first_response_due, zone),
            "resolution_due": _moment(ticket.resolution_due, zone)}
        mail = render("ticket_breached", lang, **values)
        key = f"ticket:{ticket.id}:breach:{'+'.join(kinds)}"
        return enqueue_many(session, [QueuedMail(key, to, mail.subject, mail.text, None, lang)],
                            bus=self.bus) > 0

    # -- the parts they share ------------------------------------------------------------
    def _queue(self, session: Session, ticket: Ticket, kind: str, key: str,
               user_ids: Iterable[int | None], *, skip: int | None, **extra: Any) -> int:
        if not self.settings["mail.enabled"]:
            return 0
        wanted = {user_id for user_id in user_ids if user_id is not None and user_id != skip}
        if not wanted:
            return 0
        opted_out = select(TicketMailOptout.user_id).where(TicketMailOptout.kind == kind)
        people = session.execute(
            select(User.id, Employee.email)
            .join(Employee, Employee.user_id == User.id)
            .where(User.id.in_(wanted), User.active, Employee.email.is_not(None),
                   User.id.not_in(opted_out))
            .order_by(User.id)).all()
        if not people:
            return 0
        lang = self._language()
        mail = render(f"ticket_{kind}", lang, **self._values(session, ticket, lang), **extra)
        return enqueue_many(session, [
            QueuedMail(f"{key}:to:{user_id}", [email], mail.subject, mail.text, None, lang)
            for user_id, email in people], bus=self.bus)

    def _language(self) -> str:
        return language_of(self.settings["ui.language"])

    def _values(self, session: Session, ticket: Ticket, lang: str) -> dict[str, Any]:
        category = (session.get(TicketCategory, ticket.category_id)
                    if ticket.category_id is not None else None)
        return {"id": ticket.id, "subject": ticket.subject,
                "priority": _PRIORITIES.get(lang, {}).get(ticket.priority, ticket.priority),
                "category": category.name if category is not None else None,
                "requester": self._name(session, ticket.requester_id),
                "assignee": self._name(session, ticket.assignee_id)}

    @staticmethod
    def _name(session: Session, user_id: int | None) -> str | None:
        user = session.get(User, user_id) if user_id is not None else None
        return (user.display_name or user.username) if user is not None else None


def _stamp(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.timestamp():.0f}"


def _moment(moment: datetime | None, zone: Any) -> str | None:
    return None if moment is None else f"{moment.astimezone(zone):%d/%m/%Y %H:%M}"
