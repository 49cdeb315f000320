"""Report periods as instants of the office's zone, and the zones of "usuario" times. (Weeks and
months themselves: tests/test_office.py.)"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from timedesk.clockify.report_periods import session_zones
from timedesk.office import days_bounds


def test_period_bounds_follow_daylight_saving_time_of_the_offices_zone():
    since, until = days_bounds(date(2025, 3, 24), date(2025, 3, 30), ZoneInfo("Europe/Madrid"))
    assert since == datetime(2025, 3, 23, 23, tzinfo=UTC)
    assert until == datetime(2025, 3, 30, 22, tzinfo=UTC)  # summer time began


def test_user_times_use_the_sessions_zone_then_its_offsets_then_the_office():
    office = ZoneInfo("Europe/Madrid")
    assert session_zones("Asia/Calcutta", 19800, 19800, office)[2] == "Asia/Calcutta"
    starts, ends, label = session_zones("Not/AZone", 19800, 16200, office)
    assert (label, starts.utcoffset(None), ends.utcoffset(None)) == (
        "UTC+05:30 / UTC+04:30", timedelta(hours=5, minutes=30), timedelta(hours=4, minutes=30))
    assert session_zones(None, None, None, office) == (office, office, "Europe/Madrid")
