"""The office's calendar (timedesk.office): one time zone, one first day of the week and the
named periods every face offers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from timedesk.errors import ConfigError, ValidationError
from timedesk.office import SystemZone, office_zone, period, week_start

WEDNESDAY = date(2026, 3, 4)


def test_weeks_start_on_the_given_day_and_last_week_is_the_one_before():
    assert period("this_week", WEDNESDAY) == (date(2026, 3, 2), date(2026, 3, 8))
    assert period("last_week", WEDNESDAY) == (date(2026, 2, 23), date(2026, 3, 1))
    assert period("this_week", WEDNESDAY, 6) == (date(2026, 3, 1), date(2026, 3, 7))
    # the seed's Saturday-to-Friday weeks; a Saturday starts its own week
    assert period("this_week", WEDNESDAY, 5) == (date(2026, 2, 28), date(2026, 3, 6))
    assert period("this_week", date(2026, 2, 28), 5)[0] == date(2026, 2, 28)
    assert period("last_week", date(2025, 6, 22)) == (date(2025, 6, 9), date(2025, 6, 15))


def test_months_run_from_their_first_to_their_last_day_leap_years_included():
    assert period("this_month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period("this_month", date(2025, 12, 31)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period("last_month", date(2025, 1, 1)) == (date(2024, 12, 1), date(2024, 12, 31))


def test_to_date_ends_a_current_period_today_and_leaves_a_finished_one_whole():
    thursday = date(2026, 12, 3)
    assert period("today", thursday) == (thursday, thursday)
    assert period("this_week", thursday, to_date=True) == (date(2026, 11, 30), thursday)
    assert period("this_month", thursday, to_date=True) == (date(2026, 12, 1), thursday)
    assert period("last_week", thursday, to_date=True) == (date(2026, 11, 23), date(2026, 11, 29))


def test_an_unknown_preset_is_refused_with_the_known_ones():
    with pytest.raises(ValidationError, match="'yesterday' is not a period preset") as caught:
        period("yesterday", WEDNESDAY)
    assert "this_week" in caught.value.hint


def test_the_week_start_setting_is_a_day_number_from_monday():
    assert week_start({"office.week_start": "monday"}) == 0
    assert week_start({"office.week_start": "saturday"}) == 5


def test_a_named_office_zone_is_that_zone_and_none_is_the_computers_followed_through_dst(
        monkeypatch):
    import time

    assert office_zone({"office.timezone": "America/Mexico_City"}) == ZoneInfo(
        "America/Mexico_City")
    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    try:
        zone = office_zone({"office.timezone": ""})
        assert isinstance(zone, SystemZone)
        july = datetime(2026, 7, 1, 10, 0, tzinfo=UTC).astimezone(zone)
        january = datetime(2026, 1, 15, 10, 0, tzinfo=UTC).astimezone(zone)
        assert (july.hour, january.hour) == (12, 11)
        assert str(zone) in ("local (CET)", "local (CEST)")  # how reports name it
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_unknown_office_zone_names_the_setting():
    with pytest.raises(ConfigError, match=r"office\.timezone"):
        office_zone({"office.timezone": "Mars/Olympus"})
