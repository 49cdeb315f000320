"""Benchmark: fetching the work entries of a period from Sesame, page by page, concurrently
against one page at a time.

The fake Sesame API (tests/sesame/fake_sesame.py) runs in a child process on 127.0.0.1 (Sesame
is another machine: its work must not compete with the client's) and answers every request
after 50 ms, with TIMEDESK_BENCH_SESAME_PAGES pages (default 200, the issue's size) of 500
entries. The entries carry only the keys timedesk reads (TIMEDESK_BENCH_SESAME_LEAN=0: every
key the fake knows, the employee embedded), so the figure is about hiding latency: with full
entries, decoding the JSON (about 9 ms a page here, one core under the GIL) becomes the floor.
The rate limit is lifted for the measurement (Sesame's 1,000 requests a minute would make
every run last as long as the budget, whatever the concurrency).

Printed (lines start with "BENCH sesame-fetch"): pages, entries, the sequential time, the
concurrent times with 4 (the default) and 8 threads, and their ratios. With 4 threads the
ratio cannot go below 0.25 (four requests wait at a time), so the target "at most a quarter"
is asserted with 8 (sesame.concurrency = 8); a ratio, so it holds on a noisy machine. Also
asserted: no entry lost or duplicated.

    pytest -s tests/benchmarks/bench_sesame_fetch.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "sesame"
sys.path.insert(0, str(HERE))

from fake_sesame import TOKEN, FakeSesame, many_entries  # noqa: E402

from timedesk.sesame.client import RateLimiter, SesameClient  # noqa: E402

PAGES = int(os.environ.get("TIMEDESK_BENCH_SESAME_PAGES", "200"))
PAGE_SIZE = 500
PEOPLE = 50
LATENCY = 0.05
LEAN = os.environ.get("TIMEDESK_BENCH_SESAME_LEAN", "1") != "0"
PERIOD = (date(2026, 1, 1), date(2026, 12, 31))
SERVER = f"""
import sys, threading
sys.path.insert(0, {str(HERE)!r})
from fake_sesame import FakeSesame, many_entries
server = FakeSesame()
many_entries(server, {PAGES * PAGE_SIZE}, people={PEOPLE}, lean={LEAN})
server.cache_answers = True
server.latency = {LATENCY}
server.start()
print(server.base_url, flush=True)
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
done.wait(900)  # the parent closes stdin when it is done (or dies); never longer than this
server.stop()
"""


def fetch(base_url: str, concurrency: int) -> tuple[float, list[dict]]:
    limiter = RateLimiter(10_000_000)  # lifted: this measures concurrency, not the budget
    with SesameClient(base_url, TOKEN, concurrency=concurrency, page_size=PAGE_SIZE,
                      timeout=60.0, limiter=limiter) as client:
        client.info()  # connect first: every run starts on an open connection
        started = time.perf_counter()
        entries = client.work_entries(*PERIOD)
        return time.perf_counter() - started, entries


def test_concurrent_fetch_takes_at_most_a_quarter_of_the_sequential_time_and_loses_nothing():
    expected = sorted(e["id"] for e in many_entries(FakeSesame(), PAGES * PAGE_SIZE,
                                                    people=PEOPLE, lean=LEAN))
    child = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        base_url = child.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), base_url
        fetch(base_url, 8)  # warm-up: the fake builds and caches its pages
        sequential, got_one = fetch(base_url, 1)
        four, got_four = fetch(base_url, 4)
        eight, got_eight = fetch(base_url, 8)
    finally:
        child.stdin.close()
        child.wait(30)
    for got in (got_one, got_four, got_eight):
        assert sorted(e["id"] for e in got) == expected  # none lost, none twice
    print(f"\nBENCH sesame-fetch pages={PAGES} entries={len(expected)} "
          f"latency={LATENCY * 1000:.0f}ms page_size={PAGE_SIZE} lean={LEAN}")
    print(f"BENCH sesame-fetch sequential={sequential:.2f}s concurrency4={four:.2f}s "
          f"concurrency8={eight:.2f}s")
    print(f"BENCH sesame-fetch ratio4={four / sequential:.3f} ratio8={eight / sequential:.3f} "
          f"(target: <= 0.25)")
    assert eight / sequential <= 0.25
