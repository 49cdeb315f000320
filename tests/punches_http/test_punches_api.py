"""/api/v1/punches on a real listener (127.0.0.1, port 0), on SQLite and PostgreSQL: punching,
refusals as JSON errors, corrections only with punches.manage, status and the list; every
answer matches /api/v1/openapi.json."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth.service import create_api_token
from timedesk.people import service as people


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    """answer(method, path, status, body=None, role="manager") -> the JSON answer, checked
    against the documented schema of that status."""
    ctx.settings.override("office.timezone", "Europe/Madrid")
    people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", email="ana@example.com",
                           code="B-17")
    people.create_employee(ctx.db, ctx.bus, admin_actor, "Ben", code="B-18")
    tokens = {role: create_api_token(ctx.db, admin_actor, role, role)
              for role in ("manager", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()

        async def answer(method, path, status, body=None, role="manager"):
            async with http.request(method, listener_url + path, json=body, headers={
                    "Authorization": f"Bearer {tokens[role]}"}) as r:
                assert r.status == status, await r.text()
                template = path.split("?")[0]
                if template.startswith("/api/v1/punches/status/"):
                    template = "/api/v1/punches/status/{employee}"
                responses = document["paths"][template][method.lower()]["responses"]
                assert str(status) in responses, (path, status)
                found = await r.json()
                conforms(found, responses[str(status)].get("content", {}).get(
                    "application/json", {}).get("schema", {}), document)
                return found

        yield answer, document


async def test_punch_in_is_201_and_in_again_is_409_naming_the_state(api):
    answer, _ = api
    punched = await answer("POST", "/api/v1/punches", 201,
                           {"employee": "ana@example.com", "action": "in"})
    assert (punched["action"], punched["state"], punched["source"]) == ("in", "working", "api")
    assert {"id", "employee_id", "action", "at", "state"} <= set(punched)
    refused = await answer("POST", "/api/v1/punches", 409, {"employee": "B-17", "action": "in"})
    assert refused["error"]["code"] == "conflict"
    assert refused["error"]["message"].startswith("Ana is already in since ")
    status = await answer("GET", f"/api/v1/punches/status/{punched['employee_id']}", 200)
    assert (status["state"], status["since"]) == ("working", punched["at"])
    assert status["worked_today_s"] >= 0 and status["break_today_s"] == 0
    await answer("POST", "/api/v1/punches", 201,
                 {"employee": punched["employee_id"], "action": "break_start"})
    out = await answer("POST", "/api/v1/punches", 201, {"employee": "B-17", "action": "out"})
    listed = await answer("GET", "/api/v1/punches?employee=B-17", 200)
    assert [p["action"] for p in listed["items"]] == ["in", "break_start", "break_end", "out"]
    assert listed["items"][-1] == out


async def test_bad_input_unknown_employee_and_bad_action(api):
    answer, _ = api
    error = await answer("POST", "/api/v1/punches", 404, {"employee": "zed@example.com",
                                                          "action": "in"})
    assert "there is no employee 'zed@example.com'" in error["error"]["message"]
    error = await answer("POST", "/api/v1/punches", 400, {"employee": "B-17", "action": "lunch"})
    assert "'lunch' is not a punch action" in error["error"]["message"]
    await answer("POST", "/api/v1/punches", 400, {"employee": "B-17", "action": "in", "x": 1})
    await answer("POST", "/api/v1/punches", 400, {"action": "in"})
    await answer("POST", "/api/v1/punches", 400, {"employee": True, "action": "in"})
    await answer("GET", "/api/v1/punches/status/nobody", 404)
    await answer("GET", "/api/v1/punches?from=yesterday", 400)


async def test_corrections_need_punches_manage_a_reason_and_a_past_time(api):
    answer, _ = api
    at = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0)
    body = {"employee": "B-18", "action": "in", "at": at.isoformat(), "reason": "kiosk off"}
    error = await answer("POST", "/api/v1/punches", 403, body, role="staff")
    assert "punches.manage" in error["error"]["message"]
    future = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    error = await answer("POST", "/api/v1/punches", 400, {**body, "at": future})
    assert "cannot be in the future" in error["error"]["message"]
    await answer("POST", "/api/v1/punches", 400, {**body, "reason": None})
    added = await answer("POST", "/api/v1/punches", 201, body)
    assert (added["at"], added["correction"], added["reason"]) == (
        at.isoformat().replace("+00:00", "Z"), True, "kiosk off")
    amended = await answer("POST", "/api/v1/punches", 201, {
        **body, "at": (at + timedelta(minutes=5)).isoformat(), "reason": "came later",
        "replaces_id": added["id"]})
    listed = await answer("GET", "/api/v1/punches?employee=B-18&from=" + at.date().isoformat(),
                          200)
    assert [(p["id"], p["voided"]) for p in listed["items"]] == [(added["id"], True),
                                                                 (amended["id"], False)]
    conflict = await answer("POST", "/api/v1/punches", 409, {
        **body, "at": (at + timedelta(minutes=10)).isoformat()})
    assert "Ben is already in since" in conflict["error"]["message"]


async def test_a_token_that_is_nobodys_employee_punches_no_one(api):
    answer, _ = api
    error = await answer("POST", "/api/v1/punches", 403, {"employee": "B-17", "action": "in"},
                         role="staff")
    assert "may punch only for themselves" in error["error"]["message"]
    await answer("GET", "/api/v1/punches", 403, role="staff")


async def test_every_punches_route_is_documented(api):
    _, document = api
    documented = {(path, method) for path, ops in document["paths"].items() for method in ops}
    assert {("/api/v1/punches", "post"), ("/api/v1/punches", "get"),
            ("/api/v1/punches/status/{employee}", "get")} <= documented


async def test_confirming_a_forgotten_out_201_409_400_403(api):
    answer, document = api
    assert "/api/v1/punches/confirm" in document["paths"]
    path = "/api/v1/punches/confirm"
    await answer("POST", "/api/v1/punches", 201, {
        "employee": "B-17", "action": "in", "at": "2026-11-02T09:00:00+01:00",
        "reason": "kiosk off"})
    error = await answer("POST", path, 403, {"employee": "B-17",
                                             "at": "2026-11-02T18:00:00+01:00"}, role="staff")
    assert "may punch only for themselves" in error["error"]["message"]
    error = await answer("POST", path, 409, {"employee": "B-17",
                                             "at": "2026-11-02T08:59:00+01:00"})
    assert error["error"]["message"].startswith(
        "Ana left between 2026-11-02 09:00 and 2026-11-02 20:00, not at 2026-11-02 08:59. Give a "
        "time after the last punch")
    await answer("POST", path, 400, {"employee": "B-17"})
    await answer("POST", path, 400, {"employee": "B-17", "at": "yesterday"})
    await answer("POST", path, 400, {"employee": "B-17", "at": "2026-11-02T18:00:00Z", "x": 1})
    await answer("POST", path, 404, {"employee": "nobody", "at": "2026-11-02T18:00:00Z"})
    out = await answer("POST", path, 201, {"employee": "B-17", "at": "2026-11-02T18:00:00+01:00",
                                           "reason": "forgot"})
    assert (out["action"], out["at"], out["source"], out["correction"], out["reason"]) == (
        "out", "2026-11-02T17:00:00Z", "confirmation", True, "forgot")
    error = await answer("POST", path, 409, {"employee": "B-17",
                                             "at": "2026-11-02T18:00:00+01:00"})
    assert "Ana has no open day to confirm" in error["error"]["message"]
    error = await answer("POST", path, 409, {"employee": "B-18",
                                             "at": "2026-11-02T18:00:00+01:00"})
    assert "Ben has no open day to confirm" in error["error"]["message"]
