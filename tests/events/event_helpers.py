"""Helpers for event tests: a publisher in another process, waiting, collecting, server admin."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from timedesk.events.bus import Event, EventBus

HELPER = Path(__file__).with_name("publish_events.py")
REPLY_TIMEOUT_S = 30.0


async def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Let the loop run until `condition()` holds; False after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.01)
    return condition()


def collect(bus: EventBus, topic: str = "*") -> list[Event]:
    """Every event `bus` delivers for `topic`, in delivery order."""
    received: list[Event] = []
    bus.subscribe(topic, received.append)
    return received


class Publisher:
    """A timedesk process on the same database, publishing when asked."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen([sys.executable, str(HELPER)], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.origin = ""

    async def _reply(self) -> list[str]:
        loop = asyncio.get_running_loop()
        assert self.process.stdout is not None
        line = await asyncio.wait_for(loop.run_in_executor(None, self.process.stdout.readline),
                                      REPLY_TIMEOUT_S)
        if not line:
            raise RuntimeError(f"publisher exited with {self.process.wait(5)}")
        return line.split()

    async def ready(self) -> Publisher:
        words = await self._reply()
        assert words[0] == "ready", words
        self.origin = words[1]
        return self

    async def publish(self, count: int, topic: str, pace_ms: int = 0,
                      pad: int = 0) -> tuple[int, int]:
        """Publish `count` events, each in its own transaction; returns the first and last id."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"publish {count} {topic} {pace_ms} {pad}\n")
        self.process.stdin.flush()
        words = await self._reply()
        assert words[0] == "published", words
        return int(words[1]), int(words[2])

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.write("quit\n")
                self.process.stdin.flush()
                self.process.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def count_backends(admin: sa.Engine, application_name: str) -> int:
    with admin.connect() as conn:
        return conn.scalar(sa.text("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE application_name = :name"), {"name": application_name})


def terminate_backends(admin: sa.Engine, application_name: str) -> int:
    """Kill the server processes of `application_name`, as a server restart would."""
    with admin.connect() as conn:
        return len(conn.execute(sa.text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = :name"), {"name": application_name}).all())
