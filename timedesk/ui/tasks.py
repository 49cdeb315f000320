"""The one way widgets run background work and hear bus events.

`run_in_background(owner, fn, on_done, on_error)` runs `fn(progress)` as a Job on the project's
job runner (timedesk.jobs), or on `serial_runner(owner)` where calls must not overtake each
other, and calls back on the GUI thread; once `owner` is destroyed the
callbacks are dropped, so call sites need no `Shiboken.isValid` guards. `BusSignal` turns bus
topics into a Qt signal on the GUI thread, optionally debounced, and unsubscribes with its owner.
Neither needs a running asyncio loop: they work the same under qasync, in the stand-alone
display process and in plain pytest-qt tests.

The thread rule: a worker thread never drops the last
reference to anything the GUI thread owns. A call and its callbacks usually hold a widget, and a
top-level window whose last reference goes on another thread is destroyed there, leaving its
timers registered with the GUI thread's dispatcher (a segmentation fault at the next tick). So
the GUI side keeps the call and its callbacks until the result is handed over, the worker lets go
of the call and of a failed call's frames before the result is posted, and only the task object,
which its owner keeps alive, crosses threads.
"""

from __future__ import annotations

import logging
import threading
import traceback
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from shiboken6 import Shiboken

from timedesk.events.bus import RESYNC, Event
from timedesk.jobs import CANCELLED, DONE, FAILED, PROGRESS, Job, JobRunner, Progress

log = logging.getLogger(__name__)

BURST_MS = 250  # a debounce that makes a burst of events (a batch of deliveries) one refresh
_default_runner: JobRunner | None = None
_default_lock = threading.Lock()


def default_runner() -> JobRunner:
    """The runner of a process that has no UiServices (the display process, a bare widget);
    its listeners are called on the GUI thread (gui_dispatcher), like the app's runner's."""
    global _default_runner
    with _default_lock:
        if _default_runner is None:
            _default_runner = JobRunner(max_workers=2, dispatcher=gui_dispatcher())
        return _default_runner


def gui_dispatcher() -> Callable[[Callable[[], None]], None]:
    """A dispatcher for a JobRunner or the EventBus that runs each call on the GUI thread,
    queued, with no asyncio loop needed (a listener that touches widgets must never run on a
    worker). Get it on the GUI thread."""
    return _gui_relay().called.emit


def serial_runner(owner: QObject) -> JobRunner:
    """A runner of one thread for `owner`'s calls, run one at a time in the order given: for a
    screen whose calls must not overtake each other (open a desk, beat, close it; a display's
    reads). Once `owner` is destroyed, queued calls never start and the thread ends after the
    running one."""
    runner = JobRunner(max_workers=1)
    owner.destroyed.connect(lambda *_: runner.shutdown(wait=False))  # must not touch owner
    return runner


class _Callbacks:
    """What the GUI side keeps until the result is handed over (never seen by the worker)."""

    __slots__ = ("fn", "on_done", "on_error", "on_progress")

    def __init__(self, fn, on_done, on_error, on_progress) -> None:
        self.fn, self.on_done, self.on_error, self.on_progress = fn, on_done, on_error, on_progress

    def clear(self, *_: Any) -> None:
        self.fn = self.on_done = self.on_error = self.on_progress = None


