"""Every work-session rule on SQLite and PostgreSQL: punches stored, sessions read through the
service, with the default office calendar (Mon-Fri 09:00-14:00,15:00-18:00, tolerance 5 min) in
Europe/Madrid and the seeded Spanish rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from support import SYSTEM, add_employee, add_punches, in_madrid, local, sessions_of

TUESDAY = date(2026, 12, 1)
WEDNESDAY = TUESDAY + timedelta(days=1)
LATER = local(date(2026, 12, 20), 12)


def one_day(ctx, *punches, day=TUESDAY, now=LATER):
    in_madrid(ctx)
    ana = add_employee(ctx.db)
    add_punches(ctx.db, ana, *punches)
    [work] = sessions_of(ctx, day, now=now)
    assert work.employee_id == ana and work.date == day
    return work


def full_day(first_in, last_out, day=TUESDAY):
    return (("in", local(day, *first_in)), ("break_start", local(day, 14)),
            ("break_end", local(day, 15)), ("out", local(day, *last_out)))


def test_in_twelve_minutes_late_with_five_of_tolerance_counts_all_720_seconds(ctx):
    work = one_day(ctx, *full_day((9, 12), (18, 0)))
    assert (work.late_s, work.early_s, work.flags) == (720, 0, ("late",))
    assert work.worked_s == 8 * 3600 + 48 * 60 - 3600 and work.break_s == 3600
    assert (work.scheduled_s, work.overtime_s, work.cycles) == (8 * 3600, 0, 1)
    assert work.first_in == local(TUESDAY, 9, 12) and work.last_out == local(TUESDAY, 18)


def test_in_four_minutes_late_is_within_the_tolerance(ctx):
    work = one_day(ctx, *full_day((9, 4), (18, 0)))
    assert (work.late_s, work.flags) == (0, ())


def test_out_ten_minutes_early_counts_600_seconds_and_four_minutes_nothing(ctx):
    assert one_day(ctx, *full_day((9, 0), (17, 50))).early_s == 600
    in_madrid(ctx)
    bea = add_employee(ctx.db, "Bea")
    add_punches(ctx.db, bea, *full_day((9, 0), (17, 56), day=WEDNESDAY))
    [work] = sessions_of(ctx, WEDNESDAY, now=LATER, employee=bea)
    assert (work.early_s, work.flags) == (0, ())


def test_worked_beyond_the_schedule_is_overtime_and_beyond_nine_hours_breaks_the_rule(ctx):
    work = one_day(ctx, *full_day((8, 30), (20, 0)))
    assert work.worked_s == 10.5 * 3600 and work.overtime_s == 2.5 * 3600
    assert work.flags == ("overtime", "rule:max_9h")


def test_two_cycles_with_a_break_add_up_without_the_break_nor_the_lunch_gap(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), ("break_start", local(TUESDAY, 11)),
                   ("break_end", local(TUESDAY, 11, 20)), ("out", local(TUESDAY, 14)),
                   ("in", local(TUESDAY, 15)), ("out", local(TUESDAY, 18)))
    assert (work.cycles, work.worked_s, work.break_s) == (2, 5 * 3600 - 1200 + 3 * 3600, 1200)
    assert (work.late_s, work.early_s, work.overtime_s, work.flags) == (0, 0, 0, ())
    assert work.last_out == local(TUESDAY, 18)


def test_more_than_six_hours_without_a_15_minute_pause_breaks_the_break_rule(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), ("out", local(TUESDAY, 13)),
                   ("in", local(TUESDAY, 13, 10)), ("out", local(TUESDAY, 18)))
    assert "rule:break_15min" in work.flags  # a 10-minute gap is not enough


def test_a_gap_of_15_minutes_between_an_out_and_the_next_in_is_the_pause(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), ("out", local(TUESDAY, 13)),
                   ("in", local(TUESDAY, 13, 15)), ("out", local(TUESDAY, 17, 15)))
    assert work.worked_s == 8 * 3600 and work.flags == ("early",)


def test_less_than_twelve_hours_of_rest_flags_the_next_day_only(ctx):
    in_madrid(ctx)
    ana = add_employee(ctx.db)
    add_punches(ctx.db, ana, ("in", local(TUESDAY, 13)), ("break_start", local(TUESDAY, 17)),
                ("break_end", local(TUESDAY, 17, 30)), ("out", local(TUESDAY, 22)),
                ("in", local(WEDNESDAY, 9)), ("out", local(WEDNESDAY, 14)))
    tuesday, wednesday = sessions_of(ctx, TUESDAY, WEDNESDAY, now=LATER)
    assert "rule:rest_12h" not in tuesday.flags and "rule:rest_12h" in wednesday.flags
    # asked for Wednesday alone, Tuesday's end is still read to judge the rest
    [alone] = sessions_of(ctx, WEDNESDAY, now=LATER)
    assert alone.date == WEDNESDAY and "rule:rest_12h" in alone.flags


@pytest.mark.parametrize(("night", "hours"), [(date(2026, 3, 28), 7), (date(2026, 10, 24), 9)])
def test_a_night_over_a_daylight_saving_change_counts_real_time_on_the_day_it_started(
        ctx, night, hours):
    morning = night + timedelta(days=1)
    work = one_day(ctx, ("in", local(night, 22)), ("out", local(morning, 6)), day=night)
    assert work.worked_s == hours * 3600
    assert (work.scheduled_s, work.late_s, work.early_s) == (0, 0, 0)  # a Saturday
    assert work.overtime_s == hours * 3600 and "overtime" in work.flags
    assert sessions_of(ctx, morning, now=LATER) == []  # nothing on the Sunday


def test_a_forgotten_out_is_open_after_the_schedule_end_plus_the_margin_and_counts_nothing(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), now=local(TUESDAY, 20, 1))
    assert "open" in work.flags
    assert (work.worked_s, work.last_out, work.early_s, work.overtime_s) == (0, None, 0, 0)
    assert work.first_in == local(TUESDAY, 9) and work.cycles == 1


def test_a_cycle_without_out_before_the_margin_counts_up_to_now_and_is_not_open(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), ("break_start", local(TUESDAY, 14)),
                   now=local(TUESDAY, 14, 30))
    assert (work.worked_s, work.break_s, work.flags) == (5 * 3600, 1800, ())


def test_the_open_margin_is_a_setting(ctx):
    ctx.settings.override("punches.open_margin_minutes", 30)
    work = one_day(ctx, ("in", local(TUESDAY, 9)), now=local(TUESDAY, 18, 31))
    assert "open" in work.flags


def test_on_a_day_without_intervals_an_out_is_missing_from_midnight_plus_the_margin(ctx):
    saturday = date(2026, 12, 5)
    sunday = saturday + timedelta(days=1)
    assert "open" not in one_day(ctx, ("in", local(saturday, 10)), day=saturday,
                                 now=local(sunday, 1, 59)).flags
    [work] = sessions_of(ctx, saturday, now=local(sunday, 2, 1))
    assert "open" in work.flags and work.worked_s == 0


def test_an_in_after_a_forgotten_out_leaves_the_first_cycle_open(ctx):
    work = one_day(ctx, ("in", local(TUESDAY, 9)), ("in", local(TUESDAY, 15)),
                   ("out", local(TUESDAY, 18)), now=local(TUESDAY, 18, 30))
    assert "open" in work.flags and work.worked_s == 3 * 3600 and work.cycles == 2


def test_voided_punches_do_not_count(ctx):
    in_madrid(ctx)
    ana = add_employee(ctx.db)
    add_punches(ctx.db, ana, *full_day((9, 0), (18, 0)))
    with ctx.db.session_factory.begin() as session:
        from sqlalchemy import update

        from timedesk.punches.models import Punch
        session.execute(update(Punch).where(Punch.action == "break_start")
                        .values(voided=True))
    [work] = sessions_of(ctx, TUESDAY, now=LATER)
    assert work.break_s == 0 and work.worked_s == 9 * 3600


def test_on_a_holiday_nothing_is_scheduled_nobody_is_late_and_all_is_overtime(ctx):
    from timedesk.office.service import add_holiday

    holiday = date(2026, 12, 8)
    add_holiday(ctx.db, ctx.bus, SYSTEM, holiday, "Inmaculada Concepción")
    work = one_day(ctx, ("in", local(holiday, 10)), ("out", local(holiday, 13)), day=holiday)
    assert (work.scheduled_s, work.late_s, work.early_s) == (0, 0, 0)
    assert (work.worked_s, work.overtime_s, work.flags) == (3 * 3600, 3 * 3600,
                                                            ("overtime", "holiday"))


def test_an_employee_on_a_named_schedule_is_judged_by_it(ctx):
    from timedesk.office.service import add_schedule
    from timedesk.people.service import update_employee

    add_schedule(ctx.db, ctx.bus, SYSTEM, "mañanas", week={1: ((8 * 60, 13 * 60),)},
                 tolerance_minutes=0)
    in_madrid(ctx)
    ana = add_employee(ctx.db)
    update_employee(ctx.db, ctx.bus, SYSTEM, ana, schedule="mañanas")
    add_punches(ctx.db, ana, ("in", local(TUESDAY, 8, 1)), ("out", local(TUESDAY, 13)))
    [work] = sessions_of(ctx, TUESDAY, now=LATER)
    assert (work.scheduled_s, work.late_s, work.overtime_s) == (5 * 3600, 60, 0)
