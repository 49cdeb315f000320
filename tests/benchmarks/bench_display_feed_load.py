"""Benchmark: a live `timedesk serve` stays healthy under 2,000 idle `/display/feed` connections
and 250 slow clients (security review MEDIUM-1), on SQLite and PostgreSQL.

`timedesk serve --port 0` runs as a child process (its file-descriptor limit raised with this
process's, as a service manager would). This process opens FEEDS connections that ask for
/display/feed and then only listen (the streams beyond listener.feed_streams_per_address and
_total get 503 and stay connected, idle), and SLOW clients that send the headers of a request
one line every SLOW_LINE_S seconds. Meanwhile it measures GET /health and GET /api/v1/turns
(a manager's token), one request at a time, and a call made during the load must reach the
streams. Printed (lines start with "BENCH display-feed"):

- streams answered 200 and 503, and connections the server closed before answering (beyond
  listener.max_connections it closes the oldest idle ones, the slow clients among them, so
  most are cut off well before the header deadline);
- /health and /api/v1/turns latency p50/p95/max before and under the load;
- the server's open file descriptors at the peak and after the header deadline.

Target: /health and /api/v1 p95 < 50 ms under the load; asserted only with
TIMEDESK_BENCH_ENFORCE=1 (the suite asserts that every measured request answered 200, that the
caps held and that the slow clients were disconnected). Bounded: about 15 s per engine. Measured
here (2 cores shared with other work): 8 streams, ~1,750 answered 503, ~240 closed unanswered;
server descriptors peak 170-520, 20-24 after; /health p95 8-19 ms and /api/v1/turns p95
15-32 ms under the load.

    pytest -s tests/benchmarks/bench_display_feed_load.py
"""

from __future__ import annotations

import asyncio
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from figures import percentile
from serve_support import start_serve, stop_serve

FEEDS = 2000
SLOW = 250
SLOW_LINE_S = 2.0
HEADER_TIMEOUT_S = 5.0
PROBES = 60
TARGET_P95_MS = 50.0
BUDGET_S = 55.0


def raise_file_limit(wanted: int = 8192) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]



