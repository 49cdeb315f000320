"""The Punches tab: Today (my punch card and who is in), then what managers use (sessions,
reports, corrections, employees, the office calendar), each page shown to those who hold its permission, and a button
that turns this PC into the punch kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.locked_window import LEAVE_KEYS
from timedesk.ui.pages import PagedTab, PageSpec
from timedesk.ui.shortcuts import key_text
from timedesk.ui.tabs import register_tab

if TYPE_CHECKING:  # the kiosk is imported when it is first opened
    from timedesk.ui.punches.kiosk import PunchKiosk


class TodayPage(QWidget):
    """My card (for whoever may punch) beside the board (for whoever sees everybody)."""

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        from timedesk.ui.punches.board import WhoIsInBoard
        from timedesk.ui.punches.card import PunchCard

        self.card = PunchCard.build(ctx, actor, services) \
            if actor.can(Permission.PUNCHES_PUNCH) else None
        self.board = WhoIsInBoard.build(ctx, actor, services) \
            if actor.can(Permission.PUNCHES_VIEW_ALL) else None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(16)
        if self.card is not None:
            layout.addWidget(self.card, 2)
        if self.board is not None:
            layout.addWidget(self.board, 3)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> TodayPage:
        return cls(ctx, actor, services)


class PunchesTab(PagedTab):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "punches")
        self.kiosk: PunchKiosk | None = None
        self.kiosk_button = QPushButton(self.tr("Open the punch kiosk"))
        self.kiosk_button.setObjectName("openPunchKiosk")
        self.kiosk_button.setToolTip(self.tr(
            "Turns this computer into the punch kiosk, full screen: people punch with their "
            "badge code or name and PIN. Leaving it needs {keys} and a manager's password (the "
            "kiosk does not show it). Other computers run: timedesk kiosk").format(
                keys=key_text(LEAVE_KEYS)))
        self.kiosk_button.clicked.connect(self.open_kiosk)
        self.kiosk_button.setVisible(actor.can(Permission.PUNCHES_MANAGE))
        self.add_corner_button(self.kiosk_button)

    def page_specs(self) -> list[PageSpec]:
        from timedesk.ui.punches.calendar_editor import CalendarEditor
        from timedesk.ui.punches.corrections import CorrectionsPage
        from timedesk.ui.punches.employees_editor import EmployeesEditor
        from timedesk.ui.punches.reports_page import ReportsPage
        from timedesk.ui.punches.sessions_page import SessionsPage

        return [("today", (Permission.PUNCHES_PUNCH, Permission.PUNCHES_VIEW_ALL),
                 self.tr("Today"), TodayPage.build),
                ("sessions", (Permission.PUNCHES_VIEW_ALL,), self.tr("Sessions"),
                 SessionsPage.build),
                ("reports", (Permission.PUNCHES_VIEW_ALL,), self.tr("Reports"),
                 ReportsPage.build),
                ("history", (Permission.PUNCHES_VIEW_ALL,), self.tr("Punches"),
                 CorrectionsPage.build),
                ("employees", (Permission.EMPLOYEES_MANAGE,), self.tr("Employees"),
                 EmployeesEditor.build),
                ("calendar", (Permission.SETTINGS_MANAGE, Permission.PUNCHES_MANAGE),
                 self.tr("Office calendar"), CalendarEditor.build)]

    def open_kiosk(self) -> None:
        """The kiosk, full screen on this PC; the tab's window stays behind it."""
        from timedesk.ui.punches.kiosk import PunchKiosk

        if self.kiosk is None:
            self.kiosk = PunchKiosk(self.ctx, self._services.jobs)
            self.kiosk.destroyed.connect(self._kiosk_gone)
            self.destroyed.connect(self.kiosk.deleteLater)
        self.kiosk.show_kiosk()

    def _kiosk_gone(self, *_: Any) -> None:
        self.kiosk = None

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> PunchesTab:
        return cls(ctx, actor, services)


register_tab("punches", lambda: QCoreApplication.translate("Tabs", "Punches"),
             (Permission.PUNCHES_PUNCH, Permission.PUNCHES_VIEW_ALL, Permission.PUNCHES_MANAGE,
              Permission.EMPLOYEES_MANAGE),
             PunchesTab.build, order=35)
