"""Corrections: a manager adds a missing punch or amends one with a reason; the original stays,
voided; both are in the history; never in the future; it must fit the punches around it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from timedesk.audit.service import history
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.punches.models import Punch
from timedesk.punches.service import counted_punches

DAY = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Madrid


def at(hours: float):
    return DAY + timedelta(hours=hours)


def day_of(clock, ana, manager, *actions_hours):
    return [clock.punch(manager, ana.id, action, at=at(hours), reason="forgot to punch")
            for action, hours in actions_hours]


def test_a_manager_adds_a_forgotten_out_with_a_reason(db, clock, ana, manager):
    clock.punch(manager, ana.id, "in", at=at(0), reason="kiosk broken")
    out = clock.punch(manager, ana.id, "out", at=at(9), reason="forgot to punch out")
    assert (out.at, out.state, out.correction, out.reason, out.source) == (
        at(9), "out", True, "forgot to punch out", "correction")
    listed = clock.list_punches(manager, employee=ana.id)
    assert [(p.action, p.correction, p.reason) for p in listed] == [
        ("in", True, "kiosk broken"), ("out", True, "forgot to punch out")]
    with db.session_factory() as session:
        rows = history(session, "punch", out.id)
    assert [(r.action, r.note) for r in rows] == [("punches.corrected", "forgot to punch out")]


def test_an_amendment_keeps_the_original_voided_and_both_in_the_history(db, clock, ana, manager):
    first, out = day_of(clock, ana, manager, ("in", 0), ("out", 9))
    amended = clock.punch(manager, ana.id, "in", at=at(0.25), reason="came at 09:15",
                          replaces_id=first.id)
    assert amended.replaces_id == first.id
    listed = clock.list_punches(manager, employee=ana.id)
    assert [(p.id, p.voided) for p in listed] == [(first.id, True), (amended.id, False),
                                                  (out.id, False)]
    with db.session_factory() as session:
        counted = list(counted_punches(session, [ana.id], at(-1), at(24)))
        assert session.get(Punch, first.id).at == at(0)  # never overwritten
        voided = history(session, "punch", first.id)
    assert [p.id for p in counted] == [amended.id, out.id]
    assert [(r.action, r.note) for r in voided] == [("punches.corrected", "forgot to punch"),
                                                    ("punches.voided", "came at 09:15")]
    with pytest.raises(Conflict, match=f"punch #{first.id} was already amended"):
        clock.punch(manager, ana.id, "in", at=at(0.5), reason="again", replaces_id=first.id)


def test_a_back_dated_punch_must_fit_the_punches_before_and_after_it(db, clock, ana, manager):
    day_of(clock, ana, manager, ("in", 0), ("out", 9))
    with pytest.raises(Conflict) as excinfo:
        clock.punch(manager, ana.id, "in", at=at(4), reason="x")
    assert excinfo.value.message == (
        "at 2026-11-02 13:00: Ana is already in since 2026-11-02 09:00.")
    with pytest.raises(Conflict) as excinfo:
        clock.punch(manager, ana.id, "out", at=at(4), reason="x")
    assert excinfo.value.message == ("Ana's later punch 'out' at 2026-11-02 18:00 would no longer "
                                     "fit: Ana would be out then.")
    with pytest.raises(Conflict, match="Ana is out since 2026-11-02 18:00"):
        clock.punch(manager, ana.id, "break_start", at=at(10), reason="x")
    pause = clock.punch(manager, ana.id, "break_start", at=at(4), reason="lunch not punched")
    assert pause.state == "on_break"
    with pytest.raises(Conflict, match="Ana is on a break since 2026-11-02 13:00"):
        clock.punch(manager, ana.id, "in", at=at(4.5), reason="x")
    assert clock.punch(manager, ana.id, "break_end", at=at(5), reason="lunch").state == "working"
    assert [p.action for p in clock.list_punches(manager, employee=ana.id)] == [
        "in", "break_start", "break_end", "out"]


def test_an_added_out_during_a_break_ends_the_break_too(db, clock, ana, manager):
    day_of(clock, ana, manager, ("in", 0), ("break_start", 4))
    out = clock.punch(manager, ana.id, "out", at=at(5), reason="went home ill")
    listed = clock.list_punches(manager, employee=ana.id)
    assert [(p.action, p.at, p.correction) for p in listed[2:]] == [
        ("break_end", at(5), True), ("out", at(5), True)]
    assert listed[-1].id == out.id


def test_a_correction_is_never_in_the_future_and_needs_a_reason(db, clock, ana, manager):
    future = datetime.now(UTC) + timedelta(minutes=5)
    with pytest.raises(ValidationError, match="a punch cannot be in the future"):
        clock.punch(manager, ana.id, "in", at=future, reason="x")
    with pytest.raises(ValidationError, match="needs a reason"):
        clock.punch(manager, ana.id, "in", at=at(0))
    with pytest.raises(ValidationError, match="needs a reason"):
        clock.punch(manager, ana.id, "in", at=at(0), reason="   ")
    with pytest.raises(ValidationError, match="UTC offset"):
        clock.punch(manager, ana.id, "in", at=datetime(2026, 11, 2, 9), reason="x")
    with db.session_factory() as session:
        assert session.scalars(select(Punch)).all() == []


def test_only_punches_manage_may_give_the_time(db, clock, ana, ana_user, manager):
    with pytest.raises(PermissionDenied, match="punches.manage"):
        clock.punch(ana_user, ana.id, "in", at=at(0), reason="x")
    first = clock.punch(manager, ana.id, "in", at=at(0), reason="x")
    with pytest.raises(PermissionDenied):
        clock.punch(ana_user, ana.id, "in", at=at(0.1), reason="x", replaces_id=first.id)


def test_an_amendment_names_a_punch_of_that_employee(db, clock, ana, ben, manager):
    (theirs,) = day_of(clock, ana, manager, ("in", 0))
    with pytest.raises(NotFound, match=f"Ben has no punch #{theirs.id}"):
        clock.punch(manager, ben.id, "in", at=at(0.1), reason="x", replaces_id=theirs.id)
