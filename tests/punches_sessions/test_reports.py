"""The reports built from sessions, on both engines: overview (who is in, this week's hours
and late arrivals), one line per employee, one line per day."""

from __future__ import annotations

from datetime import date

import pytest
from support import SYSTEM, add_employee, add_punches, in_madrid, local

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import PermissionDenied
from timedesk.punches.reports import daily_report, employee_report, overview

MON, TUE, WED = date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)
NOW = local(WED, 12)


@pytest.fixture
def week(ctx):
    """Ana: Mon 09:12-14:00 (late), Wed in since 09:00; Bea: Tue 09:00-14:00 and 15:00-18:00."""
    in_madrid(ctx)
    ana, bea = add_employee(ctx.db, "Ana"), add_employee(ctx.db, "Bea")
    add_punches(ctx.db, ana, ("in", local(MON, 9, 12)), ("out", local(MON, 14)),
                ("in", local(WED, 9)))
    add_punches(ctx.db, bea, ("in", local(TUE, 9)), ("out", local(TUE, 14)),
                ("in", local(TUE, 15)), ("out", local(TUE, 18)))
    return ana, bea


def test_overview_says_who_is_in_and_this_weeks_hours_and_late_arrivals(ctx, week):
    ana, bea = week
    seen = overview(ctx.db, ctx.bus, SYSTEM, settings=ctx.settings, now=NOW)
    assert seen.week == (MON, WED)
    assert {row.employee_id: row.state for row in seen.board} == {ana: "working", bea: "out"}
    lines = {line.employee_id: line.totals for line in seen.employees}
    # Ana: Monday 4:48 and Wednesday 09:00-12:00 so far
    assert lines[ana].worked_s == 4 * 3600 + 48 * 60 + 3 * 3600 and lines[ana].late == 1
    assert lines[bea].worked_s == 8 * 3600 and lines[bea].late == 0
    assert (seen.totals.worked_s, seen.totals.late, seen.totals.days) == (
        15 * 3600 + 48 * 60, 1, 3)


def test_employee_report_has_one_line_per_person_by_name(ctx, week):
    lines = employee_report(ctx.db, SYSTEM, MON, TUE, settings=ctx.settings, now=NOW)
    assert [line.name for line in lines] == ["Ana", "Bea"]
    ana, bea = (line.totals for line in lines)
    assert (ana.days, ana.late_s, ana.early) == (1, 720, 1)  # left at 14:00 on Monday
    assert (bea.days, bea.worked_s, bea.scheduled_s, bea.early) == (1, 8 * 3600, 8 * 3600, 0)


def test_daily_report_has_one_line_per_day_worked(ctx, week):
    days = daily_report(ctx.db, SYSTEM, MON, WED, settings=ctx.settings, now=NOW)
    assert [(line.date, line.totals.days) for line in days] == [(MON, 1), (TUE, 1), (WED, 1)]
    assert days[1].totals.worked_s == 8 * 3600


def test_reports_of_everyone_need_punches_view_all(ctx, week):
    staff = Actor("user", "x", Role.STAFF, id=7)
    with pytest.raises(PermissionDenied):
        overview(ctx.db, ctx.bus, staff, settings=ctx.settings, now=NOW)
    with pytest.raises(PermissionDenied):
        daily_report(ctx.db, staff, MON, WED, settings=ctx.settings, now=NOW)
