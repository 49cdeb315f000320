"""/api/v1/employees on a real listener (127.0.0.1, port 0), on SQLite and PostgreSQL: what it
answers matches /api/v1/openapi.json, and the PIN never comes out."""

from __future__ import annotations

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth import service as auth
from timedesk.auth.permissions import Role
from timedesk.office.service import add_schedule
from timedesk.people import service as people
from timedesk.people.models import Employee

FIELDS = {"id", "name", "email", "code", "department", "active", "schedule", "user_id",
          "has_pin"}


@pytest.fixture
async def api(ctx, admin_actor, listener_url):
    """(base URL, headers by role, session): a manager's token changes, a receptionist's reads,
    a staff token may do neither."""
    headers = {role: {"Authorization": "Bearer " + auth.create_api_token(ctx.db, admin_actor,
                                                                        role, role)}
               for role in ("manager", "receptionist", "staff")}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        yield listener_url, headers, http


async def call(http, method, url, headers, **kw):
    async with http.request(method, url, headers=headers, **kw) as r:
        return r.status, await r.json()


async def test_post_creates_an_employee_with_201_and_never_shows_the_pin(api, ctx, admin_actor):
    url, h, http = api
    add_schedule(ctx.db, ctx.bus, admin_actor, "mañanas", week={0: ((480, 840),)})
    status, body = await call(http, "POST", f"{url}/api/v1/employees", h["manager"], json={
        "name": "Ana Pérez", "email": "Ana@Example.com", "code": "B-1", "pin": "0427",
        "department": "Ventas", "schedule": "mañanas"})
    assert status == 201, body
    assert set(body) == FIELDS
    assert (body["name"], body["email"], body["code"], body["department"], body["active"],
            body["schedule"], body["has_pin"]) == ("Ana Pérez", "ana@example.com", "B-1",
                                                   "Ventas", True, "mañanas", True)
    with ctx.db.session_factory() as s:
        pin_hash = s.get(Employee, body["id"]).pin_hash
    for path in (f"/api/v1/employees/{body['id']}", "/api/v1/employees",
                 "/api/v1/employees/by-email?email=ana@example.com"):
        async with http.get(url + path, headers=h["receptionist"]) as r:
            text = await r.text()
        assert r.status == 200 and "0427" not in text and pin_hash not in text
        assert "pin_hash" not in text and "scrypt" not in text
    assert people.check_pin(ctx.db, body["id"], "0427").id == body["id"]


async def test_a_duplicate_email_or_code_is_409_and_stores_nothing(api, ctx, admin_actor):
    url, h, http = api
    people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", email="ana@example.com",
                           code="B-1")
    for duplicate in ({"email": "ANA@example.com"}, {"code": "B-1"}):
        status, body = await call(http, "POST", f"{url}/api/v1/employees", h["manager"],
                                  json={"name": "Other", **duplicate})
        assert status == 409 and body["error"]["code"] == "conflict", body
    bea = people.create_employee(ctx.db, ctx.bus, admin_actor, "Bea")
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{bea.id}", h["manager"],
                              json={"code": "B-1", "department": "X"})
    assert status == 409 and "badge code 'B-1'" in body["error"]["message"]
    assert [e.name for e in people.search_employees(ctx.db, admin_actor)] == ["Ana", "Bea"]
    assert people.get_employee(ctx.db, admin_actor, bea.id).department is None


async def test_by_email_ignores_case_and_unknown_is_404(api, ctx, admin_actor):
    url, h, http = api
    ana = people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", email="ana@example.com")
    status, body = await call(http, "GET", f"{url}/api/v1/employees/by-email?email=ANA@EXAMPLE.com",
                              h["receptionist"])
    assert (status, body["id"]) == (200, ana.id)
    status, body = await call(http, "GET", f"{url}/api/v1/employees/by-email?email=x@example.com",
                              h["receptionist"])
    assert status == 404 and body["error"]["code"] == "not_found"
    status, _ = await call(http, "GET", f"{url}/api/v1/employees/by-email", h["receptionist"])
    assert status == 400


async def test_list_filters_on_active_department_and_text(api, ctx, admin_actor):
    url, h, http = api
    people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", department="Ventas", code="A1")
    bea = people.create_employee(ctx.db, ctx.bus, admin_actor, "Bea", department="ventas")
    people.create_employee(ctx.db, ctx.bus, admin_actor, "Carla", department="Taller")
    people.deactivate_employee(ctx.db, ctx.bus, admin_actor, bea.id)

    async def names(query):
        status, body = await call(http, "GET", f"{url}/api/v1/employees{query}",
                                  h["receptionist"])
        assert status == 200, body
        return [e["name"] for e in body["items"]]

    assert await names("") == ["Ana", "Bea", "Carla"]
    assert await names("?active=true") == ["Ana", "Carla"]
    assert await names("?active=false") == ["Bea"]
    assert await names("?department=VENTAS") == ["Ana", "Bea"]
    assert await names("?q=a1&active=any") == ["Ana"]
    status, body = await call(http, "GET", f"{url}/api/v1/employees?active=maybe",
                              h["receptionist"])
    assert status == 400 and "active" in body["error"]["message"]


