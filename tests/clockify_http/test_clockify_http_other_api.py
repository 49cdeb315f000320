"""`/api/v1/clockify/users`, `/history`, `/error-log` and `/reports` through a real listener, on
SQLite and PostgreSQL, and the OpenAPI document that describes every Clockify route."""

import pytest
from clockify_http_helpers import T0, store_and_process, variant

from timedesk.clockify import inbox

USERS = "/api/v1/clockify/users"
ANA = "625cf4a6a7d9d34012f70de1"


@pytest.fixture
def seeded(db, bus):
    store_and_process(db, bus, "TIMER_STOPPED", variant(entry_id="a" * 24, minutes=30))
    store_and_process(db, bus, "TIMER_STOPPED", variant(
        entry_id="b" * 24, minutes=15, userId="bbbbbbbbbbbbbbbbbbbbbbbb",
        user={"id": "bbbbbbbbbbbbbbbbbbbbbbbb", "name": "Beatriz Núñez", "status": "ACTIVE"}))


async def call(http, method, url, path, headers, body=None, **params):
    async with http.request(method, url + path, headers=headers, json=body,
                            params=params) as response:
        return response.status, await response.json()


async def test_users_list_search_and_permissions(url, http, bearer, seeded):
    assert (await call(http, "GET", url, USERS, {}))[0] == 401
    assert (await call(http, "GET", url, USERS, bearer("receptionist")))[0] == 403
    headers = bearer()
    status, listed = await call(http, "GET", url, USERS, headers)
    assert status == 200 and listed["total"] == 2
    assert [u["name"] for u in listed["data"]] == ["Beatriz Núñez", "JP Weijers"]
    _, found = await call(http, "GET", url, USERS, headers, q="weij")
    assert [u["clockify_id"] for u in found["data"]] == [ANA]
    _, page = await call(http, "GET", url, USERS, headers, limit="1", offset="1")
    assert (page["total"], len(page["data"])) == (2, 1)
    assert (await call(http, "GET", url, USERS, headers, active="sometimes"))[0] == 400


async def test_a_user_is_typed_in_edited_and_deactivated(url, http, bearer, seeded):
    headers = bearer()
    status, created = await call(http, "POST", url, USERS, headers, {
        "clockify_id": "cccccccccccccccccccccccc", "name": "Carla", "email": "Carla@Example.com"})
    assert status == 201
    assert (created["name"], created["email"], created["active"]) == ("Carla",
                                                                     "carla@example.com", True)
    one = f"{USERS}/{created['id']}"
    assert (await call(http, "GET", url, one, headers))[1] == created
    status, edited = await call(http, "PATCH", url, one, headers,
                                {"email": "carla@office.example", "notify": False})
    assert (status, edited["email"], edited["notify"]) == (200, "carla@office.example", False)
    status, gone = await call(http, "DELETE", url, one, headers)
    assert (status, gone["active"]) == (200, False)
    _, active = await call(http, "GET", url, USERS, headers, active="true")
    assert "Carla" not in [u["name"] for u in active["data"]]
    _, history = await call(http, "GET", url, "/api/v1/clockify/history", headers, entity="user")
    carla = [h for h in history["data"] if h["after"] and h["after"]["name"] == "Carla"]
    assert [h["action"] for h in carla] == ["clockify_user.updated", "clockify_user.updated",
                                            "clockify_user.created"]
    assert all(h["actor"].startswith("token:manager-") for h in carla)


@pytest.mark.parametrize("method, body, status, words", [
    ("POST", {"clockify_id": ANA}, 409, "already known"),
    ("POST", {"clockify_id": "x y"}, 400, "not valid"),
    ("POST", {"name": "No id"}, 400, "'clockify_id' is required"),
    ("POST", {"clockify_id": "dddd", "email": "not-an-address"}, 400, "not a valid e-mail"),
    ("POST", {"clockify_id": "dddd", "role": "admin"}, 400, "unknown field(s): role"),
    ("PATCH", {"notify": "no"}, 400, "'notify' must be true or false"),
    ("PATCH", {"email": "nope"}, 400, "not a valid e-mail"),
    ("PATCH", {"name": "x"}, 400, "unknown field(s): name"),
])
async def test_bad_user_input_is_400_or_409(method, body, status, words, url, http, bearer,
                                            seeded):
    headers = bearer()
    _, listed = await call(http, "GET", url, USERS, headers, q=ANA)
    path = USERS if method == "POST" else f"{USERS}/{listed['data'][0]['id']}"
    got, answer = await call(http, method, url, path, headers, body)
    assert got == status and words in answer["error"]["message"]


async def test_unknown_users_are_404_and_staff_cannot_change_users(url, http, bearer, seeded):
    headers = bearer()
    for method in ("GET", "PATCH", "DELETE"):
        assert (await call(http, method, url, f"{USERS}/999999", headers,
                           {"notify": True} if method == "PATCH" else None))[0] == 404
    assert (await call(http, "POST", url, USERS, bearer("staff"), {"clockify_id": "e"}))[0] == 403


