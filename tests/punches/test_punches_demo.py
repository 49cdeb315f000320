"""The punch clock demo: weeks of consistent punches for the demo employees, a late day, a
forgotten out still open, one amendment with its reason; loaded once."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from timedesk.auth.permissions import Actor
from timedesk.db.base import utcnow
from timedesk.demo import load_demo
from timedesk.office.service import current_calendar
from timedesk.punches.service import PunchClock, counted_punches

FOLLOWS = {("in", "out"), ("in", "break_start"), ("break_start", "break_end"),
           ("break_end", "break_start"), ("break_end", "out"), ("out", "in")}


def test_the_demo_gives_weeks_of_consistent_punches_and_is_idempotent(ctx):
    added = load_demo(ctx)
    assert any(line.startswith("punches: ") for line in added)
    assert load_demo(ctx) == []
    manager = Actor.system("t")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    calendar = current_calendar(ctx.db, ctx.settings)
    now = utcnow()
    with ctx.db.session_factory() as session:
        counted = list(counted_punches(session, None, now - timedelta(weeks=5), now))
    by_employee: dict[int, list] = {}
    for punch in counted:
        by_employee.setdefault(punch.employee_id, []).append(punch)
    assert len(by_employee) == 6
    for punches in by_employee.values():
        assert punches[0].action == "in"
        assert all((a.action, b.action) in FOLLOWS for a, b in pairwise(punches))
        assert len({calendar.local_day(p.at) for p in punches}) >= 10  # weeks of days
    everything = clock.list_punches(manager)
    voided = [p for p in everything if p.voided]
    corrections = [p for p in everything if p.correction]
    assert len(voided) == 1 and len(corrections) == 1
    assert corrections[0].replaces_id == voided[0].id and corrections[0].reason
    assert corrections[0].at - voided[0].at == timedelta(minutes=7)
    firsts = {}
    for punch in counted:
        if punch.action == "in":
            firsts.setdefault((punch.employee_id, calendar.local_day(punch.at)), punch.at)
    late = [at for (_, day), at in firsts.items()
            if at - calendar.working_intervals(day)[0][0] == timedelta(minutes=25)]
    assert len(late) == 1
    board = {row.name: row for row in clock.board(manager)}
    forgot = board["Tomás Técnico"]
    assert forgot.state == "working"
    assert calendar.local_day(forgot.since) < calendar.local_day(now)
    assert board["Jürgen Müller-Núñez"].state == "out"
    assert calendar.local_day(board["Jürgen Müller-Núñez"].since) < calendar.local_day(now)
