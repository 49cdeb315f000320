"""Report periods: weeks from the configured first day (the seed's ran Saturday to Friday),
calendar months, the latest finished one, and the zones of "usuario" times."""

from datetime import date, datetime, timedelta, timezone

import pytest

from timedesk.clockify.report_periods import (MONTHLY, WEEKLY, last_finished, month_period,
                                              period_bounds, session_zones, week_period)
from timedesk.errors import ValidationError
from zoneinfo import ZoneInfo


def test_a_week_starts_on_the_configured_day():
    wednesday = date(2025, 6, 18)
    assert week_period(wednesday) == (date(2025, 6, 16), date(2025, 6, 22))
    assert week_period(wednesday, "saturday") == (date(2025, 6, 14), date(2025, 6, 20))
    assert week_period(date(2025, 6, 14), "saturday")[0] == date(2025, 6, 14)
    with pytest.raises(ValidationError):
        week_period(wednesday, "lunes")


def test_a_month_runs_from_its_first_to_its_last_day_leap_years_included():
    assert month_period(date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_period(date(2025, 12, 31)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_the_latest_finished_period_is_the_one_before_today():
    assert last_finished(WEEKLY, date(2025, 6, 23)) == (date(2025, 6, 16), date(2025, 6, 22))
    assert last_finished(WEEKLY, date(2025, 6, 22)) == (date(2025, 6, 9), date(2025, 6, 15))
    assert last_finished(MONTHLY, date(2025, 1, 1)) == (date(2024, 12, 1), date(2024, 12, 31))


def test_period_bounds_follow_daylight_saving_time_of_the_offices_zone():
    since, until = period_bounds(date(2025, 3, 24), date(2025, 3, 30), ZoneInfo("Europe/Madrid"))
    assert since == datetime(2025, 3, 23, 23, tzinfo=timezone.utc)
    assert until == datetime(2025, 3, 30, 22, tzinfo=timezone.utc)  # summer time began


def test_user_times_use_the_sessions_zone_then_its_offsets_then_the_office():
    office = ZoneInfo("Europe/Madrid")
    assert session_zones("Asia/Calcutta", 19800, 19800, office)[2] == "Asia/Calcutta"
    starts, ends, label = session_zones("Not/AZone", 19800, 16200, office)
    assert (label, starts.utcoffset(None), ends.utcoffset(None)) == (
        "UTC+05:30 / UTC+04:30", timedelta(hours=5, minutes=30), timedelta(hours=4, minutes=30))
    assert session_zones(None, None, None, office) == (office, office, "Europe/Madrid")
