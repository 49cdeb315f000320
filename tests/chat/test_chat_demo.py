"""The demo's conversation: the requester and the technician talk about a printer; the
technician has the last answer unread; loading the demo again adds nothing."""

from __future__ import annotations

from sqlalchemy import select

from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Role
from timedesk.demo import load_demo


def test_the_demo_has_a_short_conversation_with_one_message_unread(ctx, chat):
    added = load_demo(ctx)
    assert "chat 5 messages between usuario and tecnico" in added
    with ctx.db.session_factory() as session:
        tomas = session.scalars(select(User).where(User.username == "tecnico")).one()
    technician = Actor("user", "tecnico", Role(tomas.role), tomas.id)
    assert chat.unread(technician) == {"usuario": 1}
    talk = chat.conversation(technician, "usuario")
    assert [m.sender for m in talk] == ["usuario", "tecnico", "usuario", "tecnico", "usuario"]
    assert load_demo(ctx) == []
