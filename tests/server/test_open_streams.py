import asyncio
import time

import aiohttp
import pytest
from server_helpers import create_test_app

from timedesk.server import Listener


@pytest.fixture
async def listener(ctx):
    listener = Listener(ctx, app_factory=create_test_app)
    await listener.start("127.0.0.1", 0)
    yield listener
    await listener.stop()


async def wait_for_streams(listener: Listener, count: int) -> None:
    for _ in range(100):  # at most 5 s
        if len(listener.streams) == count:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"expected {count} open stream(s), have {len(listener.streams)}")


async def open_stream(http: aiohttp.ClientSession, url: str) -> aiohttp.ClientResponse:
    response = await http.get(url)
    assert response.status == 200
    assert await response.content.readline() == b"data: hello\n"
    return response


@pytest.mark.parametrize("path", ["/test/stream", "/test/stubborn-stream"])
async def test_an_open_stream_does_not_delay_stop_beyond_two_seconds(listener, http, path):
    response = await open_stream(http, listener.url + path)
    await wait_for_streams(listener, 1)
    started = time.monotonic()
    await listener.stop()
    assert time.monotonic() - started < 1.5  # the shutdown timeout alone would be 2 s
    assert listener.state == "stopped"
    response.close()


async def test_a_cooperative_stream_ends_cleanly_for_its_client_on_stop(listener, http):
    response = await open_stream(http, listener.url + "/test/stream")
    await wait_for_streams(listener, 1)
    stopping = asyncio.ensure_future(listener.stop())
    rest = await asyncio.wait_for(response.content.read(), timeout=3)
    await stopping
    assert rest in (b"", b"\n")  # end of stream, not a reset
    response.close()


async def test_stop_ends_a_stream_whose_client_already_left(listener, http):
    response = await open_stream(http, listener.url + "/test/stubborn-stream")
    await wait_for_streams(listener, 1)
    streams = listener.streams
    response.close()  # aiohttp does not cancel handlers on disconnect: it is still open
    await asyncio.sleep(0.1)
    assert len(streams) == 1
    started = time.monotonic()
    await listener.stop()
    assert time.monotonic() - started < 1.5
    assert len(streams) == 0
