"""Hand blocking work (database queries, report building) from a handler to a thread.

The listener may run on the GUI's loop (qasync): a handler that queried the database on the
loop would freeze the window. Each application owns a small pool, sized below the database
connection pool, started and shut down with it.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aiohttp import web

from timedesk.server.keys import EXECUTOR

T = TypeVar("T")
WORKERS = 4  # PostgreSQL pool_size is 5: leave one connection for the rest of the process


async def run_blocking(where: web.Request | web.Application, fn: Callable[..., T], /,
                       *args: Any, **kwargs: Any) -> T:
    """`await run_blocking(request, service_function, ctx.db, ...)`: run it off the loop."""
    app = where.app if isinstance(where, web.Request) else where
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(app[EXECUTOR], functools.partial(fn, *args, **kwargs))


async def executor_ctx(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: the pool lives exactly as long as the running application."""
    executor = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="timedesk-http")
    app[EXECUTOR] = executor
    yield
    # Not waiting: a query stuck on an unreachable server must not stall the app's exit.
    executor.shutdown(wait=False, cancel_futures=True)
