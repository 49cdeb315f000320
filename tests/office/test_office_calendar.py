"""The pure office calendar (timedesk.office.calendar): intervals, schedules, holidays and
business-time arithmetic in Europe/Madrid, daylight-saving days included."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from timedesk.errors import NotFound, ValidationError
from timedesk.office import days_bounds
from timedesk.office.calendar import (
    DEFAULT_WEEK,
    OfficeCalendar,
    Schedule,
    default_calendar,
    format_intervals,
    parse_intervals,
)

MADRID = ZoneInfo("Europe/Madrid")
H = 3600


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=MADRID)


def week(*days: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    return tuple(parse_intervals(text) for text in days)


def calendar(**kwargs) -> OfficeCalendar:
    return OfficeCalendar(zone=MADRID, office=Schedule("office", DEFAULT_WEEK), **kwargs)


FRIDAY = date(2026, 12, 4)
MONDAY = date(2026, 12, 7)


def test_intervals_parse_sorted_and_format_back():
    assert parse_intervals("15:00-18:00, 09:00-14:00") == ((540, 840), (900, 1080))
    assert parse_intervals("") == ()
    assert parse_intervals("  ") == ()
    assert parse_intervals("22:00-24:00") == ((1320, 1440),)
    assert format_intervals(parse_intervals("15:00-18:00,09:00-14:00")) == \
        "09:00-14:00,15:00-18:00"
    assert format_intervals(parse_intervals("00:00-24:00")) == "00:00-24:00"
    # intervals that touch do not overlap
    assert parse_intervals("09:00-14:00,14:00-18:00") == ((540, 840), (840, 1080))


@pytest.mark.parametrize("text, said, hint", [
    ("09:00-14:00,18:00-15:00", ("18:00-15:00", "ends before it starts"), "09:00-14:00"),
    ("10:00-10:00", ("10:00-10:00", "ends before it starts"), "start first"),
    ("09:00-14:00,13:00-18:00", ("09:00-14:00", "13:00-18:00", "overlap"),
     "before the next one starts"),
])
def test_backwards_or_overlapping_intervals_are_refused_saying_which_and_what_to_do(
        text, said, hint):
    with pytest.raises(ValidationError) as caught:
        parse_intervals(text)
    assert all(part in caught.value.message for part in said)
    assert hint in caught.value.hint


@pytest.mark.parametrize("text", ["9-14", "09:00", "09:00-25:00", "09:60-10:00", "ab:cd-10:00",
                                  "24:00-24:00", "09:00-14:00,", "-10:00"])
def test_malformed_intervals_say_how_to_write_them(text):
    with pytest.raises(ValidationError) as caught:
        parse_intervals(text)
    assert caught.value.hint


def test_a_schedule_needs_seven_days():
    with pytest.raises(ValidationError, match="has 6 days"):
        Schedule("short", DEFAULT_WEEK[:6])


def test_weekdays_exceptions_and_holidays_decide_the_days_intervals():
    friday_short = Schedule("office", DEFAULT_WEEK,
                            exceptions={FRIDAY: parse_intervals("09:00-13:00")})
    office = OfficeCalendar(MADRID, friday_short, holidays={date(2026, 12, 8): "Inmaculada"})
    assert office.office.intervals(MONDAY) == ((540, 840), (900, 1080))
    assert office.office.intervals(date(2026, 12, 5)) == ()  # Saturday
    assert office.office.intervals(FRIDAY) == ((540, 780),)
    assert office.holiday(date(2026, 12, 8)) == "Inmaculada"
    assert office.holiday(MONDAY) is None
    assert office.working_intervals(date(2026, 12, 8)) == []
    assert office.scheduled_seconds(FRIDAY) == 4 * H
    assert office.scheduled_seconds(MONDAY) == 8 * H
    assert office.working_intervals(MONDAY) == [
        (datetime(2026, 12, 7, 8, tzinfo=UTC), datetime(2026, 12, 7, 13, tzinfo=UTC)),
        (datetime(2026, 12, 7, 14, tzinfo=UTC), datetime(2026, 12, 7, 17, tzinfo=UTC))]


def test_named_schedules_and_the_office_default():
    part_time = Schedule("mornings", week("09:00-13:00", "09:00-13:00", "", "", "", "", ""))
    office = calendar(schedules={"mornings": part_time})
    assert office.schedule(None) is office.office
    assert office.schedule("") is office.office
    assert office.schedule("office") is office.office
    assert office.schedule("mornings") is part_time
    assert office.scheduled_seconds(MONDAY, "mornings") == 4 * H
    assert office.scheduled_seconds(date(2026, 12, 9), "mornings") == 0
    with pytest.raises(NotFound) as caught:
        office.schedule("nights")
    assert "nights" in caught.value.message and "mornings" in caught.value.hint


def test_daylight_saving_days_count_real_elapsed_seconds():
    night = Schedule("night", week(*["00:00-06:00,22:00-24:00"] * 7))
    office = calendar(schedules={"night": night})
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    # 02:00 -> 03:00 is skipped in spring and 02:00 -> 03:00 is lived twice in autumn
    assert office.scheduled_seconds(spring, "night") == 7 * H
    assert office.scheduled_seconds(autumn, "night") == 9 * H
    assert office.scheduled_seconds(date(2026, 3, 28), "night") == 8 * H
    all_day = calendar(schedules={"all": Schedule("all", week(*["00:00-24:00"] * 7))})
    assert all_day.scheduled_seconds(spring, "all") == 23 * H
    assert all_day.scheduled_seconds(autumn, "all") == 25 * H
    assert all_day.day_bounds(spring) == (datetime(2026, 3, 28, 23, tzinfo=UTC),
                                          datetime(2026, 3, 29, 22, tzinfo=UTC))
    assert all_day.day_bounds(autumn) == (datetime(2026, 10, 24, 22, tzinfo=UTC),
                                          datetime(2026, 10, 25, 23, tzinfo=UTC))
    # office hours on those Sundays, were they working days, are their usual 8 hours
    sundays = Schedule("sundays", week("", "", "", "", "", "", "09:00-14:00,15:00-18:00"))
    office = calendar(schedules={"sundays": sundays})
    assert office.scheduled_seconds(spring, "sundays") == 8 * H
    assert office.scheduled_seconds(autumn, "sundays") == 8 * H
    # a night shift across the autumn change counts the repeated hour
    assert all_day.office_seconds(at(date(2026, 10, 24), 22), at(autumn, 6),
                                  schedule="all") == 9 * H
    assert all_day.office_seconds(at(date(2026, 3, 28), 22), at(spring, 6),
                                  schedule="all") == 7 * H


def test_days_bounds_cover_whole_office_days():
    assert days_bounds(date(2026, 3, 23), date(2026, 3, 29), MADRID) == (
        datetime(2026, 3, 22, 23, tzinfo=UTC), datetime(2026, 3, 29, 22, tzinfo=UTC))


def test_office_seconds_count_only_working_time_minus_pauses():
    office = calendar(holidays={date(2026, 12, 8): "Inmaculada"})
    assert office.office_seconds(at(MONDAY, 8), at(MONDAY, 20)) == 8 * H
    assert office.office_seconds(at(MONDAY, 13), at(MONDAY, 16)) == 2 * H
    # Friday 17:00 to Wednesday 10:00: Friday 1 h, Monday 8 h, Tuesday a holiday, Wednesday 1 h
    assert office.office_seconds(at(FRIDAY, 17), at(date(2026, 12, 9), 10)) == 10 * H
    pauses = [(at(MONDAY, 10), at(MONDAY, 11)), (at(MONDAY, 10, 30), at(MONDAY, 12)),
              (at(MONDAY, 14), at(MONDAY, 15)),  # the lunch gap is no working time anyway
              (at(MONDAY, 17, 30), at(MONDAY, 19))]
    assert office.office_seconds(at(MONDAY, 9), at(MONDAY, 18), pauses=pauses) == \
        8 * H - 2 * H - H // 2
    assert office.office_seconds(at(MONDAY, 9), at(MONDAY, 9)) == 0
    with pytest.raises(ValidationError, match="before its start"):
        office.office_seconds(at(MONDAY, 10), at(MONDAY, 9))
    with pytest.raises(ValidationError, match="no time zone"):
        office.office_seconds(datetime(2026, 12, 7, 9), at(MONDAY, 10))


def test_adding_office_time_skips_nights_weekends_and_holidays():
    office = calendar()
    monday_noon = office.add_office_time(at(FRIDAY, 17), 4 * H)
    assert monday_noon == at(MONDAY, 12)
    assert monday_noon.tzinfo is MADRID
    assert office.add_office_time(at(MONDAY, 13), 2 * H) == at(MONDAY, 16)
    assert office.add_office_time(at(MONDAY, 7), H) == at(MONDAY, 10)
    assert office.add_office_time(at(FRIDAY, 17), H) == at(FRIDAY, 18)
    assert office.add_office_time(at(FRIDAY, 20), 0) == at(FRIDAY, 20)
    with_holiday = calendar(holidays={MONDAY: "Puente", date(2026, 12, 8): "Inmaculada"})
    assert with_holiday.add_office_time(at(FRIDAY, 17), 4 * H) == at(date(2026, 12, 9), 12)
    with pytest.raises(ValidationError, match="negative"):
        office.add_office_time(at(FRIDAY, 17), -1)


def test_a_calendar_without_working_time_gives_a_clear_error_not_a_loop():
    idle = OfficeCalendar(MADRID, Schedule("office", ((),) * 7))
    with pytest.raises(ValidationError) as caught:
        idle.add_office_time(at(FRIDAY, 17), H)
    assert "no working time" in caught.value.message and "hours set" in caught.value.hint
    # only a past exception has working time: the search gives up after a bounded run
    past = OfficeCalendar(MADRID, Schedule("office", ((),) * 7,
                                           exceptions={date(2020, 1, 2): ((540, 600),)}))
    with pytest.raises(ValidationError, match="no working time in the 400 days"):
        past.add_office_time(at(FRIDAY, 17), H)
    # every day a holiday for years: also bounded
    holidays = {FRIDAY + timedelta(days=n): "Cerrado" for n in range(900)}
    with pytest.raises(ValidationError, match="no working time in the 400 days"):
        calendar(holidays=holidays).add_office_time(at(FRIDAY, 17), H)


def test_is_open_follows_intervals_holidays_and_the_end_bound():
    office = calendar(holidays={date(2026, 12, 8): "Inmaculada"})
    assert office.is_open(at(MONDAY, 9))
    assert office.is_open(at(MONDAY, 13, 59))
    assert not office.is_open(at(MONDAY, 14))
    assert not office.is_open(at(MONDAY, 8, 59))
    assert not office.is_open(at(date(2026, 12, 5), 10))  # Saturday
    assert not office.is_open(at(date(2026, 12, 8), 10))
    assert office.is_open(datetime(2026, 12, 7, 8, 30, tzinfo=UTC))  # 09:30 in Madrid
    assert office.local_day(datetime(2026, 12, 6, 23, 30, tzinfo=UTC)) == MONDAY


def test_the_default_calendar_is_monday_to_friday_nine_to_six():
    office = default_calendar(MADRID)
    assert [office.scheduled_seconds(MONDAY + timedelta(days=n)) for n in range(7)] == \
        [8 * H] * 5 + [0, 0]
    assert office.office.tolerance_minutes == 5
    assert office.holidays == {}
