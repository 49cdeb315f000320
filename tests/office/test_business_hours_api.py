"""/api/v1/business-hours on a real listener, on SQLite and PostgreSQL: the issue's JSON in and
out, bad input a 400 with nothing stored, answers as /api/v1/openapi.json documents them."""

from __future__ import annotations

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth.service import create_api_token
from timedesk.office.service import current_calendar

ISSUE_JSON = {"timezone": "Europe/Madrid", "tolerance_minutes": 5,
              "week": {"mon": [["09:00", "14:00"], ["15:00", "18:00"]],
                       "tue": [["09:00", "14:00"], ["15:00", "18:00"]],
                       "wed": [["09:00", "14:00"], ["15:00", "18:00"]],
                       "thu": [["09:00", "14:00"], ["15:00", "18:00"]],
                       "fri": [["08:00", "15:00"]], "sat": [], "sun": []},
              "holidays": [{"date": "2026-12-25", "name": "Navidad"}]}


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    """(base URL, headers by role, session, the OpenAPI document)."""
    headers = {role: {"Authorization": "Bearer " + create_api_token(ctx.db, admin_actor, role,
                                                                      role)}
               for role in ("manager", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()
        yield listener_url, headers, http, document


async def test_the_issues_json_sets_the_calendar_and_reads_back(api, ctx):
    url, headers, http, document = api
    async with http.post(f"{url}/api/v1/business-hours", json=ISSUE_JSON,
                         headers=headers["manager"]) as r:
        assert r.status == 201
        saved = await r.json()
    conforms(saved, {"$ref": "#/components/schemas/BusinessHours"}, document)
    async with http.get(f"{url}/api/v1/business-hours/current", headers=headers["staff"]) as r:
        assert r.status == 200
        current = await r.json()
    conforms(current, {"$ref": "#/components/schemas/BusinessHours"}, document)
    assert current == saved
    assert {k: current[k] for k in ISSUE_JSON} == ISSUE_JSON
    calendar = current_calendar(ctx.db, ctx.settings)
    assert str(calendar.zone) == "Europe/Madrid" and calendar.holidays
    # without holidays, zone and tolerance: those stay as they are
    async with http.post(f"{url}/api/v1/business-hours", json={"week": ISSUE_JSON["week"]},
                         headers=headers["manager"]) as r:
        assert r.status == 201
        again = await r.json()
    assert again["holidays"] == ISSUE_JSON["holidays"]
    assert again["timezone"] == "Europe/Madrid"


@pytest.mark.parametrize("change, said", [
    ({"week": {**ISSUE_JSON["week"], "mon": [["14:00", "09:00"]]}},
     "week.mon: The interval 14:00-09:00 ends before it starts"),
    ({"week": {**ISSUE_JSON["week"], "tue": [["09:00", "14:00"], ["13:00", "18:00"]]}},
     "overlap"),
    ({"timezone": "Europe/Atlantis"}, "not a known time zone"),
    ({"holidays": [{"date": "2026-13-01", "name": "x"}]}, "not a date"),
])
async def test_bad_input_is_a_400_json_error_and_nothing_is_stored(api, ctx, change, said):
    url, headers, http, document = api
    async with http.post(f"{url}/api/v1/business-hours", json={**ISSUE_JSON, **change},
                         headers=headers["manager"]) as r:
        assert r.status == 400
        error = (await r.json())["error"]
    assert error["code"] == "invalid_input" and said in error["message"]
    calendar = current_calendar(ctx.db, ctx.settings)
    assert calendar.holidays == {} and calendar.office.week[4] == ((540, 840), (900, 1080))


async def test_changing_needs_settings_manage_and_a_token(api):
    url, headers, http, document = api
    async with http.post(f"{url}/api/v1/business-hours", json=ISSUE_JSON,
                         headers=headers["staff"]) as r:
        assert r.status == 403
    async with http.get(f"{url}/api/v1/business-hours/current") as r:
        assert r.status == 401
    assert "/api/v1/business-hours" in document["paths"]
    assert "/api/v1/business-hours/current" in document["paths"]
