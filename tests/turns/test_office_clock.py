"""The office clock without office.timezone follows this computer's zone through daylight saving."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from timedesk.office import office_zone
from timedesk.turns.clock import OfficeClock


@pytest.fixture
def madrid(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Europe/Madrid")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_computer_zone_gives_summer_and_winter_their_own_offsets(madrid):
    clock = OfficeClock(office_zone({"office.timezone": ""}))
    july = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    january = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    assert clock.local(july).hour == 12
    assert clock.local(january).hour == 11
    assert clock.local(july).tzname() == "CEST"
    assert clock.local(january).tzname() == "CET"


def test_a_day_of_the_computer_zone_begins_at_its_own_midnight(madrid):
    clock = OfficeClock(office_zone({"office.timezone": ""}))
    summer_start, summer_end = clock.day_bounds(date(2026, 7, 1))
    assert summer_start.astimezone(UTC) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    assert (summer_end - summer_start).total_seconds() == 24 * 3600
    # the spring-forward day in Madrid has 23 hours
    spring_start, spring_end = clock.day_bounds(date(2026, 3, 29))
    assert spring_start.astimezone(UTC) == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert spring_end.astimezone(UTC) == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


def test_the_numbering_day_turns_at_local_midnight_in_summer(madrid):
    clock = OfficeClock(office_zone({"office.timezone": ""}))
    # 22:30 UTC on 30 June is 00:30 on 1 July in Madrid (summer time)
    assert clock.numbering_day(datetime(2026, 6, 30, 22, 30, tzinfo=UTC)) == date(2026, 7, 1)
