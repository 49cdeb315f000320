"""A real listener for the HTTP tests, importable by name from any test folder: an aiohttp
application served on 127.0.0.1, port 0, for the length of an `async with`; reading its
Server-Sent Events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web


@asynccontextmanager
async def serving(app: web.Application) -> AsyncIterator[str]:
    """Serve `app` and yield its base URL; streams are ended within 2 s on the way out."""
    runner = web.AppRunner(app, shutdown_timeout=2)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


async def sse_events(response, count: int, timeout: float = 10.0) -> list[tuple[str, dict]]:
    """The next `count` named events (name, JSON data) of a Server-Sent Events response."""
    found: list[tuple[str, dict]] = []

    async def read() -> None:
        name, data = "", ""
        async for raw in response.content:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = line[6:]
            elif line == "" and name:
                found.append((name, json.loads(data)))
                name = ""
                if len(found) == count:
                    return
        raise AssertionError(f"the stream ended after {len(found)} of {count} events")

    await asyncio.wait_for(read(), timeout)
    return found
