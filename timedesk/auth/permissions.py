"""Roles, permissions and the matrix that services check (`require(actor, PERMISSION)`).

The matrix is code, not data: a change of who may do what is a reviewed commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timedesk.errors import PermissionDenied


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    RECEPTIONIST = "receptionist"
    STAFF = "staff"
    TECHNICIAN = "technician"
    REQUESTER = "requester"


class Permission(StrEnum):
    USERS_MANAGE = "users.manage"
    API_TOKENS_MANAGE = "api_tokens.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VIEW = "audit.view"
    EMPLOYEES_VIEW = "employees.view"
    EMPLOYEES_MANAGE = "employees.manage"
    CLOCKIFY_VIEW = "clockify.view"
    CLOCKIFY_APPROVE = "clockify.approve"
    CLOCKIFY_MANAGE = "clockify.manage"
    SESAME_VIEW = "sesame.view"
    SESAME_REPORT = "sesame.report"
    SESAME_MANAGE = "sesame.manage"
    PUNCHES_PUNCH = "punches.punch"
    PUNCHES_VIEW_ALL = "punches.view_all"
    PUNCHES_MANAGE = "punches.manage"
    TURNS_ISSUE = "turns.issue"
    TURNS_CALL = "turns.call"
    TURNS_CALL_SPECIFIC = "turns.call_specific"
    TURNS_MANAGE = "turns.manage"
    TURNS_DASHBOARD = "turns.dashboard"
    TICKETS_CREATE = "tickets.create"
    TICKETS_WORK = "tickets.work"
    TICKETS_MANAGE = "tickets.manage"


P = Permission
_EVERYTHING = frozenset(Permission)
MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _EVERYTHING,
    Role.MANAGER: _EVERYTHING - {P.USERS_MANAGE, P.API_TOKENS_MANAGE},
    Role.RECEPTIONIST: frozenset({P.TURNS_ISSUE, P.EMPLOYEES_VIEW, P.PUNCHES_PUNCH,
                                  P.TICKETS_CREATE}),
    Role.STAFF: frozenset({P.TURNS_CALL, P.PUNCHES_PUNCH, P.TICKETS_CREATE}),
    Role.TECHNICIAN: frozenset({P.TICKETS_CREATE, P.TICKETS_WORK, P.PUNCHES_PUNCH}),
    Role.REQUESTER: frozenset({P.TICKETS_CREATE, P.PUNCHES_PUNCH}),
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a logged-in user, an API token, or the system itself."""

    kind: str  # "user" | "token" | "system"
    name: str
    role: Role
    id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.name}"

    def can(self, permission: Permission) -> bool:
        return permission in MATRIX[self.role]

    @classmethod
    def system(cls, name: str = "system") -> Actor:
        """The machine acting on its own behalf (CLI run by the machine's administrator,
        webhooks, monitors). It holds every permission."""
        return cls("system", name, Role.ADMIN)


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        from timedesk.errors import ValidationError

        raise ValidationError("unknown role '{text}'.",
                              "Use one of: {choices}.",
                              text=text, choices=', '.join(r.value for r in Role)) from None


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied("{actor} ({role}) may not do this ({permission}).",
                               "Ask an administrator for a role that allows it.",
                               actor=actor.name, role=actor.role.value, permission=permission.value)
