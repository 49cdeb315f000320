"""Long work off the GUI thread: jobs with progress, cancellation and listeners.

A `Job` wraps a plain function that receives a `Progress`; the function reports with
`progress.update(done, total, message, phase=...)` and stops early when `progress.check()` raises
`JobCancelled` (or when it sees `progress.cancelled`). `JobRunner.submit()` runs jobs on a thread
pool and returns a `concurrent.futures.Future`; `await runner.run(job)` is the asyncio form.

Listeners hear `started`, `progress` and `finished` through a dispatcher: the GUI passes the
event loop's `call_soon_threadsafe`, so widgets are only touched on their own thread. Progress
events are throttled so that a tight loop in a worker cannot flood the GUI. Qt-free on purpose:
the domain's long functions (Sesame reports, exports) take a `Progress` whether the GUI runs them
as jobs or the command line calls them directly.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED, CANCELLED = "queued", "running", "done", "failed", "cancelled"
STARTED, PROGRESS, FINISHED = "started", "progress", "finished"
_runners: weakref.WeakSet[JobRunner] = weakref.WeakSet()  # every runner of this process
PROGRESS_INTERVAL = 0.05  # seconds between two progress notifications of one job

Dispatcher = Callable[[Callable[[], None]], Any]
JobListener = Callable[[str, "Job"], None]
_ids = itertools.count(1)


class JobCancelled(Exception):
    """Raised inside a job's function by `Progress.check()` once the job was cancelled."""


