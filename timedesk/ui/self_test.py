"""`timedesk --self-test`: start the real GUI on a throw-away home, show the main window as the
system administrator (no sign-in), print how long that took from process start, and quit.

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

MARKER = "self-test ok: main window shown in"
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


async def _report_when_exposed(window, quit_event: asyncio.Event) -> None:
    deadline = time.monotonic() + SHOW_TIMEOUT_SECONDS
    while not (window.isVisible() and window.windowHandle() is not None
               and window.windowHandle().isExposed()):
        if time.monotonic() > deadline:
            print("self-test FAILED: the main window was not shown", file=sys.stderr, flush=True)
            os._exit(1)
        await asyncio.sleep(0.005)
    cpu = os.times()
    print(f"{MARKER} {seconds_since_process_start():.2f} s "
          f"(cpu {cpu.user + cpu.system:.2f} s)", flush=True)
    quit_event.set()


def run_self_test(verbose: bool = False) -> int:
    from timedesk.auth.permissions import Actor
    from timedesk.ui.application import GuiOptions, run_gui

    kept = os.environ.get("TIMEDESK_SELF_TEST_HOME", "")
    home = kept or tempfile.mkdtemp(prefix="timedesk-self-test-")
    for name in [n for n in os.environ if n.startswith("TIMEDESK_") and n != "TIMEDESK_RESOURCES"]:
        del os.environ[name]
    os.environ["TIMEDESK_HOME"] = home
    os.environ["TIMEDESK_LISTENER_PORT"] = "0"  # any free port: runs in parallel never collide
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return run_gui(GuiOptions(actor=Actor.system("self-test"), on_shown=_report_when_exposed,
                                  verbose=verbose, interactive_errors=False))
    finally:
        if not kept:
            shutil.rmtree(home, ignore_errors=True)
