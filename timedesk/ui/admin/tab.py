"""The Administration tab: users, API tokens and settings, each page shown to those who hold
its permission (administrators see all three, managers the settings), and a button to the
employee list, which lives in the Punches tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.admin.settings_page import SettingsPage
from timedesk.ui.admin.tokens_page import TokensPage
from timedesk.ui.admin.users_page import UsersPage
from timedesk.ui.pages import PagedTab, PageSpec
from timedesk.ui.tabs import register_tab


class AdminTab(PagedTab):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "admin")
        self.employees_button = QPushButton(self.tr("Employees…"))
        self.employees_button.setObjectName("showEmployees")
        self.employees_button.setToolTip(self.tr(
            "The employee list (badge codes, kiosk PINs, their user accounts) is the Employees "
            "page of the Punches tab."))
        self.employees_button.clicked.connect(self.show_employees)
        self.employees_button.setVisible(actor.can(Permission.EMPLOYEES_MANAGE))
        self.add_corner_button(self.employees_button)

    def page_specs(self) -> list[PageSpec]:
        return [("users", (Permission.USERS_MANAGE,), self.tr("Users"), UsersPage.build),
                ("tokens", (Permission.API_TOKENS_MANAGE,), self.tr("API tokens"),
                 TokensPage.build),
                ("settings", (Permission.SETTINGS_MANAGE,), self.tr("Settings"),
                 SettingsPage.build)]

    def show_employees(self) -> bool:
        """Switch the main window to the Punches tab's Employees page."""
        window = self.window()
        show_tab = getattr(window, "show_tab", None)
        return bool(show_tab is not None and show_tab("punches", "employees"))

    @classmethod
    def build(cls, ctx: Any, actor: Actor, services: Any) -> AdminTab:
        return cls(ctx, actor, services)


register_tab("admin", lambda: QCoreApplication.translate("Tabs", "Administration"),
             (Permission.USERS_MANAGE, Permission.API_TOKENS_MANAGE, Permission.SETTINGS_MANAGE),
             AdminTab.build, order=90)
