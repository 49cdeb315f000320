"""A help-desk ticket from the customer's visit at a desk: the subject and the description
(customer, service, note, the waiting and the service time) of the turn being served."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication as qt  # lupdate reads .translate("Context", ...)

from timedesk.tickets.models import SUBJECT_MAX
from timedesk.turns.views import TurnInfo
from timedesk.ui.durations import minutes_and_seconds


def visit_ticket_text(turn: TurnInfo, desk: str, now: datetime) -> tuple[str, str]:
    """(subject, description) of a ticket about `turn`, served at `desk`, as of `now`."""
    customer = turn.customer_name or qt.translate("VisitTicket", "customer without a name")
    subject = qt.translate("VisitTicket", "Visit {number} ({service}): {customer}").format(
        number=turn.number, service=turn.service_name, customer=customer)
    waited_s = ((turn.called_at or now) - turn.issued_at).total_seconds()
    served_s = (now - turn.started_at).total_seconds() if turn.started_at else None
    lines = [
        qt.translate("VisitTicket", "Customer: {customer}").format(customer=customer),
        qt.translate("VisitTicket", "Service: {service}").format(service=turn.service_name),
        qt.translate("VisitTicket", "Turn: {number} at desk {desk}").format(
            number=turn.number, desk=desk),
        qt.translate("VisitTicket", "Note: {note}").format(note=turn.note or "—"),
        qt.translate("VisitTicket", "Waiting time: {time}").format(
            time=minutes_and_seconds(waited_s)),
        qt.translate("VisitTicket", "Service time: {time}").format(
            time=minutes_and_seconds(served_s))]
    if len(subject) > SUBJECT_MAX:  # a long name: the whole of it is in the description
        subject = subject[:SUBJECT_MAX - 1] + "…"
    return subject, "\n".join(lines)
