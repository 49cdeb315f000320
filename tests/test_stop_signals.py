"""SIGINT / SIGTERM ask a long-running process to stop (timedesk.stop_signals): the GUI, the
lobby display and `timedesk serve` share the one handler (under qasync: tests/ui/test_lifecycle)."""

from __future__ import annotations

import asyncio
import signal
import sys
import threading

import pytest

from timedesk.stop_signals import on_stop_signals

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGTERM is POSIX")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_a_stop_signal_runs_the_callback_on_the_loop_and_undoing_restores_the_handler(
        signum):
    before = signal.getsignal(signum)
    stopped = asyncio.Event()
    ran_on: list[str] = []

    def stop() -> None:
        ran_on.append(threading.current_thread().name)
        stopped.set()

    undo = on_stop_signals(asyncio.get_running_loop(), stop)
    try:
        assert signal.getsignal(signum) is not before
        signal.raise_signal(signum)
        await asyncio.wait_for(stopped.wait(), 5)
        assert ran_on == [threading.main_thread().name]
    finally:
        undo()
    assert signal.getsignal(signum) is before


def test_outside_the_main_thread_nothing_is_installed():
    loop = asyncio.new_event_loop()
    try:
        before = signal.getsignal(signal.SIGTERM)
        undo: list = []
        worker = threading.Thread(target=lambda: undo.append(on_stop_signals(loop, lambda: None)))
        worker.start()
        worker.join(5)
        assert signal.getsignal(signal.SIGTERM) is before
        undo[0]()
    finally:
        loop.close()
