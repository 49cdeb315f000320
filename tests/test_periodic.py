"""PeriodicTask, the skeleton of the mail outbox, the overtime monitor and the report scheduler."""

from __future__ import annotations

import asyncio

from timedesk.periodic import PeriodicTask


class Counter(PeriodicTask):
    task_name = "counter"

    def __init__(self, *, interval: float = 60.0, fail_first: bool = False,
                 pass_s: float = 0.0) -> None:
        super().__init__()
        self.passes, self._interval, self.fail_first, self.pass_s = 0, interval, fail_first, pass_s

    def interval(self) -> float:
        return self._interval

    async def tick(self) -> None:
        self.passes += 1
        await asyncio.sleep(self.pass_s)
        if self.fail_first and self.passes == 1:
            raise RuntimeError("database down")


async def _until(condition, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_a_wake_during_a_pass_runs_the_next_pass_right_after_it():
    task = Counter(pass_s=0.2)
    await task.start()
    await _until(lambda: task.passes == 1)
    task.wake()  # while the first pass still runs: not lost
    await _until(lambda: task.passes == 2, timeout=2)
    await task.stop()
    assert not task.running


async def test_a_failing_pass_is_logged_and_the_next_one_runs_on_time(caplog):
    task = Counter(interval=0.05, fail_first=True)
    await task.start()
    await _until(lambda: task.passes >= 3)
    await task.stop()
    assert "counter: a pass failed" in caplog.text


async def test_stop_lets_the_pass_in_progress_end_within_its_bound(caplog):
    task = Counter(pass_s=0.3)
    await task.start()
    await _until(lambda: task.passes == 1)
    await task.stop()
    assert task.passes == 1 and not task.running and "did not end" not in caplog.text
    slow = Counter(pass_s=5)
    slow.stop_timeout_s = 0.1
    await slow.start()
    await _until(lambda: slow.passes == 1)
    await slow.stop()
    assert "counter: the pass in progress did not end in 0.1s" in caplog.text
