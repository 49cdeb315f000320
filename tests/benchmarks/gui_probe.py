"""The GUI-loop lateness probe shared by the GUI stall benchmarks (bench_clockify_gui_stall,
bench_sesame_gui_stall).

In the child process (the real GUI under qasync), `measure_lateness` sleeps PROBE_TICK at a
time on the GUI loop and records how late each wake-up is: any moment the GUI thread is busy
(a slot, a paint, work on the wrong thread, a worker thread holding the GIL) shows as a late
wake-up. `stop_on_stdin` gives the event that ends it when the parent writes a line.

In the parent, `child_line` reads one line of the child's output with a time bound and
`lateness` sums the figures up.
"""

from __future__ import annotations

import asyncio
import json
import queue
import statistics
import sys
import threading
import time

from figures import percentile

STALL_MS = 100.0
PROBE_TICK = 0.005
MAX_WAKEUPS = 200_000
RESULT = "PROBE result "


# -- in the child ------------------------------------------------------------------------------
def stop_on_stdin() -> threading.Event:
    """An event set when a line (or end of file) arrives on stdin: the parent says stop."""
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    return stop


async def measure_lateness(stop: threading.Event | asyncio.Event) -> dict:
    """Sleep PROBE_TICK at a time until `stop` is set (or MAX_WAKEUPS wake-ups); returns
    {"late_ms": [...], "stalls_at_s": [seconds since the start of wake-ups over STALL_MS],
    "stall_cpu_ms": [the CPU time the whole process used during each of them],
    "switch_interval": the GIL switch interval}. A stall whose process CPU time is well under
    its length is the machine's (the process was not running), not the program's."""
    late: list[float] = []
    stalls_at: list[float] = []
    stall_cpu: list[float] = []
    started = time.perf_counter()
    while not stop.is_set() and len(late) < MAX_WAKEUPS:
        began, cpu = time.perf_counter(), time.process_time()
        await asyncio.sleep(PROBE_TICK)
        late.append(max(0.0, (time.perf_counter() - began - PROBE_TICK) * 1000))
        if late[-1] > STALL_MS:
            stalls_at.append(round(began - started, 1))
            stall_cpu.append(round((time.process_time() - cpu) * 1000, 1))
    return {"late_ms": late, "stalls_at_s": stalls_at, "stall_cpu_ms": stall_cpu,
            "switch_interval": sys.getswitchinterval()}


def print_result(result: dict) -> None:
    print(RESULT + json.dumps(result), flush=True)


# -- in the parent -----------------------------------------------------------------------------
class ChildLines:
    """The lines a child writes on stdout, read on a thread so every wait has a bound."""

    def __init__(self, stream) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put("")  # end of file

    def next(self, timeout: float) -> str:
        """The next line ('' at end of file or after `timeout` seconds)."""
        try:
            return self._lines.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return ""

    def until(self, prefix: str, timeout: float) -> str | None:
        """The rest of the first line starting with `prefix`, within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.next(deadline - time.monotonic())
            if line == "":
                return None
            if line.startswith(prefix):
                return line[len(prefix):].strip()
        return None


def lateness(late: list[float]) -> dict:
    """p50, p99, max (ms) and the count of wake-ups over STALL_MS."""
    return {"wakeups": len(late), "p50": statistics.median(late), "p99": percentile(late, 99),
            "max": max(late), "stalls": sum(1 for value in late if value > STALL_MS)}
