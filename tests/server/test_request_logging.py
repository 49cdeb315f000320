"""LOW-4: what a request can put in the log: never a line of its own (CR/LF in a path), and no
traceback for a client's own mistakes or for a client that hangs up."""

from __future__ import annotations

import asyncio
import logging
import time

import aiohttp


async def test_a_path_with_an_encoded_line_break_cannot_forge_a_log_line(
        server_url, http, tmp_path):
    from timedesk.logs import setup_logging

    root, security = logging.getLogger(), logging.getLogger("timedesk.security")
    before = list(root.handlers) + list(security.handlers), root.level
    path = setup_logging(tmp_path / "logs")
    try:
        forged = "x%0a2026-12-07%2003:00:00%20WARNING%20FORGED-LINE%0d"
        async with http.get(f"{server_url}/test/named/{forged}/conflict") as response:
            assert response.status == 409
        for handler in root.handlers:
            handler.flush()
    finally:
        for logger in (root, security):
            for handler in list(logger.handlers):
                if handler not in before[0]:
                    logger.removeHandler(handler)
                    handler.close()
        root.setLevel(before[1])
    lines = path.read_text(encoding="utf-8").splitlines()
    logged = [line for line in lines if "FORGED-LINE" in line and "timedesk.server" in line]
    assert len(logged) == 1 and "-> 409 conflict" in logged[0]
    assert not any(line.startswith("2026-12-07 03:00:00 WARNING") for line in lines)


async def test_a_client_that_hangs_up_on_a_stream_is_one_debug_line_not_a_traceback(
        server_url, caplog):
    caplog.set_level(logging.DEBUG)
    async with aiohttp.ClientSession() as session:
        response = await session.get(f"{server_url}/test/endless-stream")
        await response.content.readline()
        response.close()  # hang up while the server is still writing
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if any("hung up" in r.getMessage() for r in caplog.records):
            break
        await asyncio.sleep(0.05)
    hung_up = [r for r in caplog.records if "hung up" in r.getMessage()]
    assert len(hung_up) == 1 and hung_up[0].levelno == logging.DEBUG
    assert not hung_up[0].exc_info
    assert not [r for r in caplog.records if r.exc_info], caplog.text


async def test_a_malformed_request_is_one_debug_line_not_a_traceback(server_url, caplog):
    caplog.set_level(logging.DEBUG)
    host, port = server_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n")
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(200), 5)
    writer.close()
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any(
            "malformed request" in r.getMessage() for r in caplog.records):
        await asyncio.sleep(0.05)
    malformed = [r for r in caplog.records if "malformed request" in r.getMessage()]
    assert len(malformed) == 1 and malformed[0].levelno == logging.DEBUG
    assert not [r for r in caplog.records if r.exc_info], caplog.text
