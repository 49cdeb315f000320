"""The sessions and reports API through the real listener, on both engines: what each route
answers (checked against /api/v1/openapi.json too), the export's files, and the refusals."""

from __future__ import annotations

from datetime import date

import aiohttp
import pytest
from openapi_support import conforms
from support import add_employee, add_punches, in_madrid, local

from timedesk.auth.permissions import Actor
from timedesk.auth.service import create_api_token

DAY = date(2026, 12, 1)


@pytest.fixture
async def api(ctx, listener_url):
    in_madrid(ctx)
    ana = add_employee(ctx.db, "Ana")
    add_punches(ctx.db, ana, ("in", local(DAY, 9, 12)), ("break_start", local(DAY, 11)),
                ("break_end", local(DAY, 11, 15)), ("out", local(DAY, 14)))
    tokens = {role: create_api_token(ctx.db, Actor.system("test"), role, role)
              for role in ("manager", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as response:
            document = await response.json()

        async def get(path, status=200, role="manager"):
            async with http.get(listener_url + path, headers={
                    "Authorization": f"Bearer {tokens[role]}"}) as response:
                assert response.status == status, await response.text()
                answers = document["paths"][path.split("?")[0]]["get"]["responses"]
                assert str(status) in answers, (path, status)
                if response.content_type == "application/json":
                    found = await response.json()
                    conforms(found, answers[str(status)]["content"]["application/json"]
                             ["schema"], document)
                    return found
                assert response.content_type in answers[str(status)]["content"]
                return response.content_type, await response.read()

        yield get, ana


async def test_sessions_answer_one_row_per_employee_and_day_as_the_issue_says(api):
    get, ana = api
    [row] = await get(f"/api/v1/punches/sessions?from={DAY}&to={DAY}")
    assert row == {"employee_id": ana, "date": "2026-12-01", "first_in": "2026-12-01T08:12:00Z",
                   "last_out": "2026-12-01T13:00:00Z", "worked_s": 4 * 3600 + 48 * 60 - 900,
                   "break_s": 900, "cycles": 1, "scheduled_s": 8 * 3600, "late_s": 720,
                   "early_s": 4 * 3600, "overtime_s": 0, "flags": ["late", "early"]}
    assert await get(f"/api/v1/punches/sessions?from={DAY}&to={DAY}&employee=Nobody",
                     404) is not None


async def test_reports_employees_daily_overview_and_rules(api):
    get, ana = api
    [line] = await get(f"/api/v1/punches/reports/employees?from={DAY}&to={DAY}")
    assert (line["employee_id"], line["name"], line["late"], line["late_s"]) == (ana, "Ana", 1,
                                                                                720)
    [day] = await get(f"/api/v1/punches/reports/daily?from={DAY}&to=2026-12-31")
    assert (day["date"], day["days"], day["break_s"]) == ("2026-12-01", 1, 900)
    seen = await get("/api/v1/punches/reports/overview")
    assert [row["name"] for row in seen["board"]] == ["Ana"] and "week" in seen
    rules = await get("/api/v1/punches/rules")
    assert {rule["flag"] for rule in rules} == {"rule:break_15min", "rule:max_9h",
                                                "rule:rest_12h"}


@pytest.mark.parametrize(("fmt", "content_type", "start"), [
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK"),
    ("csv", "text/csv", "\ufeffId;Empleado".encode()), ("pdf", "application/pdf", b"%PDF")])
async def test_export_sends_the_file(api, fmt, content_type, start):
    get, _ana = api
    kind, data = await get(f"/api/v1/punches/export?from={DAY}&to={DAY}&format={fmt}")
    assert kind == content_type and data.startswith(start)


async def test_bad_ranges_formats_and_permissions_are_refused(api):
    get, _ana = api
    error = await get(f"/api/v1/punches/sessions?from=2026-12-02&to={DAY}", 400)
    assert "'from'" in error["error"]["message"]
    await get(f"/api/v1/punches/export?from={DAY}&to={DAY}&format=docx", 400)
    await get(f"/api/v1/punches/sessions?from=2026-13-01&to={DAY}", 400)
    await get(f"/api/v1/punches/sessions?from={DAY}&to={DAY}", 403, role="staff")
    await get("/api/v1/punches/reports/overview", 403, role="staff")
