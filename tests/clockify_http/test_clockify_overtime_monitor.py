"""OvertimeMonitor: an asyncio task (no Qt) that flags running sessions past the threshold at
every tick, survives a failing check, reads its interval from the settings, and stops."""

import asyncio
import logging
from datetime import timedelta

from clockify_http_helpers import T0, VIEWER, store_and_process, variant

from timedesk.clockify import queries
from timedesk.clockify.monitor import OvertimeMonitor


async def wait_for(predicate, timeout=10.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_the_monitor_flags_a_running_session_past_the_threshold(db, bus):
    running = store_and_process(db, bus, "NEW_TIMER_STARTED", variant(minutes=None))
    now = [T0 + timedelta(hours=4)]
    settings = {"clockify.overtime_check_seconds": 0.05, "clockify.overtime_hours": 5.0,
                "clockify.edit_tolerance_minutes": 5.0,
                "clockify.manual_entries_need_review": True, "clockify.workspace_id": ""}
    monitor = OvertimeMonitor(db, bus, settings, clock=lambda: now[0])
    await monitor.start()
    try:
        await wait_for(lambda: monitor.checks >= 2)
        assert not queries.get_session(db, VIEWER, running.session_id).overtime
        now[0] = T0 + timedelta(hours=5, seconds=1)
        await wait_for(lambda: monitor.flagged == 1)
        assert queries.get_session(db, VIEWER, running.session_id).overtime
        checks = monitor.checks
        await wait_for(lambda: monitor.checks >= checks + 2)
        assert monitor.flagged == 1  # flagged once, not at every tick
    finally:
        await monitor.stop()
    assert not monitor.running


async def test_a_failing_check_is_logged_and_the_next_tick_tries_again(db, bus, caplog,
                                                                      monkeypatch):
    import timedesk.clockify.monitor as module

    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        return []

    monkeypatch.setattr(module, "flag_running_overtime", flaky)
    settings = {"clockify.overtime_check_seconds": 0.05, "clockify.overtime_hours": 5.0,
                "clockify.edit_tolerance_minutes": 5.0,
                "clockify.manual_entries_need_review": True, "clockify.workspace_id": ""}
    monitor = OvertimeMonitor(db, bus, settings)
    caplog.set_level(logging.WARNING)
    await monitor.start()
    try:
        await wait_for(lambda: len(calls) >= 3)
    finally:
        await monitor.stop()
    assert monitor.last_error is None
    assert any("database went away" in r.getMessage() for r in caplog.records)


async def test_check_soon_runs_a_check_before_the_interval(ctx):
    monitor = OvertimeMonitor(ctx.db, ctx.bus, ctx.settings)  # default: every 60 s
    await monitor.start()
    try:
        await wait_for(lambda: monitor.checks == 1)
        monitor.check_soon()
        await wait_for(lambda: monitor.checks == 2, timeout=5)
    finally:
        await monitor.stop()
