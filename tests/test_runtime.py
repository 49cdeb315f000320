"""timedesk.runtime: the feed, the workers and the listener of every face start in one order
and stop in the reverse one, and a part that fails does not keep the others down."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from timedesk import runtime
from timedesk.events import feed as feed_module
from timedesk.runtime import running_parts


class FakeFeed:
    def __init__(self, calls: list[str], fail: bool = False) -> None:
        self.calls, self.fail = calls, fail
        self.on_state_change = None

    async def start(self) -> None:
        self.calls.append("start feed")
        if self.on_state_change is not None:
            self.on_state_change("connected")
        if self.fail:
            raise OSError("database down")

    async def stop(self) -> None:
        self.calls.append("stop feed")


class FakeListener:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls
        self.on_state_change: list = []

    async def start(self, host: str, port: int) -> str:
        self.calls.append(f"start listener {host}:{port}")
        for callback in self.on_state_change:
            callback(SimpleNamespace(state="listening"))
        return "listening"

    async def stop(self) -> None:
        self.calls.append("stop listener")


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    calls: list[str] = []

    async def start_workers(ctx):
        calls.append("start workers")
        return ["a worker"]

    async def stop_workers(running):
        calls.append(f"stop workers {running}")

    monkeypatch.setattr(runtime, "start_workers", start_workers)
    monkeypatch.setattr(runtime, "stop_workers", stop_workers)
    monkeypatch.setattr(feed_module, "make_remote_feed",
                        lambda bus, db, settings: FakeFeed(calls, fail="fail" in calls))
    return calls


CTX = SimpleNamespace(bus=None, db=None, settings={})


async def test_feed_then_workers_then_listener_and_the_reverse_at_the_end(calls):
    states: list[tuple[str, str]] = []
    async with running_parts(CTX, listener=FakeListener(calls), listen_on=("127.0.0.1", 0),
                             on_state=lambda part, state: states.append((part, state))) as parts:
        assert parts.workers == ["a worker"]
        calls.append("running")
    assert calls == ["start feed", "start workers", "start listener 127.0.0.1:0", "running",
                     "stop listener", "stop workers ['a worker']", "stop feed"]
    assert states == [("feed", "connected"), ("listener", "starting"),
                      ("listener", "listening")]


async def test_only_the_parts_asked_for_run(calls):
    async with running_parts(CTX, feed=True, workers=False):
        pass
    assert calls == ["start feed", "stop workers []", "stop feed"]  # no worker to stop
    calls.clear()
    async with running_parts(CTX, listener=FakeListener(calls), listen_on=None, feed=False):
        pass  # a listener built but not started (listener.enabled is off) is still stopped
    assert calls == ["start workers", "stop listener", "stop workers ['a worker']"]


async def test_a_feed_that_cannot_start_is_logged_and_the_others_run(calls, caplog):
    calls.append("fail")
    async with running_parts(CTX, listener=FakeListener(calls), listen_on=("h", 1)):
        pass
    assert calls[1:4] == ["start feed", "start workers", "start listener h:1"]
    assert "the remote event feed could not start" in caplog.text