def open_fds(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


class Load:
    def __init__(self, port: int) -> None:
        self.port = port
        self.feed_status: dict[str, int] = {}
        self.connections: list[asyncio.StreamWriter] = []
        self.slow_closed_after: list[float] = []
        self.calls_seen = 0
        self.streams: list[asyncio.StreamReader] = []

    async def open_feed(self) -> None:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            writer.write(b"GET /display/feed HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            status = (await asyncio.wait_for(reader.readline(), 20)).decode().split(" ")
        except (TimeoutError, OSError):
            # closed by the server before it answered (beyond listener.max_connections)
            self.feed_status["closed"] = self.feed_status.get("closed", 0) + 1
            return
        code = status[1] if len(status) > 1 else "none"
        self.feed_status[code] = self.feed_status.get(code, 0) + 1
        self.connections.append(writer)
        if code == "200":
            self.streams.append(reader)

    async def open_feeds(self, count: int, batch: int = 100) -> None:
        for start in range(0, count, batch):
            await asyncio.gather(*(self.open_feed() for _ in range(min(batch, count - start))))

    async def slow_client(self, deadline: float) -> None:
        loop = asyncio.get_running_loop()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        except OSError:
            return
        started = loop.time()
        writer.write(b"GET /health HTTP/1.1\r\n")
        line = 0
        try:
            while loop.time() < deadline:
                try:
                    data = await asyncio.wait_for(reader.read(1024), SLOW_LINE_S)
                except TimeoutError:
                    writer.write(b"X-Slow-%d: %d\r\n" % (line, line))
                    line += 1
                    continue
                if not data:  # the server closed it
                    self.slow_closed_after.append(loop.time() - started)
                    return
        except (ConnectionError, OSError):
            self.slow_closed_after.append(loop.time() - started)
        finally:
            writer.close()

    async def count_calls(self, stream: asyncio.StreamReader, until: float) -> None:
        loop = asyncio.get_running_loop()
        while loop.time() < until:
            try:
                line = await asyncio.wait_for(stream.readline(), max(0.1, until - loop.time()))
            except TimeoutError:
                return
            if line.startswith(b"event: call"):
                self.calls_seen += 1
                return
            if not line:
                return

    def close(self) -> None:
        for writer in self.connections:
            writer.close()


async def probe(http: aiohttp.ClientSession, url: str, headers: dict, count: int
                ) -> tuple[list[float], list[float], dict[int, int]]:
    """`count` alternate GET /health and GET /api/v1/turns, one at a time; latencies in ms."""
    health, api, statuses = [], [], {}
    for _ in range(count):
        for path, bucket, extra in (("/health", health, {}), ("/api/v1/turns", api, headers)):
            began = time.perf_counter()
            async with http.get(url + path, headers=extra) as response:
                await response.read()
                statuses[response.status] = statuses.get(response.status, 0) + 1
            bucket.append((time.perf_counter() - began) * 1000)
        await asyncio.sleep(0.02)
    return health, api, statuses


async def run(url: str, port: int, pid: int, token: str, call) -> dict:
    loop = asyncio.get_running_loop()
    began = loop.time()
    headers = {"Authorization": f"Bearer {token}"}
    figures: dict = {}
    load = Load(port)
    connector = aiohttp.TCPConnector(limit=1)
    async with aiohttp.ClientSession(connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=10)) as http:
        figures["before"] = await probe(http, url, headers, 20)
        slow_until = began + BUDGET_S - 15
        slow = [asyncio.ensure_future(load.slow_client(slow_until)) for _ in range(SLOW)]
        await load.open_feeds(FEEDS)
        figures["opened_s"] = loop.time() - began
        figures["fds_peak"] = open_fds(pid)
        watchers = [asyncio.ensure_future(load.count_calls(s, loop.time() + 10))
                    for s in load.streams]
        await loop.run_in_executor(None, call)
        figures["under"] = await probe(http, url, headers, PROBES)
        await asyncio.wait(watchers, timeout=10)
        await asyncio.wait(slow, timeout=max(1.0, slow_until - loop.time() + 3))
        # the refused feeds' idle connections too: closed a header deadline after their answer
        await asyncio.sleep(max(0.0, began + figures["opened_s"] + HEADER_TIMEOUT_S + 1.5
                                - loop.time()))
        figures["fds_after"] = open_fds(pid)
        for task in slow:
            task.cancel()
    load.close()
    figures["load"] = load
    figures["elapsed_s"] = loop.time() - began
    return figures


@pytest.mark.slow
def test_display_feed_load_leaves_health_and_the_api_quick(env, database_url, tmp_path):
    from timedesk.app import build_context
    from timedesk.auth.permissions import Actor
    from timedesk.auth.service import create_api_token
    from timedesk.turns import setup
    from timedesk.turns.queue import TurnQueue

    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    limit = raise_file_limit()
    system = Actor.system("bench")
    ctx = build_context(env)
    try:
        setup.add_service(ctx.db, ctx.bus, system, code="A", name="Registry")
        setup.add_desk(ctx.db, ctx.bus, system, name="1", services=["A"])
        queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
        for _ in range(5):
            queue.issue_turn(system, "A")
        token = create_api_token(ctx.db, system, "bench", "manager")
        serve_env = {**env, "TIMEDESK_LISTENER_HEADER_TIMEOUT_S": str(HEADER_TIMEOUT_S)}
        with open(tmp_path / "serve.stderr", "w") as stderr:
            child, url = start_serve(serve_env, stderr)
            port = int(url.rsplit(":", 1)[1])
            try:
                figures = asyncio.run(run(url, port, child.pid, token,
                                          lambda: queue.call_next(system, "1")))
            finally:
                stop_serve(child)
        errors = Path(tmp_path / "serve.stderr").read_text(errors="replace")
    finally:
        ctx.close()

    load: Load = figures["load"]
    before_health, before_api, _ = figures["before"]
    health, api, statuses = figures["under"]
    closed = load.slow_closed_after
    print(f"\nBENCH display-feed {engine}: fd limit {limit}; {FEEDS} feed connections opened in "
          f"{figures['opened_s']:.1f}s: {load.feed_status}; {load.calls_seen} of "
          f"{len(load.streams)} streams got the call made under load", flush=True)
    print(f"BENCH display-feed {engine}: {SLOW} slow clients, {len(closed)} disconnected by the "
          f"server after median {statistics.median(closed) if closed else float('nan'):.1f}s "
          f"(header deadline {HEADER_TIMEOUT_S:.0f}s); server fds peak {figures['fds_peak']}, "
          f"after the deadline {figures['fds_after']}", flush=True)
    for name, quiet, loaded in (("/health", before_health, health),
                                ("/api/v1/turns", before_api, api)):
        print(f"BENCH display-feed {engine}: {name} p50/p95/max ms before "
              f"{percentile(quiet, 50):.1f}/{percentile(quiet, 95):.1f}/{max(quiet):.1f}, "
              f"under load {percentile(loaded, 50):.1f}/{percentile(loaded, 95):.1f}/"
              f"{max(loaded):.1f} (target p95 < {TARGET_P95_MS:.0f}); "
              f"run {figures['elapsed_s']:.1f}s", flush=True)

    assert statuses == {200: 2 * PROBES}, statuses
    assert load.feed_status.get("200", 0) <= 64 and load.feed_status.get("503", 0) > 0
    assert load.calls_seen == len(load.streams) > 0
    assert len(closed) >= SLOW * 0.9, f"only {len(closed)} slow clients were disconnected"
    assert "Traceback" not in errors, errors[-2000:]
    assert figures["elapsed_s"] < 60
    if os.environ.get("TIMEDESK_BENCH_ENFORCE") == "1":
        for name, loaded in (("/health", health), ("/api/v1/turns", api)):
            assert percentile(loaded, 95) < TARGET_P95_MS, f"{engine} {name}"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-s", *sys.argv[1:]]))
