"""The listener's defences around the public lobby display feed (security review MEDIUM-1): a cap
on open streams (503 + Retry-After beyond it), one database read per event whatever the number
of streams, deadlines for clients that send their headers or body slowly, and clients that
leave freed without a traceback."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from contextlib import AsyncExitStack, asynccontextmanager

import aiohttp
import pytest
import sqlalchemy as sa
from listener_support import sse_events

from timedesk.auth.permissions import Actor
from timedesk.server.display_feed import FEED_HUB
from timedesk.server.listener import Listener
from timedesk.turns import setup
from timedesk.turns.queue import TurnQueue

SYSTEM = Actor.system("test")


def _office(ctx) -> TurnQueue:
    setup.add_service(ctx.db, ctx.bus, SYSTEM, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, SYSTEM, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    queue.issue_turn(SYSTEM, "A")
    return queue


@asynccontextmanager
async def _listening(ctx):
    """The real Listener (as the GUI and `timedesk serve` run it) on 127.0.0.1; yields it."""
    listener = Listener(ctx)
    assert await listener.start("127.0.0.1", 0) == "listening", listener.error
    try:
        yield listener
    finally:
        await listener.stop()


async def _open_streams(stack: AsyncExitStack, http, url: str, count: int) -> list:
    streams = []
    for _ in range(count):
        response = await stack.enter_async_context(http.get(f"{url}/display/feed"))
        assert response.status == 200
        await sse_events(response, 1)  # the snapshot
        streams.append(response)
    return streams


async def test_streams_beyond_the_caps_get_503_with_retry_after_and_a_json_error(ctx):
    _office(ctx)
    ctx.settings.override("listener.feed_streams_per_address", 2)
    ctx.settings.override("listener.feed_streams_total", 3)
    async with _listening(ctx) as listener, AsyncExitStack() as stack:
        http = await stack.enter_async_context(aiohttp.ClientSession())
        await _open_streams(stack, http, listener.url, 2)
        async with http.get(f"{listener.url}/display/feed") as refused:
            assert refused.status == 503
            assert int(refused.headers["Retry-After"]) > 0
            error = (await refused.json())["error"]
        assert error["code"] == "too_many_streams"
        assert "your address already has 2" in error["message"]
        ctx.settings.override("listener.feed_streams_per_address", 10)
        await _open_streams(stack, http, listener.url, 1)
        async with http.get(f"{listener.url}/display/feed") as refused:
            assert refused.status == 503
            assert "already serves 3" in (await refused.json())["error"]["message"]
        assert await _health(http, listener.url) == 200  # the rest of the listener is fine


async def _health(http, url: str) -> int:
    async with http.get(f"{url}/health") as response:
        return response.status


async def test_one_event_costs_the_same_database_reads_for_one_stream_as_for_six(ctx):
    queue = _office(ctx)
    ctx.settings.override("turns.display_stale_s", 120.0)  # no `alive` ping in the window
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if threading.current_thread().name.startswith("timedesk-http"):
            statements.append(statement)

    sa.event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        per_event = []
        for streams in (1, 6):
            async with _listening(ctx) as listener, AsyncExitStack() as stack:
                http = await stack.enter_async_context(aiohttp.ClientSession())
                opened = await _open_streams(stack, http, listener.url, streams)
                statements.clear()
                await asyncio.to_thread(queue.issue_turn, SYSTEM, "A")
                for response in opened:  # every stream got the new counts
                    [(name, _)] = await sse_events(response, 1)
                    assert name == "waiting"
                per_event.append(len(statements))
                assert listener.app[FEED_HUB].reads >= 1
    finally:
        sa.event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert per_event[0] > 0 and per_event[1] == per_event[0], per_event


def _send_slowly(port: int, parts: list[bytes], pause: float, limit: float) -> float | None:
    """Send `parts` one by one `pause` apart; the seconds after which the server closed the
    connection, or None if it was still open after `limit` seconds."""
    with socket.create_connection(("127.0.0.1", port), timeout=limit) as sock:
        started = time.monotonic()
        for part in parts:
            try:
                sock.sendall(part)
            except OSError:
                return time.monotonic() - started
            sock.settimeout(pause)
            try:
                data = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return time.monotonic() - started
            if data == b"" or b"HTTP/1.1 408" in data:
                return time.monotonic() - started
            if time.monotonic() - started > limit:
                break
        return None


async def test_a_client_sending_its_headers_slowly_is_disconnected_after_the_deadline(ctx):
    ctx.settings.override("listener.header_timeout_s", 1.0)
    header_lines = [b"GET /health HTTP/1.1\r\n"] + [b"X-Slow: %d\r\n" % i for i in range(40)]
    async with _listening(ctx) as listener:
        closed_after = await asyncio.to_thread(_send_slowly, listener.port, header_lines, 0.25,
                                               6.0)
    assert closed_after is not None and closed_after < 3.0, closed_after


async def test_a_client_sending_its_body_slowly_gets_408_after_the_deadline(ctx, caplog):
    ctx.settings.override("listener.body_timeout_s", 1.0)
    head = (b"POST /display/shown HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 400\r\n\r\n{")
    async with _listening(ctx) as listener:
        closed_after = await asyncio.to_thread(_send_slowly, listener.port,
                                               [head] + [b" "] * 40, 0.25, 6.0)
        await asyncio.sleep(0.3)  # the server's side of the closing
    assert closed_after is not None and closed_after < 3.0, closed_after
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []


async def test_clients_that_leave_are_freed_and_logged_without_a_traceback(ctx, caplog):
    queue = _office(ctx)
    caplog.set_level(logging.DEBUG)
    async with _listening(ctx) as listener:
        async with aiohttp.ClientSession() as http:
            for _ in range(5):
                async with http.get(f"{listener.url}/display/feed") as response:
                    await sse_events(response, 1)
                    response.connection.transport.abort()  # gone, without a goodbye
        await asyncio.to_thread(queue.call_next, SYSTEM, "1")
        hub = listener.app[FEED_HUB]
        for _ in range(100):
            if not hub.outboxes:
                break
            await asyncio.sleep(0.05)
        assert not hub.outboxes
    noisy = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert noisy == [], [r.getMessage() for r in noisy]


@pytest.fixture
def quick_alive(ctx):
    ctx.settings.override("turns.display_stale_s", 2.0)  # `alive` every 0.67 s


async def test_alive_is_sent_only_while_the_database_answers(ctx, quick_alive, monkeypatch):
    from timedesk.server import display_fanout

    _office(ctx)
    answering = threading.Event()
    answering.set()
    real_ping = display_fanout._ping

    def ping(context):
        if not answering.is_set():
            raise ConnectionError("the database is down (test)")
        return real_ping(context)

    monkeypatch.setattr(display_fanout, "_ping", ping)
    async with _listening(ctx) as listener, aiohttp.ClientSession() as http:
        async with http.get(f"{listener.url}/display/feed") as response:
            await sse_events(response, 1)
            assert [n for n, _ in await sse_events(response, 2, timeout=5)] == ["alive", "alive"]
            answering.clear()
            await asyncio.sleep(0.8)  # a ping in flight may still answer
            with pytest.raises(TimeoutError):
                await sse_events(response, 1, timeout=2.0)
            answering.set()
            [(name, _)] = await sse_events(response, 1, timeout=5)
            assert name == "snapshot"  # what happened meanwhile may be lost: all of it again


async def test_beyond_max_connections_the_oldest_idle_ones_are_closed_and_newcomers_served(ctx):
    _office(ctx)
    ctx.settings.override("listener.max_connections", 20)
    async with _listening(ctx) as listener, aiohttp.ClientSession() as http:
        async with http.get(f"{listener.url}/display/feed") as stream:  # served: never closed
            await sse_events(stream, 1)
            idle = [await asyncio.open_connection("127.0.0.1", listener.port) for _ in range(40)]
            await asyncio.sleep(0.3)
            server = listener._runner.server
            assert len(server.connections) <= 21
            closed = 0
            for reader, _ in idle[:19]:  # the oldest
                closed += await asyncio.wait_for(reader.read(1), 5) == b""
            assert closed == 19
            assert await _health(http, listener.url) == 200
            assert not stream.connection.transport.is_closing()
            [(name, _)] = await sse_events(stream, 1, timeout=20)  # still fed
            for _, writer in idle:
                writer.close()
