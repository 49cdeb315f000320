"""The Clockify tab: pages for the sessions log, the Clockify users and the error log.

The users and error-log pages are separate modules imported when the tab is built; a page
that cannot be imported or built shows a note instead of taking the whole tab down.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.clockify.sessions_view import ClockifySessionsView
from timedesk.ui.tabs import register_tab
from timedesk.ui.widgets import role_label

log = logging.getLogger(__name__)

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
            widget = self._other_page(module, name, ctx, actor, services)
            widget.setObjectName(f"clockify_{key}")
            self.pages.addTab(widget, titles[key]())
            self.page_widgets[key] = widget
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.pages)

    def _other_page(self, module: str, name: str, ctx: Any, actor: Actor,
                    services: Any) -> QWidget:
        try:
            page = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            log.info("Clockify page %s.%s is not available", module, name, exc_info=True)
            return self._note(self.tr("This page is not available in this version."))
        try:
            return page.create(ctx, actor, services)
        except Exception:  # one broken page must not hide the sessions log
            log.exception("Clockify page %s could not be built", name)
            return self._note(self.tr("This page could not be opened; see the log file."),
                              "error")

    @staticmethod
    def _note(text: str, role: str = "hint") -> QWidget:
        label = role_label(text, role)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @classmethod
    def create(cls, ctx: Any, actor: Actor, services: Any) -> "ClockifyTab":
        return cls(ctx, actor, services)


register_tab("clockify", lambda: QCoreApplication.translate("Tabs", "Clockify"),
             Permission.CLOCKIFY_VIEW, ClockifyTab.create, order=20)
