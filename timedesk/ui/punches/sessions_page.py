"""Work sessions: one row per employee and day of a period (a preset: today, this or last week
or month) and employee, with the worked, break, late, early and overtime time and the flags;
and their export (timedesk.ui.punches.export_bar)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.jobs import Progress
from timedesk.office import PRESETS, office_zone, period, week_start
from timedesk.people.service import EmployeeInfo, search_employees
from timedesk.punches.rules_store import load_rules
from timedesk.punches.sessions import WorkSession
from timedesk.punches.sessions_service import sessions
from timedesk.ui.clockify.admin_table import Column, RowsModel, rows_table
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_text, time_text, worked_clock
from timedesk.ui.punches.export_bar import ExportBar
from timedesk.ui.punches.texts import flag_title, preset_title
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import role_label, show_message


def _time(seconds: int) -> str:
    return worked_clock(seconds) if seconds else ""


class SessionsPage(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("punchSessions")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self._generation = 0
        self.names: dict[int, str] = {}
        self.rule_texts: dict[str, str] = {}  # "rule:<name>" -> the rule's text
        self.preset = QComboBox()
        self.preset.setObjectName("sessionsPeriod")
        for name in PRESETS:
            self.preset.addItem(preset_title(name), name)
        self.preset.setCurrentIndex(self.preset.findData("this_week"))
        self.employee = QComboBox()
        self.employee.setObjectName("sessionsEmployee")
        self.employee.setMinimumWidth(220)
        self.employee.addItem(self.tr("Everybody"), None)
        self.model = RowsModel([
            Column(lambda: self.tr("Employee"), lambda s: self.names.get(s.employee_id, "")),
            Column(lambda: self.tr("Date"), lambda s: date_text(s.date), sort=lambda s: s.date),
            Column(lambda: self.tr("First in"), lambda s: time_text(s.first_in),
                   sort=lambda s: s.first_in),
            Column(lambda: self.tr("Last out"), lambda s: time_text(s.last_out),
                   sort=lambda s: s.last_out),
            Column(lambda: self.tr("Worked"), lambda s: worked_clock(s.worked_s),
                   sort=lambda s: s.worked_s, align_right=True),
            Column(lambda: self.tr("Breaks"), lambda s: _time(s.break_s),
                   sort=lambda s: s.break_s, align_right=True),
            Column(lambda: self.tr("Late"), lambda s: _time(s.late_s), sort=lambda s: s.late_s,
                   align_right=True),
            Column(lambda: self.tr("Early"), lambda s: _time(s.early_s),
                   sort=lambda s: s.early_s, align_right=True),
            Column(lambda: self.tr("Overtime"), lambda s: _time(s.overtime_s),
                   sort=lambda s: s.overtime_s, align_right=True),
            Column(lambda: self.tr("Flags"),
                   lambda s: ", ".join(flag_title(flag) for flag in s.flags),
                   tooltip=lambda s: self.flag_texts(s.flags)),
        ])
        self.table = rows_table(self.model, "sessionsTable")
        self.export_bar = ExportBar(ctx, actor, services.jobs,
                                    lambda: (*self.current_range(), self.employee_id()),
                                    "sessions")
        self.format, self.export_button = self.export_bar.format, self.export_bar.button
        self.export_status = self.export_bar.status
        self.status = role_label("", "hint")
        self.status.setObjectName("sessionsStatus")
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:")), self.preset, QLabel(self.tr("Employee:")),
                       self.employee):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.export_status)
        self.preset.currentIndexChanged.connect(lambda _i: self.refresh())
        self.employee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.live = BusSignal(self, ctx.bus, ("punches.changed", "office.calendar_changed"),
                              debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def current_range(self) -> tuple[date, date]:
        settings = self._ctx.settings
        today = datetime.now(office_zone(settings)).date()
        return period(self.preset.currentData(), today, week_start(settings))

    def employee_id(self) -> int | None:
        return self.employee.currentData()

    def flag_texts(self, flags: tuple[str, ...]) -> str | None:
        """The texts of the working-time rules a session broke, one a line."""
        texts = [self.rule_texts[flag] for flag in flags if flag in self.rule_texts]
        return "\n".join(texts) or None

    def load_employees(self) -> None:
        db, actor = self._ctx.db, self._actor

        def load(progress: Progress) -> tuple[list[EmployeeInfo], dict[str, str]]:
            with db.session_factory() as session:
                texts = {rule.flag: rule.text for rule in load_rules(session)}
            return search_employees(db, actor), texts

        run_in_background(self, load, lambda loaded: self.show_employees(*loaded),
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot read the employees:")),
                          jobs=self._jobs, title=self.tr("Reading the employees"))

    def show_employees(self, employees: list[EmployeeInfo], rule_texts: dict[str, str]
                       ) -> None:
        self.rule_texts = rule_texts
        self.names = {e.id: e.name for e in employees}
        self.employee.blockSignals(True)
        for employee in employees:
            self.employee.addItem(employee.name, employee.id)
        self.employee.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        db, settings, actor = self._ctx.db, self._ctx.settings, self._actor
        start, end = self.current_range()
        employee = self.employee_id()

        def loaded(rows: list[WorkSession]) -> None:
            if generation == self._generation:
                self.model.set_rows(rows)
                show_message(self.status, self.tr("{count} sessions from {start} to {end}")
                             .format(count=len(rows), start=start, end=end), "hint")

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                show_error(self.status, exc, self.tr("Cannot compute the sessions:"))

        run_in_background(self, lambda progress: sessions(db, actor, start, end, employee,
                                                          settings=settings),
                          loaded, failed, jobs=self._jobs, title=self.tr("Computing sessions"))

    def export_to(self, path: str | Path, fmt: str) -> None:
        """Export the sessions of the period and employee to `path` as a job with progress."""
        self.export_bar.export_to(path, fmt)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> SessionsPage:
        page = cls(ctx, actor, services)
        page.load_employees()
        return page
