"""Helpers of the chat tests: people who sign in."""

from __future__ import annotations

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user


def person(ctx, admin_actor, username: str, display_name: str = "",
           role: Role = Role.STAFF) -> Actor:
    """A new account, as the actor it signs in as."""
    info = create_user(ctx.db, admin_actor, username, "a long password 1", role,
                       display_name=display_name)
    return Actor("user", info.username, info.role, info.id)
