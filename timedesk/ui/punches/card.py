"""My punch card: the signed-in user's employee, their state since when, today's worked time
(ticking while they work) and big In / Out / Break buttons, each enabled only when the state
allows it. The time of a punch is the database server's, never this PC's. A day left without an
out past its deadline (flagged open) asks when the person left, and their answer is stored as
a confirmation."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as wall_time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from timedesk.auth.permissions import Actor
from timedesk.people.service import employee_for_user
from timedesk.punches.service import OpenDay, PunchClock, PunchInfo, StatusInfo
from timedesk.ui.appearance import styled
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_text, setup_picker, time_text, worked
from timedesk.ui.punches.texts import (
    action_title,
    allowed_actions,
    state_since,
)
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message

CARD_ACTIONS = ("in", "out", "break")  # the Break button starts or ends a break


@dataclass(frozen=True)
class MyCard:
    employee_id: int
    name: str
    status: StatusInfo
    open_day: OpenDay | None = None


def load_my_card(clock: PunchClock, actor: Actor) -> MyCard | None:
    """The card of `actor`'s employee; None when the user is linked to no employee."""
    with clock.db.session_factory() as session:
        employee = employee_for_user(session, actor.id) if actor.id is not None else None
        if employee is None:
            return None
        employee_id, name = employee.id, employee.name
    return MyCard(employee_id, name, clock.status(actor, employee_id),
                  clock.open_day(actor, employee_id))


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def big_button(text: str, name: str, colour: str, points: int = 20) -> QPushButton:
    """A large button in `colour` (a saturated fill, white text in either theme)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(72)
    styled(button, f"QPushButton {{ font-size: {points}pt; font-weight: bold; color: white;"
                   f" background: {colour}; border: none; border-radius: 10px;"
                   " padding: 8px 24px; } QPushButton:disabled { background: #d5d9df;"
                   " color: #8a919c; }")
    return button


class PunchCard(QFrame):
    """`punched(PunchInfo)` after a punch of this card was stored."""

    punched = Signal(object)

    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("punchCard")
        styled(self, "QFrame#punchCard { background: #ffffff; border: 1px solid #d5d9df;"
                     " border-radius: 12px; }")
        self._actor, self._jobs = actor, services.jobs
        self.clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
        self.card: MyCard | None = None
        self._loaded_at = 0.0
        self.busy = False
        self.title = role_label(self.tr("My punch card"), "title")
        self.name_label = QLabel("")
        self.name_label.setObjectName("punchCardName")
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold; border: none;")
        self.state_label = QLabel("")
        self.state_label.setObjectName("punchCardState")
        self.state_label.setStyleSheet("font-size: 14pt; border: none;")
        self.worked_label = QLabel("")
        self.worked_label.setObjectName("punchCardWorked")
        self.worked_label.setStyleSheet("font-size: 14pt; border: none;")
        self.buttons = {
            "in": big_button(self.tr("In"), "punchIn", "#2e7d32"),
            "out": big_button(self.tr("Out"), "punchOut", "#c62828"),
            "break": big_button(self.tr("Break"), "punchBreak", "#ef6c00"),
        }
        self.buttons["in"].clicked.connect(lambda: self.punch("in"))
        self.buttons["out"].clicked.connect(lambda: self.punch("out"))
        self.buttons["break"].clicked.connect(self._break_clicked)
        self.status = role_label("", "hint")
        self.status.setObjectName("punchCardStatus")
        self.status.hide()
        self._build_open_box()
        self._build_layout()
        self._set_enabled(())
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.live = BusSignal(self, ctx.bus, ("punches.changed",), debounce_ms=BURST_MS)
        self.live.received.connect(self._on_events)

    def _build_open_box(self) -> None:
        """"You did not punch out on ...: when did you leave?" with a time and Confirm."""
        self.open_box = QFrame()
        self.open_box.setObjectName("openDayBox")
        styled(self.open_box, "QFrame#openDayBox { background: #fff4e5; border: 1px solid"
                              " #ef6c00; border-radius: 8px; }")
        self.open_prompt = QLabel("")
        self.open_prompt.setObjectName("openDayPrompt")
        self.open_prompt.setWordWrap(True)
        self.open_prompt.setStyleSheet("font-size: 12pt; border: none;")
        self.open_time = setup_picker(QDateTimeEdit())
        self.open_time.setObjectName("openDayTime")
        self.open_confirm = QPushButton(self.tr("Confirm"))
        self.open_confirm.setObjectName("openDayConfirm")
        self.open_confirm.clicked.connect(self.confirm_out)
        row = QHBoxLayout()
        row.addWidget(self.open_time)
        row.addWidget(self.open_confirm)
        row.addStretch(1)
        box = QVBoxLayout(self.open_box)
        box.addWidget(self.open_prompt)
        box.addLayout(row)
        self.open_box.hide()

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(12)
        for column, key in enumerate(CARD_ACTIONS):
            grid.addWidget(self.buttons[key], 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for widget in (self.title, self.name_label, self.state_label, self.worked_label,
                       self.open_box):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        clock, actor = self.clock, self._actor
        run_in_background(self, lambda progress: load_my_card(clock, actor), self.show_card,
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot read your punches:")),
                          jobs=self._jobs, title=self.tr("Reading my punches"))

    def show_card(self, card: MyCard | None) -> None:
        self.card = card
        self._loaded_at = time.monotonic()
        if card is None:
            self.name_label.setText("")
            self.state_label.setText(self.tr(
                "Your user is linked to no employee, so you cannot punch here. Ask a manager to "
                "link it (Punches › Employees)."))
            self.state_label.setWordWrap(True)
            self.worked_label.setText("")
            self._set_enabled(())
            self.ticker.stop()
            self.open_box.hide()
            return
        self._show_open_day(card.open_day)
        self.name_label.setText(card.name)
        self.state_label.setText(state_since(card.status.state, card.status.since))
        self._set_enabled(allowed_actions(card.status.state))
        self.buttons["break"].setText(self.tr("End break") if card.status.state == "on_break"
                                      else self.tr("Break"))
        self._tick()
        if card.status.state == "working":
            self.ticker.start()
        else:
            self.ticker.stop()

    def _show_open_day(self, open_day: OpenDay | None) -> None:
        if open_day is None:
            self.open_box.hide()
            return
        self.open_prompt.setText(self.tr(
            "You did not punch out on {day}: when did you leave?").format(
                day=date_text(open_day.day)))
        earliest = open_day.last_at + timedelta(minutes=1)
        self.open_time.setDateTimeRange(_qt(earliest), _qt(open_day.deadline))
        self.open_time.setDateTime(_qt(max(earliest, min(open_day.closes, open_day.deadline))))
        self.open_confirm.setEnabled(not self.busy)
        self.open_box.show()

    def left_at(self) -> datetime | None:
        """The time in the field, in the office's zone (None without an open day)."""
        if self.card is None or self.card.open_day is None:
            return None
        chosen = self.open_time.dateTime()
        day, moment = chosen.date(), chosen.time()
        return datetime.combine(date(day.year(), day.month(), day.day()),
                                wall_time(moment.hour(), moment.minute()),
                                self.card.open_day.deadline.tzinfo)

    def confirm_out(self) -> None:
        """Store the person's word for when they left the open day."""
        at = self.left_at()
        if self.card is None or at is None or self.busy:
            return
        punch_clock, actor, employee_id = self.clock, self._actor, self.card.employee_id
        self._store(lambda: punch_clock.confirm_out(actor, employee_id, at),
                    lambda info: self.tr("Out confirmed at {time}.").format(
                        time=time_text(info.at)), self.tr("Confirming"))

    def worked_seconds(self) -> int:
        """Today's worked time now: the service's figure plus the time since it was read."""
        if self.card is None:
            return 0
        worked = self.card.status.worked_today_s
        if self.card.status.state == "working":
            worked += int(time.monotonic() - self._loaded_at)
        return worked

    def _tick(self) -> None:
        if self.card is not None:
            self.worked_label.setText(self.tr("Worked today: {time}").format(
                time=worked(self.worked_seconds())))

    def _set_enabled(self, actions: tuple[str, ...]) -> None:
        self.buttons["in"].setEnabled(not self.busy and "in" in actions)
        self.buttons["out"].setEnabled(not self.busy and "out" in actions)
        self.buttons["break"].setEnabled(not self.busy and bool(
            {"break_start", "break_end"} & set(actions)))

    def _on_events(self, events: list) -> None:
        if self.card is None or any(
                event.payload.get("employee_id") in (None, self.card.employee_id)
                for event in events):
            self.refresh()

    # -- punching ----------------------------------------------------------------------------
    def _break_clicked(self) -> None:
        if self.card is not None:
            self.punch("break_end" if self.card.status.state == "on_break" else "break_start")

    def punch(self, action: str) -> None:
        if self.card is None or self.busy:
            return
        clock, actor, employee_id = self.clock, self._actor, self.card.employee_id
        self._store(lambda: clock.punch(actor, employee_id, action, source="pc"),
                    lambda info: self.tr("{action} at {time}.").format(
                        action=action_title(info.action), time=time_text(info.at)),
                    self.tr("Punching"))

    def _store(self, work: Callable[[], PunchInfo], said: Callable[[PunchInfo], str],
               title: str) -> None:
        """Run `work` (a punch) off the GUI thread, buttons off meanwhile; then say `said`."""
        self.busy = True
        self.open_confirm.setEnabled(False)
        self._set_enabled(())

        def done(info: PunchInfo) -> None:
            self.busy = False
            show_message(self.status, said(info), "success")
            self.punched.emit(info)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy = False
            show_error(self.status, exc)
            self.refresh()

        run_in_background(self, lambda progress: work(), done, failed, jobs=self._jobs,
                          title=title)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> PunchCard:
        card = cls(ctx, actor, services)
        card.refresh()
        return card
