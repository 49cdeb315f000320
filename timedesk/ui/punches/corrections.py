"""Punches and their corrections: one employee's punches of a period, amended originals and
corrections included (punches are facts: a correction is a new, reasoned punch and the original
stays, voided). Managers add a missing punch or amend one in a dialog whose reason is
required."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor, Permission
from timedesk.office.calendar import OfficeCalendar
from timedesk.office.service import current_calendar
from timedesk.people.service import EmployeeInfo, search_employees
from timedesk.punches.service import ACTIONS, PunchClock, PunchInfo
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    rows_table,
    select_where,
    selected_row,
)
from timedesk.ui.errors import show_error
from timedesk.ui.form_dialog import FormDialog, open_form
from timedesk.ui.formats import date_time_text, setup_picker
from timedesk.ui.punches.texts import action_title, source_title, state_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message


class CorrectionDialog(FormDialog):
    """Add a missing punch (`original` None) or amend `original`: action, time and a reason
    (required). `submitted({"action", "at", "reason"})`."""

    def __init__(self, employee: str, original: PunchInfo | None, zone: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, 460)
        self.setObjectName("punchCorrection")
        self.original = original
        self.zone = zone
        self.setWindowTitle(self.tr("Amend a punch") if original else
                            self.tr("Add a missing punch"))
        self.action = QComboBox()
        self.action.setObjectName("correctionAction")
        for action in ACTIONS:
            self.action.addItem(action_title(action), action)
        if original is not None:
            self.action.setCurrentIndex(max(0, self.action.findData(original.action)))
        self.when = setup_picker(QDateTimeEdit())
        self.when.setObjectName("correctionTime")
        moment = (original.at if original else datetime.now(zone)).astimezone(zone)
        self.when.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                        QTime(moment.hour, moment.minute)))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setPlaceholderText(self.tr("Why the punch is added or amended (required)"))
        self.reason.setFixedHeight(80)
        self.error.setObjectName("correctionError")
        form = QFormLayout()
        form.addRow(self.tr("Employee:"), QLabel(employee))
        form.addRow(self.tr("Action:"), self.action)
        form.addRow(self.tr("Time (office time):"), self.when)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if original is not None:
            layout.addWidget(role_label(self.tr(
                "The original punch stays in the history, marked as amended."), "hint"))
        self.add_foot(layout)

    def moment(self) -> datetime:
        chosen = self.when.dateTime()
        day, clock = chosen.date(), chosen.time()
        return datetime.combine(date(day.year(), day.month(), day.day()),
                                time(clock.hour(), clock.minute()), self.zone)

    def values(self) -> dict | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_error(self.tr("Give the reason for the correction: it is kept with the "
                                    "punch."))
            return None
        return {"action": self.action.currentData(), "at": self.moment(), "reason": reason}


class CorrectionsPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("punchCorrections")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
        self.editable = actor.can(Permission.PUNCHES_MANAGE)
        self.calendar: OfficeCalendar | None = None  # read with the employees
        self.dialog: FormDialog | None = None
        self._generation = 0
        self.employee = QComboBox()
        self.employee.setObjectName("correctionsEmployee")
        self.employee.setMinimumWidth(240)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-6))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            setup_picker(edit)
        yes = self.tr("Yes")
        self.model = RowsModel([
            Column(lambda: self.tr("Time"), lambda p: self._time(p.at), sort=lambda p: p.at),
            Column(lambda: self.tr("Action"), lambda p: action_title(p.action)),
            Column(lambda: self.tr("State after"), lambda p: state_title(p.state)),
            Column(lambda: self.tr("Source"), lambda p: source_title(p.source)),
            Column(lambda: self.tr("Correction"), lambda p: yes if p.correction else ""),
            Column(lambda: self.tr("Amended"), lambda p: yes if p.voided else ""),
            Column(lambda: self.tr("Reason"), lambda p: p.reason or ""),
        ])
        self.table = rows_table(self.model, "punchesTable", ctx=ctx)
        self.add_button = QPushButton(self.tr("Add a missing punch…"))
        self.add_button.setObjectName("addPunch")
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setObjectName("amendPunch")
        for button in (self.add_button, self.amend_button):
            button.setVisible(self.editable)
        self.status = role_label("", "hint")
        self.status.setObjectName("correctionsStatus")
        self._build_layout()
        self.employee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.amend_button.clicked.connect(self.amend_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.live = BusSignal(self, ctx.bus, ("punches.changed", "employees.changed",
                                              "office.calendar_changed"), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.load_employees())

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Employee:")))
        bar.addWidget(self.employee)
        bar.addWidget(QLabel(self.tr("From:")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("To:")))
        bar.addWidget(self.end)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.amend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def zone(self) -> tzinfo | None:
        """The office's zone (None, this PC's, until the calendar is read)."""
        return self.calendar.zone if self.calendar is not None else None

    def _time(self, moment: datetime) -> str:
        return date_time_text(moment, zone=self.zone())

    # -- loading -----------------------------------------------------------------------------
    def employee_id(self) -> int | None:
        data = self.employee.currentData()
        return int(data) if data is not None else None

    def load_employees(self) -> None:
        db, settings, actor = self._ctx.db, self._ctx.settings, self._actor
        run_in_background(self, lambda progress: (search_employees(db, actor, active=True),
                                                  current_calendar(db, settings)),
                          lambda loaded: self.show_employees(*loaded),
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot read the employees:")),
                          jobs=self._jobs, title=self.tr("Reading the employees"))

    def show_employees(self, employees: list[EmployeeInfo], calendar: OfficeCalendar) -> None:
        self.calendar = calendar
        chosen = self.employee_id()
        self.employee.blockSignals(True)
        self.employee.clear()
        for employee in employees:
            self.employee.addItem(employee.name, employee.id)
        index = self.employee.findData(chosen) if chosen is not None else 0
        self.employee.setCurrentIndex(max(0, index))
        self.employee.blockSignals(False)
        self.refresh()

    def period(self, calendar: OfficeCalendar) -> tuple[datetime, datetime]:
        first, last = self.start.date(), self.end.date()
        start, _ = calendar.day_bounds(date(first.year(), first.month(), first.day()))
        _, end = calendar.day_bounds(date(last.year(), last.month(), last.day()))
        return start, end

    def refresh(self, note: str = "") -> None:
        employee_id = self.employee_id()
        self._generation += 1
        generation = self._generation
        if employee_id is None or self.calendar is None:
            self.model.set_rows([])
            show_message(self.status, self.tr("No employee yet."), "hint")
            return
        clock, actor = self.clock, self._actor
        start, end = self.period(self.calendar)

        def loaded(punches: list[PunchInfo]) -> None:
            if generation == self._generation:
                self.model.set_rows(punches)
                text = note or (self.tr("No punch in this period.") if not punches else
                                self.tr("{count} punches").format(count=len(punches)))
                show_message(self.status, text, "success" if note else "hint")
                self._selection_changed()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot read the punches:"))

        run_in_background(self, lambda progress: clock.list_punches(
            actor, employee=employee_id, start=start, end=end), loaded, failed,
            jobs=self._jobs, title=self.tr("Reading punches"))

    # -- correcting --------------------------------------------------------------------------
    def _selection_changed(self, *_: Any) -> None:
        chosen = selected_row(self.table, self.model)
        self.amend_button.setEnabled(chosen is not None and not chosen.voided)
        self.add_button.setEnabled(self.employee_id() is not None)

    def amend_selected(self) -> CorrectionDialog | None:
        chosen: PunchInfo | None = selected_row(self.table, self.model)
        if chosen is None or chosen.voided:
            return None
        return self.open_dialog(chosen)

    def select_punch(self, punch_id: int) -> bool:
        return select_where(self.table, self.model, lambda row: row.id == punch_id)

    def open_dialog(self, original: PunchInfo | None) -> CorrectionDialog | None:
        employee_id = self.employee_id()
        if not self.editable or employee_id is None or self.calendar is None:
            return None
        clock, actor = self.clock, self._actor
        replaces = original.id if original is not None else None

        def saved(info: PunchInfo) -> None:
            self.refresh(self.tr("Saved: {action} at {time}.").format(
                action=action_title(info.action), time=self._time(info.at)))

        dialog = CorrectionDialog(self.employee.currentText(), original, self.calendar.zone,
                                  self)
        open_form(self, dialog, lambda values: clock.punch(
            actor, employee_id, values["action"], at=values["at"], reason=values["reason"],
            replaces_id=replaces), saved, jobs=self._jobs, title=self.tr("Correcting a punch"))
        return dialog

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> CorrectionsPage:
        page = cls(ctx, actor, services)
        page.load_employees()
        return page
