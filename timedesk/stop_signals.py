"""SIGINT / SIGTERM as a request to stop, in every long-running process (the GUI, `timedesk
display`, `timedesk serve`): the callback runs on the loop and the process ends the normal way,
its parts stopped in order, instead of being killed mid-write.

On Unix the loop's add_signal_handler does it: the signal wakes the loop through its self-pipe
(signal.set_wakeup_fd), which qasync's loop watches with a QSocketNotifier like any reader, so
the handler runs under Qt's event loop too (a plain Python handler there waits until the
interpreter next gets control). Windows' loops have no add_signal_handler: a plain handler hands
over to the loop and runs the next time Python code does (in the GUI, at the latest on the
garbage collector's next tick).
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable

STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None))
                     if s is not None)


def on_stop_signals(loop: asyncio.AbstractEventLoop,
                    callback: Callable[[], None]) -> Callable[[], None]:
    """Call `callback` on `loop` at SIGINT/SIGTERM; returns a function that undoes it (the
    handlers before it are back). Outside the main thread, where Python delivers no signals,
    it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    try:
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, callback)
    except NotImplementedError:
        for signum in STOP_SIGNALS:
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(callback))
        add_signal_handler = False
    else:
        add_signal_handler = True

    def restore() -> None:
        for signum, handler in previous.items():
            if add_signal_handler:
                loop.remove_signal_handler(signum)
            signal.signal(signum, handler)

    return restore
