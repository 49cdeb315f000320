"""The house forms of dates, times and worked durations (timedesk.ui.formats), in the office's
zone, and the pickers that show the same form."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from timedesk.ui import formats
from timedesk.ui.formats import (
    date_text,
    date_time_text,
    day_heading,
    period_text,
    picked_time,
    picker_time,
    setup_picker,
    short_date_time,
    time_text,
    worked,
    worked_clock,
)

MADRID = {"office.timezone": "Europe/Madrid"}
# 23:30 UTC on 7 December is 00:30 on Tuesday 8 December in Madrid
LATE = datetime(2026, 12, 7, 23, 30, 5, tzinfo=UTC)


@pytest.fixture
def madrid():
    return formats.use_office_zone(MADRID)


def test_dates_read_day_month_year_and_an_instant_takes_its_office_day(madrid):
    assert date_text(date(2026, 3, 1)) == "01/03/2026"
    assert date_text(LATE) == "08/12/2026"
    assert date_text(None) == ""


def test_times_and_date_times_are_the_offices_wall_time(madrid):
    assert time_text(LATE) == "00:30"
    assert time_text(LATE, seconds=True) == "00:30:05"
    assert date_time_text(LATE) == "08/12/2026 00:30"
    assert date_time_text(LATE, seconds=True) == "08/12/2026 00:30:05"
    assert date_time_text(LATE, zone=UTC) == "07/12/2026 23:30"
    assert time_text(None) == date_time_text(None) == ""


def test_the_short_form_leaves_out_the_date_on_the_reference_day_only(madrid):
    assert short_date_time(LATE, date(2026, 12, 8)) == "00:30"
    # the same UTC day, but the office's previous day: the date is needed
    assert short_date_time(LATE, datetime(2026, 12, 7, 22, 0, tzinfo=UTC)) == "08/12/2026 00:30"
    assert short_date_time(datetime.now(UTC)) == time_text(datetime.now(UTC))


def test_an_unknown_or_empty_zone_falls_back_to_this_computers():
    formats.use_office_zone({"office.timezone": "Mars/Olympus"})
    assert time_text(LATE) == LATE.astimezone().strftime("%H:%M")
    formats.use_office_zone({"office.timezone": ""})
    assert date_time_text(LATE) == LATE.astimezone().strftime("%d/%m/%Y %H:%M")


def test_an_office_day_starts_at_the_offices_midnight(madrid):
    assert formats.day_start(date(2026, 12, 8)) == datetime(2026, 12, 7, 23, 0, tzinfo=UTC)


def test_a_period_is_two_dates_or_one():
    assert period_text(date(2026, 3, 1), date(2026, 3, 31)) == "01/03/2026 – 31/03/2026"
    assert period_text(date(2026, 3, 1), date(2026, 3, 1)) == "01/03/2026"


@pytest.mark.parametrize("seconds, text", [(0, "0 min"), (779, "12 min"), (11100, "3 h 05 min"),
                                           (27000, "7 h 30 min"), (-60, "0 min")])
def test_worked_time_in_words_is_to_the_minute(seconds, text):
    assert worked(seconds) == text


@pytest.mark.parametrize("seconds, text", [(27000, "7:30"), (590400, "164:00"), (59, "0:00"),
                                           (None, "")])
def test_worked_time_in_tables_is_hours_and_minutes(seconds, text):
    assert worked_clock(seconds) == text


def test_the_spanish_forms_say_the_weekday_and_the_units_in_spanish(qapp, madrid):
    from timedesk.ui.i18n import install_translators, remove_translators

    assert day_heading(LATE) == "Tuesday 08/12/2026"
    translators = install_translators(qapp, "es")
    try:
        assert day_heading(LATE) == "martes 08/12/2026"
        assert day_heading(date(2026, 12, 6)) == "domingo 06/12/2026"
        assert worked(27000) == "7 h 30 min"
        assert worked(779) == "12 min"
        assert date_time_text(LATE) == "08/12/2026 00:30"  # the same digits in both languages
    finally:
        remove_translators(qapp, translators)


def test_pickers_show_the_house_date_and_date_time_forms(qapp):
    day = setup_picker(QDateEdit(QDate(2026, 12, 8)))
    moment = setup_picker(QDateTimeEdit(QDateTime(QDate(2026, 12, 8), QTime(9, 5))))
    assert day.displayFormat() == "dd/MM/yyyy" and day.calendarPopup()
    assert day.text() == "08/12/2026" == date_text(date(2026, 12, 8))
    assert moment.displayFormat() == "dd/MM/yyyy HH:mm"
    assert moment.text() == "08/12/2026 09:05"


def test_a_date_time_picker_shows_and_returns_the_offices_wall_time(qapp, madrid):
    edit = setup_picker(QDateTimeEdit(picker_time(LATE)))
    assert edit.text() == "08/12/2026 00:30"
    assert picked_time(edit) == LATE.replace(second=0)
    assert picked_time(edit).tzinfo == ZoneInfo("Europe/Madrid")
