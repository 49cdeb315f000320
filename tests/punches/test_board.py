"""The "who is in" board: in, on a break, out; and out people not yet in today, late once
their first scheduled start and the tolerance have passed (the office calendar)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from timedesk.errors import PermissionDenied
from timedesk.office import service as office
from timedesk.people import service as people

MADRID = ZoneInfo("Europe/Madrid")


def today_all_day(ctx, admin_actor, tolerance: int) -> datetime:
    """Today (in Madrid) is a working day from 00:00 to 24:00; its local midnight."""
    office.set_office_hours(ctx.db, ctx.bus, ctx.settings, admin_actor,
                            timezone="Europe/Madrid", tolerance_minutes=tolerance)
    today = datetime.now(UTC).astimezone(MADRID).date()
    office.set_exception(ctx.db, ctx.bus, admin_actor, today, ((0, 1440),))
    return datetime.combine(today, time(0), MADRID)


def by_name(clock, manager):
    return {row.name: row for row in clock.board(manager)}


def test_the_board_shows_who_is_in_on_a_break_and_out(ctx, clock, ana, ben, manager,
                                                      admin_actor, ana_user):
    cleo = people.create_employee(ctx.db, ctx.bus, admin_actor, "Cleo")
    clock.punch(manager, ana.id, "in")
    clock.punch(manager, ben.id, "in")
    pause = clock.punch(manager, ben.id, "break_start")
    rows = clock.board(manager)
    assert [(r.name, r.state) for r in rows] == [("Ana", "working"), ("Ben", "on_break"),
                                                 ("Cleo", "out")]
    assert rows[1].since == pause.at and rows[2].since is None and rows[2].employee_id == cleo.id
    with pytest.raises(PermissionDenied):
        clock.board(ana_user)


def test_someone_not_yet_in_is_late_after_the_first_start_and_tolerance(ctx, clock, ana, ben,
                                                                        manager, admin_actor):
    midnight = today_all_day(ctx, admin_actor, tolerance=0)
    clock.punch(manager, ben.id, "in")
    rows = by_name(clock, manager)
    assert (rows["Ana"].state, rows["Ana"].expected_at, rows["Ana"].late) == (
        "out", midnight, True)
    assert (rows["Ben"].state, rows["Ben"].expected_at, rows["Ben"].late) == (
        "working", None, False)
    clock.punch(manager, ana.id, "in")
    clock.punch(manager, ana.id, "out")
    rows = by_name(clock, manager)
    assert (rows["Ana"].state, rows["Ana"].expected_at, rows["Ana"].late) == ("out", None, False)


def test_the_tolerance_delays_late(ctx, clock, ana, manager, admin_actor):
    midnight = today_all_day(ctx, admin_actor, tolerance=240)
    row = by_name(clock, manager)["Ana"]
    now = datetime.now(UTC)
    assert row.expected_at == midnight
    assert row.late == (now - midnight > timedelta(minutes=240))


def test_nobody_is_late_on_a_holiday_or_a_day_without_working_time(ctx, clock, ana, manager,
                                                                   admin_actor):
    midnight = today_all_day(ctx, admin_actor, tolerance=0)
    office.set_office_hours(ctx.db, ctx.bus, ctx.settings, admin_actor,
                            holidays={midnight.date(): "Fiesta"})
    row = by_name(clock, manager)["Ana"]
    assert (row.state, row.expected_at, row.late) == ("out", None, False)
    office.set_office_hours(ctx.db, ctx.bus, ctx.settings, admin_actor, holidays={})
    office.set_exception(ctx.db, ctx.bus, admin_actor, midnight.date(), ())
    assert by_name(clock, manager)["Ana"].late is False
    assert by_name(clock, manager)["Ana"].expected_at is None


def test_each_person_is_late_by_their_own_schedule(ctx, clock, ana, ben, manager, admin_actor):
    midnight = today_all_day(ctx, admin_actor, tolerance=0)
    office.add_schedule(ctx.db, ctx.bus, admin_actor, "part-time", week={}, tolerance_minutes=0)
    people.update_employee(ctx.db, ctx.bus, admin_actor, ben.id, schedule="part-time")
    rows = by_name(clock, manager)
    assert (rows["Ana"].expected_at, rows["Ana"].late) == (midnight, True)
    assert (rows["Ben"].expected_at, rows["Ben"].late) == (None, False)  # no hours today
