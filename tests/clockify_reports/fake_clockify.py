"""A fake of Clockify's REST API on 127.0.0.1 (aiohttp in its own thread), speaking its wire
format: `X-Api-Key`, `GET /api/v1/workspaces/{ws}/users` and
`GET /api/v1/workspaces/{ws}/user/{id}/time-entries?start&end&page&page-size&hydrated`, pages
from 1, newest entry first, hydrated objects or plain ids."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime
from typing import Any

from aiohttp import web

API_KEY = "fake-clockify-key-5f3a9c"
WORKSPACE = "625cf4a6a7d9d34012f70de2"


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def flat(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry as Clockify answers without hydration: taskId, projectId, tagIds."""
    body = {k: v for k, v in entry.items() if k not in ("project", "task", "tags")}
    body["projectId"] = (entry.get("project") or {}).get("id")
    body["taskId"] = (entry.get("task") or {}).get("id")
    body["tagIds"] = [t["id"] for t in entry.get("tags") or []] or None
    return body


def hydrated(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry as Clockify answers with hydrated=true: project, task and tag objects."""
    return {k: v for k, v in entry.items() if k not in ("projectId", "taskId", "tagIds")}


class FakeClockify:
    def __init__(self, api_key: str = API_KEY, workspace: str = WORKSPACE) -> None:
        self.api_key = api_key
        self.workspace = workspace
        self.members: list[dict[str, Any]] = []
        self.entries: dict[str, list[dict[str, Any]]] = {}  # user id -> full entries
        self.honour_hydrated = True  # False: plain ids even when hydrated=true is asked
        self.drop_mid_body = 0  # > 0: that many next answers stop half-way (a dropped line)
        self.rate_limited: list[str] = []  # the next time-entries answers: 429, this Retry-After
        self.requests: list[tuple[str, dict[str, str], str | None]] = []
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    # -- the API ---------------------------------------------------------------------------
    def _authorized(self, request: web.Request) -> bool:
        self.requests.append((request.path, dict(request.query),
                              request.headers.get("X-Api-Key")))
        return request.headers.get("X-Api-Key") == self.api_key

    @staticmethod
    def _page(items: list[Any], request: web.Request) -> list[Any]:
        page = int(request.query.get("page", "1"))
        size = int(request.query.get("page-size", "50"))
        return items[(page - 1) * size: page * size]

    async def users(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"message": "Api key does not exist", "code": 4003},
                                     status=401)
        if request.match_info["ws"] != self.workspace:
            return web.json_response({"message": "Workspace not found", "code": 1005},
                                     status=404)
        return web.json_response(self._page(self.members, request))

    async def time_entries(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return web.json_response({"message": "Api key does not exist", "code": 4003},
                                     status=401)
        if self.rate_limited:
            return web.json_response({"message": "Too many requests", "code": 429}, status=429,
                                     headers={"Retry-After": self.rate_limited.pop(0)})
        since, until = _instant(request.query["start"]), _instant(request.query["end"])
        found = [e for e in self.entries.get(request.match_info["user"], [])
                 if since <= _instant(e["timeInterval"]["start"]) < until]
        found.sort(key=lambda e: e["timeInterval"]["start"], reverse=True)
        shape = hydrated if (request.query.get("hydrated") == "true"
                             and self.honour_hydrated) else flat
        answer = web.json_response([shape(e) for e in self._page(found, request)])
        if self.drop_mid_body > 0:
            self.drop_mid_body -= 1
            return await self._dropped(request, answer.body)
        return answer

    @staticmethod
    async def _dropped(request: web.Request, body: bytes) -> web.StreamResponse:
        """Headers promising the whole body, half of it, then the connection closed."""
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = len(body)
        await response.prepare(request)
        await response.write(body[: len(body) // 2])
        request.transport.close()
        return response

    # -- running ---------------------------------------------------------------------------
    def start(self) -> FakeClockify:
        ready = threading.Event()

        async def serve() -> None:
            app = web.Application()
            app.router.add_get("/api/v1/workspaces/{ws}/users", self.users)
            app.router.add_get("/api/v1/workspaces/{ws}/user/{user}/time-entries",
                               self.time_entries)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(serve())
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="fake-clockify", daemon=True)
        self._thread.start()
        assert ready.wait(10), "the fake Clockify API did not start"
        return self

    def stop(self) -> None:
        if self._loop is None or self._runner is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()
        self._loop = None
