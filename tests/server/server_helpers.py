"""Helpers of the listener tests (importable by name: tests/ has no packages)."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time

import server_sample_routes
from aiohttp import web

from timedesk.server import create_app
from timedesk.server.routes import ROUTE_SETUPS


def create_test_app(ctx) -> web.Application:
    """The production application plus tests/server/server_sample_routes.py."""
    return create_app(ctx, routes=[*ROUTE_SETUPS, server_sample_routes.setup_routes])


class ServeProcess:
    """`timedesk serve ...` as a real child process; its stdout lines arrive on a queue so
    that every wait has a deadline."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "timedesk", "serve", *args], env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8")
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def first_line(self, timeout: float = 30.0) -> str | None:
        """The first line printed, or None if the process ended without printing."""
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"`timedesk serve` printed nothing within {timeout} s") from None

    def signal_and_wait(self, signum: int = signal.SIGTERM,
                        timeout: float = 5.0) -> tuple[int, float]:
        """Send `signum`; the exit code and the seconds it took to exit."""
        started = time.monotonic()
        self.proc.send_signal(signum)
        code = self.proc.wait(timeout=timeout)
        return code, time.monotonic() - started

    def wait(self, timeout: float = 30.0) -> int:
        return self.proc.wait(timeout=timeout)

    def stderr(self) -> str:
        return self.proc.stderr.read()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()

