"""The one backoff policy and Retry-After parser (timedesk.retry) of the clients and feeds."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from timedesk.retry import Backoff, retry_after_seconds

NOW = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)


def test_waits_double_from_the_first_up_to_the_cap():
    assert list(Backoff(0.5, cap=10.0).delays(8)) == [0.5, 1, 2, 4, 8, 10, 10, 10]
    assert Backoff(0.1, cap=60.0).delay(1) == 0.1 and Backoff(0.1, cap=60.0).delay(3) == 0.4


def test_a_huge_attempt_number_waits_the_cap_instead_of_overflowing():
    assert Backoff(30, cap=3600).delay(10_000) == 3600


def test_jittered_waits_stay_in_the_upper_half_of_the_nominal_wait():
    """The event feeds' reconnection: 0.5 s doubling to 10 s, never under half of it."""
    delays = list(Backoff(0.5, cap=10.0, jitter=True).delays(10))
    nominal = [0.5, 1, 2, 4, 8, 10, 10, 10, 10, 10]
    assert len(delays) == 10
    for delay, ceiling in zip(delays, nominal, strict=True):
        assert ceiling / 2 <= delay <= ceiling


def test_jitter_spreads_the_waits_so_workstations_do_not_reconnect_together():
    assert len({Backoff(8.0, cap=10.0, jitter=True).delay(1) for _ in range(20)}) > 1


def test_attempts_are_bounded_when_asked_and_endless_otherwise():
    assert sum(1 for _ in itertools.islice(Backoff(0.5, cap=10.0).delays(3), 100)) == 3
    assert sum(1 for _ in itertools.islice(Backoff(0.5, cap=10.0).delays(), 100)) == 100


@pytest.mark.parametrize(("header", "cap", "floor", "wait"), [
    ("7", 60.0, 0.0, 7.0),
    (" 2.5 ", 60.0, 0.0, 2.5),
    ("0", 60.0, 0.0, 0.0),
    ("0", 10.0, 0.1, 0.1),      # clamped up to the floor
    ("-3", 60.0, 0.0, 0.0),     # a negative wait is no wait
    ("3600", 10.0, 0.1, 10.0),  # clamped down to the cap
    ("inf", 60.0, 0.0, 60.0),
])
def test_retry_after_in_seconds_is_clamped_to_floor_and_cap(header, cap, floor, wait):
    assert retry_after_seconds(header, cap=cap, floor=floor) == wait


def test_retry_after_as_an_http_date_waits_until_that_moment():
    header = format_datetime(NOW + timedelta(seconds=30), usegmt=True)
    assert header.endswith("GMT")
    assert retry_after_seconds(header, cap=60.0, now=NOW) == 30.0
    assert retry_after_seconds(header, cap=10.0, now=NOW) == 10.0


def test_retry_after_as_a_date_already_past_waits_the_floor():
    header = format_datetime(NOW - timedelta(minutes=5), usegmt=True)
    assert retry_after_seconds(header, cap=60.0, floor=0.1, now=NOW) == 0.1


def test_retry_after_dates_without_a_zone_are_read_as_gmt():
    assert retry_after_seconds("Mon, 07 Dec 2026 16:00:20 -0000", cap=60.0, now=NOW) == 20.0


@pytest.mark.parametrize("header", [None, "", "   ", "soon", "nan", "12 seconds",
                                    "Mon, 99 Foo 2026 25:61:00 GMT"])
def test_a_missing_or_garbage_retry_after_says_none_so_the_caller_backs_off(header):
    assert retry_after_seconds(header, cap=60.0) is None
