"""The Clockify tab: pages for the sessions log, the Clockify users and the error log.

The users and error-log pages are separate modules imported when the tab is built; a page
that cannot be imported or built shows a note instead of taking the whole tab down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.clockify.sessions_view import ClockifySessionsView
from timedesk.ui.pages import optional_page
from timedesk.ui.tabs import register_tab

# (key, module, class) of the pages built by other modules
OTHER_PAGES = (("users", "timedesk.ui.clockify.users_view", "ClockifyUsersView"),
               ("errors", "timedesk.ui.clockify.error_log_view", "ClockifyErrorLogView"))


class ClockifyTab(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.pages = QTabWidget()
        self.pages.setObjectName("clockifyPages")
        self.pages.setDocumentMode(True)
        self.sessions = ClockifySessionsView.create(ctx, actor, services)
        self.pages.addTab(self.sessions, self.tr("Sessions"))
        titles: dict[str, Callable[[], str]] = {"users": lambda: self.tr("Users"),
                                                "errors": lambda: self.tr("Error log")}
        self.page_widgets: dict[str, QWidget] = {"sessions": self.sessions}
        for key, module, name in OTHER_PAGES:
            widget = optional_page(module, name, ctx, actor, services)
            widget.setObjectName(f"clockify_{key}")
            self.pages.addTab(widget, titles[key]())
            self.page_widgets[key] = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.pages)

    @classmethod
    def create(cls, ctx: Any, actor: Actor, services: Any) -> "ClockifyTab":
        return cls(ctx, actor, services)


register_tab("clockify", lambda: QCoreApplication.translate("Tabs", "Clockify"),
             Permission.CLOCKIFY_VIEW, ClockifyTab.create, order=20)