class _Call:
    """The job's function: lets go of `fn`, and of its frames, before the result is posted."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self._fn: Callable[[Progress], Any] | None = fn

    def __call__(self, progress: Progress) -> Any:
        fn, self._fn = self._fn, None
        assert fn is not None  # a job's function is called once
        try:
            return fn(progress)
        except BaseException as exc:
            # Its frames hold fn (and so a widget) and, through their callers, the runner's job
            # that holds the error: a cycle that a garbage collection on any thread would free.
            # The log keeps the traceback's text.
            exc.add_note("".join(traceback.format_tb(exc.__traceback__)).rstrip())
            raise exc.with_traceback(None)  # noqa: B904  (the same error, without its frames)
        finally:
            del fn


class _Relay(QObject):
    """Carries "finished" and "progressed" from the worker threads to the tasks on the GUI
    thread. It lives as long as the process: a worker never emits on a task, which dies with
    its owner on the GUI thread at any moment (emitting on a QObject being destroyed on another
    thread crashed the process), only on this; a note names its task by a weak reference,
    looked at on the GUI thread."""

    arrived = Signal(object)
    called = Signal(object)  # a callable to run on the GUI thread (gui_dispatcher)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._arrive, Qt.ConnectionType.QueuedConnection)
        self.called.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _call(call: Callable[[], None]) -> None:
        call()

    @staticmethod
    def _arrive(note: _Note) -> None:
        task = note.task()
        if task is None or not Shiboken.isValid(task):  # the owner went: nobody to tell
            return
        if note.finished:
            task._deliver()
        else:
            task._report()


class _Note:
    __slots__ = ("finished", "task")

    def __init__(self, task: BackgroundTask, finished: bool) -> None:
        self.task = weakref.ref(task)
        self.finished = finished


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    """The relay, made by the first call (run_in_background is called on the GUI thread)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class BackgroundTask(QObject):
    """One call of `run_in_background`: a child of its owner, gone once its result is handed
    over or its owner is destroyed."""

    def __init__(self, owner: QObject, job: Job, callbacks: _Callbacks, jobs: JobRunner) -> None:
        super().__init__(owner)
        self.job = job
        self.finished = False  # True once the result was handed over (or the task cancelled)
        self._callbacks = callbacks
        self._jobs = jobs
        self._remove_listener: Callable[[], None] | None = None
        self.destroyed.connect(lambda *_: callbacks.clear())  # the owner went: no callback

    def cancel(self) -> None:
        """Ask the job to stop; its callbacks are dropped (neither on_done nor on_error)."""
        self._jobs.cancel(self.job)
        self._callbacks.clear()
        self.finished = True

    def _start(self) -> None:
        arrived = _gui_relay().arrived
        done, moved = _Note(self, True), _Note(self, False)
        if self._callbacks.on_progress is not None:
            job = self.job
            self._remove_listener = self._jobs.add_listener(
                lambda kind, seen: _emit(arrived, moved) if seen is job and kind == PROGRESS
                else None)
        try:
            future = self._jobs.submit(self.job)
        except RuntimeError:  # the runner was shut down: the app is closing, nothing runs
            self._callbacks.clear()
            self.finished = True
            self.deleteLater()
            return
        future.add_done_callback(lambda _future: _emit(arrived, done))

    def _report(self) -> None:
        if self._callbacks.on_progress is not None and not self.job.finished:
            self._callbacks.on_progress(self.job.progress)

    def _deliver(self) -> None:
        if self._remove_listener is not None:
            self._remove_listener()
        callbacks, job = self._callbacks, self.job
        on_done, on_error = callbacks.on_done, callbacks.on_error
        self.finished = True
        self.deleteLater()  # with its parent kept: the C++ object always dies on this thread
        try:
            if job.state == DONE:
                if on_done is not None:
                    on_done(job.result)
            elif job.state in (FAILED, CANCELLED):  # cancelled elsewhere: the jobs indicator
                if on_error is not None:
                    on_error(job.error)
                else:
                    log.error("background call %r failed", job.title, exc_info=job.error)
        finally:
            callbacks.clear()


def _emit(signal: Any, *args: Any) -> None:  # any thread
    try:
        signal.emit(*args)
    except RuntimeError:  # the task went with its owner: nobody to tell
        pass


def run_in_background(owner: QObject, fn: Callable[[Progress], Any],
                      on_done: Callable[[Any], object] | None = None,
                      on_error: Callable[[BaseException], object] | None = None,
                      progress: Callable[[Progress], None] | None = None, *,
                      jobs: JobRunner | None = None, title: str = "") -> BackgroundTask:
    """Run `fn(progress)` off the GUI thread as a Job titled `title` on `jobs` (else the
    process's default runner). On the GUI thread, later: `on_done(result)`, `on_error(exc)`
    (logged when None), `progress(Progress)` while it runs. Nothing is called once `owner` is
    destroyed or `cancel()` was called; a job cancelled elsewhere (the jobs indicator) reaches
    `on_error` as JobCancelled."""
    runner = jobs if jobs is not None else default_runner()
    job = Job(title or fn.__qualname__, _Call(fn))
    task = BackgroundTask(owner, job, _Callbacks(fn, on_done, on_error, progress), runner)
    task._start()
    return task


class BusSignal(QObject):
    """`received(events)`: the bus events of `topics` (exact, 'prefix.' or '*'; RESYNC always:
    events were lost, refresh everything) on the GUI thread, whatever thread the bus delivers
    on. With `debounce_ms` the events of a burst become one signal, `debounce_ms` after the
    first of them (at most one signal per interval); without, each event is its own signal.
    Unsubscribes when `owner` is destroyed."""

    received = Signal(object)
    _arrived = Signal(object)

    def __init__(self, owner: QObject, bus: Any, topics: Iterable[str],
                 debounce_ms: int = 0) -> None:
        super().__init__(owner)
        self._events: list[Event] = []
        self._timer: QTimer | None = None
        if debounce_ms > 0:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(debounce_ms)
            self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._collect)  # direct on the GUI thread, queued from others
        removers = [bus.subscribe(topic, self._on_event) for topic in (*topics, RESYNC)]
        # must not touch this object: it is being destroyed with its owner
        owner.destroyed.connect(lambda *_: [remove() for remove in removers])

    def _on_event(self, event: Event) -> None:  # any thread: the queued signal crosses it
        _emit(self._arrived, event)

    def _collect(self, event: Event) -> None:
        if self._timer is None:
            self.received.emit([event])
            return
        self._events.append(event)
        if not self._timer.isActive():  # not restarted: a steady stream still gets through
            self._timer.start()

    def _flush(self) -> None:
        events, self._events = self._events, []
        if events:
            self.received.emit(events)
