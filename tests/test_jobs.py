"""The job runner: results, errors, progress, cancellation, listeners on the dispatcher."""

from __future__ import annotations

import threading
import time

import pytest

from timedesk.jobs import (
    CANCELLED,
    DONE,
    FAILED,
    FINISHED,
    PROGRESS,
    STARTED,
    Job,
    JobCancelled,
    JobRunner,
    Progress,
)


@pytest.fixture
def runner():
    r = JobRunner(max_workers=2)
    yield r
    r.shutdown(wait=True)


def test_a_job_runs_off_the_calling_thread_and_returns_its_result(runner):
    caller = threading.get_ident()
    job = Job("answer", lambda progress: (threading.get_ident(), 42))
    worker, value = runner.submit(job).result(timeout=5)
    assert value == 42 and worker != caller
    assert job.state == DONE and job.result == (worker, 42)


def test_a_failing_job_raises_its_error_to_the_caller_and_is_marked_failed(runner):
    def boom(progress):
        raise ValueError("bad input")

    job = Job("boom", boom)
    with pytest.raises(ValueError, match="bad input"):
        runner.submit(job).result(timeout=5)
    assert job.state == FAILED and isinstance(job.error, ValueError)


def test_listeners_hear_started_progress_and_finished_in_order(runner):
    events: list[tuple[str, int, int]] = []
    runner.add_listener(lambda kind, job: events.append((kind, job.progress.done,
                                                        job.progress.total)))

    def work(progress):
        for i in range(1, 4):
            progress.update(i, 3, f"step {i}")
        return "ok"

    runner.submit(Job("steps", work)).result(timeout=5)
    kinds = [kind for kind, _, _ in events]
    assert kinds[0] == STARTED and kinds[-1] == FINISHED and PROGRESS in kinds
    assert (PROGRESS, 3, 3) in events  # the final step always gets through the throttle


def test_listeners_are_called_through_the_dispatcher():
    calls = []
    runner = JobRunner(dispatcher=lambda call: calls.append(call))
    heard = []
    runner.add_listener(lambda kind, job: heard.append(kind))
    runner.submit(Job("quick", lambda p: None)).result(timeout=5)
    time.sleep(0.05)
    assert heard == []  # nothing reaches listeners until the dispatcher runs the calls
    for call in calls:
        call()
    assert heard == [STARTED, FINISHED]
    runner.shutdown(wait=True)


def test_progress_notifications_are_throttled_for_tight_loops(runner):
    heard = []
    runner.add_listener(lambda kind, job: heard.append(kind))

    def tight(progress):
        for i in range(10_000):
            progress.update(i, 10_000)

    runner.submit(Job("tight", tight)).result(timeout=10)
    assert 0 < heard.count(PROGRESS) < 200


def test_cancel_stops_a_running_job_at_its_next_check(runner):
    started = threading.Event()

    def slow(progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    job = Job("slow", slow)
    future = runner.submit(job)
    assert started.wait(5)
    assert job in runner.running()
    runner.cancel(job)
    with pytest.raises(JobCancelled):
        future.result(timeout=5)
    assert job.state == CANCELLED and job not in runner.running()


def test_a_job_cancelled_while_queued_never_runs():
    runner = JobRunner(max_workers=1)
    gate = threading.Event()
    ran = []
    first = runner.submit(Job("blocker", lambda p: gate.wait(5)))
    queued = Job("queued", lambda p: ran.append(True))
    future = runner.submit(queued)
    runner.cancel(queued)
    gate.set()
    first.result(timeout=5)
    with pytest.raises(JobCancelled):
        future.result(timeout=5)
    assert ran == [] and queued.state == CANCELLED
    runner.shutdown(wait=True)


def test_a_broken_listener_does_not_stop_other_listeners(runner):
    heard = []

    def broken(kind, job):
        raise RuntimeError("listener bug")

    runner.add_listener(broken)
    runner.add_listener(lambda kind, job: heard.append(kind))
    runner.submit(Job("x", lambda p: 1)).result(timeout=5)
    assert heard == [STARTED, FINISHED]


async def test_run_awaits_the_result_on_the_asyncio_loop(runner):
    assert await runner.run(Job("sum", lambda p: sum(range(10)))) == 45


def test_a_progress_phase_is_none_until_said_and_lasts_until_the_next_one():
    progress = Progress()
    assert progress.phase == ""  # jobs that say no phase keep working
    progress.update(0, 0, "reading", phase="pages")
    progress.update(2, 5, "page 2 of 5")
    assert (progress.phase, progress.done, progress.total) == ("pages", 2, 5)
    progress.update(1, 9, phase="rows")
    assert (progress.phase, progress.message) == ("rows", "page 2 of 5")


def test_closing_the_context_stops_and_waits_for_every_runners_jobs(ctx):
    """A widget's load still querying when the app (or a test) closes the database must end
    first: a query on a disposed SQLite engine can crash the process."""
    started, finished = threading.Event(), []
    runner = JobRunner(max_workers=1)  # any runner of the process, not one the context knows

    def load(progress):
        started.set()
        for _ in range(200):  # bounded: at most 2 s
            progress.check()
            time.sleep(0.01)
        finished.append("ran to the end")

    future = runner.submit(Job("a page's load", load))
    queued = runner.submit(Job("queued behind it", lambda progress: finished.append("queued ran")))
    assert started.wait(5)
    ctx.close()
    assert future.done() and queued.done()  # nothing left running once close() returns
    assert finished == []  # the running job stopped at its next check; the queued never ran
    with pytest.raises(JobCancelled):
        future.result()
    runner.shutdown(wait=True)


def test_a_job_refused_by_a_shut_down_runner_is_not_waited_for():
    """A widget's refresh that arrives after the runner was shut down is refused; the closing
    context must not then wait for a job that never runs (it waited its whole timeout)."""
    runner = JobRunner(max_workers=1)
    runner.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        runner.submit(Job("late refresh", lambda progress: None))
    assert runner.wait_idle(0.0) and not runner.running()
