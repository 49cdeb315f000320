"""The lock of a shared PC: after `ui.idle_lock_minutes` without keyboard or mouse input the main
window gives its place to a lock screen that asks the signed-in person's password to go on, or
lets another person sign in instead (a switch of user).

`IdleWatch`: an application-wide event filter restarting a single-shot timer on every input
event (any window of the app counts: someone using the kiosk keeps the PC awake).
`LockScreen`: the window shown instead of the main window (and the windows it owns: dialogs, a
floating chat) while it is locked. The public screens (the lobby display, the turns and punch
kiosks) are windows of their own, not the main window's, so they stay on screen: they are for
visitors and show nothing private."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth import service as auth
from timedesk.auth.permissions import Actor
from timedesk.errors import AccountLocked, AuthenticationFailed
from timedesk.ui.errors import describe_error
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message

SETTING = "ui.idle_lock_minutes"
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})
LOCK_WIDTH = 460


class IdleWatch(QObject):
    """`idle` once, `minutes` after the last keyboard or mouse input anywhere in the app (and
    again after the next input and another such pause); `minutes` <= 0: never."""

    idle = Signal()

    def __init__(self, parent: QObject, minutes: float) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 5 % late
        self.timer.timeout.connect(self.idle.emit)
        self.enabled = minutes > 0
        if self.enabled:
            self.timer.setInterval(max(1, round(minutes * 60_000)))
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)  # Qt drops the filter when this object is deleted
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LockScreen(QWidget):
    """`unlocked` once the signed-in person's password is right; `switchUser` when another
    person wants to sign in; `closeRequested` when the window manager closes it (it stays)."""

    unlocked = Signal()
    switchUser = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget, db: Any, actor: Actor, jobs: Any) -> None:
        super().__init__(parent, Qt.WindowType.Window)  # a window of its own, deleted with
        # the main window
        self._db, self._actor, self._jobs = db, actor, jobs
        self.checking: BackgroundTask | None = None
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("timedesk — locked"))
        self.heading = role_label(self.tr("timedesk is locked"), "title")
        self.intro = role_label(self.tr(
            "{name} is signed in. Enter the password of {name} to go on, or sign in as "
            "someone else.").format(name=actor.name), "hint")
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.submit)
        self.message = role_label("", "error")
        self.message.setObjectName("lockMessage")
        self.message.hide()
        self.unlock_button = primary_button(self.tr("Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("Sign in as someone else"))
        self.switch_button.setObjectName("lockSwitchUser")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switchUser.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        box.setObjectName("lockBox")
        box.setFixedWidth(LOCK_WIDTH)  # a fixed width gives the wrapped texts their height
        inner = QVBoxLayout(box)
        inner.setSpacing(10)
        for widget in (self.heading, self.intro, self.password, self.message):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        middle = QHBoxLayout()  # not an alignment: with one, the wrapped texts lose their height
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def start(self) -> None:
        """Shown afresh: no password, no message, the cursor in the password field."""
        self.password.clear()
        self.message.hide()
        self._set_busy(False)
        self.password.setFocus()

    def submit(self) -> BackgroundTask | None:
        password = self.password.text()
        if not password:
            self._say(self.tr("Enter your password."))
            return None
        self._set_busy(True)
        db, name = self._db, self._actor.name
        self.checking = run_in_background(
            self, lambda progress: auth.authenticate(db, name, password), self._checked,
            self._refused, jobs=self._jobs, title=self.tr("Checking the password"))
        return self.checking

    def _checked(self, actor: Actor) -> None:
        self._set_busy(False)
        if actor.id != self._actor.id:  # cannot happen: the name is the signed-in person's
            self._refused(AuthenticationFailed("another account"))
            return
        self.password.clear()
        self.unlocked.emit()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, AccountLocked):
            self._say(self.tr("Too many wrong passwords: this account is locked for a few "
                              "minutes. Wait, or sign in as someone else."))
        elif isinstance(exc, AuthenticationFailed):
            self._say(self.tr("Wrong password. Try again, or sign in as someone else."))
        else:
            self._say(describe_error(exc).text())

    def _say(self, text: str) -> None:
        show_message(self.message, text, "error")
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button):
            widget.setEnabled(not busy)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        event.ignore()  # locked stays locked; the main window decides (tray or quit)
        self.closeRequested.emit()
