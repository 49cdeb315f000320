"""OutboxWorker on the asyncio loop (qasync, as in the app): woken by mail.queued, sends within
a couple of seconds, keeps going after errors and stops cleanly."""

from __future__ import annotations

import asyncio
import time

from timedesk.mail import OutboxWorker, enqueue


async def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.02)
    return condition()


def queue(ctx, key: str, bus=True) -> None:
    with ctx.db.unit_of_work() as session:
        enqueue(session, key, ["ana@oficina.example"], f"Aviso {key}", "Hola",
                bus=ctx.bus if bus else None)


async def test_worker_sends_within_two_seconds_of_enqueue_and_stops_cleanly(
        ctx, smtp_server, mail_settings):
    mail_settings(smtp_server)
    # an interval far longer than the test: only the mail.queued wake-up can explain delivery
    worker = OutboxWorker(ctx.db, ctx.settings, ctx.secrets, ctx.bus, interval_s=60)
    await worker.start()
    try:
        await asyncio.sleep(0.2)  # the first pass found nothing; the worker now waits
        started = time.monotonic()
        queue(ctx, "worker:1")
        assert await wait_until(lambda: len(smtp_server.messages) == 1, timeout=2.0)
        assert time.monotonic() - started < 2.0
    finally:
        stop_started = time.monotonic()
        await worker.stop()
    assert time.monotonic() - stop_started < 2.0
    assert not worker.running
    queue(ctx, "worker:after-stop")  # a stopped worker neither sends nor reacts to the event
    await asyncio.sleep(0.5)
    assert len(smtp_server.messages) == 1


async def test_worker_picks_up_mail_queued_without_an_event_on_its_interval(
        ctx, smtp_server, mail_settings):
    mail_settings(smtp_server)
    worker = OutboxWorker(ctx.db, ctx.settings, ctx.secrets, None, interval_s=0.2)
    await worker.start()
    try:
        queue(ctx, "worker:no-event", bus=False)  # as another process on the database would
        assert await wait_until(lambda: len(smtp_server.messages) == 1, timeout=3.0)
    finally:
        await worker.stop()


async def test_worker_keeps_running_when_a_pass_fails(ctx, smtp_server, mail_settings,
                                                      monkeypatch):
    mail_settings(smtp_server)
    import timedesk.mail.worker as worker_module

    real = worker_module.send_due
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("database restarting")
        return real(*args, **kwargs)

    monkeypatch.setattr(worker_module, "send_due", flaky)
    worker = OutboxWorker(ctx.db, ctx.settings, ctx.secrets, ctx.bus, interval_s=0.2)
    await worker.start()
    try:
        queue(ctx, "worker:after-error")
        assert await wait_until(lambda: len(smtp_server.messages) == 1, timeout=3.0)
        assert worker.running and calls["n"] >= 2
    finally:
        await worker.stop()


async def test_worker_waits_out_a_locked_database_without_a_traceback_then_sends(
        tmp_path, monkeypatch, smtp_server, caplog):
    import logging
    import os
    import sqlite3

    from timedesk.app import build_context

    caplog.set_level(logging.INFO)
    path = tmp_path / "locked.db"
    ctx = build_context(dict(os.environ) | {"TIMEDESK_DATABASE_URL": f"sqlite+pysqlite:///{path}",
                                            "TIMEDESK_DATABASE_SQLITE_BUSY_TIMEOUT_MS": "100"})
    for key, value in {"smtp.host": "127.0.0.1", "smtp.port": smtp_server.port,
                       "smtp.security": "none", "mail.enabled": True,
                       "smtp.from_address": "timedesk@oficina.example"}.items():
        ctx.settings.override(key, value)
    worker = OutboxWorker(ctx.db, ctx.settings, ctx.secrets, None, interval_s=0.2)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        await worker.start()
        await asyncio.sleep(1.0)  # passes fail for want of the database
        locker.execute("ROLLBACK")
        queue(ctx, "worker:after-the-lock", bus=False)
        assert await wait_until(lambda: len(smtp_server.messages) == 1, timeout=3.0)
    finally:
        locker.close()
        await worker.stop()
        ctx.close()
    assert any("database is unavailable" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.name.startswith("timedesk") and r.exc_info]
