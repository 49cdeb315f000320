"""People-facing names of roles, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from timedesk.auth.permissions import Role


def role_title(role: Role) -> str:
    titles = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.MANAGER: QCoreApplication.translate("Roles", "Manager"),
        Role.RECEPTIONIST: QCoreApplication.translate("Roles", "Receptionist"),
        Role.STAFF: QCoreApplication.translate("Roles", "Desk staff"),
        Role.TECHNICIAN: QCoreApplication.translate("Roles", "Technician"),
        Role.REQUESTER: QCoreApplication.translate("Roles", "Requester"),
    }
    return titles.get(role, role.value)
