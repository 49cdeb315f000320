"""Benchmark: work sessions and the year's export of TIMEDESK_BENCH_PUNCH_EMPLOYEES employees
(default 500: the issue's size) over one year, on SQLite and PostgreSQL.

Each employee works every weekday of 2026 in two cycles (in about 09:00, out 14:00, in 15:00,
out about 18:00: four punches a day, ~522,000 punches for 500 people), with some late arrivals
and early leavings; inserted in bulk (plain INSERTs of 20,000 rows, no ORM objects). A child
process (so that its peak memory, VmHWM, is the run's own) then measures:

- the sessions of one month for everyone (timedesk.punches.sessions_service.sessions);
- the year's XLSX (timedesk.punches.record_export.export_sessions: punches streamed from the
  database into the sessions and the writer, never a year of ORM objects).

Printed (lines start with "BENCH punch-sessions"): punches, sessions, each time and the child's
peak memory. Targets (issue 15) for 500 employees: the month's sessions under 2 s, the year's
XLSX under 30 s and under 400 MB; asserted only with TIMEDESK_BENCH_ENFORCE=1 (a shared machine
moves them), the counts always.

    pytest -s tests/benchmarks/bench_punch_sessions.py
    TIMEDESK_BENCH_PUNCH_EMPLOYEES=50 pytest -s tests/benchmarks/bench_punch_sessions.py  # quick
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from figures import peak_kib

EMPLOYEES = int(os.environ.get("TIMEDESK_BENCH_PUNCH_EMPLOYEES", "500"))
ENFORCE = os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1"
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
MONTH = (date(2026, 6, 1), date(2026, 6, 30))
TARGETS = "targets for 500 employees: month < 2 s, year XLSX < 30 s and < 400 MB"
BATCH = 20_000
MADRID = ZoneInfo("Europe/Madrid")


def workdays(first: date, last: date) -> list[date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _at(day: date, minutes: int) -> datetime:
    wall = datetime(day.year, day.month, day.day, tzinfo=MADRID) + timedelta(minutes=minutes)
    return wall.astimezone(UTC)


def punch_rows(employee_ids: list[int]):
    """Four punches a weekday per employee, in order; a few minutes of jitter (some late)."""
    rng = random.Random(15)
    recorded = datetime(2027, 1, 1, tzinfo=UTC)
    for employee_id in employee_ids:
        for day in workdays(*YEAR):
            start = 9 * 60 + rng.choice((-5, 0, 2, 4, 12))
            end = 18 * 60 + rng.choice((-15, 0, 0, 5, 30))
            for action, minutes in (("in", start), ("out", 14 * 60), ("in", 15 * 60),
                                    ("out", end)):
                yield {"employee_id": employee_id, "action": action, "at": _at(day, minutes),
                       "recorded_at": recorded, "source": "cli", "correction": False,
                       "voided": False}


def seed(ctx) -> int:
    """EMPLOYEES employees and their year of punches; the number of punches."""
    from sqlalchemy import insert

    from timedesk.people.models import Employee
    from timedesk.punches.models import Punch

    with ctx.db.session_factory.begin() as session:
        ids = list(session.scalars(insert(Employee).returning(Employee.id), [
            {"name": f"Empleado {number:04d}"} for number in range(EMPLOYEES)]))
    count, batch = 0, []
    for row in punch_rows(ids):
        batch.append(row)
        if len(batch) == BATCH:
            count += _insert(ctx, Punch, batch)
            batch = []
    return count + (_insert(ctx, Punch, batch) if batch else 0)


def _insert(ctx, model, rows) -> int:
    from sqlalchemy import insert

    with ctx.db.session_factory.begin() as session:
        session.execute(insert(model.__table__), rows)
    return len(rows)


def run_child(folder: Path) -> dict:
    """The measured run, in its own process (VmHWM is this run's peak)."""
    from timedesk.app import build_context
    from timedesk.auth.permissions import Actor
    from timedesk.punches.record_export import export_sessions
    from timedesk.punches.sessions_service import sessions

    ctx = build_context()
    actor, now = Actor.system("bench"), datetime(2027, 1, 10, tzinfo=UTC)
    ctx.settings.override("office.timezone", "Europe/Madrid")
    started = time.perf_counter()
    month = sessions(ctx.db, actor, *MONTH, settings=ctx.settings, now=now)
    month_s = time.perf_counter() - started
    started = time.perf_counter()
    result = export_sessions(ctx.db, actor, *YEAR, folder / "year.xlsx", settings=ctx.settings,
                             now=now)
    xlsx_s = time.perf_counter() - started
    ctx.close()
    return {"month_sessions": len(month), "month_s": month_s, "year_sessions": result.rows,
            "xlsx_s": xlsx_s, "xlsx_mb": result.path.stat().st_size / 1e6,
            "peak_mb": peak_kib() / 1024}


def test_month_sessions_and_year_xlsx_of_a_year_of_punches(ctx, env, database_url, tmp_path):
    engine = database_url.split(":", 1)[0].split("+", 1)[0]
    started = time.perf_counter()
    punches = seed(ctx)
    seeded_s = time.perf_counter() - started
    code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "from pathlib import Path; import bench_punch_sessions as b; "
            f"print(json.dumps(b.run_child(Path({str(tmp_path)!r}))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                          env=env, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\nBENCH punch-sessions {engine}: {EMPLOYEES} employees, {punches} punches "
          f"(inserted in {seeded_s:.1f} s)")
    print(f"BENCH punch-sessions {engine}: month {figures['month_sessions']} sessions in "
          f"{figures['month_s']:.2f} s; year XLSX {figures['year_sessions']} sessions in "
          f"{figures['xlsx_s']:.1f} s ({figures['xlsx_mb']:.1f} MB); peak memory "
          f"{figures['peak_mb']:.0f} MB (whole process); {TARGETS}")
    assert figures["month_sessions"] == EMPLOYEES * len(workdays(*MONTH))
    assert figures["year_sessions"] == EMPLOYEES * len(workdays(*YEAR)) == punches // 4
    if ENFORCE and EMPLOYEES >= 500:
        assert figures["month_s"] < 2 and figures["xlsx_s"] < 30 and figures["peak_mb"] < 400
