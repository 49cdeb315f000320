"""Chat demo data: a short conversation between the demo requester and technician about a
printer, each message read by the answer to it but the requester's last one, still unread
(a badge to see). Idempotent: added only while the chat has no message."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Role
from timedesk.chat.models import ChatMessage
from timedesk.chat.service import Chat

REQUESTER, TECHNICIAN = "usuario", "tecnico"
CONVERSATION = [
    (REQUESTER, "Hola Tomás, la impresora de la segunda planta vuelve a atascarse."),
    (TECHNICIAN, "Hola Lucía. ¿Sale algún código en la pantalla?"),
    (REQUESTER, "Pone «E-204». Lo he apuntado en una incidencia."),
    (TECHNICIAN, "Gracias, subo en diez minutos con una bandeja de repuesto."),
    (REQUESTER, "¡Perfecto, gracias!"),
]


def load_chat(ctx: Any, actor: Actor) -> list[str]:
    chat = Chat(ctx.db, ctx.bus, ctx.settings)
    with ctx.db.session_factory() as session:
        if session.scalar(select(func.count(ChatMessage.id))):
            return []
        users = {user.username: Actor("user", user.username, Role(user.role), user.id)
                 for user in session.scalars(select(User).where(
                     User.username.in_((REQUESTER, TECHNICIAN))))}
    if len(users) < 2:
        return []  # the demo people were not loaded
    for number, (sender, text) in enumerate(CONVERSATION, start=1):
        recipient = REQUESTER if sender == TECHNICIAN else TECHNICIAN
        chat.send(users[sender], recipient, text)
        if number < len(CONVERSATION):  # answered, so read; the last one waits
            chat.conversation(users[recipient], sender)
    return [f"chat {len(CONVERSATION)} messages between {REQUESTER} and {TECHNICIAN}"]
