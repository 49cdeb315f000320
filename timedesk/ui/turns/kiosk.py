"""Kiosk mode: reception's PC turned to the customers, full screen and frameless, with only the
service buttons. Customers take their own number (no name, no note, no priority: priority is
a staff decision, given at the counter).

Leaving needs Ctrl+Shift+Q and, for a signed-in user, that user's password again (checked by
the same rule as the sign-in, off the GUI thread); Esc and Alt+F4 do nothing. The combination
is written in small type at the foot, for staff.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from timedesk.auth.lockout import kiosk_of_this_pc
from timedesk.auth.service import authenticate
from timedesk.errors import AccountLocked, AuthenticationFailed
from timedesk.turns.clock import OfficeClock
from timedesk.turns.views import TurnInfo
from timedesk.ui.appearance import styled
from timedesk.ui.durations import wait_estimate
from timedesk.ui.errors import describe_error
from timedesk.ui.locked_window import LockedWindow
from timedesk.ui.tasks import BackgroundTask, run_in_background
from timedesk.ui.turns.service_buttons import ServiceGrid
from timedesk.ui.turns.ticket import ahead_text

log = logging.getLogger(__name__)
CONFIRMATION_MS = 10_000  # how long a customer's number stays on screen


MAX_SCALE = 1.6  # of the service buttons' design size, on a 1080-pixel-high screen
MIN_SCALE = 1.0  # on a screen of 675 pixels high or fewer


def kiosk_scale(height: int) -> float:
    """The buttons' scale on a screen `height` pixels high, in tenths (MAX_SCALE at 1080 px):
    on a smaller screen smaller buttons, so that six services still fit it without scrolling."""
    return round(max(MIN_SCALE, min(MAX_SCALE, MAX_SCALE * height / 1080)), 1)


class KioskWindow(LockedWindow):
    """`left()` once staff have left kiosk mode (the window then closes)."""

    def __init__(self, panel) -> None:
        super().__init__("kioskWindow")
        self.panel = panel
        self.issuer = panel.issuer
        self.needs_password = panel.actor.kind == "user"
        self.title = QLabel(self.tr("Take your number"))
        styled(self.title, "font-size: 40pt; font-weight: bold; color: #1d2430;")
        self.subtitle = QLabel(self.tr("Choose the service you need."))
        styled(self.subtitle, "font-size: 20pt; color: #5b6472;")
        self.grid = ServiceGrid(scale=MAX_SCALE, show_waiting=True, priority_buttons=False,
                                show_keys=False, clock=OfficeClock.from_settings(
                                    panel.ctx.settings), parent=self)
        self.grid.set_services(panel.services)
        self.grid.set_waiting(panel.waiting)
        self.grid.issueRequested.connect(lambda code, _priority: self.issuer.issue(code))
        self._build_confirmation()
        self._build_unlock()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 16)
        layout.setSpacing(20)
        for label in (self.title, self.subtitle):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        # more services than the screen holds scroll, rather than make the window taller than
        # the screen (which would push the last buttons off it)
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setObjectName("kioskGridScroll")
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget"
                                       " { background: transparent; }")
        self.grid_scroll.setWidget(self.grid)
        layout.addWidget(self.grid_scroll, 1)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignHCenter)
        panel.servicesChanged.connect(self.grid.set_services)
        panel.waitingChanged.connect(self.grid.set_waiting)
        self.issuer.busyChanged.connect(self.grid.set_busy)
        self.issuer.issued.connect(self._on_issued)
        self.issuer.failed.connect(self._on_failed)
        self.issuer.ticketFailed.connect(self._on_ticket_failed)

    def _build_confirmation(self) -> None:
        self.confirmation = QFrame()
        self.confirmation.setObjectName("kioskConfirmation")
        styled(self.confirmation, "QFrame#kioskConfirmation { background: #ffffff; "
                                  "border: 2px solid #c9ced6; border-radius: 16px; }")
        self.number_label = QLabel("")
        self.number_label.setObjectName("kioskNumber")
        styled(self.number_label, "font-size: 72pt; font-weight: bold; color: #1d2430;")
        self.details = QLabel("")
        self.details.setObjectName("kioskDetails")
        self.details.setWordWrap(True)
        styled(self.details, "font-size: 20pt; color: #1d2430;")
        row = QHBoxLayout(self.confirmation)
        row.setContentsMargins(30, 12, 30, 12)
        row.setSpacing(40)
        row.addWidget(self.number_label)
        row.addWidget(self.details, 1)
        self.confirmation.hide()
        self.confirmation_timer = QTimer(self)
        self.confirmation_timer.setSingleShot(True)
        self.confirmation_timer.setInterval(CONFIRMATION_MS)
        self.confirmation_timer.timeout.connect(self.confirmation.hide)

    def _build_unlock(self) -> None:
        self.password = QLineEdit()
        self.password.setObjectName("kioskPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self.submit_password)
        self.unlock_prompt = QLabel(self.tr("Password of {user} to leave kiosk mode:")
                                    .format(user=self.panel.actor.name))
        self.leave_button = QPushButton(self.tr("Leave kiosk mode"))
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.clicked.connect(self.submit_password)
        self.stay_button = QPushButton(self.tr("Stay"))
        self.stay_button.clicked.connect(self.hide_unlock)
        self.build_unlock("kioskUnlock", (self.unlock_prompt, self.password, self.leave_button,
                                          self.stay_button), (self.password,))

    # -- showing --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.grid.set_scale(kiosk_scale(self.height()))

    def show_kiosk(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _on_issued(self, turn: TurnInfo) -> None:
        self.number_label.setText(turn.number)
        lines = [turn.service_name, ahead_text(turn.ahead),
                 self.tr("Estimated wait: {wait}").format(
                     wait=wait_estimate(turn.estimate_low_s, turn.estimate_high_s))]
        if self.issuer.print_enabled:
            lines.append(self.tr("Take your ticket."))
        self.details.setText("\n".join(lines))
        self.confirmation.show()
        self.confirmation_timer.start()

    def _on_failed(self, exc: BaseException) -> None:
        explained = describe_error(exc)
        self.number_label.setText("")
        self.details.setText(self.tr("No number could be given: {message} {hint}").format(
            message=explained.what, hint=explained.what_to_do).strip())
        self.confirmation.show()
        self.confirmation_timer.start()

    def _on_ticket_failed(self, exc: BaseException) -> None:
        log.warning("kiosk ticket not printed: %s", exc)
        self.details.setText(self.details.text() + "\n"
                             + self.tr("The ticket could not be printed: please note your number."))

    # -- leaving --------------------------------------------------------------------------------
    def request_leave(self) -> None:
        """The staff combination: leave at once, or ask for the password of who signed in."""
        if not self.needs_password:
            self.leave()
            return
        self.show_unlock()

    def submit_password(self) -> BackgroundTask | None:
        """Check the password typed off the GUI thread; leave kiosk mode if it is right."""
        if not self.password.text():
            self._unlock_failed(self.tr("Enter the password."))
            return None
        self.leave_button.setEnabled(False)
        db, name, password = self.panel.ctx.db, self.panel.actor.name, self.password.text()

        def checked(user: object) -> None:
            self.leave_button.setEnabled(True)
            if getattr(user, "name", None) == name:
                self.leave()

        def refused(exc: BaseException) -> None:
            self.leave_button.setEnabled(True)
            if isinstance(exc, AuthenticationFailed) and not isinstance(exc, AccountLocked):
                self._unlock_failed(self.tr("Wrong password; kiosk mode goes on."))
            else:
                self._unlock_failed(describe_error(exc).text())

        return run_in_background(
            self, lambda progress: authenticate(db, name, password, kiosk_of_this_pc()), checked,
            refused, jobs=self.issuer.jobs, title=self.tr("Checking the password"))

    def _unlock_failed(self, text: str) -> None:
        self.password.clear()
        self.unlock_error.setText(text)
        self.unlock_error.show()
        self.unlock_timer.start()
