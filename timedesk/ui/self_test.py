"""`timedesk --self-test`: start the real GUI on a throw-away home, show the main window as the
system administrator (no sign-in), print how long that took from process start, and quit.

`timedesk --self-test sign-in` stops at the first window instead: the sign-in window (or the
first-run one on a database without accounts), as every person's start shows it.

TIMEDESK_SELF_TEST_HOME=<dir> uses (and keeps) that folder instead, so that a second run starts
on an existing, migrated database as an everyday start does.

It smoke-tests builds (the frozen app runs offscreen) and feeds the cold-start benchmark.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
import time

MAIN, SIGN_IN = "main", "sign-in"
WINDOWS = (MAIN, SIGN_IN)
SHOW_TIMEOUT_SECONDS = 30.0
_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """Wall time since this process began (Linux: from /proc; elsewhere: since this module
    was imported, which misses only the interpreter's own start)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat(5): starttime, in clock ticks
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def marker(window: str) -> str:
    """The start of the line the self-test prints once `window` (MAIN or SIGN_IN) is shown."""
    return f"self-test ok: {window} window shown in"


def _exposed(widget) -> bool:
    return (widget.isVisible() and widget.windowHandle() is not None
            and widget.windowHandle().isExposed())


async def _report_when_exposed(find_window, window: str, quit_event: asyncio.Event) -> None:
    """Once `find_window()` returns an exposed window: print the marker line, and quit."""
    deadline = time.monotonic() + SHOW_TIMEOUT_SECONDS
    while not any(_exposed(widget) for widget in find_window()):
        if time.monotonic() > deadline:
            print(f"self-test FAILED: the {window} window was not shown", file=sys.stderr,
                  flush=True)
            os._exit(1)
        await asyncio.sleep(0.005)
    report_shown(window)
    quit_event.set()


def report_shown(window: str) -> None:
    cpu = os.times()
    print(f"{marker(window)} {seconds_since_process_start():.2f} s "
          f"(cpu {cpu.user + cpu.system:.2f} s)", flush=True)


def _options(window: str, verbose: bool):
    from timedesk.ui.application import GuiOptions

    if window == SIGN_IN:
        from PySide6.QtWidgets import QApplication, QDialog

        def dialogs() -> list:
            return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]

        return GuiOptions(on_start=lambda quit_event: _report_when_exposed(
            dialogs, SIGN_IN, quit_event), verbose=verbose, interactive_errors=False)
    from timedesk.auth.permissions import Actor

    return GuiOptions(actor=Actor.system("self-test"), verbose=verbose, interactive_errors=False,
                      on_shown=lambda main, quit_event: _report_when_exposed(
                          lambda: [main], MAIN, quit_event))


def run_self_test(verbose: bool = False, window: str = MAIN) -> int:
    from timedesk.resources import missing_resources, resources_dir
    from timedesk.ui.application import run_gui

    missing = missing_resources()
    if missing:  # the window would open, unstyled and mute: a broken package, say so
        print(f"self-test FAILED: missing from {resources_dir()}: {', '.join(missing)}",
              file=sys.stderr, flush=True)
        return 1
    kept = os.environ.get("TIMEDESK_SELF_TEST_HOME", "")
    home = kept or tempfile.mkdtemp(prefix="timedesk-self-test-")
    for name in [n for n in os.environ if n.startswith("TIMEDESK_") and n != "TIMEDESK_RESOURCES"]:
        del os.environ[name]
    os.environ["TIMEDESK_HOME"] = home
    os.environ["TIMEDESK_LISTENER_PORT"] = "0"  # any free port: runs in parallel never collide
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return run_gui(_options(window, verbose))
    finally:
        if not kept:
            shutil.rmtree(home, ignore_errors=True)
