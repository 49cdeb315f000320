"""Benchmark: cold start of the GUI, from process start to the first window on screen.

Runs `python -m timedesk --self-test sign-in` (and `--self-test` for the main window) several
times in new processes and prints the median wall time measured from outside the process until
it reports the window shown, for:

- an everyday start: the database exists, is up to date and has accounts, so the sign-in window
  opens (target: under 1 s);
- a first start: a fresh home, so the SQLite database is created and migrated and the first-run
  window opens (printed);
- the main window as the self-test shows it, without signing in (printed: the person is typing
  their password meanwhile).

Then it says what remains: one more everyday start under `-X importtime`, the import time of
what the sign-in window still loads, by package (SQLAlchemy's ORM and every module's models: the
sign-in asks the database whether it has accounts and checks the password through them).

The children write their .pyc files to a folder of their own (PYTHONPYCACHEPREFIX), as an
installed app has them: with PYTHONDONTWRITEBYTECODE every start compiled timedesk again.

    python tests/benchmarks/bench_cold_start.py
    pytest -s tests/benchmarks/bench_cold_start.py
"""

from __future__ import annotations

import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import pytest

RUNS = 5
TARGET_SECONDS = 1.0  # everyday start to the sign-in window
# As the other benchmarks: the target is asserted on the wall time with TIMEDESK_BENCH_ENFORCE=1
# (a quiet machine); otherwise twice the target on the CPU time the start used, which catches a
# real regression, not a busy box (on this 2-core machine, shared by a whole test session, the
# same code took 1.0 s of wall time one minute and 4.5 s the next, and 0.75-1.0 s of CPU).
LOOSE_FACTOR = 2.0
MARKER = re.compile(
    r"self-test ok: (?:main|sign-in) window shown in ([0-9.]+) s \(cpu ([0-9.]+) s\)")
IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+\d+ \|( *)(\S+)")
PASSWORD = "bench-password-1"


def child_env(pycache: str, home: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TIMEDESK_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=pycache)
    if home:
        env["TIMEDESK_SELF_TEST_HOME"] = home
    return env


def one_start(env: dict[str, str], window: str = "sign-in",
              python_flags: tuple[str, ...] = ()) -> tuple[float, float, str]:
    """(wall seconds until the 'shown' line, the CPU seconds the process reported using until
    then, what it wrote on stderr before that line: stderr is merged into stdout to keep the
    order). On a shared machine the CPU time is the steadier figure: the wall time also counts
    the time other processes had the cores."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, *python_flags, "-m", "timedesk", "--self-test",
                                window], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    before: list[str] = []
    try:
        for line in process.stdout:
            match = MARKER.search(line)
            if match:
                wall = time.perf_counter() - started
                process.communicate(timeout=30)
                assert process.returncode == 0, f"self-test exited with {process.returncode}"
                return wall, float(match[2]), "".join(before)
            before.append(line)
        process.communicate(timeout=30)
        raise AssertionError(f"no self-test line (exit {process.returncode}):\n"
                             + "".join(before)[-3000:])
    finally:
        if process.poll() is None:
            process.kill()


def add_account(env: dict[str, str], home: str) -> None:
    """Create (and migrate) the database of `home` with one account, as an office has it."""
    env = dict(env, TIMEDESK_HOME=home)
    env.pop("TIMEDESK_SELF_TEST_HOME", None)
    subprocess.run([sys.executable, "-m", "timedesk", "user", "add", "--role", "admin", "boss"],
                   input=PASSWORD + "\n", env=env, check=True, capture_output=True, text=True,
                   timeout=120)


def _medians(results: list[tuple[float, float, str]]) -> tuple[float, float]:
    return (statistics.median(wall for wall, _, _ in results),
            statistics.median(cpu for _, cpu, _ in results))


def imports_by_package(importtime: str, top: int = 6) -> list[tuple[str, float]]:
    """[(package, ms)] of the `-X importtime` output: each module's own time, summed by
    top-level package (timedesk by its sub-package), largest first."""
    totals: collections.Counter[str] = collections.Counter()
    for line in importtime.splitlines():
        match = IMPORT_LINE.match(line)
        if match:
            parts = match[3].split(".")
            package = ".".join(parts[:2]) if parts[0] == "timedesk" else parts[0]
            totals[package] += int(match[1])
    return [(name, micros / 1000) for name, micros in totals.most_common(top)]


def measure(runs: int = RUNS) -> dict:
    with tempfile.TemporaryDirectory(prefix="timedesk-bench-") as scratch:
        pycache, everyday_home = os.path.join(scratch, "pyc"), os.path.join(scratch, "home")
        env = child_env(pycache)
        one_start(env)  # warm the OS file cache and write the .pyc files: "cold" = new process
        one_start(env, "main")
        first = [one_start(env) for _ in range(runs)]
        add_account(env, everyday_home)
        everyday_env = child_env(pycache, everyday_home)
        everyday = [one_start(everyday_env) for _ in range(runs)]
        main = [one_start(everyday_env, "main") for _ in range(runs)]
        _, _, importtime = one_start(everyday_env, python_flags=("-X", "importtime"))
    return {"everyday": _medians(everyday), "first": _medians(first), "main": _medians(main),
            "remains": imports_by_package(importtime)}


def report(results: dict) -> str:
    everyday, first, main = results["everyday"], results["first"], results["main"]
    remains = ", ".join(f"{name} {ms:.0f} ms" for name, ms in results["remains"])
    return (f"BENCH cold start (process start -> window shown), medians over {RUNS} runs: "
            f"everyday start to the sign-in window {everyday[0]:.2f} s (cpu {everyday[1]:.2f} s;"
            f" target < {TARGET_SECONDS:.1f} s); first start with a new database to the first-run"
            f" window {first[0]:.2f} s (cpu {first[1]:.2f} s); main window without signing in "
            f"{main[0]:.2f} s (cpu {main[1]:.2f} s). "
            f"What remains before the sign-in window, import time by package (-X importtime, "
            f"inflated by its own bookkeeping): {remains}")


@pytest.mark.slow
def test_cold_start_shows_the_sign_in_window_in_under_a_second():
    results = measure()
    print(report(results))
    if os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1":
        assert results["everyday"][0] < TARGET_SECONDS, report(results)
    else:
        assert results["everyday"][1] < TARGET_SECONDS * LOOSE_FACTOR, report(results)


if __name__ == "__main__":
    figures = measure()
    print(report(figures))
    raise SystemExit(0 if figures["everyday"][0] < TARGET_SECONDS else 1)
