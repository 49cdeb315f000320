"""The person's confirmation of a forgotten out: only for a day flagged open (no out past the
schedule's end plus the margin), a time after the last punch and by that deadline; stored as an
out of source "confirmation", audited, published; the day then counts it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from timedesk.audit.service import history
from timedesk.errors import Conflict, PermissionDenied, ValidationError
from timedesk.punches.models import Punch
from timedesk.punches.sessions_service import sessions

DAY = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Madrid (09-14, 15-18)


def at(hours: float) -> datetime:
    return DAY + timedelta(hours=hours)


def forgot_out(clock, employee, manager, *extra):
    """`employee` came in at 09:00 on DAY (a manager's correction) and never punched out."""
    clock.punch(manager, employee.id, "in", at=at(0), reason="kiosk broken")
    for action, hours in extra:
        clock.punch(manager, employee.id, action, at=at(hours), reason="kiosk broken")


def the_day(ctx, manager, employee):
    (work,) = sessions(ctx.db, manager, DAY.date(), DAY.date(), employee.id,
                       settings=ctx.settings)
    return work


def stored(db):
    with db.session_factory() as session:
        return [(p.action, p.source) for p in session.scalars(select(Punch).order_by(Punch.id))]


def test_the_person_confirms_a_forgotten_out_and_the_day_counts_it(ctx, db, bus, clock, ana,
                                                                  ana_user, manager):
    forgot_out(clock, ana, manager)
    open_day = clock.open_day(ana_user, ana.id)
    # 18:00 in Madrid (17:00 UTC) plus the default margin of 2 h
    assert (open_day.day, open_day.last_at, open_day.deadline) == (date(2026, 11, 2), at(0),
                                                                    at(11))
    before = the_day(ctx, manager, ana)
    assert ("open" in before.flags, before.worked_s) == (True, 0)
    seen = []
    bus.subscribe("punches.changed", seen.append)
    out = clock.confirm_out(ana_user, ana.id, at(9), "forgot the kiosk")
    assert (out.action, out.at, out.state, out.source, out.correction, out.reason) == (
        "out", at(9), "out", "confirmation", True, "forgot the kiosk")
    assert [e.payload for e in seen] == [{"employee_id": ana.id}]
    after = the_day(ctx, manager, ana)
    assert ("open" in after.flags, after.worked_s, after.last_out) == (False, 9 * 3600, at(9))
    assert clock.open_day(ana_user, ana.id) is None
    with db.session_factory() as session:
        rows = history(session, "punch", out.id)
        recorded_by = session.get(Punch, out.id).recorded_by
    assert [(r.action, r.actor, r.note) for r in rows] == [
        ("punches.confirmed", "user:ana", "forgot the kiosk")]
    assert recorded_by == ana_user.id


def test_confirming_while_on_a_break_ends_the_break_too(ctx, db, clock, ana, ana_user, manager):
    forgot_out(clock, ana, manager, ("break_start", 5))
    clock.confirm_out(ana_user, ana.id, at(6))
    assert stored(db)[-2:] == [("break_end", "confirmation"), ("out", "confirmation")]
    work = the_day(ctx, manager, ana)
    assert (work.worked_s, work.break_s, "open" in work.flags) == (5 * 3600, 3600, False)


def test_the_time_must_follow_the_last_punch_and_not_pass_the_deadline(db, clock, ana,
                                                                       ana_user, manager):
    forgot_out(clock, ana, manager, ("break_start", 4), ("break_end", 5))
    with pytest.raises(Conflict) as excinfo:
        clock.confirm_out(ana_user, ana.id, at(4.5))
    assert excinfo.value.message == ("Ana left between 2026-11-02 14:00 and 2026-11-02 20:00, "
                                     "not at 2026-11-02 13:30.")
    with pytest.raises(Conflict, match="not at 2026-11-02 20:01"):
        clock.confirm_out(ana_user, ana.id, at(11) + timedelta(minutes=1))
    with pytest.raises(Conflict, match="Ana left between"):
        clock.confirm_out(ana_user, ana.id, datetime.now(UTC) + timedelta(hours=1))
    with pytest.raises(ValidationError, match="UTC offset"):
        clock.confirm_out(ana_user, ana.id, datetime(2026, 11, 2, 18))
    with pytest.raises(ValidationError, match="over 500 characters"):
        clock.confirm_out(ana_user, ana.id, at(9), "x" * 501)
    assert [action for action, _ in stored(db)] == ["in", "break_start", "break_end"]
    assert clock.confirm_out(ana_user, ana.id, at(11)).at == at(11)  # the deadline itself


def test_nothing_to_confirm_without_an_open_day(ctx, db, clock, ana, ana_user, manager):
    with pytest.raises(Conflict) as excinfo:
        clock.confirm_out(ana_user, ana.id, at(9))
    assert excinfo.value.message == ("Ana has no open day to confirm: Ana is already out (no "
                                     "punch yet).")
    forgot_out(clock, ana, manager, ("out", 9))
    with pytest.raises(Conflict, match="Ana is already out since 2026-11-02 18:00"):
        clock.confirm_out(ana_user, ana.id, at(10))
    # in now, with a margin that cannot have passed yet: not open, punch out instead
    ctx.settings.override("punches.open_margin_minutes", 24 * 60)
    clock.punch(ana_user, ana.id, "in")
    assert clock.open_day(ana_user, ana.id) is None
    with pytest.raises(Conflict) as excinfo:
        clock.confirm_out(ana_user, ana.id, datetime.now(UTC))
    assert "has no open day to confirm: Ana is in since" in excinfo.value.message
    assert excinfo.value.hint.startswith("Punch out instead (the day counts as open only after")
    assert [action for action, _ in stored(db)] == ["in", "out", "in"]


def test_only_ones_own_day_unless_managing_punches(db, clock, ana, ben, ana_user, manager):
    forgot_out(clock, ben, manager)
    with pytest.raises(PermissionDenied, match="ana may punch only for themselves, not for Ben"):
        clock.confirm_out(ana_user, ben.id, at(9))
    with pytest.raises(PermissionDenied):
        clock.open_day(ana_user, ben.id)
    assert stored(db) == [("in", "correction")]
    assert clock.confirm_out(manager, ben.id, at(9), "told me").source == "confirmation"
