"""The status-bar job indicator follows the runner: progress, Cancel, several jobs."""

from __future__ import annotations

import threading

from timedesk.jobs import CANCELLED, Job, JobCancelled
from timedesk.ui.jobs_indicator import JobsIndicator


def cooperative_job(title: str, started: threading.Event) -> Job:
    def work(progress):
        progress.update(3, 10, "step 3 of 10")
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.01)

    return Job(title, work)


async def test_a_running_job_shows_its_progress_and_cancel_stops_it(qtbot, loop_runner,
                                                                    eventually):
    indicator = JobsIndicator(loop_runner)
    qtbot.addWidget(indicator)
    assert indicator.isHidden()
    started = threading.Event()
    job = cooperative_job("Sesame report", started)
    future = loop_runner.submit(job)
    await eventually(lambda: not indicator.isHidden() and indicator.bar.value() == 3)
    assert indicator.bar.maximum() == 10
    assert indicator.title.text() == "Sesame report: step 3 of 10"
    indicator.cancel_button.click()
    assert not indicator.cancel_button.isEnabled()
    assert indicator.title.text().startswith("Cancelling Sesame report")
    await eventually(lambda: future.done())
    assert job.state == CANCELLED and isinstance(future.exception(), JobCancelled)
    await eventually(lambda: indicator.isHidden())


async def test_a_job_of_unknown_length_shows_a_busy_bar(qtbot, loop_runner, eventually):
    indicator = JobsIndicator(loop_runner)
    qtbot.addWidget(indicator)
    gate = threading.Event()
    loop_runner.submit(Job("Export", lambda progress: gate.wait(5)))
    await eventually(lambda: not indicator.isHidden())
    assert (indicator.bar.minimum(), indicator.bar.maximum()) == (0, 0)
    gate.set()
    await eventually(lambda: indicator.isHidden())


async def test_with_two_jobs_the_oldest_is_shown_and_the_other_counted(qtbot, loop_runner,
                                                                     eventually):
    indicator = JobsIndicator(loop_runner)
    qtbot.addWidget(indicator)
    first_started, second_started = threading.Event(), threading.Event()
    first = cooperative_job("First", first_started)
    second = cooperative_job("Second", second_started)
    loop_runner.submit(first)
    await eventually(lambda: indicator.shown_job() is first)
    loop_runner.submit(second)
    await eventually(lambda: indicator.more.text() == "+1 more")
    indicator.cancel_button.click()  # cancels the shown (first) job only
    await eventually(lambda: indicator.shown_job() is second)
    assert not indicator.more.isVisible() and second.state == "running"
    loop_runner.cancel(second)
    await eventually(lambda: indicator.isHidden())
