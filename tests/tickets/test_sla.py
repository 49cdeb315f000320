"""The SLA clock (timedesk.tickets.sla): deadlines in office hours of Europe/Madrid (Monday to
Friday 09:00-14:00,15:00-18:00), holidays skipped, stopped while the ticket waits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from timedesk.errors import ValidationError
from timedesk.office.calendar import DEFAULT_WEEK, OfficeCalendar, Schedule, parse_intervals
from timedesk.tickets.sla import DEFAULT_TARGETS, SlaState, SlaTargets, sla_state

MADRID = ZoneInfo("Europe/Madrid")
URGENT = DEFAULT_TARGETS["urgent"]  # 60 / 240 office minutes
NORMAL = DEFAULT_TARGETS["normal"]  # 240 / 960
OFFICE = OfficeCalendar(zone=MADRID, office=Schedule("office", DEFAULT_WEEK))
IMMACULATE_CONCEPTION = date(2026, 12, 8)  # a Tuesday


def at(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=MADRID)


def state(targets: SlaTargets = URGENT, *, created_at: datetime, now: datetime,
          pauses: tuple[tuple[datetime, datetime | None], ...] = (),
          first_response_at: datetime | None = None, resolved_at: datetime | None = None,
          calendar: OfficeCalendar = OFFICE) -> SlaState:
    return sla_state(calendar, targets, created_at=created_at, pauses=pauses,
                     first_response_at=first_response_at, resolved_at=resolved_at, now=now)


def test_default_targets_are_the_office_minutes_of_each_priority():
    assert {priority: (t.first_response_minutes, t.resolution_minutes)
            for priority, t in DEFAULT_TARGETS.items()} == {
        "urgent": (60, 240), "high": (120, 480), "normal": (240, 960), "low": (480, 2400)}


def test_targets_count_office_hours_only():
    # Monday 10:00: 4 office hours end at 14:00; 16 run over the lunch breaks and evenings
    sla = state(NORMAL, created_at=at(7, 10), now=at(7, 10))
    assert sla.first_response_due == at(7, 14)
    assert sla.resolution_due == at(9, 10)  # Mon 7 h + Tue 8 h + Wed 1 h
    assert sla.paused is False and sla.breached == ()


def test_dues_are_aware_utc_instants():
    sla = state(created_at=at(7, 10), now=at(7, 10))
    assert sla.first_response_due == datetime(2026, 12, 7, 10, tzinfo=UTC)  # 11:00 in Madrid
    assert sla.first_response_due is not None and sla.first_response_due.tzinfo is UTC


def test_a_ticket_created_friday_afternoon_is_due_on_monday():
    sla = state(created_at=at(4, 16), now=at(4, 16))
    assert sla.first_response_due == at(4, 17)
    assert sla.resolution_due == at(7, 11)  # 2 h on Friday, 2 h on Monday morning
    # the weekend does not breach it
    assert state(created_at=at(4, 16), now=at(7, 10, 59),
                 first_response_at=at(4, 16, 30)).breached == ()


def test_a_holiday_does_not_count():
    holiday = OfficeCalendar(zone=MADRID, office=Schedule("office", DEFAULT_WEEK),
                             holidays={IMMACULATE_CONCEPTION: "Inmaculada"})
    assert state(created_at=at(7, 17), now=at(7, 17)).resolution_due == at(8, 12)
    sla = state(created_at=at(7, 17), now=at(7, 17), calendar=holiday)
    assert sla.first_response_due == at(7, 18)
    assert sla.resolution_due == at(9, 12)  # Monday 1 h, Tuesday off, Wednesday 3 h


def test_a_ticket_created_outside_office_hours_starts_counting_at_the_next_opening():
    assert state(created_at=at(5, 11), now=at(5, 11)).first_response_due == at(7, 10)  # Sat
    assert state(created_at=at(7, 7, 30), now=at(7, 8)).first_response_due == at(7, 10)
    assert state(created_at=at(7, 14, 30), now=at(7, 15)).first_response_due == at(7, 16)
    assert state(created_at=at(7, 20), now=at(7, 20)).first_response_due == at(8, 10)


def test_a_pause_pushes_both_dues_by_the_office_time_paused():
    waited = ((at(7, 10), at(7, 12)),)  # two office hours waiting on the requester
    sla = state(NORMAL, created_at=at(7, 9), now=at(7, 12), pauses=waited)
    assert sla.first_response_due == at(7, 16)  # 13:00 without the pause
    assert sla.resolution_due == at(9, 11)  # Wednesday 09:00 without the pause
    assert sla.paused is False


def test_a_pause_outside_office_hours_moves_nothing():
    overnight = ((at(7, 18, 30), at(8, 8, 30)), (at(7, 14, 10), at(7, 14, 50)))
    plain = state(NORMAL, created_at=at(7, 9), now=at(8, 9))
    paused = state(NORMAL, created_at=at(7, 9), now=at(8, 9), pauses=overnight)
    assert (paused.first_response_due, paused.resolution_due) == \
        (plain.first_response_due, plain.resolution_due)


def test_overlapping_pauses_and_one_before_creation_count_once():
    pauses = ((at(7, 8), at(7, 10)), (at(7, 9, 30), at(7, 11)), (at(7, 10), at(7, 10, 30)))
    sla = state(created_at=at(7, 9), now=at(7, 12), pauses=pauses)
    assert sla.first_response_due == at(7, 12)  # 09:00-11:00 waited, 11:00 + 1 h


def test_a_pause_after_a_due_does_not_move_that_due():
    sla = state(NORMAL, created_at=at(7, 9), now=at(8, 9), pauses=((at(7, 16), at(7, 17)),))
    assert sla.first_response_due == at(7, 13)
    assert sla.resolution_due == at(9, 10)


def test_a_waiting_ticket_shows_paused_dues_from_now_and_never_breaches():
    # waiting since Monday 09:30 (half an hour used); two days later, far past both dues
    sla = state(created_at=at(7, 9), now=at(9, 12), pauses=((at(7, 9, 30), None),))
    assert sla.paused is True
    assert sla.breached == ()
    assert sla.first_response_due == at(9, 12, 30)  # the remaining 30 min from now
    assert sla.resolution_due == at(9, 16, 30)  # the remaining 3.5 h from now
    # as time passes while waiting, the dues keep moving with it
    later = state(created_at=at(7, 9), now=at(10, 9), pauses=((at(7, 9, 30), None),))
    assert later.first_response_due == at(10, 9, 30) and later.breached == ()


def test_after_the_wait_ends_the_clock_runs_again_and_breaches():
    waited = ((at(7, 9, 30), at(9, 12)),)
    assert state(created_at=at(7, 9), now=at(9, 12, 29), pauses=waited).breached == ()
    assert state(created_at=at(7, 9), now=at(9, 12, 31), pauses=waited).breached == \
        ("first_response",)


def test_waiting_does_not_hide_a_deadline_missed_before_it():
    sla = state(created_at=at(7, 9), now=at(9, 12), pauses=((at(7, 11), None),))
    assert sla.paused is True
    assert sla.first_response_due == at(7, 10)
    assert sla.breached == ("first_response",)  # resolution had 2 h left when it paused


def test_a_target_met_in_time_is_not_breached():
    sla = state(created_at=at(7, 9), now=at(8, 9), first_response_at=at(7, 9, 45),
                resolved_at=at(7, 12, 59))
    assert sla.breached == ()
    # exactly at the due is still in time
    assert state(created_at=at(7, 9), now=at(8, 9), first_response_at=at(7, 10),
                 resolved_at=at(7, 13)).breached == ()


def test_a_response_after_its_due_breaches_the_first_response_only():
    sla = state(created_at=at(7, 9), now=at(7, 11), first_response_at=at(7, 10, 30))
    assert sla.breached == ("first_response",)


def test_a_late_resolution_breaches_the_resolution_only():
    sla = state(created_at=at(7, 9), now=at(8, 9), first_response_at=at(7, 9, 30),
                resolved_at=at(7, 13, 30))
    assert sla.breached == ("resolution",)


def test_a_target_not_met_breaches_once_now_is_past_its_due():
    assert state(created_at=at(7, 9), now=at(7, 9, 59)).breached == ()
    assert state(created_at=at(7, 9), now=at(7, 10, 1)).breached == ("first_response",)
    assert state(created_at=at(7, 9), now=at(7, 13, 1)).breached == \
        ("first_response", "resolution")
    # answered in time, resolution still pending and late
    assert state(created_at=at(7, 9), now=at(7, 13, 1),
                 first_response_at=at(7, 9, 5)).breached == ("resolution",)


def test_dues_across_the_spring_daylight_saving_change():
    # Friday 26 March 2027 17:00 CET; Sunday 28 the clocks jump from 02:00 to 03:00
    sla = state(created_at=at(26, 17, month=3, year=2027), now=at(26, 17, month=3, year=2027))
    assert sla.resolution_due == at(29, 12, month=3, year=2027)  # 1 h Friday + 3 h Monday
    assert sla.resolution_due == datetime(2027, 3, 29, 10, tzinfo=UTC)  # now UTC+2


def test_a_23_hour_day_holds_23_office_hours():
    always = parse_intervals("00:00-24:00")
    calendar = OfficeCalendar(zone=MADRID, office=Schedule("office", (always,) * 7))
    sunday = at(28, 0, month=3, year=2027)
    sla = state(SlaTargets(23 * 60, 24 * 60), created_at=sunday, now=sunday, calendar=calendar)
    assert sla.first_response_due == at(29, 0, month=3, year=2027)
    assert sla.resolution_due == at(29, 1, month=3, year=2027)
    # a pause over the skipped hour pushes the dues by its real length (1 h, not 2)
    pause = ((at(28, 1, month=3, year=2027), at(28, 3, month=3, year=2027)),)
    paused = state(SlaTargets(23 * 60, 24 * 60), created_at=sunday, now=sunday, pauses=pause,
                   calendar=calendar)
    assert paused.first_response_due == at(29, 1, month=3, year=2027)


def test_instants_without_a_zone_are_refused():
    with pytest.raises(ValidationError, match="no time zone"):
        state(created_at=datetime(2026, 12, 7, 9), now=at(7, 9))
    with pytest.raises(ValidationError, match="first response time .* no time zone"):
        state(created_at=at(7, 9), now=at(7, 10), first_response_at=datetime(2026, 12, 7, 9))
