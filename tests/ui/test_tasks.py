"""The GUI's one way to run background work and hear bus events (timedesk.ui.tasks): callbacks
on the GUI thread, nothing called once the owner is gone, a serial runner that keeps the order
of a screen's calls, and the thread rule (the worker never drops the last reference to a
window)."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from timedesk.events.bus import RESYNC, Event
from timedesk.jobs import JobCancelled, JobRunner
from timedesk.ui.tasks import BusSignal, run_in_background, serial_runner

sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


class Window(QWidget):
    """A screen of the app: a QWidget subclass, owned by Python."""


def test_the_result_and_the_error_come_back_on_the_gui_thread(qtbot, runner):
    owner = QObject()
    seen: list[tuple[str, str, object]] = []

    def note(kind):
        return lambda value: seen.append((threading.current_thread().name, kind, value))

    run_in_background(owner, lambda progress: threading.current_thread().name, note("done"),
                      note("error"), jobs=runner, title="thread name")
    run_in_background(owner, lambda progress: 1 / 0, note("done"), note("error"), jobs=runner)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    main = threading.current_thread().name
    assert {(thread, kind) for thread, kind, _ in seen} == {(main, "done"), (main, "error")}
    values = {kind: value for _, kind, value in seen}
    assert values["done"].startswith("timedesk-job")  # the call itself ran on the job pool
    assert isinstance(values["error"], ZeroDivisionError)


def test_the_callbacks_never_run_synchronously_inside_the_call(qtbot, runner):
    owner = QObject()
    seen: list[int] = []
    task = run_in_background(owner, lambda progress: 7, seen.append, jobs=runner)
    time.sleep(0.2)  # the job is finished, but the GUI thread has not looked yet
    assert seen == [] and not task.finished
    qtbot.waitUntil(lambda: seen == [7], timeout=5_000)
    assert task.finished


def test_an_owner_destroyed_mid_job_is_never_called_back(qtbot, runner):
    owner = Window()
    seen: list[object] = []
    release = threading.Event()
    run_in_background(owner, lambda progress: release.wait(5), seen.append, seen.append,
                      jobs=runner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5_000)
    release.set()
    qtbot.wait(300)  # the job ends and posts its result to nobody
    assert seen == [] and runner.running() == []


def test_a_cancelled_task_calls_neither_callback(qtbot, runner):
    owner = QObject()
    seen: list[object] = []
    started = threading.Event()
    work = _until_cancelled(started)
    task = run_in_background(owner, work, seen.append, seen.append, jobs=runner)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: runner.running() == [], timeout=5_000)
    qtbot.wait(100)
    assert seen == [] and task.job.state == "cancelled"


def test_a_job_cancelled_elsewhere_reaches_on_error_as_cancelled(qtbot, runner):
    owner = QObject()
    errors: list[BaseException] = []
    started = threading.Event()
    work = _until_cancelled(started)
    task = run_in_background(owner, work, on_error=errors.append, jobs=runner)
    assert started.wait(5)
    runner.cancel_all()  # what the jobs indicator's Cancel button does
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], JobCancelled) and task.finished


def test_a_call_after_the_runner_shut_down_does_nothing(qtbot):
    """At exit the runner stops before the listener, whose state change asks for a refresh."""
    jobs = JobRunner()
    jobs.shutdown(wait=True)
    seen: list[object] = []
    task = run_in_background(QObject(), lambda progress: 1, seen.append, seen.append, jobs=jobs)
    qtbot.wait(100)
    assert task.finished and seen == []


def test_progress_reaches_the_gui_thread_while_the_job_runs(qtbot, runner):
    owner = QObject()
    reports: list[tuple[str, int]] = []
    done: list[object] = []

    def work(progress):
        for step in range(1, 4):
            progress.update(step, 3)
            time.sleep(0.1)
        return "ok"

    run_in_background(owner, work, done.append, progress=lambda p: reports.append(
        (threading.current_thread().name, p.done)), jobs=runner)
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5_000)
    assert reports and {thread for thread, _ in reports} == {threading.current_thread().name}


def test_a_window_whose_last_reference_is_a_running_call_is_destroyed_on_the_gui_thread(qtbot):
    """Destroyed on a worker, a window's timers stay registered with the GUI thread and Qt
    crashes at their next tick."""
    jobs = JobRunner(max_workers=1)
    owner = QObject()
    destroyed_on: list[str] = []
    window = Window()
    window.destroyed.connect(lambda *_: destroyed_on.append(threading.current_thread().name))
    started = threading.Event()
    finished: list[str] = []

    def call(progress, kept=window):  # what `lambda p: self.load(...)` holds: the window
        started.set()
        time.sleep(0.2)
        raise ValueError("its traceback holds the window too")

    run_in_background(owner, call, on_error=lambda exc: finished.append(str(exc)), jobs=jobs)
    assert started.wait(5)
    del window, call  # the running call now holds the only reference the test made
    time.sleep(0.4)  # the call ends, and the worker lets go of it, while this thread sleeps
    qtbot.waitUntil(lambda: bool(finished), timeout=5_000)
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5_000)
    assert destroyed_on == [threading.current_thread().name]
    jobs.shutdown(wait=True)


def test_a_serial_runner_runs_a_screens_calls_one_at_a_time_in_order(qtbot):
    owner = QObject()
    jobs = serial_runner(owner)
    running, overlaps, seen = [], [], []

    def call(number):
        def work(progress):
            running.append(number)
            overlaps.append(len(running))
            time.sleep(0.02)
            running.remove(number)
            return number
        return work

    for number in range(5):
        run_in_background(owner, call(number), seen.append, jobs=jobs)
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5_000)
    assert seen == [0, 1, 2, 3, 4] and max(overlaps) == 1


def test_a_serial_runner_starts_nothing_more_once_its_owner_is_destroyed(qtbot):
    owner = QObject()
    jobs = serial_runner(owner)
    ran: list[int] = []
    gate, started = threading.Event(), threading.Event()
    first = run_in_background(owner, lambda progress: (started.set(), gate.wait(5)), jobs=jobs)
    job = first.job
    run_in_background(owner, lambda progress: ran.append(1), jobs=jobs)  # queued behind it
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(first), timeout=5_000)
    gate.set()
    qtbot.waitUntil(lambda: job.finished, timeout=5_000)  # the running call finishes
    time.sleep(0.2)
    qtbot.wait(50)
    assert ran == []


def _until_cancelled(started: threading.Event):
    def work(progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    return work


def _alive(obj: QObject) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(obj)


def _event(number: int, topic: str, **payload) -> Event:
    return Event(number, topic, payload, "test", datetime.now(UTC))


@sqlite_only
def test_bus_events_arrive_on_the_gui_thread_one_signal_each(qtbot, bus):
    owner = QObject()
    bridge = BusSignal(owner, bus, ("turns.",))
    seen: list[tuple[str, list[str]]] = []
    bridge.received.connect(lambda events: seen.append(
        (threading.current_thread().name, [event.topic for event in events])))
    worker = threading.Thread(target=lambda: [bus.deliver(_event(1, "turns.called")),
                                              bus.deliver(_event(2, "clockify.other")),
                                              bus.deliver(_event(3, RESYNC))])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    main = threading.current_thread().name
    assert seen == [(main, ["turns.called"]), (main, [RESYNC])]


@sqlite_only
def test_a_debounced_burst_of_events_becomes_one_signal(qtbot, bus):
    owner = QObject()
    bridge = BusSignal(owner, bus, ("clockify.",), debounce_ms=100)
    seen: list[list[int]] = []
    bridge.received.connect(lambda events: seen.append([event.id for event in events]))
    for number in range(1, 6):
        bus.deliver(_event(number, "clockify.session.changed", session_id=number))
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    qtbot.wait(250)
    assert seen == [[1, 2, 3, 4, 5]]


@sqlite_only
def test_the_bus_bridge_unsubscribes_when_its_owner_is_destroyed(qtbot, bus):
    before = len(bus._subscribers)
    owner = QObject()
    BusSignal(owner, bus, ("turns.", "clockify."))
    assert len(bus._subscribers) == before + 3  # the topics and RESYNC
    del owner
    assert len(bus._subscribers) == before
    bus.deliver(_event(1, "turns.called"))  # nobody is left to call: no error


def test_owners_destroyed_while_their_jobs_end_are_never_called_back_nor_crash(qtbot, runner):
    """Jobs end on the workers while their owners are being destroyed on the GUI thread: the
    workers hand the end to the process-wide relay, never to the dying task (emitting on a
    QObject while another thread destroys it crashed the process now and then), and only an
    owner still there is called back."""
    from shiboken6 import Shiboken

    owner_alive: list[bool] = []
    for round_ in range(20):
        owners = [QObject() for _ in range(15)]
        for number, owner in enumerate(owners):
            run_in_background(owner, lambda progress, n=number: time.sleep(0.0005 * (n % 3)),
                              lambda _result, o=owner: owner_alive.append(Shiboken.isValid(o)),
                              jobs=runner)
        time.sleep(0.001 * (round_ % 3))  # some end before, some during, some after
        for owner in owners:
            owner.deleteLater()
        qtbot.wait(5)
    qtbot.wait(100)
    assert all(owner_alive)
    assert runner.wait_idle(5.0)


def test_gui_dispatcher_brings_a_runners_listener_calls_to_the_gui_thread(qtbot):
    """A listener that touches widgets (the status bar's jobs indicator) never runs on a worker:
    the default runner and any runner given gui_dispatcher() call it on the GUI thread."""
    import threading

    from timedesk.jobs import Job, JobRunner
    from timedesk.ui.tasks import default_runner, gui_dispatcher

    for jobs in (JobRunner(dispatcher=gui_dispatcher()), default_runner()):
        threads: list[threading.Thread] = []
        remove = jobs.add_listener(
            lambda kind, job, seen=threads: seen.append(threading.current_thread()))
        try:
            jobs.submit(Job("sleep", lambda progress: time.sleep(0.01)))
            qtbot.waitUntil(lambda seen=threads: len(seen) >= 2, timeout=5000)  # start, end
            assert set(threads) == {threading.main_thread()}
        finally:
            remove()
            if jobs is not default_runner():
                jobs.shutdown(wait=True)
