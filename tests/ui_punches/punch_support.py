"""Employees and users of the punch clock's screen tests."""

from __future__ import annotations

from dataclasses import dataclass

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.people.service import create_employee, update_employee

PASSWORD = "gerencia-2026-larga"
PIN = "4821"


@dataclass(frozen=True)
class Person:
    employee_id: int
    name: str
    actor: Actor | None  # their signed-in user, when they have one


def person(ctx, name: str, *, code: str, role: Role | None = None, username: str = "",
           pin: str | None = PIN) -> Person:
    """An employee with a badge code and PIN and, with `role`, a user account linked to them."""
    system = Actor.system("test")
    employee = create_employee(ctx.db, ctx.bus, system, name, code=code, pin=pin)
    if role is None:
        return Person(employee.id, name, None)
    user = create_user(ctx.db, system, username, PASSWORD, role)
    update_employee(ctx.db, ctx.bus, system, employee.id, user_id=user.id)
    return Person(employee.id, name, Actor("user", user.username, role, user.id))
