"""The office calendar editor: the office's week (intervals per weekday, e.g.
09:00-14:00,15:00-18:00), the late/early tolerance, the time zone and the holidays. Everyone
who sees it reads the calendar; the calendar service lets only settings managers change it (the
office's core setting: turns, help desk and punches follow it), so the others see it read-only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timedesk.auth.permissions import Actor
from timedesk.office.calendar import (
    TOLERANCE_MAX,
    WEEK_KEYS,
    OfficeCalendar,
    format_intervals,
    parse_intervals,
)
from timedesk.office.service import (
    EDIT,
    TOPIC,
    add_holiday,
    current_calendar,
    remove_holiday,
    set_office_hours,
    zone_name,
)
from timedesk.ui.clockify.admin_table import (
    Column,
    RowsModel,
    rows_table,
    select_where,
    selected_row,
)
from timedesk.ui.errors import show_error
from timedesk.ui.formats import date_text, setup_picker
from timedesk.ui.tasks import BURST_MS, BusSignal, run_in_background
from timedesk.ui.widgets import primary_button, role_label, show_message


def weekday_names() -> list[str]:
    """Monday to Sunday in the application's language (Qt's locale data)."""
    locale = QLocale()
    return [locale.standaloneDayName(day, QLocale.FormatType.LongFormat).capitalize()
            for day in range(1, 8)]


def week_of(texts: list[str]) -> dict[int, tuple[tuple[int, int], ...]]:
    """{weekday: intervals} of the seven fields' texts (a ValidationError names the bad one)."""
    return {day: parse_intervals(text) for day, text in enumerate(texts)}


