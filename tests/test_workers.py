"""The registry of background workers shared by the GUI and `timedesk serve`."""

from __future__ import annotations

import asyncio

import pytest

from timedesk import workers
from timedesk.workers import register_worker, start_workers, stop_workers, worker_specs


@pytest.fixture
def registry(monkeypatch):
    """An empty registry and no modules to import, for the test's own workers."""
    monkeypatch.setattr(workers, "_REGISTRY", {})
    monkeypatch.setattr(workers, "WORKER_MODULES", [])
    return workers._REGISTRY


class Recorder:
    def __init__(self, name: str, calls: list[str], *, async_methods: bool = False,
                 stop_hangs: bool = False) -> None:
        self.name, self.calls, self.stop_hangs = name, calls, stop_hangs
        if async_methods:
            self.start, self.stop = self._astart, self._astop

    def start(self) -> None:
        self.calls.append(f"start {self.name}")

    def stop(self) -> None:
        self.calls.append(f"stop {self.name}")

    async def _astart(self) -> None:
        self.calls.append(f"start {self.name}")

    async def _astop(self) -> None:
        if self.stop_hangs:
            await asyncio.sleep(30)
        self.calls.append(f"stop {self.name}")


def test_the_shipped_workers_are_registered():
    names = [spec.name for spec in worker_specs()]
    assert names == ["mail.outbox", "clockify.overtime", "clockify.notices", "clockify.reports"]


async def test_workers_start_in_order_and_stop_in_reverse_sync_or_async(registry):
    calls: list[str] = []
    register_worker("b", lambda ctx: Recorder("b", calls, async_methods=True), order=2)
    register_worker("a", lambda ctx: Recorder("a", calls), order=1)
    running = await start_workers(ctx=None)
    assert calls == ["start a", "start b"]
    await stop_workers(running)
    assert calls == ["start a", "start b", "stop b", "stop a"] and running == []


async def test_a_worker_that_cannot_start_is_logged_and_the_others_run(registry, caplog):
    calls: list[str] = []

    def broken(ctx):
        raise RuntimeError("no database")

    register_worker("broken", broken, order=1)
    register_worker("fine", lambda ctx: Recorder("fine", calls), order=2)
    register_worker("nothing", lambda ctx: None, order=3)  # nothing to do on this machine
    running = await start_workers(ctx=None)
    assert [item.name for item in running] == ["fine"]
    assert "background worker broken could not start" in caplog.text
    await stop_workers(running)


async def test_a_worker_that_does_not_stop_in_time_does_not_hold_the_others(registry, caplog):
    calls: list[str] = []
    register_worker("slow", lambda ctx: Recorder("slow", calls, async_methods=True,
                                                 stop_hangs=True), order=1)
    register_worker("quick", lambda ctx: Recorder("quick", calls), order=2)
    running = await start_workers(ctx=None)
    await stop_workers(running, seconds=0.2)
    assert "stop quick" in calls and "background worker slow did not stop" in caplog.text


async def test_only_starts_the_named_workers(registry):
    calls: list[str] = []
    register_worker("a", lambda ctx: Recorder("a", calls))
    register_worker("b", lambda ctx: Recorder("b", calls))
    running = await start_workers(ctx=None, only={"b"})
    assert calls == ["start b"]
    await stop_workers(running)
