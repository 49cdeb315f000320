"""The chat beside the tabs: a dock on the right, hidden until the "Chat" action shows it. The
action reads "Chat (3)" while 3 messages are unread (the window's title "timedesk (3)"), and a
message arriving while the dock is hidden is announced in the window's status bar and, where the
desktop has a system tray, as a notification of the window's tray icon (clicking it shows the
chat)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from timedesk.auth.permissions import Actor
from timedesk.ui.chat.panel import ChatPanel
from timedesk.ui.tray import NOTICE_MS, Tray


class ChatDock(QDockWidget):
    def __init__(self, window: QMainWindow, ctx: Any, actor: Actor, services: Any,
                 tray: Tray) -> None:
        super().__init__(window)
        self.setObjectName("chatDock")
        self.window_ = window
        self.window_title = window.windowTitle()  # "timedesk"; "timedesk (3)" while 3 unread
        self.tray = tray
        self.panel = ChatPanel.build(ctx, actor, services)
        self.setWidget(self.panel)
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea)
        self.action = QAction(self)
        self.action.setObjectName("chatAction")
        self.action.setCheckable(True)
        self.action.setToolTip(self.tr("Show or hide the chat"))
        self.action.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(self._visibility_changed)
        self.panel.unreadChanged.connect(self.show_unread)
        self.panel.messageReceived.connect(self.notify)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.setMinimumWidth(300)
        self.show_unread(0)
        self.hide()

    def _visibility_changed(self, visible: bool) -> None:
        if self.action.isChecked() != self.isVisible():
            self.action.setChecked(self.isVisible())

    def show_unread(self, count: int) -> None:
        text = (self.tr("Chat ({count})").format(count=count) if count else self.tr("Chat"))
        self.action.setText(text)
        self.setWindowTitle(text)
        self.window_.setWindowTitle(f"{self.window_title} ({count})" if count
                                    else self.window_title)

    def notify(self, sender: str) -> None:
        if self.isVisible():
            return
        text = self.tr("New message from {name}: open Chat to read it").format(name=sender)
        self.window_.statusBar().showMessage(text, NOTICE_MS)
        self.tray.notify(self.tr("timedesk chat"), text, self.show)

    def open_conversation(self, username: str, ticket_id: int | None = None) -> None:
        """Show the dock on the conversation with `username` ("chat about this ticket")."""
        self.show()
        self.panel.open_conversation(username, ticket_id)
