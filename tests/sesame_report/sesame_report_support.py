"""Builders for the Sesame report tests: entries at local times of one offset, catalogues."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from timedesk.sesame.entries import Catalogs, SesameEmployee, WorkEntry
from timedesk.sesame.report import ReportOptions, build_report

MADRID = timezone(timedelta(hours=1))
PERIOD = (date(2025, 12, 1), date(2026, 1, 31))
NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)
_ids = iter(range(1, 1_000_000))


def at(hour: int, minute: int = 0, second: int = 0, *, day: int = 10, month: int = 12,
       year: int = 2025, zone: timezone = MADRID) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=zone)


def work(start, end, *, employee="ana", check_type=None, entry_id=None, deleted=False):
    return WorkEntry(entry_id or f"w{next(_ids)}", employee, "work", start, end, check_type,
                     None, deleted=deleted)


def pause(start, end, *, employee="ana", break_id="lunch", entry_id=None):
    return WorkEntry(entry_id or f"p{next(_ids)}", employee, "pause", start, end, None,
                     break_id)


def catalogs() -> Catalogs:
    people = {
        "ana": SesameEmployee("ana", "Ana", "Pérez", "ana@example.org", "12345678Z", "dni", "7"),
        "bea": SesameEmployee("bea", "Bea", "Alonso", None, "X1234567L", "nie", None),
    }
    # "lunch" is also a check-type id with another name: break names must come from work_breaks
    return Catalogs(employees=people,
                    check_types={"meet": "Reunión", "desk": "Mostrador", "lunch": "WRONG"},
                    work_breaks={"lunch": "Comida", "coffee": "Café"},
                    collections={"g1": ("Oficina", ("meet",)), "g2": ("Atención", ("desk",))})


def report(entries, **options):
    now = options.pop("now", NOW)
    return build_report(entries, catalogs(), ReportOptions(*PERIOD, **options), now=now)


def data_rows(built):
    return [row for row in built.rows if not row.total]


def totals(built):
    return [row for row in built.rows if row.total]


def kinds(built):
    return sorted(incidence.kind for incidence in built.incidences)
