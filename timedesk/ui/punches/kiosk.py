"""The punch kiosk: a shared PC at the entrance, full screen and frameless. A person types their
badge code (or name) and PIN, sees their state and presses a large In / Out / Break; the
confirmation shows their name and the time the database stored, and the kiosk goes back to idle
by itself. Five wrong PINs lock that employee's kiosk punching for a while (the employees
service decides and says so).

Leaving needs Ctrl+Shift+Q and the name and password of a user who may manage punches, checked
by the sign-in rule for this kiosk (off the GUI thread); Esc, Alt+F4 and the window manager do
nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.lockout import kiosk_of_this_pc
from timedesk.auth.permissions import Actor, Permission
from timedesk.auth.service import authenticate
from timedesk.errors import NotFound, PermissionDenied
from timedesk.jobs import JobRunner
from timedesk.people.service import EmployeeInfo, check_pin, find_employee, search_employees
from timedesk.punches.service import PunchClock, PunchInfo, StatusInfo
from timedesk.ui.appearance import styled
from timedesk.ui.errors import show_error
from timedesk.ui.formats import day_heading, time_text
from timedesk.ui.locked_window import LockedWindow
from timedesk.ui.punches.card import big_button
from timedesk.ui.punches.texts import action_title, allowed_actions, state_since
from timedesk.ui.tasks import run_in_background
from timedesk.ui.widgets import show_message

CONFIRMATION_MS = 5_000  # the confirmation, then idle
CHOICE_IDLE_MS = 20_000  # a person who walked away from the buttons
IDLE, CHOICE, CONFIRMED = range(3)


@dataclass(frozen=True)
class Identified:
    employee: EmployeeInfo
    status: StatusInfo
    pin: str = field(repr=False)  # what the kiosk punch is checked with again


def identify(clock: PunchClock, actor: Actor, ref: str, pin: str) -> Identified:
    """The employee of a badge code, e-mail or exact name, once their PIN is right."""
    ref = ref.strip()
    if not ref:
        raise NotFound("type your badge code or name.", "Then your PIN.")
    db = clock.db
    try:
        with db.session_factory() as session:
            employee_id = find_employee(session, ref).id
    except NotFound:
        named = [e for e in search_employees(db, actor, ref, active=True)
                 if e.name.casefold() == ref.casefold()]
        if len(named) != 1:
            raise NotFound(f"no employee has the badge code or name '{ref}'.",
                           "Check it, or use your badge code.") from None
        employee_id = named[0].id
    employee = check_pin(db, employee_id, pin)
    return Identified(employee, clock.status(actor, employee.id), pin)


def check_manager(db: Any, username: str, password: str) -> Actor:
    """The user of this name and password, if they may manage punches."""
    manager = authenticate(db, username, password, kiosk_of_this_pc())
    if not manager.can(Permission.PUNCHES_MANAGE):
        raise PermissionDenied(f"{manager.name} may not leave the kiosk.",
                               "A user who manages punches must type their password.")
    return manager


def _label(text: str, style: str, name: str = "") -> QLabel:
    label = QLabel(text)
    styled(label, style)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _field(placeholder: str, name: str, *, secret: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setPlaceholderText(placeholder)
    styled(field, "font-size: 26pt; padding: 10px; border: 2px solid #c9ced6;"
                  " border-radius: 10px; background: white;")
    field.setMinimumWidth(560)
    if secret:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PunchKiosk(LockedWindow):
    """`left()` once a manager left kiosk mode (the window then closes)."""

    def __init__(self, ctx: Any, jobs: JobRunner | None = None) -> None:
        super().__init__("punchKiosk")
        self.ctx, self.jobs = ctx, jobs
        self.clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
        self.actor = Actor.system(kiosk_of_this_pc())
        self.person: Identified | None = None
        self.busy = False
        self.time_label = _label("", "font-size: 64pt; font-weight: bold; color: #1d2430;",
                            "kioskClock")
        self.date_label = _label("", "font-size: 20pt; color: #5b6472;", "kioskDate")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_idle())
        self.stack.addWidget(self._build_choice())
        self.stack.addWidget(self._build_confirmation())
        self._build_unlock()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 50, 80, 20)
        layout.setSpacing(16)
        layout.addWidget(self.time_label)
        layout.addWidget(self.date_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.unlock, 0, Qt.AlignmentFlag.AlignHCenter)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.go_idle)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self._tick()

    # -- pages -------------------------------------------------------------------------------
    def _build_idle(self) -> QWidget:
        page = QWidget()
        self.prompt = _label(self.tr("Punch in or out"),
                             "font-size: 40pt; font-weight: bold; color: #1d2430;")
        self.code = _field(self.tr("Badge code or name"), "kioskCode")
        self.pin = _field(self.tr("PIN"), "kioskPin", secret=True)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.go_button = big_button(self.tr("Continue"), "kioskContinue", "#1565c0")
        self.go_button.clicked.connect(self.submit)
        self.idle_error = _label("", "font-size: 18pt; color: #b3261e;", "kioskError")
        self.idle_error.hide()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        for widget in (self.code, self.pin, self.go_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.go_button.setMinimumWidth(560)
        layout.addWidget(self.idle_error)
        layout.addStretch(2)
        return page

    def _build_choice(self) -> QWidget:
        page = QWidget()
        self.greeting = _label("", "font-size: 40pt; font-weight: bold; color: #1d2430;",
                               "kioskGreeting")
        self.person_state = _label("", "font-size: 24pt; color: #5b6472;", "kioskState")
        self.buttons = {
            "in": big_button(self.tr("In"), "kioskIn", "#2e7d32", 36),
            "out": big_button(self.tr("Out"), "kioskOut", "#c62828", 36),
            "break": big_button(self.tr("Break"), "kioskBreak", "#ef6c00", 36),
        }
        row = QHBoxLayout()
        row.setSpacing(40)
        for key, button in self.buttons.items():
            button.setMinimumSize(360, 180)
            button.clicked.connect(lambda _=False, key=key: self.press(key))
            row.addWidget(button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("kioskCancel")
        self.cancel_button.setStyleSheet("font-size: 18pt; padding: 10px 40px;")
        self.cancel_button.clicked.connect(self.go_idle)
        self.choice_error = _label("", "font-size: 18pt; color: #b3261e;", "kioskChoiceError")
        self.choice_error.hide()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.greeting)
        layout.addWidget(self.person_state)
        layout.addSpacing(30)
        layout.addLayout(row)
        layout.addWidget(self.choice_error)
        layout.addSpacing(20)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_confirmation(self) -> QWidget:
        page = QFrame()
        page.setObjectName("kioskConfirmation")
        styled(page, "QFrame#kioskConfirmation { background: #ffffff; "
                     "border: 2px solid #c9ced6; border-radius: 24px; }")
        self.confirmed_action = _label("", "font-size: 56pt; font-weight: bold; color: #1b7530;"
                                       " border: none;", "kioskConfirmedAction")
        self.confirmed_name = _label("", "font-size: 36pt; color: #1d2430; border: none;",
                                     "kioskConfirmedName")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.confirmed_action)
        layout.addWidget(self.confirmed_name)
        layout.addStretch(1)
        return page

    def _build_unlock(self) -> None:
        self.manager_name = QLineEdit()
        self.manager_name.setObjectName("kioskManagerName")
        self.manager_name.setPlaceholderText(self.tr("Manager's user name"))
        self.manager_password = QLineEdit()
        self.manager_password.setObjectName("kioskManagerPassword")
        self.manager_password.setPlaceholderText(self.tr("Password"))
        self.manager_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager_password.returnPressed.connect(self.submit_password)
        for line in (self.manager_name, self.manager_password):
            line.setMinimumWidth(240)
        self.leave_button = QPushButton(self.tr("Leave the kiosk"))
        self.leave_button.setObjectName("kioskLeave")
        self.leave_button.clicked.connect(self.submit_password)
        self.stay_button = QPushButton(self.tr("Stay"))
        self.stay_button.clicked.connect(self.hide_unlock)
        self.build_unlock("punchKioskUnlock", (
            QLabel(self.tr("A manager leaves the kiosk:")), self.manager_name,
            self.manager_password, self.leave_button, self.stay_button),
            (self.manager_name, self.manager_password))

    # -- showing -----------------------------------------------------------------------------
    def show_kiosk(self, windowed: bool = False) -> None:
        """Full screen; `windowed`: a 1280x720 window (to try it beside other windows)."""
        self.go_idle()
        if windowed:
            self.resize(1280, 720)
            self.show()
        else:
            self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def _tick(self) -> None:
        now = datetime.now(UTC)
        self.time_label.setText(time_text(now))
        self.date_label.setText(day_heading(now))

    def page(self) -> int:
        return self.stack.currentIndex()

    def go_idle(self) -> None:
        self.idle_timer.stop()
        self.person = None
        self.code.clear()
        self.pin.clear()
        self.stack.setCurrentIndex(IDLE)
        self.code.setFocus()

    # -- identifying -------------------------------------------------------------------------
    def submit(self) -> None:
        if self.busy:
            return
        ref, pin = self.code.text(), self.pin.text()
        if not ref.strip() or not pin:
            show_message(self.idle_error, self.tr("Type your badge code or name and your PIN."),
                         "error")
            return
        clock, actor = self.clock, self.actor
        self._set_busy(True)

        def found(person: Identified) -> None:
            self._set_busy(False)
            self.idle_error.hide()
            self.show_choice(person)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.pin.clear()
            show_error(self.idle_error, exc)
            self.pin.setFocus()

        run_in_background(self, lambda progress: identify(clock, actor, ref, pin), found, failed,
                          jobs=self.jobs, title=self.tr("Checking the PIN"))

    def show_choice(self, person: Identified) -> None:
        self.person = person
        state = person.status.state
        self.greeting.setText(self.tr("Hello, {name}").format(name=person.employee.name))
        self.person_state.setText(state_since(state, person.status.since))
        actions = allowed_actions(state)
        self.buttons["in"].setEnabled("in" in actions)
        self.buttons["out"].setEnabled("out" in actions)
        self.buttons["break"].setEnabled(bool({"break_start", "break_end"} & set(actions)))
        self.buttons["break"].setText(self.tr("End break") if state == "on_break"
                                      else self.tr("Break"))
        self.choice_error.hide()
        self.stack.setCurrentIndex(CHOICE)
        self.idle_timer.start(CHOICE_IDLE_MS)

    # -- punching ----------------------------------------------------------------------------
    def press(self, key: str) -> None:
        if self.person is None or self.busy:
            return
        action = key
        if key == "break":
            action = "break_end" if self.person.status.state == "on_break" else "break_start"
        clock, actor, employee_id = self.clock, self.actor, self.person.employee.id
        name, pin = self.person.employee.name, self.person.pin
        self._set_busy(True)
        self.idle_timer.start(CHOICE_IDLE_MS)

        def done(info: PunchInfo) -> None:
            self.show_confirmation(name, info)
            self._set_busy(False)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self.choice_error, exc)

        run_in_background(self, lambda progress: clock.punch(actor, employee_id, action,
                                                             source="kiosk", pin=pin),
                          done, failed, jobs=self.jobs, title=self.tr("Punching"))

    def show_confirmation(self, name: str, info: PunchInfo) -> None:
        self.person = None
        self.confirmed_action.setText(self.tr("{action} at {time}").format(
            action=action_title(info.action), time=time_text(info.at)))
        self.confirmed_name.setText(name)
        self.stack.setCurrentIndex(CONFIRMED)
        self.idle_timer.start(CONFIRMATION_MS)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.go_button.setEnabled(not busy)
        for button in self.buttons.values():
            if busy:
                button.setEnabled(False)
        if not busy and self.person is not None and self.page() == CHOICE:
            self.show_choice(self.person)

    # -- leaving -----------------------------------------------------------------------------
    def request_leave(self) -> None:
        self.show_unlock()

    def submit_password(self) -> None:
        name, password = self.manager_name.text(), self.manager_password.text()
        if not name.strip() or not password:
            show_message(self.unlock_error, self.tr("Type a manager's user name and password."),
                         "error")
            return
        self.leave_button.setEnabled(False)
        db = self.ctx.db

        def checked(_manager: Actor) -> None:
            self.leave_button.setEnabled(True)
            self.leave()

        def failed(exc: BaseException) -> None:
            self.leave_button.setEnabled(True)
            self.manager_password.clear()
            show_error(self.unlock_error, exc)
            self.unlock_timer.start()

        run_in_background(self, lambda progress: check_manager(db, name, password), checked,
                          failed, jobs=self.jobs, title=self.tr("Checking the password"))