class Progress:
    """What a job's function sees: report progress, look whether it should stop."""

    def __init__(self, on_update: Callable[[], None] | None = None) -> None:
        self.done = 0
        self.total = 0  # 0 means "unknown": the GUI shows a busy bar
        self.message = ""
        self.phase = ""  # what the job is doing, as a constant its faces know ("" : not said)
        self._cancel = threading.Event()
        self._on_update = on_update

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise JobCancelled if the job was cancelled; call it between units of work."""
        if self._cancel.is_set():
            raise JobCancelled()

    def update(self, done: int, total: int | None = None, message: str | None = None, *,
               phase: str | None = None) -> None:
        """`total`, `message` and `phase` None: unchanged (a phase lasts until the next one)."""
        self.done = done
        if total is not None:
            self.total = total
        if message is not None:
            self.message = message
        if phase is not None:
            self.phase = phase
        if self._on_update is not None:
            self._on_update()

    @property
    def fraction(self) -> float | None:
        if self.total <= 0:
            return None
        return max(0.0, min(1.0, self.done / self.total))


@dataclass(eq=False)
class Job:
    """One piece of long work: a title people read and a function taking a Progress."""

    title: str
    fn: Callable[[Progress], Any]
    id: int = field(default_factory=lambda: next(_ids))
    state: str = QUEUED
    result: Any = None
    error: BaseException | None = None
    progress: Progress = field(default_factory=Progress)
    started_at: float | None = None
    finished_at: float | None = None

    @property
    def finished(self) -> bool:
        return self.state in (DONE, FAILED, CANCELLED)


class JobRunner:
    """Runs jobs on a small thread pool and tells listeners about them on the dispatcher."""

    def __init__(self, max_workers: int = 2, dispatcher: Dispatcher | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers, thread_name_prefix="timedesk-job")
        self._dispatch: Dispatcher = dispatcher or (lambda call: call())
        self._listeners: list[JobListener] = []
        self._lock = threading.Lock()
        self._jobs: dict[int, tuple[Job, Future]] = {}
        self._last_progress: dict[int, float] = {}
        self._idle = threading.Condition(self._lock)
        _runners.add(self)

    # -- listeners ---------------------------------------------------------------------------
    def add_listener(self, listener: JobListener) -> Callable[[], None]:
        """Call `listener(kind, job)` for 'started', 'progress' and 'finished'; returns a
        function that removes it."""
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def set_dispatcher(self, dispatcher: Dispatcher) -> None:
        self._dispatch = dispatcher

    def _notify(self, kind: str, job: Job) -> None:
        def call() -> None:
            for listener in list(self._listeners):
                try:
                    listener(kind, job)
                except Exception:  # one broken listener must not hide the job from others
                    log.exception("job listener %r failed on %s", listener, kind)

        self._dispatch(call)

    # -- running -----------------------------------------------------------------------------
    def submit(self, job: Job) -> Future:
        """Queue `job`; the Future holds its result, or raises its error / JobCancelled."""
        job.progress._on_update = lambda: self._progress(job)
        future: Future = Future()
        with self._lock:
            self._jobs[job.id] = (job, future)
        try:
            self._executor.submit(self._run, job, future)
        except RuntimeError:  # shut down: the job never runs, so nobody may wait for it
            with self._lock:
                self._jobs.pop(job.id, None)
                if not self._jobs:
                    self._idle.notify_all()
            raise
        return future

    async def run(self, job: Job) -> Any:
        """Submit `job` and await its result on the running asyncio loop."""
        return await asyncio.wrap_future(self.submit(job))

    def _run(self, job: Job, future: Future) -> None:
        if job.progress.cancelled:
            self._finish(job, future, CANCELLED, error=JobCancelled())
            return
        job.state, job.started_at = RUNNING, time.monotonic()
        self._notify(STARTED, job)
        try:
            result = job.fn(job.progress)
        except JobCancelled as exc:
            self._finish(job, future, CANCELLED, error=exc)
        except BaseException as exc:  # the job's error belongs to whoever awaits it
            self._finish(job, future, FAILED, error=exc)
        else:
            self._finish(job, future, CANCELLED if job.progress.cancelled else DONE,
                         result=result, error=JobCancelled() if job.progress.cancelled else None)

    def _finish(self, job: Job, future: Future, state: str, *, result: Any = None,
                error: BaseException | None = None) -> None:
        job.state, job.result, job.error = state, result, error
        job.finished_at = time.monotonic()
        with self._lock:
            self._jobs.pop(job.id, None)
            self._last_progress.pop(job.id, None)
            if not self._jobs:
                self._idle.notify_all()
        self._notify(FINISHED, job)  # before the future: listeners see the end before awaiters
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def _progress(self, job: Job) -> None:
        now = time.monotonic()
        complete = job.progress.total > 0 and job.progress.done >= job.progress.total
        with self._lock:
            last = self._last_progress.get(job.id, 0.0)
            if not complete and now - last < PROGRESS_INTERVAL:
                return
            self._last_progress[job.id] = now
        self._notify(PROGRESS, job)

    # -- control -----------------------------------------------------------------------------
    def running(self) -> list[Job]:
        """Jobs queued or running, oldest first."""
        with self._lock:
            return [job for job, _ in self._jobs.values()]

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job is queued or running (at most `timeout` seconds); True if idle."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._jobs, timeout)

    def cancel(self, job: Job) -> None:
        """Ask `job` to stop; a queued job never starts, a running one stops at its next check."""
        job.progress.cancel()

    def cancel_all(self) -> None:
        for job in self.running():
            self.cancel(job)

    def shutdown(self, wait: bool = False) -> None:
        """Cancel every job and stop the pool (at exit)."""
        self.cancel_all()
        self._executor.shutdown(wait=wait, cancel_futures=False)


def stop_all_jobs(timeout: float = 10.0) -> list[Job]:
    """Cancel the jobs of every runner in this process and wait until none runs (at most
    `timeout` seconds in all); returns those still running then (none, normally). Call before
    the database engine is disposed: a job still querying a disposed SQLite engine can crash
    the process."""
    deadline = time.monotonic() + timeout
    runners = list(_runners)
    for runner in runners:
        runner.cancel_all()
    for runner in runners:
        runner.wait_idle(max(0.0, deadline - time.monotonic()))
    return [job for runner in runners for job in runner.running()]