class CalendarEditor(QWidget):
    def __init__(self, ctx: Any, actor: Actor, services: Any) -> None:
        super().__init__()
        self.setObjectName("calendarEditor")
        self._ctx, self._actor, self._jobs = ctx, actor, services.jobs
        self.editable = actor.can(EDIT)
        self.calendar: OfficeCalendar | None = None
        self.days = []
        for key in WEEK_KEYS:
            field = QLineEdit()
            field.setObjectName(f"calendarWeek_{key}")
            field.setPlaceholderText(self.tr("closed (e.g. 09:00-14:00,15:00-18:00)"))
            field.setReadOnly(not self.editable)
            self.days.append(field)
        self.tolerance = QSpinBox()
        self.tolerance.setObjectName("calendarTolerance")
        self.tolerance.setRange(0, TOLERANCE_MAX)
        self.tolerance.setSuffix(self.tr(" min"))
        self.tolerance.setEnabled(self.editable)
        self.timezone = QLineEdit()
        self.timezone.setObjectName("calendarTimezone")
        self.timezone.setPlaceholderText("Europe/Madrid")
        self.timezone.setReadOnly(not self.editable)
        self.save_button = primary_button(self.tr("Save the week"))
        self.save_button.setObjectName("calendarSave")
        self.save_button.setVisible(self.editable)
        self.save_button.clicked.connect(self.save)
        self.status = role_label("", "hint")
        self.status.setObjectName("calendarStatus")
        self.status.hide()
        self.holidays = RowsModel([
            Column(lambda: self.tr("Date"), lambda h: date_text(h[0]), sort=lambda h: h[0]),
            Column(lambda: self.tr("Holiday"), lambda h: h[1]),
        ])
        self.holiday_table = rows_table(self.holidays, "holidaysTable")
        self.holiday_date = setup_picker(QDateEdit(QDate.currentDate()))
        self.holiday_date.setObjectName("holidayDate")
        self.holiday_name = QLineEdit()
        self.holiday_name.setObjectName("holidayName")
        self.holiday_name.setPlaceholderText(self.tr("Name, e.g. Navidad"))
        self.add_holiday_button = QPushButton(self.tr("Add holiday"))
        self.add_holiday_button.setObjectName("addHoliday")
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.remove_holiday_button = QPushButton(self.tr("Remove the selected holiday"))
        self.remove_holiday_button.setObjectName("removeHoliday")
        self.remove_holiday_button.clicked.connect(self.remove_holiday)
        for widget in (self.holiday_date, self.holiday_name, self.add_holiday_button,
                       self.remove_holiday_button):
            widget.setVisible(self.editable)
        self._build_layout()
        self.live = BusSignal(self, ctx.bus, (TOPIC,), debounce_ms=BURST_MS)
        self.live.received.connect(lambda _events: self.refresh())

    def _build_layout(self) -> None:
        week = QGroupBox(self.tr("Office week"))
        form = QFormLayout(week)
        for name, field in zip(weekday_names(), self.days, strict=True):
            form.addRow(name + ":", field)
        form.addRow(self.tr("Late/early tolerance:"), self.tolerance)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow("", self.save_button)
        holidays = QGroupBox(self.tr("Holidays"))
        box = QVBoxLayout(holidays)
        box.addWidget(self.holiday_table, 1)
        row = QHBoxLayout()
        for widget in (self.holiday_date, self.holiday_name, self.add_holiday_button):
            row.addWidget(widget)
        box.addLayout(row)
        box.addWidget(self.remove_holiday_button)
        columns = QHBoxLayout()
        columns.addWidget(week, 3)
        columns.addWidget(holidays, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(columns, 1)
        if not self.editable:
            layout.addWidget(role_label(self.tr(
                "Changing the office calendar needs the settings management permission."),
                "hint"))
        layout.addWidget(self.status)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self, note: str = "") -> None:
        db, settings = self._ctx.db, self._ctx.settings

        def loaded(calendar: OfficeCalendar) -> None:
            self.show_calendar(calendar)
            if note:
                show_message(self.status, note, "success")

        run_in_background(self, lambda progress: current_calendar(db, settings), loaded,
                          lambda exc: show_error(self.status, exc,
                                                 self.tr("Cannot read the office calendar:")),
                          jobs=self._jobs, title=self.tr("Reading the office calendar"))

    def show_calendar(self, calendar: OfficeCalendar) -> None:
        self.calendar = calendar
        for field, intervals in zip(self.days, calendar.office.week, strict=True):
            field.setText(format_intervals(intervals))
        self.tolerance.setValue(calendar.office.tolerance_minutes)
        self.timezone.setText(zone_name(calendar))
        self.holidays.set_rows(sorted(calendar.holidays.items()))

    # -- changing ----------------------------------------------------------------------------
    def save(self) -> None:
        if self.calendar is None:
            return
        db, bus, settings, actor = self._ctx.db, self._ctx.bus, self._ctx.settings, self._actor
        texts = [field.text() for field in self.days]
        tolerance = self.tolerance.value()
        zone = self.timezone.text().strip()
        timezone = None if zone == zone_name(self.calendar) else zone

        def store(progress: Any) -> OfficeCalendar:
            return set_office_hours(db, bus, settings, actor, week=week_of(texts),
                                    tolerance_minutes=tolerance, timezone=timezone)

        def saved(calendar: OfficeCalendar) -> None:
            self.save_button.setEnabled(True)
            self.show_calendar(calendar)
            show_message(self.status, self.tr("The office week was saved."), "success")

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            show_error(self.status, exc, self.tr("Nothing was saved:"))

        self.save_button.setEnabled(False)
        run_in_background(self, store, saved, failed, jobs=self._jobs,
                          title=self.tr("Saving the office week"))

    def add_holiday(self) -> None:
        chosen = self.holiday_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        name = self.holiday_name.text()
        db, bus, actor = self._ctx.db, self._ctx.bus, self._actor

        def added(_: Any) -> None:
            self.holiday_name.clear()
            self.refresh(self.tr("Holiday added."))

        run_in_background(self, lambda progress: add_holiday(db, bus, actor, day, name), added,
                          lambda exc: show_error(self.status, exc), jobs=self._jobs,
                          title=self.tr("Adding a holiday"))

    def remove_holiday(self) -> None:
        chosen = selected_row(self.holiday_table, self.holidays)
        if chosen is None:
            show_message(self.status, self.tr("Select the holiday to remove."), "error")
            return
        db, bus, actor, day = self._ctx.db, self._ctx.bus, self._actor, chosen[0]
        run_in_background(self, lambda progress: remove_holiday(db, bus, actor, day),
                          lambda _: self.refresh(self.tr("Holiday removed.")),
                          lambda exc: show_error(self.status, exc), jobs=self._jobs,
                          title=self.tr("Removing a holiday"))

    def select_holiday(self, day: date) -> bool:
        return select_where(self.holiday_table, self.holidays, lambda row: row[0] == day)

    @classmethod
    def build(
            cls, ctx: Any, actor: Actor, services: Any) -> CalendarEditor:
        editor = cls(ctx, actor, services)
        editor.refresh()
        return editor
