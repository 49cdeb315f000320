"""Typed keys for what the aiohttp application carries (`app[CONTEXT]`, `app[EXECUTOR]`, ...).

`web.AppKey` instead of strings: aiohttp 3.14 warns on string keys, and typed keys let a
checker see what `app[...]` returns.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from aiohttp import web

from timedesk.app import AppContext

if TYPE_CHECKING:  # streams imports this module
    from timedesk.server.streams import OpenStreams

CONTEXT = web.AppKey("timedesk_context", AppContext)
# Blocking work (database, reports) of the handlers; bounded so that a burst of requests
# cannot open more database connections than the pool allows.
EXECUTOR = web.AppKey("timedesk_executor", ThreadPoolExecutor)
OPEN_STREAMS: web.AppKey[OpenStreams] = web.AppKey("timedesk_open_streams")
OPENAPI_FRAGMENTS = web.AppKey("timedesk_openapi_fragments", list[dict[str, Any]])
