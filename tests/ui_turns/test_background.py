"""The Turns screens' worker thread (timedesk.ui.turns.live.Background): results come back on
the GUI thread, and the worker never destroys what the GUI thread owns."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from timedesk.ui.turns.live import Background


class Window(QWidget):
    """A screen of the app: a QWidget subclass, owned by Python."""


def test_results_and_errors_come_back_on_the_gui_thread_in_order(qtbot):
    owner = QObject()
    background = Background(owner, "test")
    seen: list[tuple[str, str, object]] = []

    def note(kind):
        return lambda value: seen.append((threading.current_thread().name, kind, value))

    background.run(lambda: threading.current_thread().name, note("done"))
    background.run(lambda: 1 / 0, None, note("error"))
    background.run(lambda: 42, note("done"))
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5_000)
    main = threading.current_thread().name
    assert [(thread, kind) for thread, kind, _ in seen] == [(main, "done"), (main, "error"),
                                                           (main, "done")]
    assert seen[0][2] == "timedesk-test"  # the call itself ran on the worker thread
    assert isinstance(seen[1][2], ZeroDivisionError) and seen[2][2] == 42
    assert background.pending() == 0


def test_a_window_whose_last_reference_is_a_running_call_is_destroyed_on_the_gui_thread(qtbot):
    """Destroyed on the worker, a window's timers stay registered with the GUI thread and Qt
    crashes at their next tick (a segmentation fault: the display tests hit it under load)."""
    owner = QObject()
    background = Background(owner, "test")
    destroyed_on: list[str] = []
    window = Window()
    window.destroyed.connect(lambda *_: destroyed_on.append(threading.current_thread().name))
    started = threading.Event()

    def call(kept=window):  # what `lambda: self.queue.call_next(...)` holds: the window
        started.set()
        time.sleep(0.2)

    assert background.run(call)
    assert started.wait(5)
    del window, call  # the running call now holds the only reference the test made
    time.sleep(0.4)  # the call ends, and the worker lets go of it, while this thread sleeps
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=5_000)
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=5_000)
    assert destroyed_on == [threading.current_thread().name]


def test_a_closed_background_starts_nothing_more(qtbot):
    owner = QObject()
    background = Background(owner, "test")
    ran: list[int] = []
    gate = threading.Event()
    background.run(lambda: gate.wait(5))
    background.run(lambda: ran.append(1))  # queued behind the first
    background.close()
    gate.set()
    assert not background.run(lambda: ran.append(2))
    time.sleep(0.2)
    qtbot.wait(50)
    assert ran == []
