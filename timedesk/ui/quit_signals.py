"""SIGINT / SIGTERM set the quit event instead of killing the process mid-write.

Python runs signal handlers only when the interpreter gets control, and under Qt's event loop
that may be never: the C-level handler writes to a wake-up socket (signal.set_wakeup_fd) that a
QSocketNotifier watches, so Python wakes up, runs the handler, and the handler asks the loop to
quit the normal way (cleanup inside amain).
"""

from __future__ import annotations

import asyncio
import signal
import socket
import threading
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier

QUIT_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None))
                     if s is not None)


def install_quit_signals(loop: asyncio.AbstractEventLoop,
                         on_quit: Callable[[], None]) -> Callable[[], None]:
    """Route SIGINT/SIGTERM to `on_quit` on the loop; returns a function that undoes it."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (ValueError, OSError):
        reader.close()
        writer.close()
        previous_fd = None
        notifier = None
    else:
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(lambda *_: _drain(reader))

    def handler(_signum: int, _frame: object) -> None:
        loop.call_soon_threadsafe(on_quit)

    previous = {sig: signal.signal(sig, handler) for sig in QUIT_SIGNALS}

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)
        if notifier is not None:
            notifier.setEnabled(False)
            signal.set_wakeup_fd(previous_fd if previous_fd is not None else -1)
            reader.close()
            writer.close()

    return restore


def _drain(reader: socket.socket) -> None:
    # Reading is all there is to do: by now Python has run the handler of the signal.
    try:
        while reader.recv(64):
            pass
    except (BlockingIOError, OSError):
        pass
