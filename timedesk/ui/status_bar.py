"""The main window's status bar: database, listener, live updates, who is signed in, jobs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from timedesk.auth.permissions import Actor
from timedesk.jobs import JobRunner
from timedesk.ui.base_tab import TrackedConnections
from timedesk.ui.jobs_indicator import JobsIndicator
from timedesk.ui.roles import role_title
from timedesk.ui.services import UiServices
from timedesk.ui.widgets import set_role, short_path

DATABASE_WIDTH = 220  # pixels; the tooltip has the whole path
LISTENING, STOPPED, FAILED, STARTING = "listening", "stopped", "failed", "starting"
CONNECTED, RECONNECTING = "connected", "reconnecting"


class StatusBar(TrackedConnections, QStatusBar):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.database = self._label("databaseStatus")
        self.listener = self._label("listenerStatus")
        self.feed = self._label("feedStatus")
        self.user = self._label("userStatus")
        self.jobs = JobsIndicator(runner, self)
        self.addWidget(self.jobs)
        for label in (self.database, self.listener, self.feed, self.user):
            self.addPermanentWidget(label)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setMinimumWidth(40)  # may shrink (clipped) rather than force a wider window
        return label

    def show_database(self, description: str) -> None:
        metrics = self.database.fontMetrics()
        self.database.setText(metrics.elidedText(short_path(description),
                                                 Qt.TextElideMode.ElideMiddle, DATABASE_WIDTH))
        self.database.setToolTip(self.tr("Database in use: {where}").format(where=description))

    def show_listener(self, state: str, url: str = "", error: str = "",
                      public_url: str = "") -> None:
        if state == LISTENING:
            where = url.split("://", 1)[-1]  # the scheme is always http; the tooltip has it
            text, tip, role = (self.tr("Listener: {address}").format(address=where),
                               self.tr("Webhooks and the lobby display reach this computer at "
                                       "{url}").format(url=public_url or url), "ok")
        elif state == FAILED:
            text, role = self.tr("Listener: failed"), "failed"
            tip = error or self.tr("Unknown error")
        elif state == STARTING:
            text, tip, role = self.tr("Listener: starting…"), "", ""
        else:
            text, tip, role = self.tr("Listener: off"), self.tr("The listener is not running."), ""
        self.listener.setText(text)
        self.listener.setToolTip(tip)
        set_role(self.listener, role, name="state")

    def show_feed(self, state: str) -> None:
        if state == CONNECTED:
            text, role = self.tr("Live updates: on"), "ok"
        elif state == RECONNECTING:
            text, role = self.tr("Live updates: reconnecting…"), "warning"
        else:
            text, role = self.tr("Live updates: off"), ""
        self.feed.setText(text)
        self.feed.setToolTip(self.tr("Changes made on other computers appear here as they "
                                     "happen."))
        set_role(self.feed, role, name="state")

    def follow(self, services: UiServices) -> None:
        """Show the listener and the event feed now and whenever their state changes."""

        def listener_changed(state: str = "") -> None:
            listener = services.listener
            if state == STARTING or listener is None:
                self.show_listener(state or STOPPED)
            else:
                self.show_listener(listener.state, listener.url or "", listener.error or "",
                                   listener.public_url or "")

        def feed_changed(*_: object) -> None:
            self.show_feed(services.feed.state if services.feed is not None else STOPPED)

        self.track(services.signals.listenerStateChanged, listener_changed)
        self.track(services.signals.feedStateChanged, feed_changed)
        listener_changed()
        feed_changed()

    def show_user(self, actor: Actor) -> None:
        self.user.setText(self.tr("{name} ({role})").format(name=actor.name,
                                                           role=role_title(actor.role)))
        self.user.setToolTip(self.tr("Signed in as {name}").format(name=actor.name))
