"""Helpers of the Qt tests, importable by name from any test folder."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import pytest


async def eventually(condition: Callable[[], object], timeout: float = 10.0,
                     interval: float = 0.02) -> None:
    """Poll `condition` on the running (qasync) loop until it holds, at most `timeout` s.
    Never qtbot.wait* inside a coroutine: its nested Qt loop makes the loop's other tasks fail
    with "Cannot enter into task ... while another task is being executed" and hang."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


async def settled(task, timeout: float = 10.0) -> None:
    """Wait until a run_in_background task has handed over its result (its callbacks have run);
    None (nothing was started) returns at once."""
    if task is not None:
        await eventually(lambda: task.finished, timeout)


# Fixtures a folder's conftest imports by name (`from qt_support import loop_services`).
@pytest.fixture(autouse=True)
def app_stays_open(qapp):
    """As in the app: closing the last window must not stop Qt's (and so qasync's) loop."""
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture
async def loop_services(ctx):
    """UiServices as the app builds them: jobs and bus subscribers report on the GUI loop."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.services import UiServices

    loop = asyncio.get_running_loop()
    jobs = JobRunner(dispatcher=loop.call_soon_threadsafe)
    ctx.bus.set_dispatcher(loop.call_soon_threadsafe)
    yield UiServices(jobs=jobs)
    jobs.shutdown(wait=True)
    await asyncio.sleep(0.05)  # let callbacks already queued on the loop run
    ctx.bus.set_dispatcher(lambda call: call())