async def test_put_changes_only_what_is_sent_links_an_account_and_removes_the_pin(api, ctx,
                                                                                 admin_actor):
    url, h, http = api
    user = auth.create_user(ctx.db, admin_actor, "ana", "a-long-password", Role.STAFF)
    add_schedule(ctx.db, ctx.bus, admin_actor, "tardes", week={0: ((900, 1140),)})
    ana = people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana", code="A1", pin="1234",
                                 department="Ventas")
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{ana.id}", h["manager"],
                              json={"user": "ANA", "schedule": "tardes"})
    assert status == 200, body
    assert (body["user_id"], body["schedule"], body["department"], body["code"],
            body["has_pin"]) == (user.id, "tardes", "Ventas", "A1", True)
    with ctx.db.session_factory() as s:
        assert people.employee_for_user(s, user.id).id == ana.id
    bea = people.create_employee(ctx.db, ctx.bus, admin_actor, "Bea")
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{bea.id}", h["manager"],
                              json={"user": user.id})
    assert status == 409 and "user account" in body["error"]["message"]
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{ana.id}", h["manager"],
                              json={"pin": None, "user": None, "active": False})
    assert status == 200 and (body["has_pin"], body["user_id"], body["active"]) == (
        False, None, False)
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{ana.id}", h["manager"],
                              json={"user": "ghost"})
    assert status == 404 and "no user account 'ghost'" in body["error"]["message"]
    status, body = await call(http, "PUT", f"{url}/api/v1/employees/{ana.id}", h["manager"],
                              json={"schedule": "nights"})
    assert status == 404 and "no schedule 'nights'" in body["error"]["message"]


@pytest.mark.parametrize(("payload", "says"), [
    ({}, "'name' is required"),
    ({"name": "  "}, "name"),
    ({"name": "Ana", "pin": "12a4"}, "4 to 8 digits"),
    ({"name": "Ana", "pin": 1234}, "'pin' must be text"),
    ({"name": "Ana", "pin": "123"}, "4 to 8 digits"),
    ({"name": "Ana", "email": "not-an-email"}, "e-mail"),
    ({"name": "Ana", "code": "x" * 51}, "'code' is longer than 50"),
    ({"name": "Ana", "salary": 1}, "unknown field"),
    ({"name": "Ana", "user": True}, "'user'"),
    ({"name": "Ana", "department": 7}, "'department' must be text"),
])
async def test_bad_input_is_400_naming_the_field_and_stores_nothing(api, ctx, admin_actor,
                                                                    payload, says):
    url, h, http = api
    status, body = await call(http, "POST", f"{url}/api/v1/employees", h["manager"],
                              json=payload)
    assert status == 400 and body["error"]["code"] == "invalid_input", body
    assert says in body["error"]["message"]
    assert people.search_employees(ctx.db, admin_actor) == []


async def test_unknown_is_404_and_permissions_are_checked(api, ctx, admin_actor):
    url, h, http = api
    ana = people.create_employee(ctx.db, ctx.bus, admin_actor, "Ana")
    for method, path in (("GET", "/api/v1/employees/99999"), ("PUT", "/api/v1/employees/99999"),
                         ("GET", "/api/v1/employees/" + "9" * 25)):
        status, body = await call(http, method, url + path, h["manager"], json={"name": "X"})
        assert status == 404, (path, body)
    status, _ = await call(http, "POST", f"{url}/api/v1/employees", h["receptionist"],
                           json={"name": "Eve"})
    assert status == 403
    status, _ = await call(http, "PUT", f"{url}/api/v1/employees/{ana.id}", h["receptionist"],
                           json={"name": "Eve"})
    assert status == 403
    status, _ = await call(http, "GET", f"{url}/api/v1/employees", h["staff"])
    assert status == 403
    async with http.get(f"{url}/api/v1/employees") as r:
        assert r.status == 401
    assert [e.name for e in people.search_employees(ctx.db, admin_actor)] == ["Ana"]


async def test_every_route_is_in_the_openapi_document_and_answers_match_it(api, ctx,
                                                                           admin_actor):
    url, h, http = api
    async with http.get(f"{url}/api/v1/openapi.json") as r:
        document = await r.json()
    paths = document["paths"]
    assert set(paths["/api/v1/employees"]) == {"post", "get"}
    assert set(paths["/api/v1/employees/{id}"]) == {"get", "put"}
    assert "get" in paths["/api/v1/employees/by-email"]
    employee = document["components"]["schemas"]["Employee"]
    assert set(employee["required"]) == FIELDS and "pin" not in employee["properties"]
    user = auth.create_user(ctx.db, admin_actor, "ana", "a-long-password", Role.STAFF)
    status, created = await call(http, "POST", f"{url}/api/v1/employees", h["manager"], json={
        "name": "Ana", "email": "ana@example.com", "pin": "1234", "user": user.id})
    assert status == 201
    answers = [(created, "Employee")]
    for path, schema in ((f"/api/v1/employees/{created['id']}", "Employee"),
                         ("/api/v1/employees/by-email?email=ana@example.com", "Employee"),
                         ("/api/v1/employees", "EmployeeList")):
        status, body = await call(http, "GET", url + path, h["receptionist"])
        assert status == 200
        answers.append((body, schema))
    for body, schema in answers:
        conforms(body, {"$ref": f"#/components/schemas/{schema}"}, document)
