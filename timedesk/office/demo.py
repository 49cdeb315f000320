"""Demo data of the office calendar: Spain's national holidays of the demo year (this year,
as the other demo data is relative to today). The week stays the default one and the zone the
office.timezone setting's. Idempotent: only missing holidays are added (today's never: the
demo's turns are issued today)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.office.service import add_holiday, current_calendar

FIXED_HOLIDAYS = (((1, 1), "Año Nuevo"), ((1, 6), "Epifanía del Señor"),
                  ((5, 1), "Fiesta del Trabajo"), ((8, 15), "Asunción de la Virgen"),
                  ((10, 12), "Fiesta Nacional de España"), ((11, 1), "Todos los Santos"),
                  ((12, 6), "Día de la Constitución Española"),
                  ((12, 8), "Inmaculada Concepción"), ((12, 25), "Natividad del Señor"))


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lunar) // 451
    month, day = divmod(h + lunar - 7 * m + 114, 31)
    return date(year, month, day + 1)


def spanish_national_holidays(year: int) -> dict[date, str]:
    holidays = {date(year, month, day): name for (month, day), name in FIXED_HOLIDAYS}
    holidays[easter(year) - timedelta(days=2)] = "Viernes Santo"
    return dict(sorted(holidays.items()))


def load_office(ctx: Any, actor: Actor, today: date | None = None) -> list[str]:
    """Add the missing national holidays of this year, but for today's: the demo's turns are
    issued today, and the office issues none on a holiday."""
    calendar = current_calendar(ctx.db, ctx.settings)
    today = today or calendar.local_day(utcnow())
    added = {day: name for day, name in spanish_national_holidays(today.year).items()
             if day not in calendar.holidays and day != today}
    for day, name in added.items():
        add_holiday(ctx.db, ctx.bus, actor, day, name)
    return [f"holidays {today.year}: {len(added)} Spanish national holidays"] if added else []
