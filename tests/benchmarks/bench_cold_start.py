"""Benchmark: cold start of the GUI, from process start to the main window on screen.

Runs `python -m timedesk --self-test` several times in new processes and prints the median wall
time measured from outside the process until it reports the window shown, for:

- an everyday start: the database exists and is up to date (target: under 2 s);
- a first start: a fresh home, so the SQLite database is created and migrated too (printed).

    python tests/benchmarks/bench_cold_start.py
    pytest -s tests/benchmarks/bench_cold_start.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import pytest

RUNS = 5
TARGET_SECONDS = 2.0
# As the other benchmarks: the target is asserted with TIMEDESK_BENCH_ENFORCE=1 (a quiet
# machine); otherwise only twice the target, which catches a real regression, not a busy box
# (on this 2-core machine the same code measured 1.9 s one day and 2.3 s another).
LOOSE_FACTOR = 2.0
MARKER = re.compile(r"self-test ok: main window shown in ([0-9.]+) s")


def one_start(home: str | None = None) -> tuple[float, float]:
    """(wall seconds until the 'shown' line, seconds the process itself reported)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMEDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home:
        env["TIMEDESK_SELF_TEST_HOME"] = home
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "timedesk", "--self-test"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stdout:
            match = MARKER.search(line)
            if match:
                wall = time.perf_counter() - started
                process.communicate(timeout=30)
                assert process.returncode == 0, f"self-test exited with {process.returncode}"
                return wall, float(match[1])
        _, err = process.communicate(timeout=30)
        raise AssertionError(f"no self-test line (exit {process.returncode}):\n{err}")
    finally:
        if process.poll() is None:
            process.kill()


def _medians(results: list[tuple[float, float]]) -> tuple[float, float]:
    return (statistics.median(wall for wall, _ in results),
            statistics.median(own for _, own in results))


def measure(runs: int = RUNS) -> dict[str, tuple[float, float]]:
    """{'everyday': (wall, own), 'first': (wall, own)} medians over `runs` starts each."""
    one_start()  # warm the OS file cache and the .pyc files: "cold" means a new process
    first = [one_start() for _ in range(runs)]
    with tempfile.TemporaryDirectory(prefix="timedesk-bench-") as home:
        one_start(home)  # creates and migrates the database once
        everyday = [one_start(home) for _ in range(runs)]
    return {"everyday": _medians(everyday), "first": _medians(first)}


def report(results: dict[str, tuple[float, float]]) -> str:
    everyday, first = results["everyday"], results["first"]
    return (f"BENCH cold start (process start -> main window shown), medians over {RUNS} runs: "
            f"everyday start {everyday[0]:.2f} s (self-reported {everyday[1]:.2f} s; target < "
            f"{TARGET_SECONDS:.1f} s); first start with a new database {first[0]:.2f} s "
            f"(self-reported {first[1]:.2f} s)")


@pytest.mark.slow
def test_cold_start_shows_the_main_window_in_under_two_seconds():
    results = measure()
    print(report(results))
    enforce = os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1"
    limit = TARGET_SECONDS * (1.0 if enforce else LOOSE_FACTOR)
    assert results["everyday"][0] < limit, report(results)


if __name__ == "__main__":
    figures = measure()
    print(report(figures))
    raise SystemExit(0 if figures["everyday"][0] < TARGET_SECONDS else 1)
