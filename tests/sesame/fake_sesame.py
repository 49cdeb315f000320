"""A fake of Sesame Time's public API on 127.0.0.1 (aiohttp in its own thread and loop), built
from the OpenAPI extract and the examples in shared/specs/sesame/: Bearer token, the envelope
`{"data": [...], "meta": {currentPage, lastPage, total, perPage}}`, pages from 1 (`limit`
default 20), error bodies `{"error": {"status", "message", "errors"}}`.

Paths: /core/v3/info, /core/v3/employees (only active ones unless `status[in]`, `officeIds`,
`departmentIds`), /core/v3/offices, /core/v3/departments, /schedule/v1/check-types,
/work-breaks, /check-type-collections (+ /{id}, whose `data` is a list or an object),
/work-entries (from, to, employeeId, onlyReturn; entries in no particular order),
/reports/worked-hours (computed from the entries, breaks excluded; `worked_seconds_delta`
makes it disagree).

Tests steer it: `answer(path, status, ...)` for 401/403/429/500 or slow answers (per path, per
page, a number of times or always), `latency` per request, and read what it saw: `requests`
(path, query, Authorization header, start and end times) and `max_in_flight`.
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sesame_data import (  # noqa: F401
    BREAK_LUNCH,
    COMPANY,
    CT_OFFICE,
    CT_REMOTE,
    DEPT_ADMIN,
    DEPT_FIELD,
    GROUP_ONSITE,
    GROUP_REMOTE,
    OFFICE_CANARIAS,
    OFFICE_MADRID,
    employee,
    many_entries,
    sample_company,
    work_entry,
)

TOKEN = "fake-sesame-token-7d1e0c44b2"
ERRORS = {401: ("Unauthenticated.", "unauthenticated"),
          403: ("You don't have access permission", "forbidden_access_permission"),
          404: ("Not found", "not_found"), 429: ("Too Many Attempts.", "too_many_requests"),
          500: ("Internal server error", "unknown_error"),
          503: ("Service unavailable", "unknown_error")}


def error_body(status: int) -> dict:
    message, errors = ERRORS.get(status, ("Error", "unknown_error"))
    return {"error": {"status": status, "message": message, "errors": errors}}


@dataclass
class Rule:
    path: str
    status: int = 200
    body: Any = None
    headers: dict = field(default_factory=dict)
    times: int | None = None  # None: always
    page: int | None = None  # None: every page
    delay: float = 0.0
    drop: bool = False  # send the headers and half the body, then cut the connection


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    authorization: str | None
    started: float
    ended: float = 0.0
    status: int = 0


class FakeSesame:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.company = dict(COMPANY)
        self.employees: list[dict] = []  # raw, with private "_office"/"_department" keys
        self.offices: list[dict] = []
        self.departments: list[dict] = []
        self.check_types: list[dict] = []
        self.work_breaks: list[dict] = []
        self.collections: list[dict] = []  # with their "checkTypes"
        self.work_entries: list[dict] = []
        # worked-hours are computed from the entries; this makes Sesame count differently:
        # (employee id, "YYYY-MM-DD") -> seconds added on that day
        self.worked_seconds_delta: dict[tuple[str, str], int] = {}
        self.collection_detail_as_object = False
        self.cache_answers = False  # serialise each distinct answer once (benchmarks)
        self._cache: dict[tuple, Any] = {}
        self.latency = 0.0
        self.rules: list[Rule] = []
        self.requests: list[Seen] = []
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        self.base_url = ""

    # -- steering ------------------------------------------------------------------------------
    def answer(self, path: str, status: int = 200, *, body: Any = None, headers: dict | None = None,
               times: int | None = None, page: int | None = None, delay: float = 0.0,
               drop: bool = False) -> Rule:
        rule = Rule(path, status, body, dict(headers or {}), times, page, delay, drop)
        with self._lock:
            self.rules.append(rule)
        return rule

    def seen(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.max_in_flight = 0

    # -- life ----------------------------------------------------------------------------------
    def start(self) -> FakeSesame:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="fake-sesame", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake Sesame server did not start")
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _serve(self) -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"

    # -- answers -------------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        seen = Seen(request.path, dict(request.query), request.headers.get("Authorization"),
                    time.monotonic())
        with self._lock:
            self.requests.append(seen)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            response = await self._respond(request)
            seen.status = response.status
            return response
        finally:
            seen.ended = time.monotonic()
            with self._lock:
                self.in_flight -= 1

    def _rule_for(self, path: str, page: int) -> Rule | None:
        with self._lock:
            for rule in self.rules:
                if rule.path == path and rule.page in (None, page) \
                        and (rule.times is None or rule.times > 0):
                    if rule.times is not None:
                        rule.times -= 1
                    return rule
        return None

    async def _respond(self, request: web.Request) -> web.Response:
        page = _int(request.query.get("page"), 1)
        rule = self._rule_for(request.path, page)
        delay = self.latency + (rule.delay if rule else 0.0)
        if delay:
            await asyncio.sleep(delay)
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response(error_body(401), status=401)
        if rule is not None and rule.drop:
            return await self._dropped(request)
        if rule is not None and rule.status != 200:
            body = rule.body if rule.body is not None else error_body(rule.status)
            text = body if isinstance(body, str) else json.dumps(body)
            return web.Response(text=text, status=rule.status, headers=rule.headers,
                                content_type="text/html" if isinstance(body, str)
                                else "application/json")
        if rule is not None and isinstance(rule.body, str):  # a proxy's page, not JSON
            return web.Response(text=rule.body, content_type="text/html")
        if rule is not None and rule.body is not None:
            return web.json_response(rule.body)
        key = (request.path, tuple(sorted(request.query.items())))
        if self.cache_answers and key in self._cache:
            return web.Response(body=self._cache[key], content_type="application/json")
        found = self._data(request.path, request.query)
        if found is None:
            return web.json_response(error_body(404), status=404)
        if isinstance(found, dict):
            return web.json_response({"data": found, "meta": _meta(1, 1, 1, 1)})
        limit = max(1, _int(request.query.get("limit"), 20))
        last = max(1, math.ceil(len(found) / limit))
        chunk = found[(page - 1) * limit: page * limit]
        body = json.dumps({"data": chunk, "meta": _meta(page, last, len(found), limit)})
        if self.cache_answers:
            self._cache[key] = body.encode()
        return web.Response(text=body, content_type="application/json")

    async def _dropped(self, request: web.Request) -> web.StreamResponse:
        """The real answer announced in full (Content-Length), half of it sent, then the
        connection cut: what a proxy or a flaky network does in the middle of a page."""
        found = self._data(request.path, request.query)
        page = _int(request.query.get("page"), 1)
        limit = max(1, _int(request.query.get("limit"), 20))
        data = found[(page - 1) * limit: page * limit] if isinstance(found, list) else found
        body = json.dumps({"data": data, "meta": _meta(page, page, 0, limit)}).encode()
        response = web.StreamResponse(headers={"Content-Type": "application/json",
                                               "Content-Length": str(len(body))})
        await response.prepare(request)
        await response.write(body[:len(body) // 2])
        await asyncio.sleep(0.05)  # let the half reach the client before the cut
        request.transport.abort()
        return response

    def _data(self, path: str, query) -> Any:
        lists = {"/core/v3/offices": self.offices, "/core/v3/departments": self.departments,
                 "/schedule/v1/check-types": self.check_types,
                 "/schedule/v1/work-breaks": self.work_breaks}
        if path in lists:
            return lists[path]
        if path == "/core/v3/info":
            return {"company": self.company}
        if path == "/core/v3/employees":
            return [_public(e) for e in self._employees(query)]
        if path == "/schedule/v1/check-type-collections":
            return [{k: v for k, v in c.items() if k != "checkTypes"} for c in self.collections]
        prefix = "/schedule/v1/check-type-collections/"
        if path.startswith(prefix):
            found = [c for c in self.collections if c["id"] == path[len(prefix):]]
            if not found:
                return None
            return found[0] if self.collection_detail_as_object else [found[0]]
        if path == "/schedule/v1/work-entries":
            return self._entries(query)
        if path == "/schedule/v1/reports/worked-hours":
            return self._worked_hours(query)
        return None

    def _employees(self, query) -> list[dict]:
        wanted = set((query.get("status[in]") or query.get("status") or "active").split(","))
        found = [e for e in self.employees if e.get("status", "active") in wanted]
        for key, private in (("officeIds", "_office"), ("departmentIds", "_department")):
            if query.get(key):
                ids = set(query[key].split(","))
                found = [e for e in found if e.get(private) in ids]
        return found

    def _entries(self, query) -> list[dict]:
        key = ("entries", query.get("from"), query.get("to"), query.get("employeeId"),
               query.get("onlyReturn"))
        if self.cache_answers and key in self._cache:
            return self._cache[key]  # type: ignore[return-value]
        found = self._select_entries(query)
        if self.cache_answers:
            self._cache[key] = found  # type: ignore[assignment]
        return found

    def _select_entries(self, query) -> list[dict]:
        first, last = query.get("from"), query.get("to")
        only = query.get("onlyReturn", "not_deleted")
        people = {e["id"]: _public(e) for e in self.employees}
        found = []
        for entry in self.work_entries:
            day = entry["workEntryIn"]["date"][:10]
            if (first and day < first) or (last and day > last):
                continue
            if query.get("employeeId") and entry["employee"]["id"] != query["employeeId"]:
                continue
            deleted = bool(entry.get("deletedAt"))
            if (only == "not_deleted" and deleted) or (only == "deleted" and not deleted):
                continue
            found.append({**entry, "employee": people.get(entry["employee"]["id"],
                                                          entry["employee"])})
        return found

    def _worked_hours(self, query) -> list[dict]:
        totals: dict[str, float] = {}
        for entry in self._entries({"from": query.get("from"), "to": query.get("to")}):
            if entry.get("workEntryType") == "work" and entry.get("workEntryOut"):
                totals[entry["employee"]["id"]] = totals.get(entry["employee"]["id"], 0) + \
                    entry.get("workedSeconds", 0)
        for (employee_id, day), delta in self.worked_seconds_delta.items():
            if query.get("from", "") <= day <= query.get("to", "9999"):
                totals[employee_id] = totals.get(employee_id, 0) + delta
        return [{"employeeId": i, "secondsWorked": round(s), "secondsToWork": 28800,
                 "secondsBalance": round(s) - 28800} for i, s in sorted(totals.items())]


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default


def _meta(page: int, last: int, total: int, per_page: int) -> dict:
    return {"currentPage": page, "lastPage": last, "total": total, "perPage": per_page}


def _public(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}