async def test_history_search_by_entity_and_period_with_totals(url, http, bearer, seeded):
    headers = bearer()
    path = "/api/v1/clockify/history"
    status, sessions = await call(http, "GET", url, path, headers)
    assert status == 200 and sessions["total"] == 2
    assert {h["action"] for h in sessions["data"]} == {"clockify_session.stopped"}
    assert all(h["actor"] == "webhook:clockify" for h in sessions["data"])
    _, paged = await call(http, "GET", url, path, headers, limit="1")
    assert (paged["total"], len(paged["data"])) == (2, 1)
    _, future = await call(http, "GET", url, path, headers, **{"from": "2999-01-01"})
    assert future == {"data": [], "total": 0}
    _, today = await call(http, "GET", url, path, headers, entity="session",
                          action="stopped", by="webhook:clockify", **{"from": "2000-01-01"})
    assert today["total"] == 2
    status, bad = await call(http, "GET", url, path, headers, entity="invoice")
    assert status == 400 and "not a Clockify history entity" in bad["error"]["message"]
    assert (await call(http, "GET", url, path, headers, to="tomorrow"))[0] == 400
    assert (await call(http, "GET", url, path, bearer("staff")))[0] == 403


async def test_the_error_log_lists_rejections_newest_first(url, http, bearer, db):
    inbox.log_rejection(db, "malformed_json", "the body is not valid JSON", b"{oops",
                        event_type="TIMER_STOPPED")
    inbox.log_rejection(db, "too_large", "over 1024 KiB", None, event_type="TIMER_STOPPED")
    headers = bearer()
    status, log = await call(http, "GET", url, "/api/v1/clockify/error-log", headers)
    assert status == 200 and log["total"] == 2
    assert [e["reason"] for e in log["data"]] == ["too_large", "malformed_json"]
    assert log["data"][1]["body_excerpt"] == "{oops"
    _, only = await call(http, "GET", url, "/api/v1/clockify/error-log", headers,
                         reason="malformed_json")
    assert only["total"] == 1
    assert (await call(http, "GET", url, "/api/v1/clockify/error-log", {}))[0] == 401


async def test_a_report_is_an_attachment_in_xlsx_or_csv(url, http, bearer, seeded):
    headers = bearer()
    day = T0.date().isoformat()
    params = {"from": day, "to": day, "format": "csv", "lang": "en"}
    async with http.get(url + "/api/v1/clockify/reports", headers=headers,
                        params=params) as response:
        assert response.status == 200, await response.text()
        assert response.content_type == "text/csv"
        assert "attachment" in response.headers["Content-Disposition"]
        text = (await response.read()).decode("utf-8-sig")
    assert "JP Weijers" in text and "TOTALS" in text
    params |= {"format": "xlsx", "user": ANA, "lang": "es"}
    async with http.get(url + "/api/v1/clockify/reports", headers=headers,
                        params=params) as response:
        assert response.status == 200
        assert response.content_type.endswith("spreadsheetml.sheet")
        assert (await response.read())[:2] == b"PK"  # a zip: the xlsx container


@pytest.mark.parametrize("params, status", [
    ({"to": "2025-06-16"}, 400),
    ({"from": "2025-06-16", "to": "16.06.2025"}, 400),
    ({"from": "2025-06-20", "to": "2025-06-16"}, 400),
    ({"from": "2025-06-16", "to": "2025-06-16", "format": "pdf"}, 400),
    ({"from": "2025-06-16", "to": "2025-06-16", "lang": "fr"}, 400),
    ({"from": "2025-06-16", "to": "2025-06-16", "user": "nobody@example.com"}, 404),
])
async def test_bad_report_requests(params, status, url, http, bearer, seeded):
    got, answer = await call(http, "GET", url, "/api/v1/clockify/reports", bearer(), **params)
    assert got == status and answer["error"]["message"]


async def test_every_clockify_route_is_in_the_openapi_document(server, http):
    url, app = server
    async with http.get(url + "/api/v1/openapi.json") as response:
        document = await response.json()
    routes = {(r.resource.canonical, r.method.lower()) for r in app.router.routes()
              if "clockify" in r.resource.canonical and r.method != "HEAD"}
    documented = {(path, method) for path, operations in document["paths"].items()
                  for method in operations}
    normalized = {(path.replace(r"{id:\d{1,18}}", "{id}").replace(
        "{name:(?:delete|edit|end|manual|start)}", "{name}"), method) for path, method in routes}
    assert normalized and normalized <= documented
    schemas = document["components"]["schemas"]
    assert {"ClockifySession", "ClockifyUser", "ClockifyHistoryEntry", "ClockifyErrorLogEntry",
            "ClockifySessionList"} <= set(schemas)
