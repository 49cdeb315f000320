"""The dashboard's figures on SQLite and PostgreSQL, checked against a day computed by hand
(see dashboard_seed.known_day for the timeline)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dashboard_seed import DAY, SYSTEM, at, known_day

from timedesk.auth.permissions import Actor, Role
from timedesk.errors import PermissionDenied, ValidationError
from timedesk.turns.stats import percentile, turn_stats

NOW = at(10, 0)  # 11:00 in Madrid, the same numbering day


def by_code(stats):
    return {s.code: s for s in stats.services}


def test_counts_per_service_issued_served_no_shows_and_waiting_now(ctx):
    known_day(ctx)
    stats = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW)
    a, b, c = (by_code(stats)[code].figures for code in "ABC")
    assert (a.issued, a.served, a.no_shows, a.waiting_now) == (3, 2, 1, 0)
    assert (b.issued, b.served, b.no_shows, b.waiting_now) == (2, 1, 0, 1)
    assert (c.issued, c.served, c.no_shows, c.waiting_now) == (0, 0, 0, 0)
    assert (stats.totals.issued, stats.totals.served, stats.totals.no_shows,
            stats.totals.waiting_now) == (5, 3, 1, 1)
    assert [s.code for s in stats.services] == ["A", "B", "C"]
    assert by_code(stats)["B"].name == "Payments" and by_code(stats)["B"].colour == "#2e7d32"


def test_average_and_p90_of_wait_and_service_time(ctx):
    known_day(ctx)
    stats = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW)
    a, b, c = (by_code(stats)[code].figures for code in "ABC")
    # A waits 600, 1500, 600: mean 900; p90 at rank 1.8 of [600, 600, 1500] = 600 + 0.8 * 900
    assert a.avg_wait_s == pytest.approx(900) and a.p90_wait_s == pytest.approx(1320)
    # A service: 900 (called -> finished, no Start) and 480 (started -> finished)
    assert a.avg_service_s == pytest.approx(690) and a.p90_service_s == pytest.approx(858)
    assert (b.avg_wait_s, b.p90_wait_s, b.avg_service_s, b.p90_service_s) == (600, 600, 600, 600)
    assert (c.avg_wait_s, c.p90_wait_s, c.avg_service_s, c.p90_service_s) == (None,) * 4
    totals = stats.totals
    assert totals.avg_wait_s == pytest.approx(825) and totals.p90_wait_s == pytest.approx(1230)
    assert totals.avg_service_s == pytest.approx(660) and totals.p90_service_s == pytest.approx(840)


def test_estimate_accuracy_counts_called_turns_with_an_estimate(ctx):
    known_day(ctx)
    stats = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW)
    a, b, c = (by_code(stats)[code].figures for code in "ABC")
    assert (a.estimated, a.within_estimate, a.estimate_accuracy) == (2, 1, 0.5)
    assert (b.estimated, b.within_estimate, b.estimate_accuracy) == (1, 1, 1.0)  # edge counts
    assert c.estimate_accuracy is None
    assert (stats.totals.estimated, stats.totals.within_estimate) == (3, 2)


def test_hourly_flow_is_in_the_office_local_hours(ctx):
    known_day(ctx)
    stats = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW)
    assert len(stats.hourly) == 24 and [h.hour for h in stats.hourly] == list(range(24))
    busy = {h.hour: (h.issued, h.called) for h in stats.hourly if h.issued or h.called}
    assert busy == {9: (3, 3), 10: (2, 1)}  # 08:xx and 09:xx UTC are 09:xx and 10:xx in Madrid


def test_waiting_now_is_zero_once_the_day_is_over_and_other_days_stay_out(ctx):
    queue = known_day(ctx)
    queue.issue_turn(SYSTEM, "A", now=at(9, 0, day=DAY + timedelta(days=1)))
    later = at(10, 0, day=DAY + timedelta(days=1))
    past = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=later)
    assert past.totals.issued == 5 and past.totals.waiting_now == 0
    assert not past.includes_today
    both = turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY + timedelta(days=1), now=later)
    assert both.totals.issued == 6 and both.totals.waiting_now == 1 and both.includes_today
    assert by_code(both)["A"].figures.issued == 4


def test_a_transferred_turn_is_issued_for_one_service_and_served_by_another(ctx):
    queue = known_day(ctx)
    queue.issue_turn(SYSTEM, "A", now=at(9, 40))
    queue.call_next(SYSTEM, "1", now=at(9, 45))  # desk 1 takes B002 (09:30) first
    queue.finish(SYSTEM, "1", now=at(9, 46))
    assert queue.call_next(SYSTEM, "1", now=at(9, 50)).turn.number == "A004"
    queue.transfer(SYSTEM, "1", to_service="B")
    assert queue.call_next(SYSTEM, "2", now=at(9, 55)).turn.number == "A004"
    queue.finish(SYSTEM, "2", now=at(10, 0))
    stats = by_code(turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW))
    assert stats["A"].figures.issued == 4 and stats["A"].figures.served == 2
    assert stats["B"].figures.issued == 2 and stats["B"].figures.served == 3


def test_inactive_services_without_turns_are_left_out(ctx):
    from timedesk.turns import setup

    known_day(ctx)
    setup.update_service(ctx.db, ctx.bus, SYSTEM, "C", active=False)
    setup.update_service(ctx.db, ctx.bus, SYSTEM, "B", active=False)
    codes = [s.code for s in turn_stats(ctx.db, ctx.settings, SYSTEM, DAY, DAY, now=NOW).services]
    assert codes == ["A", "B"]  # B is inactive now but had turns that day


def test_an_empty_range_has_zeros_and_no_durations(ctx):
    known_day(ctx)
    stats = turn_stats(ctx.db, ctx.settings, SYSTEM, date(2026, 1, 1), date(2026, 1, 31), now=NOW)
    assert stats.totals.issued == 0 and stats.totals.avg_wait_s is None
    assert stats.totals.p90_service_s is None and stats.totals.estimate_accuracy is None
    assert all(h.issued == h.called == 0 for h in stats.hourly)


def test_bad_ranges_are_refused_with_what_to_do(ctx):
    with pytest.raises(ValidationError, match="starts .2026-12-02. after it ends") as reversed_:
        turn_stats(ctx.db, ctx.settings, SYSTEM, date(2026, 12, 2), date(2026, 12, 1))
    assert "first day first" in reversed_.value.hint
    with pytest.raises(ValidationError, match="367 days; at most 366"):
        turn_stats(ctx.db, ctx.settings, SYSTEM, date(2025, 1, 1), date(2026, 1, 2))
    turn_stats(ctx.db, ctx.settings, SYSTEM, date(2025, 1, 1), date(2026, 1, 1))  # 366 is fine


def test_only_who_may_see_the_dashboard_gets_the_figures(ctx):
    staff = Actor("user", "sam", Role.STAFF, 11)
    with pytest.raises(PermissionDenied, match="turns.dashboard"):
        turn_stats(ctx.db, ctx.settings, staff, DAY, DAY)
    manager = Actor("user", "mia", Role.MANAGER, 12)
    assert turn_stats(ctx.db, ctx.settings, manager, DAY, DAY).totals.issued == 0


def test_percentile_interpolates_between_ranks_like_percentile_inc():
    assert percentile([], 0.9) is None
    assert percentile([42], 0.9) == 42
    assert percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9) == pytest.approx(91)
    assert percentile([5, 1, 3], 0.5) == 3
