"""Help desk demo data: five categories and ten tickets of the demo office in every status
(filed over the last two weeks), with the technician's public answers and one internal note.
Idempotent: added only while there is no ticket. Everything goes through the HelpDesk, so the
history and the SLA deadlines are what real use would leave."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Role
from timedesk.db.base import utcnow
from timedesk.tickets.models import Ticket
from timedesk.tickets.service import HelpDesk

CATEGORIES = ("Cuentas", "Hardware", "Impresoras", "Red", "Software")
TECHNICIAN = "tecnico"
# subject, description, requester, category, priority, hours ago, the statuses it goes through
TICKETS: tuple[tuple[str, str, str, str, str, int, tuple[str, ...]], ...] = (
    ("La impresora de recepción atasca el papel",
     "Desde esta mañana se atasca en la bandeja 2 cada dos o tres hojas.", "recepcion",
     "Impresoras", "high", 5, ("take", "in_progress")),
    ("No puedo acceder a la VPN desde casa",
     "Me dice «credenciales no válidas» aunque en la oficina entro bien.", "usuario", "Red",
     "urgent", 1, ()),
    ("Pedir un segundo monitor", "Para cuadrar las hojas de cálculo de fin de mes.", "usuario",
     "Hardware", "low", 30, ()),
    ("Outlook no sincroniza el calendario",
     "Las citas que creo en el móvil no aparecen en el PC.", "recepcion", "Software", "normal",
     50, ("take", "waiting_requester")),
    ("Cambio de contraseña del ERP", "Ha caducado y no me deja cambiarla.", "usuario",
     "Cuentas", "normal", 120, ("take", "in_progress", "resolved")),
    ("El proyector de la sala 2 no enciende",
     "Parpadea la luz naranja. Hay reunión con clientes el jueves.", "mostrador1", "Hardware",
     "normal", 70, ("take", "waiting_third_party")),
    ("Alta de correo para la nueva incorporación",
     "Empieza el lunes en Administración: Pablo Ruiz.", "gerente", "Cuentas", "high", 300,
     ("take", "resolved", "closed")),
    ("Wi-Fi lento en la planta 1", "Las videollamadas se cortan por la tarde.", "mostrador1",
     "Red", "normal", 200, ("take", "resolved", "reopened")),
    ("Instalar LibreOffice en el PC 14", "Para abrir los documentos de un proveedor.",
     "usuario", "Software", "low", 26, ("take", "in_progress")),
    ("Teclado con teclas pegadas", "La E y la R se quedan pulsadas.", "recepcion", "Hardware",
     "low", 330, ()),
)
ANSWERS = {  # subject -> the technician's public answer and an internal note (or "")
    "La impresora de recepción atasca el papel": (
        "Voy a revisarla a las 12:00. ¿Podéis dejar la bandeja 2 vacía?",
        "El rodillo de arrastre está gastado: pedir el kit de mantenimiento."),
    "Outlook no sincroniza el calendario": (
        "¿Puedes decirme qué versión de Outlook tienes en el móvil?", ""),
    "El proyector de la sala 2 no enciende": (
        "Lo hemos enviado al servicio técnico del fabricante; vuelve en 3 días.", ""),
}


def _actors(session: Any) -> dict[str, Actor]:
    return {user.username: Actor("user", user.username, Role(user.role), user.id)
            for user in session.scalars(select(User))}


def load_tickets(ctx: Any, actor: Actor) -> list[str]:
    with ctx.db.session_factory() as session:
        if session.scalar(select(func.count(Ticket.id))):
            return []
        actors = _actors(session)
    if TECHNICIAN not in actors:
        return []
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    known = set(desk.categories(actor, include_inactive=True))
    for name in CATEGORIES:
        if name not in known:
            desk.add_category(actor, name)
    technician = actors[TECHNICIAN]
    now = utcnow() - timedelta(minutes=1)
    for subject, description, requester, category, priority, hours, moves in TICKETS:
        ticket = desk.create_ticket(actor, subject, description, category=category,
                                    priority=priority, requester=requester,
                                    created_at=now - timedelta(hours=hours))
        answer, note = ANSWERS.get(subject, ("", ""))
        for move in moves:
            if move == "take":
                desk.take(technician, ticket.id)
                if answer:
                    desk.add_comment(technician, ticket.id, answer)
                if note:
                    desk.add_comment(technician, ticket.id, note, internal=True)
            else:
                who = actors[requester] if move in ("closed", "reopened") else technician
                desk.update_ticket(who, ticket.id, status=move)
    return [f"{len(CATEGORIES)} ticket categories", f"{len(TICKETS)} tickets"]
