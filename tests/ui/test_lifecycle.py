"""The GUI process lifecycle: one quit event, clean shutdown, SIGTERM, the self-test."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time

import pytest
from shiboken6 import Shiboken

from timedesk.ui.application import GuiOptions, amain


async def test_amain_cleans_up_and_returns_when_the_quit_event_is_set(ctx, admin_actor,
                                                                      eventually):
    ctx.settings.override("listener.port", 0)
    seen = {}

    async def quit_once_running(window, quit_event):
        services = window.services
        await eventually(lambda: services.listener is not None
                         and services.listener.state == "listening"
                         and services.feed is not None and services.feed.state == "connected"
                         and services.parts is not None and len(services.parts.workers) == 5)
        seen.update(window=window, services=services,
                    workers=[(item.name, item.worker) for item in services.parts.workers])
        quit_event.set()

    started = time.monotonic()
    code = await asyncio.wait_for(
        amain(ctx, GuiOptions(actor=admin_actor, on_shown=quit_once_running)), 20)
    assert code == 0 and time.monotonic() - started < 15
    services = seen["services"]
    assert services.listener.state == "stopped" and services.feed.state == "stopped"
    # the background workers ran beside the window and were stopped with it
    assert [name for name, _ in seen["workers"]] == [
        "mail.outbox", "clockify.overtime", "clockify.notices", "clockify.reports",
        "tickets.housekeeping"]
    assert not any(getattr(worker, "running", False) for _, worker in seen["workers"])
    await eventually(lambda: not Shiboken.isValid(seen["window"]))  # the window is deleted


async def test_the_quit_action_of_the_window_ends_amain(ctx, admin_actor):
    ctx.settings.override("listener.enabled", False)

    def press_quit(window, quit_event):
        window.quit_action.trigger()

    assert await asyncio.wait_for(amain(ctx, GuiOptions(actor=admin_actor,
                                                        on_shown=press_quit)), 20) == 0


async def test_a_gui_process_sets_up_around_its_windows_and_undoes_it_all(ctx):
    """gui_process(): GC on the GUI thread, SIGINT/SIGTERM as a quit request, bus events on
    the loop; afterwards everything as it was (the app and `timedesk display` share it)."""
    import gc
    import threading

    from timedesk.ui.gui_process import gui_process

    gc.enable()  # as in a real process (the test suite's own guard disables it)
    handler = signal.getsignal(signal.SIGTERM)
    delivered_on: list[str] = []
    ctx.bus.subscribe("test.", lambda event: delivered_on.append(threading.current_thread().name))

    def publish_from_a_thread() -> None:
        with ctx.db.unit_of_work() as session:
            ctx.bus.publish(session, "test.ping", {})

    async with gui_process(ctx) as quit_event:
        assert not gc.isenabled()
        assert signal.getsignal(signal.SIGTERM) is not handler
        worker = threading.Thread(target=publish_from_a_thread, name="worker")
        worker.start()
        worker.join(10)
        await asyncio.sleep(0.05)
        assert delivered_on == [threading.main_thread().name]  # on the loop, not the worker
        signal.raise_signal(signal.SIGTERM)
        await asyncio.wait_for(quit_event.wait(), 5)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert signal.getsignal(signal.SIGTERM) is handler
    publish_from_a_thread()
    assert len(delivered_on) == 2  # delivered at once again, without the loop
    gc.disable()


def _spawn_gui(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "timedesk", "-v"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGTERM is POSIX")
def test_sigterm_while_the_login_dialog_is_open_quits_cleanly(ctx, env, admin_actor):
    from timedesk.auth import service as auth

    auth.create_user(ctx.db, admin_actor, "clerk", "correct-horse-9", "staff")
    env = dict(env, QT_QPA_PLATFORM="offscreen", TIMEDESK_LISTENER_PORT="0")
    process = _spawn_gui(env)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        for line in process.stdout:
            lines.append(line)
            if "sign-in dialog shown" in line or time.monotonic() > deadline:
                break
        assert any("sign-in dialog shown" in line for line in lines), "".join(lines)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, "".join(lines) + output
    assert "timedesk GUI stopped" in output
