"""The main window's one tray icon and the desktop notifications shown through it.

`Tray`: the icon (where the desktop has a system tray), its menu (Open timedesk, the listener's
state, Quit) and `notify()`, which every notification of the window goes through (the chat's
too). Clicking a notification runs what its sender asked for, else brings the window back.

`DesktopNotices`: what is worth a notification while nobody looks at the window: a report
ready (a Sesame or Clockify report job finishing while the window is hidden or another tab is
shown), a Clockify session put under review (for those who approve them) and the listener going
down (webhooks and the browser lobby display no longer reach this PC). Pages notify through
`desktop_notice` (the desk panel: a call no lobby display showed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from timedesk.auth.permissions import Actor, Permission
from timedesk.clockify.topics import SESSION_UNDER_REVIEW
from timedesk.jobs import DONE, FINISHED, Job
from timedesk.ui.appearance import app_icon
from timedesk.ui.base_tab import TrackedConnections
from timedesk.ui.status_bar import LISTENING, STARTING
from timedesk.ui.tasks import BusSignal

NOTICE_MS = 15_000
REVIEW_BURST_MS = 1_000  # sessions put under review within a second: one notification


class Tray(QSystemTrayIcon):
    """`available`: the desktop has a system tray (else nothing is shown and `notify` says so
    by returning False). `open_window()` is what "Open timedesk" and a click on the icon do."""

    def __init__(self, window: QWidget, open_window: Callable[[], None],
                 quit_action: QAction) -> None:
        super().__init__(app_icon(), window)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._open_window = open_window
        self._on_click: Callable[[], None] | None = None
        self.setToolTip(self.tr("timedesk"))
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.open_action = QAction(self.tr("&Open timedesk"), self)
        self.open_action.setObjectName("trayOpen")
        self.open_action.triggered.connect(open_window)
        self.listener_action = QAction(self)
        self.listener_action.setObjectName("trayListener")
        self.listener_action.setEnabled(False)  # a state, not a command
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.listener_action)
        self.menu.addSeparator()
        self.menu.addAction(quit_action)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self._message_clicked)
        if self.available:
            self.show()

    def show_listener(self, text: str) -> None:
        """The listener's state as the status bar words it."""
        self.listener_action.setText(text)
        self.setToolTip(self.tr("timedesk — {listener}").format(listener=text))

    def notify(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> bool:
        """A desktop notification; clicking it runs `on_click` (else opens the window). False
        where there is no system tray."""
        if not self.available:
            return False
        self._on_click = on_click
        self.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:
            self._open_window()

    def _message_clicked(self) -> None:
        action, self._on_click = self._on_click, None
        self._open_window()
        if action is not None:
            action()


def desktop_notice(widget: QWidget, title: str, text: str) -> bool:
    """A desktop notification from a page: through the tray of the window `widget` is in
    (clicking it brings that window back); False when there is none."""
    tray = getattr(widget.window(), "tray", None)
    return isinstance(tray, Tray) and tray.notify(title, text)


def report_jobs() -> dict[str, str]:
    """The titles of the report jobs, as their pages word them, and the tab that shows each."""
    return {QCoreApplication.translate("ReportsTab", "Sesame report"): "sesame_reports",
            QCoreApplication.translate("ClockifyReportsPage", "Clockify report"): "clockify"}


class DesktopNotices(TrackedConnections, QObject):
    """Notifications of `window` (a MainWindow: tray, services, status, current_tab_key(),
    show_tab()) for `actor`; the tray's menu follows the listener's state. `quitting = True` once the app is closing: the listener stopping is then no
    news."""

    def __init__(self, window: Any, ctx: Any, actor: Actor) -> None:
        super().__init__(window)
        self.window_ = window
        self.tray: Tray = window.tray
        self.quitting = False
        services = window.services
        self._listener_up = (services.listener is not None
                             and services.listener.state == LISTENING)
        self.tray.show_listener(window.status.listener.text())
        remove = services.jobs.add_listener(self._job_event)
        self.destroyed.connect(lambda *_: remove())
        self.track(services.signals.listenerStateChanged, self._listener_state)
        if actor.can(Permission.CLOCKIFY_APPROVE):
            self.reviews = BusSignal(self, ctx.bus, [SESSION_UNDER_REVIEW],
                                     debounce_ms=REVIEW_BURST_MS)
            self.reviews.received.connect(self._under_review)

    def _job_event(self, kind: str, job: Job) -> None:
        tab = report_jobs().get(job.title)
        if kind != FINISHED or job.state != DONE or tab is None:
            return
        window = self.window_
        if window.isVisible() and not window.isMinimized() and window.current_tab_key() == tab:
            return  # the page in front already says so
        self.tray.notify(self.tr("Report ready"),
                         self.tr("{report}: ready. Click to open it.").format(report=job.title),
                         lambda: window.show_tab(tab))

    def _under_review(self, events: list) -> None:
        count = sum(1 for event in events if event.topic == SESSION_UNDER_REVIEW)
        if not count:
            return
        text = (self.tr("A Clockify session needs your review.") if count == 1 else
                self.tr("{count} Clockify sessions need your review.").format(count=count))
        self.tray.notify(self.tr("Session under review"), text,
                         lambda: self.window_.show_tab("clockify", "sessions"))

    def _listener_state(self, state: str) -> None:
        self.tray.show_listener(self.window_.status.listener.text())  # the status bar's words
        was_up, self._listener_up = self._listener_up, state == LISTENING
        if not was_up or state in (LISTENING, STARTING) or self.quitting:
            return
        listener = self.window_.services.listener
        error = getattr(listener, "error", None) or ""
        text = self.tr("Clockify webhooks and the lobby display in the browser no longer reach "
                       "this computer.")
        if error:
            text = f"{text} {error}"
        self.tray.notify(self.tr("The listener stopped"), text)
