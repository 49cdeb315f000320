"""The Clockify tab: pages for the sessions log, the Clockify users, reports and the error log.

A page that raises while it is built shows a note instead of taking the whole tab down.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.clockify.error_log_view import ClockifyErrorLogView
from timedesk.ui.clockify.reports_page import ClockifyReportsPage
from timedesk.ui.clockify.sessions_view import ClockifySessionsView
from timedesk.ui.clockify.users_view import ClockifyUsersView
from timedesk.ui.pages import build_page
from timedesk.ui.tabs import register_tab


class ClockifyTab(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.pages = QTabWidget()
        self.pages.setObjectName("clockifyPages")
        self.pages.setDocumentMode(True)
        self.sessions = ClockifySessionsView.build(ctx, actor, services)
        self.pages.addTab(self.sessions, self.tr("Sessions"))
        self.page_widgets: dict[str, QWidget] = {"sessions": self.sessions}
        for key, title, factory in (("users", self.tr("Users"), ClockifyUsersView.build),
                                    ("reports", self.tr("Reports"), ClockifyReportsPage.build),
                                    ("errors", self.tr("Error log"), ClockifyErrorLogView.build)):
            widget = build_page(factory, ctx, actor, services)
            widget.setObjectName(f"clockify_{key}")
            self.pages.addTab(widget, title)
            self.page_widgets[key] = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.pages)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> ClockifyTab:
        return cls(ctx, actor, services)


register_tab("clockify", lambda: QCoreApplication.translate("Tabs", "Clockify"),
             Permission.CLOCKIFY_VIEW, ClockifyTab.build, order=20)
