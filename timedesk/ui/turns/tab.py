"""The Turns tab: Reception (issue turns), Desk (call them), Dashboard (the day's figures) and
Set-up (services and desks), each page shown to those who hold its permission (built when the
tab is first shown), and a button that opens the lobby display in a window of this process (a
single PC with a second monitor; other PCs run `timedesk display`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from timedesk.auth.permissions import Actor, Permission
from timedesk.ui.pages import PagedTab, PageSpec
from timedesk.ui.tabs import register_tab

if TYPE_CHECKING:  # imported when the display is opened
    from timedesk.ui.turns.display_window import DisplayWindow


class TurnsTab(PagedTab):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__(ctx, actor, services, "turns")
        self.display: DisplayWindow | None = None
        self.display_button = QPushButton(self.tr("Open lobby display"))
        self.display_button.setObjectName("openDisplay")
        self.display_button.setToolTip(self.tr(
            "Shows the lobby display in a window here; drag it to the lobby monitor and press "
            "Ctrl+Shift+F for full screen. Other computers run: timedesk display"))
        self.display_button.clicked.connect(self.open_display)
        self.add_corner_button(self.display_button)

    def page_specs(self) -> list[PageSpec]:
        from timedesk.ui.turns.dashboard import TurnsDashboard
        from timedesk.ui.turns.desk_panel import DeskPanel
        from timedesk.ui.turns.reception import ReceptionPanel
        from timedesk.ui.turns.setup_page import TurnsSetupPage

        return [("reception", (Permission.TURNS_ISSUE,), self.tr("Reception"), ReceptionPanel),
                ("desk", (Permission.TURNS_CALL,), self.tr("Desk"), DeskPanel.build),
                ("dashboard", (Permission.TURNS_DASHBOARD,), self.tr("Dashboard"),
                 TurnsDashboard.build),
                ("setup", (Permission.TURNS_MANAGE,), self.tr("Set-up"), TurnsSetupPage.build)]

    def open_display(self) -> None:
        """One display window per tab, raised when it is already open; closed with the tab."""
        from timedesk.ui.turns.announcer import make_announcer
        from timedesk.ui.turns.display_window import DisplayWindow

        if self.display is None:
            speech = self.ctx.settings["turns.display_speech"]
            self.display = DisplayWindow(self.ctx, make_announcer(speech, self), name="window",
                                         speech_language=speech)
            self.display.destroyed.connect(self._display_gone)
            self.destroyed.connect(self.display.deleteLater)
        self.display.show_on_screen(windowed=True)
        self.display.raise_()

    def _display_gone(self, *_: Any) -> None:
        self.display = None

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> TurnsTab:
        return cls(ctx, actor, services)


register_tab("turns", lambda: QCoreApplication.translate("Tabs", "Turns"),
             (Permission.TURNS_ISSUE, Permission.TURNS_CALL, Permission.TURNS_DASHBOARD,
              Permission.TURNS_MANAGE),
             TurnsTab.build, order=30)
