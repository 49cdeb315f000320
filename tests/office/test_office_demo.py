"""The demo's office calendar: Spain's national holidays of this year, once."""

from __future__ import annotations

from datetime import date

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.demo import load_demo
from timedesk.office.demo import easter, load_office, spanish_national_holidays
from timedesk.office.service import current_calendar


def test_easter_and_good_friday_move_with_the_year():
    assert [easter(y) for y in (2024, 2025, 2026, 2027, 2038)] == [
        date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5), date(2027, 3, 28),
        date(2038, 4, 25)]
    holidays = spanish_national_holidays(2026)
    assert holidays[date(2026, 4, 3)] == "Viernes Santo"
    assert holidays[date(2026, 12, 25)] == "Natividad del Señor"
    assert holidays[date(2026, 10, 12)] == "Fiesta Nacional de España"
    assert len(holidays) == 10


def test_the_demo_stores_this_years_national_holidays_once(ctx):
    added = load_demo(ctx)
    calendar = current_calendar(ctx.db, ctx.settings)
    today = calendar.local_day(utcnow())
    expected = {day: name for day, name in spanish_national_holidays(today.year).items()
                if day != today}   # on a national holiday (8 December) the demo leaves it out
    assert f"holidays {today.year}: {len(expected)} Spanish national holidays" in added
    assert current_calendar(ctx.db, ctx.settings).holidays == expected
    assert load_office(ctx, Actor.system("demo")) == []


def test_the_demo_leaves_out_a_holiday_that_is_today_so_its_turns_can_be_issued(ctx):
    added = load_office(ctx, Actor.system("demo"), today=date(2026, 12, 8))
    assert added == ["holidays 2026: 9 Spanish national holidays"]
    holidays = current_calendar(ctx.db, ctx.settings).holidays
    assert date(2026, 12, 8) not in holidays and date(2026, 12, 6) in holidays
