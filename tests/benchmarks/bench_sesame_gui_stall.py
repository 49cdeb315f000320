"""Benchmark: the GUI thread while the Reports tab generates a Sesame report of ENTRIES work
entries (TIMEDESK_BENCH_SESAME_GUI_ENTRIES, default 100,000).

The fake Sesame API (tests/sesame/fake_sesame.py) runs in this process on 127.0.0.1, 50 ms per
answer, pages of 500, ENTRIES one-hour entries of PEOPLE employees (each its own row). The real
GUI (`run_gui`, qasync, the main window, the job runner) runs in a child process pointed at it
(TIMEDESK_SESAME_BASE_URL, the token in TIMEDESK_SECRET_SESAME_TOKEN) with the default
settings: Sesame's 1,000 requests a minute (about 16 pages a second) make the fetch of 200 pages
last about 12 s. The child opens the Reports tab,
picks the period and presses Generate: the job fetches the pages (4 at a time), builds the
report and writes the XLSX (TIMEDESK_BENCH_SESAME_GUI_FORMAT=csv for CSV) on a worker thread
while the tab shows its progress. Meanwhile the probe of gui_probe.py sleeps 5 ms at a time on
the GUI loop and records how late each wake-up is. Printed (lines start with "BENCH
sesame-gui"):

- the report: its duration (Generate pressed to outcome shown), rows, the phases the tab showed;
- the GUI loop's lateness: p50, p99, max, and how many wake-ups were over 100 ms late (and when,
  in seconds after Generate);
- for each stall: how long it lasted and how much CPU the whole process used meanwhile (under
  the stall's length: the process was not running, the machine's doing, not the program's);
- garbage collections over 20 ms (they hold the GIL, so they stall the GUI thread too) and the
  idle GUI loop measured for IDLE_S seconds before Generate, for reference;
- the row check: rows in the report == entries served.

Measured here (2 cores shared with other sessions, load average about 3; 100,000 entries, XLSX,
about 21 s: 17 s fetching, 4 s writing): p50 1.4 ms, p99 15-20 ms, max 34-160 ms, 0-6 wake-ups
over 100 ms a run, nearly all during the fetch; every one of them with the process using less
CPU than the stall lasted (4-86 ms of CPU in 106-160 ms), and the idle GUI reaching 97-103 ms
on its own (sampling the GUI thread's stack then finds it inside QApplication.exec, in no
Python code). The one garbage collection over 20 ms (generation 1, about
35 ms) is short of a stall. Progress reaches the GUI at most every 50 ms (jobs.PROGRESS_INTERVAL)
and costs a label and a bar: nothing in the Reports tab stalls the loop.

Target (issue 4): the GUI thread never stalls over 100 ms during a report. Asserted with
TIMEDESK_BENCH_ENFORCE=1; otherwise a loose bound (no wake-up over 1 s late), and always: the
report finished, with one row per entry. SQLite only (the stall, if any, is the GUI's; the
database sees one insert).

    pytest -s tests/benchmarks/bench_sesame_gui_stall.py
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "sesame"))
from gui_probe import (  # noqa: E402
    PROBE_TICK,
    RESULT,
    STALL_MS,
    ChildLines,
    lateness,
    measure_lateness,
    print_result,
    stop_on_stdin,
)

ENTRIES = int(os.environ.get("TIMEDESK_BENCH_SESAME_GUI_ENTRIES", "100000"))
FORMAT = os.environ.get("TIMEDESK_BENCH_SESAME_GUI_FORMAT", "xlsx")
PEOPLE = 50
LATENCY = 0.05
FIRST_DAY, LAST_DAY = date(2026, 1, 1), date(2026, 12, 31)
REPORT_TIMEOUT = 90.0  # seconds the child waits for the report
START_TIMEOUT = 60.0  # seconds for the GUI to come up
IDLE_S = 3.0  # seconds the idle GUI is measured before Generate
LOOSE_MS = 1000.0  # the bound asserted without TIMEDESK_BENCH_ENFORCE
READY = "PROBE ready"


# -- the child: the real GUI with a lateness probe, generating the report ----------------------
async def _probe(window, quit_event: asyncio.Event) -> None:
    from timedesk.ui.sesame.report_form import CUSTOM

    try:
        index = window.tab_index("sesame_reports")
        if index < 0:
            print("PROBE FAILED: no Reports tab", flush=True)
            return
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        deadline = time.monotonic() + 30
        while tab.last_lists is not None and not tab.last_lists.finished:  # the lists, first
            if time.monotonic() > deadline:
                print("PROBE FAILED: the Sesame lists did not load", flush=True)
                return
            await asyncio.sleep(0.05)
        tab.form.set_period(CUSTOM, FIRST_DAY, LAST_DAY)
        tab.form.fmt.setCurrentIndex(tab.form.fmt.findData(FORMAT))
        parent_says_stop = stop_on_stdin()
        collections = _watch_gc()
        print(READY, flush=True)
        idle_stop = asyncio.Event()  # first the idle GUI, for reference (a busy machine)
        asyncio.get_running_loop().call_later(IDLE_S, idle_stop.set)
        idle = await measure_lateness(idle_stop)
        probe_stop = asyncio.Event()
        probe = asyncio.ensure_future(measure_lateness(probe_stop))
        began = time.perf_counter()  # stalls_at_s: seconds after Generate
        tab.generate_button.click()
        run = tab.last_run
        phases: list[tuple[float, str]] = []
        while (run is not None and not run.finished and not parent_says_stop.is_set()
               and time.perf_counter() - began < REPORT_TIMEOUT):
            text = tab.run.phase.text().split(":")[0]
            if not phases or phases[-1][1] != text:
                phases.append((round(time.perf_counter() - began, 1), text))
            await asyncio.sleep(0.05)
        duration = time.perf_counter() - began
        await asyncio.sleep(0.5)
        probe_stop.set()
        result = await asyncio.wait_for(probe, 10)
        result["idle_late_ms"] = idle["late_ms"]
        result.update(duration_s=duration, finished=run is not None and run.finished,
                      role=tab.run.outcome.property("role"), outcome=tab.run.outcome.text(),
                      figures=tab.run.figures.text(), phases=phases,
                      gc_ms=[(round(at - began, 1), generation, round(ms, 1), round(cpu, 1))
                             for at, generation, ms, cpu in collections if ms > 20])
        print_result(result)
    finally:
        quit_event.set()


def _watch_gc() -> list[tuple[float, int, float, float]]:
    """(when, generation, ms, CPU ms of its thread) of every garbage collection from now on,
    in any thread: a collection holds the GIL from start to end, so a long one stalls the GUI
    thread too."""
    seen: list[tuple[float, int, float, float]] = []
    started: dict[str, float] = {}

    def callback(phase: str, info: dict) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if phase == "start":
            started.update(at=now, cpu=cpu)
        elif "at" in started and len(seen) < 100_000:
            seen.append((started["at"], info["generation"], (now - started.pop("at")) * 1000,
                         (cpu - started.pop("cpu")) * 1000))

    gc.callbacks.append(callback)
    return seen


def _run_child() -> int:
    from timedesk.auth.permissions import Actor
    from timedesk.ui.application import GuiOptions, run_gui

    return run_gui(GuiOptions(actor=Actor.system("bench"), on_shown=_probe,
                              interactive_errors=False))


# -- this process: the fake Sesame server, the figures -----------------------------------------
@pytest.mark.slow
def test_the_gui_thread_does_not_stall_while_a_sesame_report_runs(env, database_url, tmp_path):
    if not database_url.startswith("sqlite"):
        pytest.skip("the GUI's stalls do not depend on the database engine: SQLite is enough")
    from fake_sesame import TOKEN, FakeSesame, many_entries

    from timedesk.app import build_context
    from timedesk.sesame.models import SesameReport

    server = FakeSesame()
    many_entries(server, ENTRIES, people=PEOPLE, first_day=FIRST_DAY)
    server.cache_answers = True
    server.latency = LATENCY
    server.start()
    child_env = {**env, "QT_QPA_PLATFORM": "offscreen", "TIMEDESK_LISTENER_PORT": "0",
                 "TIMEDESK_MAIL_ENABLED": "false", "TIMEDESK_SESAME_BASE_URL": server.base_url,
                 "TIMEDESK_SECRET_SESAME_TOKEN": TOKEN}
    result = None
    stderr = open(tmp_path / "gui.stderr", "w")
    try:
        child = subprocess.Popen([sys.executable, __file__, "--child"], env=child_env,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                 text=True)
        try:
            lines = ChildLines(child.stdout)
            ready = lines.until(READY, START_TIMEOUT)
            assert ready is not None, "the GUI did not start: " + \
                (tmp_path / "gui.stderr").read_text()[-2000:]
            found = lines.until(RESULT, REPORT_TIMEOUT + 20)
            result = json.loads(found) if found else None
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(10)
    finally:
        stderr.close()
        server.stop()
    assert result is not None, (tmp_path / "gui.stderr").read_text()[-2000:]
    ctx = build_context(env)
    try:
        with ctx.db.session_factory() as session:
            reports = session.scalars(select(SesameReport)).all()
            rows = [report.rows for report in reports]
    finally:
        ctx.close()

    late = result["late_ms"]
    figures = lateness(late)
    phases = " > ".join(f"{text} @{at}s" for at, text in result["phases"])
    print(f"\nBENCH sesame-gui: {FORMAT} report of {ENTRIES} entries ({PEOPLE} employees, "
          f"{LATENCY * 1000:.0f} ms a page of 500): {result['duration_s']:.1f}s, rows={rows}, "
          f"outcome {result['role']}: {result['figures']}", flush=True)
    print(f"BENCH sesame-gui: phases: {phases}", flush=True)
    print(f"BENCH sesame-gui: GUI loop lateness over {figures['wakeups']} wake-ups: "
          f"p50={figures['p50']:.1f}ms p99={figures['p99']:.1f}ms max={figures['max']:.1f}ms; "
          f"over {STALL_MS:.0f}ms: {figures['stalls']} (target 0)"
          + (f" at {result['stalls_at_s']} s after Generate" if figures["stalls"] else ""),
          flush=True)
    if figures["stalls"]:
        lengths = [value + PROBE_TICK * 1000 for value in late if value > STALL_MS]
        busy = sum(1 for length, cpu in zip(lengths, result["stall_cpu_ms"], strict=False)
                   if cpu >= 0.9 * length)
        print(f"BENCH sesame-gui: the stalls lasted {[round(v) for v in lengths]} ms; the "
              f"process ran {[round(v) for v in result['stall_cpu_ms']]} ms of CPU during them: "
              f"{busy} of {len(lengths)} with the process running throughout (the program's), "
              f"the others partly descheduled (the machine's)", flush=True)
    slow_gc = [ms for _, _, ms, _ in result["gc_ms"]]
    print(f"BENCH sesame-gui: garbage collections over 20 ms: {len(slow_gc)}"
          + (f", max {max(slow_gc):.0f} ms, (s after Generate, generation, ms, CPU ms): "
             f"{result['gc_ms'][:12]}" if slow_gc else ""), flush=True)
    idle = lateness(result["idle_late_ms"])
    print(f"BENCH sesame-gui: idle GUI loop before Generate, {idle['wakeups']} wake-ups: "
          f"p50={idle['p50']:.1f}ms p99={idle['p99']:.1f}ms max={idle['max']:.1f}ms; "
          f"over {STALL_MS:.0f}ms: {idle['stalls']}", flush=True)
    print(f"BENCH sesame-gui: row check: entries={ENTRIES} rows={rows}", flush=True)
    assert result["finished"] and result["role"] == "success", result["outcome"]
    assert rows == [ENTRIES]
    assert result["switch_interval"] <= 0.001, result["switch_interval"]
    if os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1":
        assert figures["stalls"] == 0, \
            f"{figures['stalls']} GUI stalls over {STALL_MS:.0f} ms, max {figures['max']:.0f}"
    else:
        assert figures["max"] < LOOSE_MS, f"the GUI loop stalled {figures['max']:.0f} ms"


if __name__ == "__main__" and sys.argv[1:] == ["--child"]:
    raise SystemExit(_run_child())
