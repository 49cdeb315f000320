"""The house forms of dates, times and worked durations on every screen, in the office's time
zone (office.timezone): 08/12/2026, 14:30, 08/12/2026 14:30, "7 h 30 min" in words and 7:30 in
tables. Files and the API keep ISO; only what people read goes through here."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from timedesk.durations import hours_minutes
from timedesk.errors import ConfigError
from timedesk.office import SystemZone, office_zone

DATE_PICKER = "dd/MM/yyyy"  # the same form as date_text(), in Qt's notation
DATE_TIME_PICKER = "dd/MM/yyyy HH:mm"
_DATE = "%d/%m/%Y"
_TIME, _TIME_SECONDS = "%H:%M", "%H:%M:%S"

Picker = TypeVar("Picker", bound=QDateTimeEdit)
_zone: tzinfo = SystemZone()


def use_office_zone(settings: Any) -> tzinfo:
    """Show every time in the zone office.timezone names (this computer's while it names none or
    an unknown zone, which the settings check reports); returns the zone."""
    global _zone
    try:
        _zone = office_zone(settings)
    except ConfigError:
        _zone = SystemZone()
    return _zone


def local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    """An aware instant as the wall time of `zone`, the office's by default."""
    return moment.astimezone(zone or _zone)


def _day(value: date | datetime) -> date:
    return local(value).date() if isinstance(value, datetime) else value


def date_text(value: date | datetime | None) -> str:
    """'08/12/2026' (an instant: its office day); '' for None."""
    return "" if value is None else _day(value).strftime(_DATE)


def day_heading(value: date | datetime) -> str:
    """The day with its weekday, for headers: 'Tuesday 08/12/2026', 'martes 08/12/2026'."""
    day = _day(value)
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("Formats", "{weekday} {date}").format(
        weekday=weekday, date=day.strftime(_DATE))


def day_start(day: date) -> datetime:
    """The instant the office's `day` starts (its midnight), for filters by shown dates."""
    return datetime.combine(day, time(), tzinfo=_zone)


def period_text(first: date, last: date) -> str:
    """'01/03/2026 – 31/03/2026', or the one day when both are the same."""
    return date_text(first) if first == last else f"{date_text(first)} – {date_text(last)}"


def time_text(moment: datetime | None, *, seconds: bool = False,
              zone: tzinfo | None = None) -> str:
    """'14:30' (or '14:30:05') in the office's zone (or `zone`); '' for None."""
    if moment is None:
        return ""
    return local(moment, zone).strftime(_TIME_SECONDS if seconds else _TIME)


def date_time_text(moment: datetime | None, *, seconds: bool = False,
                   zone: tzinfo | None = None) -> str:
    """'08/12/2026 14:30' (or with seconds) in the office's zone (or `zone`); '' for None."""
    if moment is None:
        return ""
    wall = local(moment, zone)
    return f"{wall.strftime(_DATE)} {wall.strftime(_TIME_SECONDS if seconds else _TIME)}"


def short_date_time(moment: datetime | None, reference: date | datetime | None = None) -> str:
    """The time alone when `moment` falls on the reference day (today by default, in the office),
    else the date and time; '' for None."""
    if moment is None:
        return ""
    day = _day(reference) if reference is not None else datetime.now(_zone).date()
    return time_text(moment) if local(moment).date() == day else date_time_text(moment)


def worked(seconds: float) -> str:
    """Worked time in words, to the minute, cut: '7 h 30 min', '12 min' (a negative counts as
    0)."""
    hours, minutes = divmod(max(0, int(seconds)) // 60, 60)
    if hours:
        return QCoreApplication.translate("Punches", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes)
    return QCoreApplication.translate("Punches", "{minutes} min").format(minutes=minutes)


def worked_clock(seconds: float | None, *, missing: str = "") -> str:
    """Worked time for tables, H:MM with hours past 24 ('164:00'); `missing` for None."""
    return hours_minutes(seconds, missing=missing)


def picker_time(moment: datetime) -> QDateTime:
    """What a date-time picker shows for an instant: its office wall time, to the minute."""
    wall = local(moment)
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))


def picked_time(edit: QDateTimeEdit) -> datetime:
    """The office wall time a date-time picker shows, as an aware instant."""
    chosen = edit.dateTime()
    day, clock = chosen.date(), chosen.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                    tzinfo=_zone)


def setup_picker(edit: Picker) -> Picker:
    """A date picker (QDateEdit) shows DATE_PICKER, a date-time one DATE_TIME_PICKER; both open
    a calendar."""
    edit.setDisplayFormat(DATE_PICKER if isinstance(edit, QDateEdit) else DATE_TIME_PICKER)
    edit.setCalendarPopup(True)
    return edit
