"""Benchmark: the GUI thread while Clockify webhooks arrive at 200 events/s, on SQLite and
PostgreSQL.

The real GUI (`run_gui`, qasync, the embedded listener, the background workers) runs in a child
process with the Clockify tab open; its sessions table updates live. A probe inside the child
(gui_probe.py) sleeps 5 ms at a time on the GUI loop and records how late each wake-up is: any
moment the GUI thread is busy (a slot, a paint, a query on the wrong thread) shows as a late
wake-up. This process sends RATE events/s (paced, not a burst) for DURATION seconds: each entry
starts, stops and is edited, as in bench_clockify_webhooks. Printed (lines start with
"BENCH clockify-gui"):

- events sent and answered 2xx, the rate achieved;
- the GUI loop's lateness: p50, p99, max, and how many wake-ups were over 100 ms late;
- the count check: sessions in the database == distinct entries sent.

What keeps the GUI loop on time: a live refresh of the sessions table inserts and repaints rows
in place (no model reset, no re-measuring a screenful of rows), run_gui hands the GIL to
the GUI thread after 1 ms instead of 5, and the GUI thread's garbage collector freezes what
survived a full collection (gc_guard): a full collection of all ~150,000 objects was the last
wake-up over 100 ms late (max 105-115 ms before, 44-47 ms after, on this machine).

Target (issue 3): the GUI thread never stalls over 100 ms. Asserted with TIMEDESK_BENCH_ENFORCE=1;
the suite asserts the count check.

    pytest -s tests/benchmarks/bench_clockify_gui_stall.py
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time

import aiohttp
import pytest
from sqlalchemy import func, select

RATE = 200.0
DURATION = 10.0
DRAIN_TIMEOUT = 120.0
READY = "PROBE listening on "
EVENTS = ("NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED")

# Run as a child (python bench_clockify_gui_stall.py --child), the script finds its neighbours
# and tests/ (serve_support, imported by bench_clockify_webhooks) itself.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_clockify_webhooks import entry_body, token_of  # noqa: E402
from figures import percentile  # noqa: E402
from gui_probe import RESULT, STALL_MS, measure_lateness, print_result, stop_on_stdin  # noqa: E402


# -- the child: the real GUI with a lateness probe ------------------------------------------
async def _probe(window, quit_event: asyncio.Event) -> None:
    window.tabs.setCurrentIndex(window.tab_index("clockify"))
    services = window.services
    deadline = time.monotonic() + 60
    while (services.listener is None or services.listener.state != "listening"
           or services.parts is None or not services.parts.workers):
        if time.monotonic() > deadline:
            print("PROBE FAILED: the listener did not start", flush=True)
            quit_event.set()
            return
        await asyncio.sleep(0.05)
    stop = stop_on_stdin()
    print(f"{READY}{services.listener.url}", flush=True)
    print_result(await measure_lateness(stop))
    quit_event.set()


def pending(db) -> int:
    from timedesk.clockify.models import ClockifyDelivery

    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(ClockifyDelivery)
                              .where(ClockifyDelivery.status == "pending"))


def _run_child() -> int:
    from timedesk.auth.permissions import Actor
    from timedesk.ui.application import GuiOptions, run_gui

    return run_gui(GuiOptions(actor=Actor.system("bench"), on_shown=_probe,
                              interactive_errors=False))


# -- this process: the load ------------------------------------------------------------------
async def send_paced(url: str, rate: float, duration: float) -> dict:
    statuses: dict[int, int] = {}
    entries: set[str] = set()
    interval = 1.0 / rate
    total = int(rate * duration)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=50)) as http:
        async def one(index: int, previous: asyncio.Future | None) -> None:
            if previous is not None:  # an entry's events go in order: after the previous answer
                await asyncio.shield(previous)
            entry_id = f"{index // 3:024x}"
            entries.add(entry_id)
            event = EVENTS[index % 3]
            headers = {"Content-Type": "application/json", "clockify-signature": token_of(event),
                       "clockify-webhook-event-type": event}
            async with http.post(url + "/webhooks/clockify", headers=headers,
                                 data=entry_body(entry_id, index // 3 % 40, index % 3)) as answer:
                await answer.read()
                statuses[answer.status] = statuses.get(answer.status, 0) + 1

        began = time.monotonic()
        tasks: list[asyncio.Future] = []
        for index in range(total):
            delay = began + index * interval - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            previous = tasks[-1] if index % 3 else None
            tasks.append(asyncio.ensure_future(one(index, previous)))
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=60)
        elapsed = time.monotonic() - began
    return {"statuses": statuses, "entries": entries, "sent": total, "elapsed": elapsed}


@pytest.mark.slow
def test_the_gui_thread_does_not_stall_while_webhooks_arrive(env, database_url, tmp_path):
    from timedesk.app import build_context
    from timedesk.auth.permissions import Actor
    from timedesk.clockify import webhooks
    from timedesk.clockify.models import ClockifySession

    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    ctx = build_context(env)
    try:
        for event in EVENTS:
            webhooks.add_webhook(ctx.db, Actor.system("bench"), event, token_of(event))
        child_env = {**env, "QT_QPA_PLATFORM": "offscreen", "TIMEDESK_LISTENER_PORT": "0",
                     "TIMEDESK_MAIL_ENABLED": "false"}
        stderr = open(tmp_path / "gui.stderr", "w")
        child = subprocess.Popen([sys.executable, __file__, "--child"], env=child_env,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                 text=True)
        try:
            lines: list[str] = []
            reader = threading.Thread(target=lambda: lines.append(child.stdout.readline()),
                                      daemon=True)
            reader.start()
            reader.join(90)
            first = (lines or [""])[0].strip()
            assert first.startswith(READY), f"the GUI did not start: {first!r}"
            load = asyncio.run(send_paced(first[len(READY):], RATE, DURATION))
            drain_began = time.monotonic()
            while time.monotonic() - drain_began < DRAIN_TIMEOUT:  # processing follows answers
                if not pending(ctx.db):
                    break
                time.sleep(0.2)
            drained = time.monotonic() - drain_began
            child.stdin.write("stop\n")
            child.stdin.flush()
            result = None
            for line in child.stdout:
                if line.startswith(RESULT):
                    result = json.loads(line[len(RESULT):])
                    break
            child.wait(30)
        finally:
            if child.poll() is None:
                child.kill()
            stderr.close()
        with ctx.db.session_factory() as session:
            sessions = session.scalar(select(func.count()).select_from(ClockifySession))
    finally:
        ctx.close()

    assert result is not None, (tmp_path / "gui.stderr").read_text()[-2000:]
    late = result["late_ms"]
    answered = sum(n for status, n in load["statuses"].items() if 200 <= status < 300)
    stalls = sum(1 for value in late if value > STALL_MS)
    print(f"\nBENCH clockify-gui {engine}: sent={load['sent']} 2xx={answered} in "
          f"{load['elapsed']:.1f}s ({answered / load['elapsed']:.0f} events/s, target "
          f"{RATE:.0f})", flush=True)
    print(f"BENCH clockify-gui {engine}: GUI loop lateness over {len(late)} wake-ups: "
          f"p50={statistics.median(late):.1f}ms p99={percentile(late, 99):.1f}ms "
          f"max={max(late):.1f}ms; over {STALL_MS:.0f}ms: {stalls} (target 0)"
          + (f" at {result['stalls_at_s']} s" if stalls else ""), flush=True)
    print(f"BENCH clockify-gui {engine}: processing drained {drained:.1f}s after the load "
          f"(the probe kept measuring meanwhile)", flush=True)
    print(f"BENCH clockify-gui {engine}: count check: entries={len(load['entries'])} "
          f"sessions={sessions}", flush=True)
    # run_gui shortens the GIL switch interval (5 -> 1 ms): a GUI thread waking among busy
    # worker threads waits less for the GIL; measured here: wake-ups over 100 ms 11/3/8 -> 2/3/0
    assert result["switch_interval"] <= 0.001, result["switch_interval"]
    assert answered == load["sent"], load["statuses"]
    assert sessions == len(load["entries"])
    if os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1":
        assert stalls == 0, f"{stalls} GUI stalls over {STALL_MS:.0f} ms, max {max(late):.0f}"


if __name__ == "__main__" and sys.argv[1:] == ["--child"]:
    raise SystemExit(_run_child())
