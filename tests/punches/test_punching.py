"""Punching in, out and breaks by the database's clock; impossible actions refused with who,
the state and since when, nothing stored; who may punch for whom (both engines)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from timedesk.audit.service import history
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.punches.models import Punch


def stored(db) -> list[tuple[str, bool]]:
    with db.session_factory() as session:
        return [(p.action, p.voided) for p in session.scalars(select(Punch).order_by(Punch.id))]


def local_hm(clock, moment) -> str:
    return f"{moment.astimezone(ZoneInfo('Europe/Madrid')):%H:%M}"


def test_in_then_in_again_is_refused_naming_the_person_state_and_time(db, clock, ana, manager):
    first = clock.punch(manager, ana.id, "in")
    assert (first.action, first.state, first.employee_id) == ("in", "working", ana.id)
    with pytest.raises(Conflict) as excinfo:
        clock.punch(manager, "ana@example.com", "in")
    assert excinfo.value.message == f"Ana is already in since {local_hm(clock, first.at)}."
    assert excinfo.value.http_status == 409
    assert stored(db) == [("in", False)]


@pytest.mark.parametrize(("action", "message"), [
    ("out", "Ana is already out (no punch yet)."),
    ("break_start", "Ana is out (no punch yet)."),
    ("break_end", "Ana is out (no punch yet)."),
])
def test_actions_impossible_when_out_are_refused_and_store_nothing(db, clock, ana, manager,
                                                                   action, message):
    with pytest.raises(Conflict, match=rf"^{message.replace('(', '[(]').replace(')', '[)]')}"):
        clock.punch(manager, ana.id, action)
    assert stored(db) == []


def test_break_end_while_working_and_break_start_on_a_break_are_refused(db, clock, ana, manager):
    first = clock.punch(manager, ana.id, "in")
    with pytest.raises(Conflict) as excinfo:
        clock.punch(manager, ana.id, "break_end")
    assert excinfo.value.message == f"Ana is not on a break: in since {local_hm(clock, first.at)}."
    pause = clock.punch(manager, ana.id, "break_start")
    assert pause.state == "on_break"
    with pytest.raises(Conflict, match="Ana is already on a break since"):
        clock.punch(manager, ana.id, "break_start")
    with pytest.raises(Conflict, match="Ana is on a break since"):
        clock.punch(manager, ana.id, "in")
    assert clock.punch(manager, ana.id, "break_end").state == "working"
    assert [a for a, _ in stored(db)] == ["in", "break_start", "break_end"]


def test_out_while_on_a_break_records_the_break_end_and_the_out(db, clock, ana, manager):
    clock.punch(manager, ana.id, "in")
    clock.punch(manager, ana.id, "break_start")
    out = clock.punch(manager, "B-17", "out")
    assert (out.action, out.state) == ("out", "out")
    punches = clock.list_punches(manager, employee=ana.id)
    assert [p.action for p in punches] == ["in", "break_start", "break_end", "out"]
    assert punches[2].at == punches[3].at
    assert clock.status(manager, ana.id).state == "out"


def test_the_time_is_the_database_servers_clock(db, clock, ana, manager, monkeypatch):
    import timedesk.db.base

    # the PC's clock is a year wrong: the punch does not care
    monkeypatch.setattr(timedesk.db.base, "utcnow", lambda: datetime(2020, 1, 1, tzinfo=UTC))
    with db.session_factory() as session:
        before = session.scalar(select(func.count()).select_from(Punch))
    assert before == 0
    real = datetime.now(UTC)
    info = clock.punch(manager, ana.id, "in")
    assert abs((info.at - real).total_seconds()) < 30
    with db.session_factory() as session:
        row = session.get(Punch, info.id)
        assert row.at == info.at and row.recorded_at == info.at and row.source == "pc"


def test_unknown_employee_and_bad_action_are_clear_errors(db, clock, ana, manager):
    with pytest.raises(NotFound, match="there is no employee 'nobody@example.com'"):
        clock.punch(manager, "nobody@example.com", "in")
    with pytest.raises(NotFound):
        clock.status(manager, 999)
    with pytest.raises(ValidationError, match="'lunch' is not a punch action.") as excinfo:
        clock.punch(manager, ana.id, "lunch")
    assert "in, out, break_start, break_end" in excinfo.value.hint
    assert stored(db) == []


def test_a_person_punches_only_for_themselves_unless_they_manage_punches(db, clock, ana, ben,
                                                                          ana_user, manager):
    assert clock.punch(ana_user, "ana@example.com", "in").state == "working"
    with pytest.raises(PermissionDenied, match="ana may punch only for themselves, not for Ben"):
        clock.punch(ana_user, ben.id, "in")
    with pytest.raises(PermissionDenied):
        clock.status(ana_user, ben.id)
    assert clock.status(ana_user, ana.id).state == "working"
    assert clock.punch(manager, ben.id, "in").state == "working"
    with pytest.raises(PermissionDenied):
        clock.board(ana_user)


def test_every_punch_writes_history_and_publishes_punches_changed(db, bus, clock, ana, manager):
    seen = []
    bus.subscribe("punches.changed", seen.append)
    info = clock.punch(manager, ana.id, "in")
    assert [e.payload for e in seen] == [{"employee_id": ana.id}]
    with db.session_factory() as session:
        rows = history(session, "punch", info.id)
    assert [(r.action, r.actor, r.after["action"]) for r in rows] == [
        ("punches.punched", "user:mara", "in")]


def test_status_counts_todays_work_and_breaks(db, clock, ana, manager):
    assert clock.status(manager, ana.id) == type(clock.status(manager, ana.id))(
        ana.id, "out", None, 0, 0)
    now = datetime.now(UTC)
    madrid = ZoneInfo("Europe/Madrid")
    day_start = datetime.combine(now.astimezone(madrid).date(), time(0), madrid)
    marks = [now - timedelta(minutes=m) for m in (50, 30, 20)]
    for action, at in zip(("in", "break_start", "break_end"), marks, strict=True):
        clock.punch(manager, ana.id, action, at=at, reason="the kiosk was off")
    status = clock.status(manager, ana.id)
    assert (status.state, status.since) == ("working", marks[2])

    def within_today(start, end):
        return max(0.0, (end - max(start, day_start)).total_seconds())

    later = datetime.now(UTC)
    worked = within_today(marks[0], marks[1]) + within_today(marks[2], later)
    pause = within_today(marks[1], marks[2])
    assert worked - 2 <= status.worked_today_s <= worked + 2
    assert pause - 1 <= status.break_today_s <= pause + 1


def test_the_refusal_gives_the_time_in_the_office_calendars_zone(ctx, clock, ana, manager,
                                                                admin_actor):
    from timedesk.office import service as office

    office.set_office_hours(ctx.db, ctx.bus, ctx.settings, admin_actor,
                            timezone="America/New_York")
    first = clock.punch(manager, ana.id, "in")
    with pytest.raises(Conflict) as excinfo:
        clock.punch(manager, ana.id, "in")
    new_york = first.at.astimezone(ZoneInfo("America/New_York"))
    assert excinfo.value.message == f"Ana is already in since {new_york:%H:%M}."
    assert new_york.strftime("%H:%M") != local_hm(clock, first.at)


def test_the_kiosk_punches_anyone_with_their_pin(ctx, clock, ana, ben, ana_user, admin_actor):
    from timedesk.errors import AuthenticationFailed
    from timedesk.people import service as people

    people.set_pin(ctx.db, admin_actor, ben.id, "4321")
    kiosk = ana_user  # a staff account signed in on the kiosk PC: not Ben's
    with pytest.raises(ValidationError, match="needs the employee's PIN"):
        clock.punch(kiosk, "B-18", "in", source="kiosk")
    with pytest.raises(AuthenticationFailed, match="wrong PIN"):
        clock.punch(kiosk, "B-18", "in", source="kiosk", pin="1111")
    info = clock.punch(kiosk, "B-18", "in", source="kiosk", pin="4321")
    assert (info.employee_id, info.source, info.state) == (ben.id, "kiosk", "working")
    with pytest.raises(ValidationError, match="not a punch source"):
        clock.punch(kiosk, ana.id, "in", source="correction")
    assert [p.source for p in clock.list_punches(admin_actor)] == ["kiosk"]
