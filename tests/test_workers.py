"""The background workers shared by the GUI and `timedesk serve`."""

from __future__ import annotations

import asyncio
import inspect

from timedesk.workers import WorkerSpec, start_workers, stop_workers, worker_specs


class Recorder:
    def __init__(self, name: str, calls: list[str], *, stop_hangs: bool = False) -> None:
        self.name, self.calls, self.stop_hangs = name, calls, stop_hangs

    async def start(self) -> None:
        self.calls.append(f"start {self.name}")

    async def stop(self) -> None:
        if self.stop_hangs:
            await asyncio.sleep(30)
        self.calls.append(f"stop {self.name}")


def test_the_shipped_workers_are_listed_in_start_order_and_each_builds(ctx):
    specs = worker_specs()
    assert [spec.name for spec in specs] == ["mail.outbox", "clockify.overtime",
                                             "clockify.notices", "clockify.reports",
                                             "tickets.housekeeping"]
    for spec in specs:
        worker = spec.factory(ctx)
        # one interface: coroutine methods (timedesk.workers.Worker)
        assert inspect.iscoroutinefunction(worker.start), spec.name
        assert inspect.iscoroutinefunction(worker.stop), spec.name


async def test_workers_start_in_order_and_stop_in_reverse():
    calls: list[str] = []
    running = await start_workers(ctx=None, specs=[
        WorkerSpec("a", lambda ctx: Recorder("a", calls)),
        WorkerSpec("b", lambda ctx: Recorder("b", calls))])
    assert calls == ["start a", "start b"]
    await stop_workers(running)
    assert calls == ["start a", "start b", "stop b", "stop a"] and running == []


async def test_a_worker_that_cannot_start_is_logged_and_the_others_run(caplog):
    calls: list[str] = []

    def broken(ctx):
        raise RuntimeError("no database")

    running = await start_workers(ctx=None, specs=[
        WorkerSpec("broken", broken),
        WorkerSpec("fine", lambda ctx: Recorder("fine", calls)),
        WorkerSpec("nothing", lambda ctx: None)])  # nothing to do on this machine
    assert [item.name for item in running] == ["fine"]
    assert "background worker broken could not start" in caplog.text
    await stop_workers(running)


async def test_a_worker_that_does_not_stop_in_time_does_not_hold_the_others(caplog):
    calls: list[str] = []
    running = await start_workers(ctx=None, specs=[
        WorkerSpec("slow", lambda ctx: Recorder("slow", calls, stop_hangs=True)),
        WorkerSpec("quick", lambda ctx: Recorder("quick", calls))])
    await stop_workers(running, seconds=0.2)
    assert "stop quick" in calls and "background worker slow did not stop" in caplog.text


async def test_only_starts_the_named_workers():
    calls: list[str] = []
    running = await start_workers(ctx=None, only={"b"}, specs=[
        WorkerSpec("a", lambda ctx: Recorder("a", calls)),
        WorkerSpec("b", lambda ctx: Recorder("b", calls))])
    assert calls == ["start b"]
    await stop_workers(running)
