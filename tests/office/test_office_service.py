"""The stored office calendar (timedesk.office.service), on SQLite and PostgreSQL: defaults with
nothing stored, changes all or nothing with history and an event, permissions."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from timedesk.audit.service import history
from timedesk.auth.permissions import Actor, Role
from timedesk.errors import Conflict, NotFound, PermissionDenied, ValidationError
from timedesk.office import service as office
from timedesk.office.calendar import DEFAULT_WEEK, parse_intervals
from timedesk.office.service import (
    business_hours_from_json,
    calendar_json,
    current_calendar,
    parse_week_assignment,
)

MONDAY = date(2026, 12, 7)
H = 3600
MADRID = ZoneInfo("Europe/Madrid")
STAFF = Actor("user", "luis", Role.STAFF, id=7)
MANAGER = Actor("user", "marta", Role.MANAGER, id=8)


@pytest.fixture
def events(bus):
    seen = []
    bus.subscribe(office.TOPIC, seen.append)
    return seen


def test_nothing_stored_gives_the_default_week_in_the_settings_zone(ctx, db):
    ctx.settings.override("office.timezone", "Atlantic/Canary")
    calendar = current_calendar(db, ctx.settings)
    assert calendar.office.week == DEFAULT_WEEK
    assert calendar.office.tolerance_minutes == 5
    assert calendar.holidays == {} and calendar.schedules == {}
    assert calendar.zone == ZoneInfo("Atlantic/Canary")


def test_office_hours_are_stored_with_history_and_an_event(ctx, db, bus, admin_actor, events):
    ctx.settings.override("office.timezone", "Atlantic/Canary")
    result = office.set_office_hours(
        db, bus, ctx.settings, admin_actor, week=parse_week_assignment("fri=08:00-15:00"),
        tolerance_minutes=10, timezone="Europe/Madrid")
    assert result.zone == MADRID
    calendar = current_calendar(db, ctx.settings)
    assert calendar.zone == MADRID  # the stored zone wins over the setting
    assert calendar.office.intervals(date(2026, 12, 11)) == ((480, 900),)
    assert calendar.office.intervals(MONDAY) == DEFAULT_WEEK[0]  # the other days stay
    assert calendar.office.tolerance_minutes == 10
    assert [e.topic for e in events] == [office.TOPIC]
    with db.session_factory() as session:
        rows = history(session, office.ENTITY, "office")
    assert rows[-1].action == "office.hours_changed"
    assert rows[-1].before["fri"] == "09:00-14:00,15:00-18:00"
    assert rows[-1].after["fri"] == "08:00-15:00" and rows[-1].after["tolerance_minutes"] == 10
    # an empty zone goes back to the setting's
    office.set_office_hours(db, bus, ctx.settings, admin_actor, timezone="")
    assert current_calendar(db, ctx.settings).zone == ZoneInfo("Atlantic/Canary")


def test_bad_input_stores_nothing(ctx, db, bus, admin_actor, events):
    with pytest.raises(ValidationError, match="not a known time zone"):
        office.set_office_hours(db, bus, ctx.settings, admin_actor, timezone="Mars/Olympus",
                                tolerance_minutes=30)
    with pytest.raises(ValidationError, match="tolerance"):
        office.set_office_hours(db, bus, ctx.settings, admin_actor, tolerance_minutes=-1,
                                week=parse_week_assignment("mon=10:00-11:00"))
    with pytest.raises(ValidationError, match="overlap"):
        office.set_office_hours(db, bus, ctx.settings, admin_actor,
                                week={0: ((540, 840), (800, 900))}, tolerance_minutes=30)
    calendar = current_calendar(db, ctx.settings)
    assert calendar.office.week == DEFAULT_WEEK and calendar.office.tolerance_minutes == 5
    assert events == []


ISSUE_WEEK = {"mon": [["09:00", "14:00"], ["15:00", "18:00"]], "tue": [["08:00", "15:00"]],
              "wed": [], "thu": [], "fri": [["22:00", "24:00"]], "sat": [], "sun": []}


def test_the_api_json_replaces_week_and_holidays(ctx, db, bus, admin_actor):
    office.add_holiday(db, bus, admin_actor, date(2026, 1, 6), "Reyes")
    hours = business_hours_from_json({
        "timezone": "Europe/Madrid", "tolerance_minutes": 7,
        "week": ISSUE_WEEK, "holidays": [{"date": "2026-12-25", "name": "Navidad"}]})
    assert business_hours_from_json({"week": ISSUE_WEEK, "tolerance_minutes": 7.0}
                                    ).tolerance_minutes == 7  # JSON's 7.0 is an integer
    office.set_office_hours(db, bus, ctx.settings, admin_actor, week=hours.week,
                            tolerance_minutes=hours.tolerance_minutes, timezone=hours.timezone,
                            holidays=hours.holidays)
    shown = calendar_json(current_calendar(db, ctx.settings))
    assert shown["timezone"] == "Europe/Madrid" and shown["tolerance_minutes"] == 7
    assert shown["week"]["tue"] == [["08:00", "15:00"]]
    assert shown["week"]["fri"] == [["22:00", "24:00"]]
    assert shown["week"]["wed"] == []
    assert shown["holidays"] == [{"date": "2026-12-25", "name": "Navidad"}]


@pytest.mark.parametrize("data, said", [
    ([], "JSON object"),
    ({"week": {}}, "every weekday"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "colour": 1}, "Unknown fields: colour"),
    ({"week": {"mon": [["14:00", "09:00"]], **{k: [] for k in
                                                ("tue", "wed", "thu", "fri", "sat", "sun")}}},
     "week.mon: The interval 14:00-09:00 ends before it starts"),
    ({"week": {"mon": ["09:00-14:00"], **{k: [] for k in
                                          ("tue", "wed", "thu", "fri", "sat", "sun")}}},
     "week.mon is not a list"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "tolerance_minutes": "5"}, "tolerance"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "tolerance_minutes": 5.5}, "tolerance"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "holidays": [{"date": "25/12/2026", "name": "Navidad"}]}, "not a date"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "holidays": [{"date": "2026-12-25", "name": "A"}, {"date": "2026-12-25", "name": "B"}]},
     "given twice"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "holidays": [{"date": "2026-12-25", "name": "A", "x": 1}]}, "list of {date, name}"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "holidays": None}, "list of {date, name}"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "timezone": None}, "not a text"),
    ({"week": {k: [] for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
      "tolerance_minutes": None}, "tolerance"),
])
def test_bad_api_json_says_what_is_wrong(data, said):
    with pytest.raises(ValidationError) as caught:
        business_hours_from_json(data)
    assert said in caught.value.message and caught.value.hint


def test_week_assignments_take_days_and_ranges():
    assert parse_week_assignment("mon-wed=09:00-13:00") == {
        0: ((540, 780),), 1: ((540, 780),), 2: ((540, 780),)}
    assert parse_week_assignment("sun=") == {6: ()}
    for text, said in (("fri-mon=09:00-10:00", "backwards"), ("xyz=09:00-10:00", "weekday"),
                       ("09:00-10:00", "which days")):
        with pytest.raises(ValidationError, match=said):
            parse_week_assignment(text)


def test_holidays_are_added_listed_and_removed(ctx, db, bus, admin_actor, events):
    office.add_holiday(db, bus, admin_actor, date(2026, 12, 8), "Inmaculada Concepción")
    calendar = current_calendar(db, ctx.settings)
    assert calendar.holiday(date(2026, 12, 8)) == "Inmaculada Concepción"
    assert calendar.scheduled_seconds(date(2026, 12, 8)) == 0
    with pytest.raises(Conflict, match="already a holiday"):
        office.add_holiday(db, bus, admin_actor, date(2026, 12, 8), "Otro")
    office.remove_holiday(db, bus, admin_actor, date(2026, 12, 8))
    assert current_calendar(db, ctx.settings).holidays == {}
    with pytest.raises(NotFound, match="not a holiday"):
        office.remove_holiday(db, bus, admin_actor, date(2026, 12, 8))
    with db.session_factory() as session:
        assert [r.action for r in history(session, office.ENTITY, "2026-12-08")] == [
            "office.holiday_added", "office.holiday_removed"]
    assert len(events) == 2


def test_named_schedules_and_exceptions(ctx, db, bus, admin_actor):
    office.add_schedule(db, bus, admin_actor, "mañanas",
                        week=parse_week_assignment("mon-fri=09:00-13:00"), tolerance_minutes=0)
    with pytest.raises(Conflict, match="already a schedule"):
        office.add_schedule(db, bus, admin_actor, "mañanas", week={})
    with pytest.raises(Conflict, match="already a schedule"):
        office.add_schedule(db, bus, admin_actor, "office", week={})
    office.set_schedule(db, bus, admin_actor, "mañanas", week=parse_week_assignment("fri="))
    office.set_exception(db, bus, admin_actor, MONDAY, parse_intervals("10:00-12:00"),
                         schedule="mañanas")
    office.set_exception(db, bus, admin_actor, MONDAY, parse_intervals("09:00-11:00"))
    calendar = current_calendar(db, ctx.settings)
    assert calendar.scheduled_seconds(MONDAY, "mañanas") == 2 * H
    assert calendar.scheduled_seconds(date(2026, 12, 11), "mañanas") == 0
    assert calendar.scheduled_seconds(date(2026, 12, 10), "mañanas") == 4 * H
    assert calendar.schedule("mañanas").tolerance_minutes == 0
    assert calendar.scheduled_seconds(MONDAY) == 2 * H  # the office's own exception
    office.remove_exception(db, bus, admin_actor, MONDAY)
    assert current_calendar(db, ctx.settings).scheduled_seconds(MONDAY) == 8 * H
    with pytest.raises(NotFound, match="no exception"):
        office.remove_exception(db, bus, admin_actor, MONDAY)
    with pytest.raises(Conflict, match="office schedule cannot be removed"):
        office.remove_schedule(db, bus, admin_actor, "office")
    office.remove_schedule(db, bus, admin_actor, "mañanas")
    assert current_calendar(db, ctx.settings).schedules == {}
    with pytest.raises(NotFound, match="no schedule named 'mañanas'"):
        office.set_schedule(db, bus, admin_actor, "mañanas", tolerance_minutes=3)


def test_changes_need_settings_manage_and_reading_needs_nothing(ctx, db, bus):
    with pytest.raises(PermissionDenied):
        office.add_holiday(db, bus, STAFF, date(2026, 12, 25), "Navidad")
    with pytest.raises(PermissionDenied):
        office.set_office_hours(db, bus, ctx.settings, STAFF, tolerance_minutes=1)
    office.add_holiday(db, bus, MANAGER, date(2026, 12, 25), "Navidad")
    calendar = current_calendar(db, ctx.settings)
    assert calendar.holiday(date(2026, 12, 25)) == "Navidad"
    assert not calendar.is_open(datetime(2026, 12, 25, 10, tzinfo=MADRID))
